"""The facts for pipes and scripts: plain aligned text, JSON lines, CSV.

Plain text is what ``python -m pipeline facts | less`` or ``| grep`` gets: one fact per line,
columns padded with spaces, no box drawing, no colour, nothing wrapped (the cells come from
``pipeline.browse``). JSON and CSV carry
every column of the ``facts`` view. Text from the articles is escaped wherever it can reach a
terminal (``pipeline.terminal_text``); JSON escapes every control character the JSON way.
"""

from __future__ import annotations

import csv
import json
import re
from typing import TextIO

from pipeline.terminal_text import printable

# Characters JSON lets through raw (C1 controls, DEL, bidi overrides) that a terminal obeys.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def write_aligned(out: TextIO, header: list[str], lines: list[list[str]]) -> None:
    """Rows of already printable cells under a header, each column padded to its widest cell
    (two spaces between columns, nothing wrapped or cut)."""
    table = [header, *lines]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        out.write("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
        out.write("\n")


def write_json(out: TextIO, rows: list[dict], evidence: list[dict]) -> None:
    """One JSON object per fact, with its claims under ``evidence``."""
    by_fact: dict[str, list[dict]] = {}
    for claim in evidence:
        by_fact.setdefault(claim["fact_id"], []).append(claim)
    for row in rows:
        row = {**row, "evidence": by_fact.get(row["fact_id"], [])}
        line = json.dumps(row, default=str, ensure_ascii=False)
        out.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", line) + "\n")


def write_csv(out: TextIO, rows: list[dict], *, to_terminal: bool = False) -> None:
    """Every column of the facts, one row per fact, with a header (empty when no rows).

    Args:
        to_terminal: escape control characters (data for a file or a pipe is left exact).
    """
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: printable(v) if to_terminal and isinstance(v, str) else v
                         for k, v in row.items()})
