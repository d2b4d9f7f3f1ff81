"""Merge claims across articles into facts: identity, contests, support, confidence.

Pure functions over claim dicts (``build_facts``) plus ``refresh_facts``, which recomputes only
the subjects a batch touched, inside the caller's transaction. The model is written down in
README.md ("How sure is a fact?").
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import duckdb

from warehouse.ids import hash_id, subject_key
from warehouse.load import insert_many

# Relative tolerance for "the same number": 1.76T and 1.8T differ, 0.5T and 500B agree.
EXACT_TOLERANCE = 0.005
# An approximate figure ("about 500 billion") allows this much either side.
APPROX_TOLERANCE = 0.10
# A claim that its own text hedges supports a fact this much less than a plain statement.
HEDGED_SUPPORT_WEIGHT = 0.75
# Significant digits in a fact's value key: 1.76e12 and 1.760e12 are one fact.
VALUE_KEY_DIGITS = 3


def _sig(value: float | None) -> str:
    if value is None:
        return "none"
    if value == 0:
        return "0"
    digits = VALUE_KEY_DIGITS - 1 - math.floor(math.log10(abs(value)))
    return format(round(value, digits), f".{VALUE_KEY_DIGITS - 1}e")


def scope_group(claim: dict) -> str:
    """Active counts never meet total ones; an unspecified count is read as the total."""
    return "active" if claim.get("scope") == "active" else "total"


def value_key(claim: dict) -> str:
    """The part of a fact's identity that says which value it asserts."""
    predicate = claim["predicate"]
    if predicate == "release_date":
        if claim.get("date_start") is None:
            return f"{claim.get('event')}|text:{(claim.get('value_text') or '').casefold()}"
        return f"{claim.get('event')}|{claim['date_start']}|{claim['date_end']}"
    bound = claim.get("bound") or "exact"
    if bound == "range":
        return f"range|{_sig(claim.get('value_low'))}|{_sig(claim.get('value_high'))}"
    # exact and approx figures of the same size are one fact ("about 500B" == "0.5T")
    kind = "eq" if bound in ("exact", "approx") else bound
    unit = f"|{claim.get('unit')}" if predicate == "quantity" else ""
    return f"{kind}|{_sig(claim.get('value'))}{unit}"


def fact_key(claim: dict) -> tuple[str, str, str, str]:
    """(subject, predicate, scope group, value) — claims with the same key are one fact."""
    return (subject_key(claim["subject"]), claim["predicate"], scope_group(claim), value_key(claim))


def fact_id_for(key: tuple[str, str, str, str]) -> str:
    """Deterministic fact id from its identity key."""
    return hash_id("fact", *key)


def value_interval(fact: dict) -> tuple[float, float]:
    """The set of numbers a figure allows, for compatibility checks."""
    bound = fact.get("bound") or "exact"
    if bound == "range":
        low, high = fact.get("value_low"), fact.get("value_high")
        return (low if low is not None else 0.0, high if high is not None else math.inf)
    value = float(fact["value"])
    tol = APPROX_TOLERANCE if bound == "approx" else EXACT_TOLERANCE
    if bound == "at_least":
        return value * (1 - tol), math.inf
    if bound == "at_most":
        return 0.0, value * (1 + tol)
    return value * (1 - tol), value * (1 + tol)


def compatible(a: dict, b: dict) -> bool:
    """Whether two facts about one subject, predicate and scope can both be true.

    "over 1 trillion" and "1.76 trillion" are compatible; "6T" and "10T" are not. Dates are
    compatible when their intervals overlap. Different release events never conflict.
    """
    if a["predicate"] == "release_date":
        if a.get("event") != b.get("event"):
            return True
        if None in (a.get("date_start"), b.get("date_start")):
            return True
        return not (a["date_end"] < b["date_start"] or b["date_end"] < a["date_start"])
    if a["predicate"] == "quantity" and a.get("unit") != b.get("unit"):
        return True
    (a0, a1), (b0, b1) = value_interval(a), value_interval(b)
    return a0 <= b1 and b0 <= a1


@dataclass
class _Group:
    key: tuple[str, str, str, str]
    claims: list[dict] = field(default_factory=list)


def _independent_support(claims: list[dict]) -> dict[str, float]:
    """Best support per independent source; duplicates and repeats add nothing."""
    best: dict[str, float] = {}
    for c in claims:
        if c.get("article_status") == "duplicate":
            continue
        source = c.get("publisher") or c["article_id"]
        weight = HEDGED_SUPPORT_WEIGHT if c.get("hedged") else 1.0
        support = float(c.get("confidence") or 0.5) * weight
        best[source] = max(best.get(source, 0.0), support)
    return best


def _noisy_or(values: Iterable[float]) -> float:
    miss = 1.0
    for v in values:
        miss *= 1.0 - v
    return 1.0 - miss


def _representative(claims: list[dict]) -> dict:
    """The fact's displayed value: the most common surface reading among its claims."""
    preferred = [c for c in claims if c.get("article_status") != "duplicate"] or claims
    counts = Counter(c["subject"] for c in preferred)
    subject = sorted(counts, key=lambda s: (-counts[s], s))[0]
    first = min(preferred, key=lambda c: (c.get("bound") == "approx", c["claim_id"]))
    return {**first, "subject": subject}


