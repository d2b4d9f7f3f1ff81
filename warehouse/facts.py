"""Merge claims across articles into facts: identity, contests, support, confidence.

Pure functions over claim dicts (``fact_key``, ``relation``, ``build_facts``) plus
``refresh_facts``, which recomputes only the given subjects inside the caller's transaction.
A run marks the subjects its batches touch (``mark_stale``) and refreshes them once at the end
(``refresh_stale``). The model is written down in docs/confidence.md.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from enum import StrEnum

import duckdb

from warehouse.contests import (
    can_contest,
    can_contest_each_other,
    decimal_slips,
    is_round_figure,
    listed_claims,
    misread_scopes,
)
from warehouse.ids import (
    FactKey,
    fact_id_for,
    fact_key,
    forms_fact,
    scope_group,
    subject_key,
)
from warehouse.load import insert_rows
from warehouse.supersession import (
    find_superseded,
    planned_sizes,
    updated_quantities,
    withdrawn_facts,
)
from warehouse.variants import families_of, variant_sizes

# Relative tolerance for "the same number": 1.76T and 1.8T differ, 0.5T and 500B agree.
# Matches the gold's notion of agreement (eval/score.py, REL_TOL).
EXACT_TOLERANCE = 0.005
# An approximate figure ("about 500 billion") allows this much either side.
APPROX_TOLERANCE = 0.10
# A round figure with one significant digit ("a trillion", "300 billion") is how news rounds
# a precise one: "a trillion" and "1.02 trillion" in one text are one reading, not a quarrel.
ROUND_FIGURE_TOLERANCE = 0.05
# A claim its own text hedges supports a fact this much less than a plain statement. Not
# fitted (the dev gold says what the text says, not whether it is true): a stated prior.
HEDGED_SUPPORT_WEIGHT = 0.75
# Claims without a confidence (older rows) count as this likely.
DEFAULT_CLAIM_CONFIDENCE = 0.5


class Relation(StrEnum):
    """How two claims (or facts) stand to each other."""

    SAME_FACT = "same_fact"  # same slot and value key: merged into one fact
    COMPATIBLE = "compatible"  # same slot, different values that can both be true
    CONTESTED = "contested"  # same slot, values that cannot both be true
    UNRELATED = "unrelated"  # different subject, predicate, scope or variant


def value_interval(fact: dict) -> tuple[float, float]:
    """The set of numbers a figure allows, for compatibility checks."""
    bound = fact.get("bound") or "exact"
    if bound == "range" or fact.get("value") is None:
        low, high = fact.get("value_low"), fact.get("value_high")
        return (low if low is not None else 0.0, high if high is not None else math.inf)
    value = float(fact["value"])
    tol = APPROX_TOLERANCE if bound == "approx" else EXACT_TOLERANCE
    if is_round_figure(value):
        tol = max(tol, ROUND_FIGURE_TOLERANCE)
    if bound == "at_least":
        return value * (1 - tol), math.inf
    if bound == "at_most":
        return 0.0, value * (1 + tol)
    return value * (1 - tol), value * (1 + tol)


def compatible(a: dict, b: dict) -> bool:
    """Whether two facts about one subject, predicate and scope can both be true.

    "over 1 trillion" and "1.76 trillion" are compatible; "6T" and "10T" are not. Dates are
    compatible when their intervals overlap. Different release events, different units and
    different scopes (total vs active) never conflict.
    """
    if scope_group(a) != scope_group(b):
        return True
    if a["predicate"] == "release_date":
        if a.get("event") != b.get("event"):
            return True
        if None in (a.get("date_start"), b.get("date_start")):
            return True
        return not (a["date_end"] < b["date_start"] or b["date_end"] < a["date_start"])
    if a["predicate"] == "quantity" and a.get("unit") != b.get("unit"):
        return True
    return values_overlap(a, b)


def values_overlap(a: dict, b: dict) -> bool:
    """Whether two figures allow a common number, whatever their slots."""
    (a0, a1), (b0, b1) = value_interval(a), value_interval(b)
    return a0 <= b1 and b0 <= a1


def relation(a: dict, b: dict) -> Relation:
    """Whether two claims are one fact, compatible facts, contested facts, or unrelated."""
    ka, kb = fact_key(a), fact_key(b)
    if ka == kb:
        return Relation.SAME_FACT
    if ka[:3] != kb[:3]:
        return Relation.UNRELATED
    return Relation.COMPATIBLE if compatible(a, b) else Relation.CONTESTED


def _publisher_key(publisher: str) -> str:
    """'www.Noze.it' and 'noze.it' are one publisher."""
    return re.sub(r"^www\.", "", publisher.strip().casefold())


def original_article(claim: dict) -> str:
    """The article a claim's text comes from: a duplicate counts as the article it copies."""
    if claim.get("article_status") == "duplicate" and claim.get("duplicate_of"):
        return claim["duplicate_of"]
    return claim["article_id"]


