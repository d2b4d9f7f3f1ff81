"""The facts browser: a table of facts, contested values side by side, with evidence.

``python -m pipeline facts [--subject S] [--predicate P] [--status S | --contested]
[--evidence] [--json | --csv]``. On a terminal the table fits the terminal's width: columns
are dropped, least useful first, until every header and value fits whole, and text wraps only
between words. Piped, it prints plain aligned text (``pipeline.plain_output``). Evidence
sentences are highlighted with the offsets stored in the warehouse (value span, hedge cue
spans), never by searching the sentence for the surface. Article text is untrusted: every
piece of it goes through ``pipeline.terminal_text``.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from itertools import groupby, pairwise

from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline import plain_output
from pipeline.terminal_text import printable, printable_line
from warehouse import db, queries
from warehouse.ids import subject_key

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


PREDICATE_LABEL = {"parameter_count": "parameters", "release_date": "release date"}
STATUS_LABEL = {"single_source": "single source"}


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


def _status_cell(line: list[dict]) -> Text:
    status = line[0]["status"]
    return Text(STATUS_LABEL.get(status, status), style=STATUS_STYLE.get(status))


# (header, justify, cell). Listed in display order; DROP_ORDER says which go first when the
# terminal is narrow. Subject, predicate, value and status always stay.
COLUMNS = (
    ("subject", "left", lambda line: Text(printable(line[0]["subject"]))),
    ("predicate", "left",
     lambda line: Text(PREDICATE_LABEL.get(line[0]["predicate"], line[0]["predicate"]))),
    ("scope/event", "left", lambda line: Text(line[0]["scope"] or line[0]["event"] or "")),
    ("value", "left", _value_cell),
    ("status", "left", _status_cell),
    ("conf", "right", lambda line: _cell(
        line, lambda f: "" if f["confidence"] is None else f"{f['confidence']:.2f}")),
    ("sources", "right", lambda line: _cell(line, lambda f: str(f["n_sources"]))),
    ("hedged", "left", lambda line: _cell(line, lambda f: "yes" if f["hedged"] else "no")),
    ("first seen", "left", lambda line: _cell(line, lambda f: str(f["first_published"] or "—"))),
)
DROP_ORDER = ("first seen", "hedged", "sources", "conf", "scope/event")


def _longest_word(text: Text | str) -> int:
    words = str(text).split()
    return max((Text(w).cell_len for w in words), default=0)


def _widest_line(text: Text | str) -> int:
    return max((Text(line).cell_len for line in str(text).splitlines()), default=0)


# Which columns get their values on one line first, when the width allows (the subject, whose
# names are long, takes what is left and wraps between words).
UNWRAPPED_FIRST = ("status", "predicate", "scope/event", "value", "conf", "sources", "hedged",
                   "first seen")


def fitting_columns(cells: dict[str, list[Text]], width: int) -> dict[str, int]:
    """The columns to show at ``width`` and each one's minimum width.

    Every column needs at least its longest word (header included): if they do not all fit,
    the least useful columns go (``DROP_ORDER``). Then, while room is left, short columns are
    widened to their widest line so "single source" does not wrap. A rich table with the
    default box costs 3 cells per column (padding and a rule) plus 1.
    """
    shown = [header for header, _, _ in COLUMNS]
    need = {h: max(_longest_word(h), *(_longest_word(c) for c in cells[h])) for h in shown}
    for header in DROP_ORDER:
        if sum(need[h] for h in shown) + 3 * len(shown) + 1 <= width:
            break
        shown.remove(header)
    widths = {h: need[h] for h in shown}
    room = width - (sum(widths.values()) + 3 * len(shown) + 1)
    for header in (h for h in UNWRAPPED_FIRST if h in widths):
        full = max(_widest_line(header), *(_widest_line(c) for c in cells[header]))
        if full - widths[header] <= room:
            room -= full - widths[header]
            widths[header] = full
    return widths


def facts_table(rows: list[dict], width: int = 200) -> Table:
    """The facts as a table that fits ``width``; contested values of one slot share a row."""
    lines = table_lines(rows)
    cells = {header: [render(line) for line in lines] for header, _, render in COLUMNS}
    widths = fitting_columns(cells, width)
    hidden = [header for header, _, _ in COLUMNS if header not in widths]
    caption = "contested readings are stacked in one row"
    if hidden:
        caption += f"; not shown at this width: {', '.join(hidden)} (--json has every column)"
    table = Table(title=f"{len(rows)} facts", caption=caption)
    for header, justify, _ in COLUMNS:
        if header in widths:
            # Fixed widths except the subject's, which takes the rest: left to itself, rich
            # shares a shortfall among all columns and can still end a cell mid-word.
            fixed = None if header == "subject" else widths[header]
            table.add_column(header, justify=justify, overflow="fold", min_width=widths[header],
                             width=fixed)
    previous = None
    for i, line in enumerate(lines):
        key = subject_key(line[0]["subject"])
        if previous is not None and key != previous:
            table.add_section()
        previous = key
        table.add_row(*(cells[header][i] for header in widths))
    return table


def highlighted_sentence(claim: dict) -> Text:
    """The claim's sentence with the value (bold cyan) and hedge cues (italic yellow) marked.

    Offsets are the warehouse's (article-relative), shifted by the sentence start. The
    sentence is cut at every mark and each piece made printable on its own, so an escaped
    control character cannot shift a mark.
    """
    base = claim["sentence_start"] or 0
    sentence = claim["sentence"] or ""
    marks = [(claim["char_start"] - base, claim["char_end"] - base, "bold cyan")]
    marks += [
        (start - base, end - base, "italic yellow")
        for start, end in zip(
            claim["hedge_cue_starts"] or [], claim["hedge_cue_ends"] or [], strict=False)
    ]
    marks = [(s, e, style) for s, e, style in marks if 0 <= s < e <= len(sentence)]
    cuts = sorted({0, len(sentence), *(s for s, _, _ in marks), *(e for _, e, _ in marks)})
    text = Text()
    for left, right in pairwise(cuts):
        styles = [style for s, e, style in marks if s <= left and right <= e]
        text.append(printable_line(sentence[left:right]), style=" ".join(styles) or None)
    return text


def evidence_source(claim: dict) -> str:
    """'publisher · date · path', marking copies and hedge attribution (escaped)."""
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
    return printable(" · ".join(parts))


def print_evidence(console: Console, rows: list[dict], evidence: list[dict]) -> None:
    """Each fact's claims: highlighted sentence, then source and date."""
    by_fact: dict[str, list[dict]] = defaultdict(list)
    for claim in evidence:
        by_fact[claim["fact_id"]].append(claim)
    for row in rows:
        header = Text(
            f"\n{printable(row['subject'])} · {row['predicate']} · {fact_value(row)} · ",
            style="bold",
        )
        header.append(row["status"], style=STATUS_STYLE.get(row["status"]))
        console.print(header)
        for claim in by_fact.get(row["fact_id"], []):
            console.print(Text("  ↳ ") + highlighted_sentence(claim))
            console.print(Text(f"    {evidence_source(claim)}", style="dim"))


