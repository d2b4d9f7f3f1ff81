"""A subject's history: its claims in publication order, and what each one did.

``python -m pipeline facts --history "Grok 5"`` prints, per predicate (and scope, event or
measure), every claim by its article's publication date with its role:

* ``new``: the first statement of a value;
* ``agrees``: a value stated before (or compatible with a current one) is said again;
* ``recalls``: a value stated before is told again as history, by a text that says it was
  replaced ("originally expected in the spring, now the autumn"): not a second source for it;
* ``revises``: the statement replaced an earlier plan (its fact is an earlier fact's
  ``superseded_by``);
* ``contests``: a current value that another current one contradicts;
* ``part``: a figure its text gives as a part of another ("180,000 GPUs, of which 60,000
  are H200s"; "a further 50,000"): neither a new value of the whole nor a rival of it.

and one line per story that reads how the value moved, e.g. ``2026-03-07 planned late
2025 → 2026-03-07 planned Q1 2026 → 2026-03-07 planned Q2 2026 (current)``. A size that its
article also gives with the decimal point moved ("1.8T" and "18T") is marked ``decimal
slip?`` (the judge's ``slip_with``, ``warehouse.contests.decimal_slips``): a reading to
check, not a second opinion.
Claims whose article has no publication date come last, marked ``undated`` (their order is
not known).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from warehouse import db
from warehouse.ids import subject_key

_HISTORY_SQL = """
SELECT c.claim_id, c.fact_id, c.subject, c.predicate, c.value, c.value_low, c.value_high,
       c.bound, c.unit, c.scope, c.event, c.date_start, c.date_end, c.date_granularity,
       c.value_text, c.char_start, c.hedged, c.measure, c.part_of_whole, a.published_at, a.path,
       a.publisher, f.status, f.superseded_by, f.contested_with, fr.slip_with,
       cr.revised_to_start, cr.revised_to_value
FROM claims c
JOIN articles a USING (article_id)
JOIN facts f USING (fact_id)
JOIN fact_rows fr USING (fact_id)
JOIN claim_rows cr USING (claim_id)
WHERE cr.subject_key = ? AND a.status <> 'duplicate'
ORDER BY a.published_at NULLS LAST, a.path, c.char_start
"""

ARROW = " \u2192 "


def history_slot(row: dict) -> tuple[str, str]:
    """Claims that tell one story: the same predicate and the same scope, event or measure."""
    predicate = row["predicate"]
    if predicate == "release_date":
        return predicate, row.get("event") or ""
    if predicate == "quantity":
        return predicate, row.get("measure") or "(no measure)"
    return predicate, "active" if row.get("scope") == "active" else "total"


def claim_label(row: dict) -> str:
    """'planned late 2025', '6T params', '30B USD (funding)'."""
    from pipeline.report.text import value_label

    if row["predicate"] == "release_date":
        return f"{row.get('event') or 'date'} {row['value_text']}"
    return value_label(row)


def told_as_replaced(row: dict) -> bool:
    """The claim's own text says its value was replaced ("first expected in March, ...")."""
    return row.get("revised_to_start") is not None or row.get("revised_to_value") is not None


def claim_roles(rows: list[dict]) -> list[str]:
    """What each claim of one slot did, given the claims in publication order."""
    seen: set[str] = set()
    roles = []
    for row in rows:
        fact = row["fact_id"]
        replaced = {r["fact_id"] for r in rows if r.get("superseded_by") == fact}
        if row.get("part_of_whole"):
            role = "part"
        elif fact in seen:
            role = "recalls" if told_as_replaced(row) else "agrees"
        elif replaced & seen:
            role = "revises"
        elif set(row.get("contested_with") or ()) & seen:
            role = "contests"
        else:
            role = "new"
        seen.add(fact)
        roles.append(role)
    return roles


SLIP_NOTE = "decimal slip?"


def slip_notes(rows: list[dict]) -> list[str]:
    """Per claim of one slot: ``decimal slip?`` when its article also gives a fact the judge
    marked as this one with the decimal point moved (``slip_with``, from
    ``warehouse.contests.decimal_slips``: 1.8T and 18T, 1.76T and 176B), else ''."""
    notes = []
    for row in rows:
        slipped = set(row.get("slip_with") or ())
        shown = any(other["path"] == row["path"] and other["fact_id"] in slipped
                    for other in rows)
        notes.append(SLIP_NOTE if shown else "")
    return notes