def source_of(claim: dict) -> str:
    """Who independently stands behind a claim: the publisher, else the (original) article.

    Two articles of one publisher are one source; a syndicated copy is its original's source,
    so it adds nothing where the original already supports the fact.
    """
    duplicate = claim.get("article_status") == "duplicate" and claim.get("duplicate_of")
    publisher = claim.get("original_publisher") if duplicate else claim.get("publisher")
    if publisher and publisher.strip():
        return "publisher:" + _publisher_key(publisher)
    return "article:" + original_article(claim)


def claim_support(claim: dict) -> float:
    """How strongly one claim supports its fact: its confidence, less when hedged."""
    confidence = claim.get("confidence")
    support = DEFAULT_CLAIM_CONFIDENCE if confidence is None else float(confidence)
    return support * (HEDGED_SUPPORT_WEIGHT if claim.get("hedged") else 1.0)


def source_support(claims: Iterable[dict]) -> dict[str, float]:
    """Best claim support per independent source; repeats and copies add nothing."""
    best: dict[str, float] = {}
    for c in claims:
        source = source_of(c)
        best[source] = max(best.get(source, 0.0), claim_support(c))
    return best


def noisy_or(values: Iterable[float]) -> float:
    """P(at least one independent source is right) = 1 - prod(1 - p)."""
    miss = 1.0
    for v in values:
        miss *= 1.0 - v
    return 1.0 - miss


def contested_confidence(support: float, rival_support: float) -> float:
    """A contested fact is only as likely as its share of the competing support."""
    if support <= 0:
        return 0.0
    return support * support / (support + rival_support)


def _representative(claims: list[dict]) -> dict:
    """The fact's displayed reading: most common subject spelling, a non-approx value."""
    preferred = [c for c in claims if c.get("article_status") != "duplicate"] or claims
    counts = Counter(c["subject"] for c in preferred)
    subject = sorted(counts, key=lambda s: (-counts[s], s))[0]
    first = min(preferred, key=lambda c: (c.get("bound") == "approx", c["claim_id"]))
    return {**first, "subject": subject}


def _fact_row(key: FactKey, claims: list[dict]) -> dict:
    rep = _representative(claims)
    support = source_support(claims)
    dates = [c["published_at"] for c in claims if c.get("published_at")]
    bounds = {c.get("bound") for c in claims}
    return {
        "fact_id": fact_id_for(key), "subject": rep["subject"],
        "subject_type": rep["subject_type"], "predicate": rep["predicate"],
        "value": rep.get("value"), "value_low": rep.get("value_low"),
        "value_high": rep.get("value_high"),
        "bound": "approx" if bounds == {"approx"} else rep.get("bound"), "unit": rep.get("unit"),
        "scope": "total" if any(c.get("scope") == "total" for c in claims) else rep.get("scope"),
        "event": rep.get("event"), "date_start": rep.get("date_start"),
        "date_end": rep.get("date_end"), "date_granularity": rep.get("date_granularity"),
        "hedged": all(c.get("hedged") for c in claims),
        "support": noisy_or(support.values()),
        "n_claims": len(claims),
        "n_articles": len({original_article(c) for c in claims}),
        "n_sources": len(support),
        "first_published": min(dates) if dates else None,
        "last_published": max(dates) if dates else None,
        "measure": rep.get("measure"),
        "_key": key,
        "_claims": claims,
        "_sources": frozenset(support),
        "_articles": frozenset(original_article(c) for c in claims),
    }