PLAIN_HEADER = ["subject", "predicate", "scope/event", "value", "status", "conf", "sources",
                "hedged", "first_seen"]


def plain_cells(row: dict) -> list[str]:
    """One fact as the plain table's printable cells (``PLAIN_HEADER``)."""
    return [
        printable(row["subject"]),
        row["predicate"],
        row["scope"] or row["event"] or "-",
        fact_value(row),
        row["status"],
        "-" if row["confidence"] is None else f"{row['confidence']:.2f}",
        str(row["n_sources"]),
        "yes" if row["hedged"] else "no",
        str(row["first_published"] or "-"),
    ]


def write_plain(out, rows: list[dict], evidence: list[dict] | None) -> None:
    """Plain aligned text, one fact per line; then each fact's evidence when given."""
    plain_output.write_aligned(out, PLAIN_HEADER, [plain_cells(r) for r in rows])
    for row in rows if evidence is not None else []:
        out.write(f"\n{printable(row['subject'])} · {row['predicate']} · {fact_value(row)}"
                  f" · {row['status']}\n")
        for claim in (c for c in evidence if c["fact_id"] == row["fact_id"]):
            out.write(f"  ↳ {printable_line(claim['sentence'])}\n    {evidence_source(claim)}\n")


def query_facts(con, args: argparse.Namespace) -> tuple[list[dict], list[dict]]:
    """The facts matching the filters, and their claims when evidence is shown or exported."""
    rows = queries.browse_facts(
        con,
        subject=args.subject,
        predicate=args.predicate,
        status="contested" if args.contested else args.status,
        limit=args.limit,
    )
    want_evidence = args.evidence or args.json
    evidence = queries.evidence_for(con, [r["fact_id"] for r in rows]) if want_evidence else []
    return rows, evidence


def show_facts(args: argparse.Namespace, console: Console | None = None) -> int:
    """Print facts: a table on a terminal, plain aligned text when piped, or JSON lines / CSV
    when asked; returns the exit code."""
    con = db.connect(args.db, read_only=True)
    try:
        rows, evidence = query_facts(con, args)
    finally:
        con.close()
    console = console or Console()
    if args.json:
        plain_output.write_json(console.file, rows, evidence)
        return 0
    if getattr(args, "csv", False):
        plain_output.write_csv(console.file, rows, to_terminal=console.is_terminal)
        return 0
    if not rows:
        console.print("no facts match", markup=False, highlight=False)
        return 0
    if not console.is_terminal:
        write_plain(console.file, rows, evidence if args.evidence else None)
        return 0
    console.print(facts_table(rows, console.width))
    if args.evidence:
        print_evidence(console, rows, evidence)
    return 0