# A superseded value whose text names a replacement no claim states ("now no longer
# expected before September" that the extractors did not read): the story ends unread.
UNREAD_REPLACEMENT = " (replaced; the new value was not read)"


def _step(row: dict) -> str:
    when = str(row["published_at"]) if row.get("published_at") else "undated"
    mark = {"superseded": "", "contested": " (contested)"}.get(row["status"], " (current)")
    if row["status"] == "superseded" and not row.get("superseded_by"):
        mark = UNREAD_REPLACEMENT
    return f"{when} {claim_label(row)}{mark}"


def plan_paths(rows: list[dict]) -> list[str]:
    """One line per story of the slot: a value and, following ``superseded_by``, the values
    that replaced it ("late 2025 → Q1 2026 → Q2 2026 (current)"); the current one marked."""
    first: dict[str, dict] = {}
    for row in rows:
        first.setdefault(row["fact_id"], row)
    replacements = {row["superseded_by"] for row in first.values() if row.get("superseded_by")}
    lines = []
    for fact, row in first.items():
        if fact in replacements:
            continue  # shown in the chain of the plan it replaced
        steps, seen = [_step(row)], {fact}
        while row.get("superseded_by") in first and row["superseded_by"] not in seen:
            row = first[row["superseded_by"]]
            seen.add(row["fact_id"])
            steps.append(_step(row))
        lines.append(ARROW.join(steps))
    return lines


def chain_rank(rows: list[dict]) -> dict[str, int]:
    """How many replacements lead to each fact: inside one article, a plan is listed after
    the plans it replaced, wherever the text (a headline, say) first states it."""
    replaced_by = {r["fact_id"]: r.get("superseded_by") for r in rows}
    rank: dict[str, int] = {}
    for fact in replaced_by:
        step, seen = fact, {fact}
        while replaced_by.get(step) and replaced_by[step] not in seen:
            step = replaced_by[step]
            seen.add(step)
            rank[step] = max(rank.get(step, 0), len(seen) - 1)
    return rank


def one_per_article(rows: list[dict]) -> list[dict]:
    """A statement per article and fact (an article that repeats a value says it once),
    ordered by publication date, then plans before the plans that replaced them."""
    rank = chain_rank(rows)
    kept: dict[tuple, dict] = {}
    for row in rows:
        kept.setdefault((row["path"], row["fact_id"]), row)
    return sorted(kept.values(), key=lambda r: (
        r["published_at"] is None, r["published_at"] or 0, r["path"],
        rank.get(r["fact_id"], 0), r["char_start"]))


def subject_history(con, subject: str) -> dict[tuple[str, str], list[dict]]:
    """The subject's claims, grouped by slot, in publication order, each with its ``role``."""
    cursor = con.execute(_HISTORY_SQL, [subject_key(subject)])
    columns = [d[0] for d in cursor.description]
    by_slot: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for values in cursor.fetchall():
        row = dict(zip(columns, values, strict=True))
        by_slot[history_slot(row)].append(row)
    history = {}
    for slot, rows in sorted(by_slot.items()):
        rows = one_per_article(rows)
        for row, role, note in zip(rows, claim_roles(rows), slip_notes(rows), strict=True):
            row["role"], row["note"] = role, note
        history[slot] = rows
    return history


def show_history(db_path: Path, subject: str, *, as_json: bool = False) -> int:
    """Print a subject's history (``facts --history``); returns the exit code."""
    con = db.connect(db_path, read_only=True)
    try:
        history = subject_history(con, subject)
    finally:
        con.close()
    if not history:
        print(f"no claims about {subject!r}")
        return 1
    for (predicate, qualifier), rows in history.items():
        if as_json:
            for row in rows:
                print(json.dumps({k: row[k] for k in (
                    "published_at", "path", "predicate", "value_text", "role", "status",
                    "fact_id", "superseded_by", "note")} | {"slot": qualifier}, default=str))
            continue
        print(f"{rows[0]['subject']} \u2014 {predicate} ({qualifier})")
        for row in rows:
            when = str(row["published_at"]) if row.get("published_at") else "undated   "
            note = f"  ({row['note']})" if row["note"] else ""
            print(f"  {when}  {row['role']:<8}  {claim_label(row):<28}  {row['status']:<13}"
                  f"  {row['path']}{note}")
        for line in plan_paths(rows):
            print(f"  {line}")
    return 0


def run_cli(args: argparse.Namespace) -> int:
    """``python -m pipeline facts --history SUBJECT``."""
    return show_history(args.db, args.history, as_json=args.json)