def build_facts(claims: list[dict], variant_sizes: Mapping[str, set[float]] | None = None
                ) -> tuple[list[dict], dict[str, str]]:
    """Group claims into facts and judge each fact.

    Args:
        claims: claim dicts with the ``claim_rows`` columns plus their article's
            ``article_status``, ``duplicate_of``, ``publisher``, ``original_publisher`` (the
            publisher of the article a duplicate copies) and ``published_at``.
        variant_sizes: subject key -> sizes its variants' names state (``variants``).

    Returns:
        ``(facts, claim_to_fact)``: fact rows (``FACT_COLUMNS``) sorted by id, and the fact
        id of every claim that forms a fact (``ids.forms_fact``: not an unresolved date).
    """
    groups: dict[FactKey, list[dict]] = defaultdict(list)
    denials: dict[FactKey, list[dict]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: c["claim_id"]):
        if forms_fact(c):
            groups[fact_key(c)].append(c)
        elif c.get("denied"):
            denials[fact_key(c)].append(c)
    facts = [_fact_row(key, group) | {"_denials": denials.get(key, [])}
             for key, group in groups.items()]
    claim_to_fact = {
        c["claim_id"]: fact_id_for(key) for key, group in groups.items() for c in group
    }
    judge(facts, variant_sizes)
    for f in facts:
        del f["_key"], f["support"], f["_claims"], f["_sources"], f["_articles"], f["_denials"]
    facts.sort(key=lambda f: f["fact_id"])
    return facts, claim_to_fact


def judge(facts: list[dict], variant_sizes: Mapping[str, set[float]] | None = None) -> None:
    """Set ``status``, ``superseded_by``, ``contested_with``, ``slip_with`` (the facts one of
    its articles gives with the decimal point moved, ``contests.decimal_slips``) and
    ``confidence`` on every fact (in place).

    What may contest is ``warehouse.contests``'s rules (member, component and misread-scope
    sizes, one text's two sizes, ...). A superseded fact (``supersession.find_superseded``)
    never contests and keeps the confidence its sources give it: the probability that it is
    what they said at the time. Only current facts contest each other.

    Facts need ``_key`` (their ``fact_key``), ``_claims`` and ``support`` (noisy-OR over
    sources).
    """
    listed = listed_claims(c for f in facts for c in f["_claims"])
    misread = misread_scopes(facts, values_overlap)

    def may_contest(fact: dict) -> bool:
        return can_contest(fact, listed=listed, misread=misread, variant_sizes=variant_sizes)

    def incompatible(a: dict, b: dict) -> bool:
        return not compatible(a, b)

    # Only a figure that may contest replaces a plan or updates a quantity: a component's
    # or a member's size published later is not what came of a planned whole-model size.
    rivals = [f for f in facts if may_contest(f)]
    slips = decimal_slips(facts)
    superseded = find_superseded(facts)
    for fact_id, replacement in planned_sizes(rivals, incompatible).items():
        superseded.setdefault(fact_id, replacement)
    superseded |= updated_quantities(rivals, incompatible)
    superseded |= withdrawn_facts(facts)
    by_slot: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for f in facts:
        f["superseded_by"] = superseded.get(f["fact_id"])
        f["slip_with"] = sorted(slips.get(f["fact_id"], ()))
        by_slot[f["_key"][:3]].append(f)
    for siblings in by_slot.values():
        current = [g for g in siblings if g["fact_id"] not in superseded and may_contest(g)]
        for f in siblings:
            if f["fact_id"] in superseded:
                f["contested_with"] = []
                f["status"] = "superseded"
                f["confidence"] = round(f["support"], 4)
                continue
            rivals = ([g for g in current if g is not f and not compatible(f, g)
                       and can_contest_each_other(f, g)] if may_contest(f) else [])
            f["contested_with"] = sorted(g["fact_id"] for g in rivals)
            if rivals:
                f["status"] = "contested"
                rival = max(g["support"] for g in rivals)
                f["confidence"] = round(contested_confidence(f["support"], rival), 4)
            else:
                f["status"] = "corroborated" if f["n_sources"] >= 2 else "single_source"
                f["confidence"] = round(f["support"], 4)


