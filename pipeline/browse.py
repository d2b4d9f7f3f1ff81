"""The facts browser: a rich table of facts, contested values side by side, with evidence.

``python -m pipeline facts [--subject S] [--predicate P] [--status S | --contested]
[--evidence] [--json]``. Evidence sentences are highlighted with the offsets stored in the
warehouse (value span, hedge cue spans), never by searching the sentence for the surface.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from itertools import groupby

from rich.console import Console
from rich.table import Table
from rich.text import Text

from warehouse import db
from warehouse.ids import subject_key

_FACTS_SQL = """
SELECT f.fact_id, f.subject, f.subject_type, f.predicate, f.value, f.value_low, f.value_high,
       f.bound, f.unit, f.scope, f.event, f.date_start, f.date_end, f.date_granularity,
       f.hedged, f.confidence, f.n_claims, f.n_articles, f.n_sources, f.status,
       f.contested_with, f.first_published, f.last_published
FROM facts f
WHERE (? IS NULL OR f.subject ILIKE '%' || ? || '%'
       OR f.fact_id IN (SELECT fact_id FROM fact_rows WHERE subject_key LIKE '%' || ? || '%'))
  AND (? IS NULL OR f.predicate = ?)
  AND (? IS NULL OR f.status = ?)
ORDER BY f.subject, f.predicate, f.scope = 'active', f.event,
         coalesce(f.value, f.value_low), f.date_start
LIMIT ?
"""

_EVIDENCE_SQL = """
SELECT c.fact_id, c.claim_id, c.value_text, c.sentence, c.sentence_start, c.char_start,
       c.char_end, c.hedged, c.hedge_cues, cr.hedge_cue_starts, cr.hedge_cue_ends,
       c.attribution, c.confidence, c.binding, a.path, a.title, a.publisher, a.published_at,
       a.status AS article_status
FROM claims c
JOIN articles a USING (article_id)
JOIN claim_rows cr USING (claim_id)
WHERE c.fact_id IN (SELECT unnest(?::VARCHAR[]))
ORDER BY a.published_at NULLS LAST, a.path, c.char_start
"""

STATUS_STYLE = {"contested": "bold red", "corroborated": "green", "single_source": "yellow"}


def human_number(value: float | None) -> str:
    """1.5e12 -> '1.5T', 3.7e10 -> '37B' (how the articles write parameter counts)."""
    if value is None:
        return ""
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= scale:
            return f"{value / scale:.4g}{suffix}"
    return f"{value:g}"


def fact_value(row: dict) -> str:
    """A fact's value as a reader would write it ('~0.5T', '≥ 1T', '1T-2T', '2026-05-01 … 10')."""
    if row["predicate"] == "release_date":
        start, end = row["date_start"], row["date_end"]
        if start is None:
            return "(unresolved)"
        return f"{start}" if start == end else f"{start} … {end}"
    bound = row["bound"]
    if bound == "range":
        text = f"{human_number(row['value_low'])}-{human_number(row['value_high'])}"
    else:
        prefix = {"at_least": "≥ ", "at_most": "≤ ", "approx": "~"}.get(bound or "", "")
        text = prefix + human_number(row["value"])
    unit = row.get("unit")
    return text if unit in (None, "parameters") else f"{text} {unit}"


def slot_of(row: dict) -> tuple:
    """Facts that can contest each other share a slot: subject, predicate, scope/event."""
    qualifier = (
        row["event"]
        if row["predicate"] == "release_date"
        else ("active" if row["scope"] == "active" else "total")
    )
    return (subject_key(row["subject"]), row["predicate"], qualifier)


def table_lines(rows: list[dict]) -> list[list[dict]]:
    """Rows grouped for display: a slot's contested facts share one line, side by side."""
    lines: list[list[dict]] = []
    for _, slot in groupby(rows, key=slot_of):
        facts = list(slot)
        contested = [f for f in facts if f["status"] == "contested"]
        if contested:
            lines.append(contested)
        lines.extend([f] for f in facts if f["status"] != "contested")
    return lines


def _cell(line: list[dict], render) -> Text:
    """One value per fact of a line, stacked so a contest's figures align across columns."""
    text = Text()
    for i, fact in enumerate(line):
        if i:
            text.append("\n")
        style = STATUS_STYLE.get(fact["status"]) if len(line) > 1 else None
        text.append(render(fact), style=style)
    return text


def _value_cell(line: list[dict]) -> Text:
    """'6T' over 'vs 10T': the rival readings of a contested slot, one under the other."""
    text = Text()
    for i, fact in enumerate(line):
        if i:
            text.append("\nvs ", style="dim")
        text.append(fact_value(fact), style="bold" if len(line) > 1 else None)
    return text