def build_facts(claims: list[dict]) -> tuple[list[dict], dict[str, str]]:
    """Group claims into facts and judge each fact.

    Args:
        claims: claim dicts with the ``claims`` view's columns plus ``article_status``,
            ``publisher`` and ``published_at`` of their article.

    Returns:
        ``(facts, claim_to_fact)``: fact rows (``fact_rows`` columns) sorted by id, and the
        fact id of every claim.
    """
    groups: dict[tuple[str, str, str, str], _Group] = {}
    for c in sorted(claims, key=lambda c: c["claim_id"]):
        key = fact_key(c)
        groups.setdefault(key, _Group(key)).claims.append(c)

    facts: list[dict] = []
    claim_to_fact: dict[str, str] = {}
    for key, group in groups.items():
        fid = fact_id_for(key)
        rep = _representative(group.claims)
        independent = [c for c in group.claims if c.get("article_status") != "duplicate"]
        support = _independent_support(group.claims)
        dates = [c["published_at"] for c in independent if c.get("published_at")]
        bounds = {c.get("bound") for c in group.claims}
        facts.append({
            "fact_id": fid, "subject": rep["subject"], "subject_type": rep["subject_type"],
            "predicate": rep["predicate"], "value": rep.get("value"),
            "value_low": rep.get("value_low"), "value_high": rep.get("value_high"),
            "bound": "approx" if bounds == {"approx"} else rep.get("bound"),
            "unit": rep.get("unit"),
            "scope": "total" if any(c.get("scope") == "total" for c in group.claims) else rep.get("scope"),
            "event": rep.get("event"), "date_start": rep.get("date_start"),
            "date_end": rep.get("date_end"), "date_granularity": rep.get("date_granularity"),
            "hedged": all(c.get("hedged") for c in group.claims),
            "support": _noisy_or(support.values()),
            "n_claims": len(group.claims),
            "n_articles": len({c["article_id"] for c in independent}),
            "n_sources": len(support),
            "first_published": min(dates) if dates else None,
            "last_published": max(dates) if dates else None,
            "_key": key,
        })
        for c in group.claims:
            claim_to_fact[c["claim_id"]] = fid
    _judge(facts)
    for f in facts:
        del f["_key"]
    facts.sort(key=lambda f: f["fact_id"])
    return facts, claim_to_fact


def _judge(facts: list[dict]) -> None:
    """Set status, contested_with and confidence on every fact (in place)."""
    by_slot: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for f in facts:
        by_slot[f["_key"][:3]].append(f)
    for siblings in by_slot.values():
        for f in siblings:
            rivals = [g for g in siblings if g is not f and not compatible(f, g)]
            f["contested_with"] = sorted(g["fact_id"] for g in rivals)
            if rivals:
                f["status"] = "contested"
                # a contested fact is only as likely as its share of the competing support
                best_rival = max(g["support"] for g in rivals)
                share = f["support"] / (f["support"] + best_rival) if f["support"] else 0.0
                f["confidence"] = round(f["support"] * share, 4)
            else:
                f["status"] = "corroborated" if f["n_sources"] >= 2 else "single_source"
                f["confidence"] = round(f["support"], 4)
    for f in facts:
        del f["support"]


FACT_COLUMNS = (
    "fact_id", "subject", "subject_type", "predicate", "value", "value_low", "value_high",
    "bound", "unit", "scope", "event", "date_start", "date_end", "date_granularity", "hedged",
    "confidence", "n_claims", "n_articles", "n_sources", "status", "contested_with",
    "first_published", "last_published",
)

_CLAIMS_FOR_SUBJECTS = """
SELECT c.*, a.status AS article_status, a.publisher, a.published_at
FROM claim_rows c JOIN article_rows a USING (article_id)
WHERE c.subject_key IN (SELECT unnest(?::VARCHAR[]))
"""


def refresh_facts(con: duckdb.DuckDBPyConnection, subjects: Iterable[str]) -> int:
    """Recompute the facts of the given subjects (and only those); returns facts written.

    Runs inside the caller's transaction, so claims and their facts land together.
    """
    keys = sorted({subject_key(s) for s in subjects})
    if not keys:
        return 0
    cursor = con.execute(_CLAIMS_FOR_SUBJECTS, [keys])
    columns = [d[0] for d in cursor.description]
    claims = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    facts, claim_to_fact = build_facts(claims)
    con.execute("DELETE FROM fact_rows WHERE subject_key IN (SELECT unnest(?::VARCHAR[]))", [keys])
    columns_sql = ", ".join((*FACT_COLUMNS, "subject_key"))
    placeholders = ", ".join("?" * (len(FACT_COLUMNS) + 1))
    insert_many(
        con,
        f"INSERT INTO fact_rows ({columns_sql}) VALUES ({placeholders})",  # noqa: S608
        [[*(f[c] for c in FACT_COLUMNS), subject_key(f["subject"])] for f in facts],
    )
    insert_many(
        con,
        "UPDATE claim_rows SET fact_id = ? WHERE claim_id = ?",
        [[fid, cid] for cid, fid in sorted(claim_to_fact.items())],
    )
    return len(facts)