FACT_COLUMNS = (
    "fact_id", "subject", "subject_type", "predicate", "value", "value_low", "value_high",
    "bound", "unit", "scope", "event", "date_start", "date_end", "date_granularity", "hedged",
    "confidence", "n_claims", "n_articles", "n_sources", "status", "contested_with",
    "first_published", "last_published", "measure", "superseded_by", "slip_with",
)

_CLAIMS_FOR_SUBJECTS = """
SELECT c.*, a.status AS article_status, a.duplicate_of, a.publisher, a.published_at,
       o.publisher AS original_publisher
FROM claim_rows c
JOIN article_rows a USING (article_id)
LEFT JOIN article_rows o ON o.article_id = a.duplicate_of
WHERE c.subject_key IN (SELECT unnest(?::VARCHAR[]))
"""


def refresh_facts(con: duckdb.DuckDBPyConnection, subjects: Iterable[str]) -> int:
    """Recompute the facts of the given subjects (and only those); returns facts written.

    Args:
        con: open connection, inside the caller's transaction (claims and their facts land
            together, or not at all).
        subjects: canonical subject names whose claims changed.

    Returns:
        The number of fact rows written for those subjects.
    """
    subjects = set(subjects)
    return _refresh_keys(con, sorted({subject_key(s) for s in subjects | families_of(subjects)}))


def mark_stale(con: duckdb.DuckDBPyConnection, subjects: Iterable[str]) -> None:
    """Record that these subjects' facts must be recomputed (inside the load transaction, so
    a committed batch is never forgotten by ``refresh_stale``)."""
    subjects = set(subjects)
    # A sized variant's claims change what its family's sizes may contest (``variants``).
    keys = sorted({subject_key(s) for s in subjects | families_of(subjects)})
    if keys:
        con.execute("INSERT OR IGNORE INTO stale_subjects SELECT unnest(?::VARCHAR[])", [keys])


def refresh_stale(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute the facts of every subject marked stale, then clear the marks.

    Args:
        con: open connection, inside the caller's transaction.

    Returns:
        The number of fact rows written.
    """
    rows = con.execute("SELECT subject_key FROM stale_subjects ORDER BY subject_key").fetchall()
    keys = [key for (key,) in rows]
    written = _refresh_keys(con, keys)
    con.execute("DELETE FROM stale_subjects")
    return written


def _refresh_keys(con: duckdb.DuckDBPyConnection, keys: list[str]) -> int:
    if not keys:
        return 0
    cursor = con.execute(_CLAIMS_FOR_SUBJECTS, [keys])
    columns = [d[0] for d in cursor.description]
    claims = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    facts, claim_to_fact = build_facts(claims, variant_sizes(con, keys))
    con.execute("DELETE FROM fact_rows WHERE subject_key IN (SELECT unnest(?::VARCHAR[]))", [keys])
    insert_rows(
        con,
        "fact_rows",
        (*FACT_COLUMNS, "subject_key"),
        [(*(f[c] for c in FACT_COLUMNS), subject_key(f["subject"])) for f in facts],
    )
    # An unresolved release date is evidence without a fact (rows an older version loaded
    # may still point at one).
    con.execute(
        "UPDATE claim_rows SET fact_id = NULL WHERE subject_key IN (SELECT unnest(?::VARCHAR[]))"
        " AND predicate = 'release_date' AND date_start IS NULL AND fact_id IS NOT NULL", [keys])
    if claim_to_fact:
        # Claims get their fact_id when loaded (load._claim_row); this only mends rows an
        # older version of the fact identity loaded, and writes nothing otherwise.
        claim_ids, fact_ids = zip(*sorted(claim_to_fact.items()), strict=True)
        con.execute(
            "UPDATE claim_rows SET fact_id = m.fact_id"
            " FROM (SELECT unnest(?::VARCHAR[]) AS claim_id, unnest(?::VARCHAR[]) AS fact_id) m"
            " WHERE claim_rows.claim_id = m.claim_id"
            " AND claim_rows.fact_id IS DISTINCT FROM m.fact_id",
            [list(claim_ids), list(fact_ids)],
        )
    return len(facts)
