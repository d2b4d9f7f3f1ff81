"""The facts browser: a rich table of facts, with evidence sentences highlighted."""

from __future__ import annotations

import argparse
import json

from rich.console import Console
from rich.table import Table
from rich.text import Text

from warehouse import db

_FACTS_SQL = """
SELECT fact_id, subject, predicate, value, value_low, value_high, bound, unit, scope, event,
       date_start, date_end, hedged, confidence, n_claims, n_articles, n_sources, status,
       first_published, last_published
FROM facts
WHERE (? IS NULL OR subject ILIKE '%' || ? || '%')
  AND (? IS NULL OR predicate = ?)
  AND (? IS NULL OR status = ?)
ORDER BY subject, predicate, scope, coalesce(value, value_low), date_start
LIMIT ?
"""

_EVIDENCE_SQL = """
SELECT c.fact_id, c.sentence, c.sentence_start, c.char_start, c.char_end, c.hedge_cues,
       c.hedged, c.attribution, c.confidence, a.path, a.publisher, a.published_at, a.status,
       cr.hedge_cue_starts, cr.hedge_cue_ends
FROM claims c JOIN articles a USING (article_id) JOIN claim_rows cr USING (claim_id)
WHERE c.fact_id IN (SELECT unnest(?::VARCHAR[]))
ORDER BY a.published_at NULLS LAST, a.path, c.char_start
"""


def human_number(value: float | None) -> str:
    """1.5e12 -> '1.5T', 3.7e10 -> '37B' (how the articles write parameter counts)."""
    if value is None:
        return ""
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= scale:
            return f"{value / scale:.4g}{suffix}"
    return f"{value:g}"


def fact_value(row: dict) -> str:
    """A fact's value as a reader would write it."""
    if row["predicate"] == "release_date":
        start, end = row["date_start"], row["date_end"]
        if start is None:
            return "(unresolved)"
        return f"{start}" if start == end else f"{start} … {end}"
    bound = row["bound"]
    if bound == "range":
        text = f"{human_number(row['value_low'])}–{human_number(row['value_high'])}"
    else:
        prefix = {"at_least": "≥ ", "at_most": "≤ ", "approx": "~"}.get(bound or "", "")
        text = prefix + human_number(row["value"])
    unit = row.get("unit")
    return text if unit in (None, "parameters") else f"{text} {unit}"


def highlighted_sentence(claim: dict) -> Text:
    """The claim's sentence with the value (bold) and hedge cues (italic yellow) marked."""
    base = claim["sentence_start"] or 0
    text = Text(claim["sentence"] or "")
    text.stylize("bold cyan", claim["char_start"] - base, claim["char_end"] - base)
    for start, end in zip(claim["hedge_cue_starts"] or [], claim["hedge_cue_ends"] or [], strict=False):
        text.stylize("italic yellow", start - base, end - base)
    return text


def show_facts(args: argparse.Namespace) -> int:
    """Print facts (table or JSON lines); returns the exit code."""
    status = "contested" if args.contested else args.status
    con = db.connect(args.db, read_only=True)
    try:
        rows = db.fetch_rows(con, _FACTS_SQL, [args.subject, args.subject, args.predicate,
                                               args.predicate, status, status, args.limit])
        evidence = (db.fetch_rows(con, _EVIDENCE_SQL, [[r["fact_id"] for r in rows]])
                    if args.evidence and rows else [])
    finally:
        con.close()
    if args.json:
        for row in rows:
            row["evidence"] = [e for e in evidence if e["fact_id"] == row["fact_id"]]
            print(json.dumps(row, default=str))
        return 0
    console = Console()
    if not rows:
        console.print("no facts match")
        return 0
    table = Table(title=f"{len(rows)} facts")
    for header in ("subject", "predicate", "value", "scope/event", "status", "conf", "sources",
                   "hedged", "first seen"):
        table.add_column(header)
    for row in rows:
        style = "red" if row["status"] == "contested" else None
        table.add_row(row["subject"], row["predicate"], fact_value(row),
                      row["scope"] or row["event"] or "", row["status"],
                      f"{row['confidence']:.2f}", str(row["n_sources"]),
                      "yes" if row["hedged"] else "", str(row["first_published"] or ""),
                      style=style)
    console.print(table)
    for row in rows if evidence else []:
        console.print(Text(f"\n{row['subject']} · {row['predicate']} · {fact_value(row)}"
                           f" · {row['status']}", style="bold"))
        for claim in (e for e in evidence if e["fact_id"] == row["fact_id"]):
            source = f"{claim['publisher'] or '?'} · {claim['published_at'] or 'undated'} · {claim['path']}"
            if claim["status"] == "duplicate":
                source += " (duplicate)"
            console.print(Text("  ↳ ") + highlighted_sentence(claim))
            console.print(Text(f"    {source}", style="dim"))
    return 0