def facts_table(rows: list[dict]) -> Table:
    """The facts as a table; contested values of one subject appear side by side."""
    table = Table(title=f"{len(rows)} facts", caption="contested readings are stacked in one row")
    for header, justify in (
        ("subject", "left"),
        ("predicate", "left"),
        ("scope/event", "left"),
        ("value", "left"),
        ("status", "left"),
        ("conf", "right"),
        ("sources", "right"),
        ("hedged", "left"),
        ("first seen", "left"),
    ):
        table.add_column(header, justify=justify, overflow="fold")
    previous = None
    for line in table_lines(rows):
        first = line[0]
        if previous is not None and subject_key(first["subject"]) != previous:
            table.add_section()
        previous = subject_key(first["subject"])
        status = first["status"]
        table.add_row(
            first["subject"],
            first["predicate"],
            first["scope"] or first["event"] or "",
            _value_cell(line),
            Text(status, style=STATUS_STYLE.get(status)),
            _cell(line, lambda f: "" if f["confidence"] is None else f"{f['confidence']:.2f}"),
            _cell(line, lambda f: str(f["n_sources"])),
            _cell(line, lambda f: "yes" if f["hedged"] else "no"),
            _cell(line, lambda f: str(f["first_published"] or "—")),
        )
    return table


def highlighted_sentence(claim: dict) -> Text:
    """The claim's sentence with the value (bold cyan) and hedge cues (italic yellow) marked.

    Offsets are the warehouse's (article-relative), shifted by the sentence start.
    """
    base = claim["sentence_start"] or 0
    text = Text(claim["sentence"] or "")
    text.stylize("bold cyan", claim["char_start"] - base, claim["char_end"] - base)
    for start, end in zip(
        claim["hedge_cue_starts"] or [], claim["hedge_cue_ends"] or [], strict=False
    ):
        text.stylize("italic yellow", start - base, end - base)
    return text


def evidence_source(claim: dict) -> str:
    """'publisher · date · path', marking copies and hedge attribution."""
    parts = [
        claim["publisher"] or "unknown publisher",
        str(claim["published_at"] or "undated"),
        claim["path"],
    ]
    if claim["article_status"] == "duplicate":
        parts.append("duplicate (adds no support)")
    if claim["attribution"]:
        parts.append(f"attributed to {claim['attribution']}")
    if claim["hedge_cues"]:
        parts.append("cues: " + ", ".join(claim["hedge_cues"]))
    parts.append(f"claim conf {claim['confidence']:.2f} ({claim['binding']})")
    return " · ".join(parts)


def print_evidence(console: Console, rows: list[dict], evidence: list[dict]) -> None:
    """Each fact's claims: highlighted sentence, then source and date."""
    by_fact: dict[str, list[dict]] = defaultdict(list)
    for claim in evidence:
        by_fact[claim["fact_id"]].append(claim)
    for row in rows:
        header = Text(
            f"\n{row['subject']} · {row['predicate']} · {fact_value(row)} · ", style="bold"
        )
        header.append(row["status"], style=STATUS_STYLE.get(row["status"]))
        console.print(header)
        for claim in by_fact.get(row["fact_id"], []):
            console.print(Text("  ↳ ") + highlighted_sentence(claim))
            console.print(Text(f"    {evidence_source(claim)}", style="dim"))


def query_facts(con, args: argparse.Namespace) -> tuple[list[dict], list[dict]]:
    """The facts matching the filters, and their claims when ``--evidence`` or ``--json``."""
    status = "contested" if args.contested else args.status
    key = subject_key(args.subject) if args.subject else None
    rows = db.fetch_rows(
        con,
        _FACTS_SQL,
        [
            args.subject,
            args.subject,
            key,
            args.predicate,
            args.predicate,
            status,
            status,
            args.limit,
        ],
    )
    want_evidence = (args.evidence or args.json) and rows
    evidence = (
        db.fetch_rows(con, _EVIDENCE_SQL, [[r["fact_id"] for r in rows]]) if want_evidence else []
    )
    return rows, evidence


def show_facts(args: argparse.Namespace, console: Console | None = None) -> int:
    """Print facts (a table, or JSON lines with their evidence); returns the exit code."""
    con = db.connect(args.db, read_only=True)
    try:
        rows, evidence = query_facts(con, args)
    finally:
        con.close()
    if args.json:
        for row in rows:
            row["evidence"] = [e for e in evidence if e["fact_id"] == row["fact_id"]]
            print(json.dumps(row, default=str, ensure_ascii=False))
        return 0
    console = console or Console()
    if not rows:
        console.print("no facts match")
        return 0
    console.print(facts_table(rows))
    if args.evidence:
        print_evidence(console, rows, evidence)
    return 0
