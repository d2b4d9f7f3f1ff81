"""The layout of fact sheets: label lines under a model's name, and "|" tables.

Spec boxes, model cards and comparison tables state a model's facts without a sentence:

    Zeta 5                               | Model  | Parameters | Release date |
    - Parameters: 70 billion             |--------|------------|--------------|
    - Release date: June 12, 2025        | Zeta 5 | 70B        | June 2025    |

A value there names no model in its own words, so sentence rules find none. This module reads
the layout only (which line, which label, which column, which model owns the block or row);
each extractor family decides which labels and headers are its own (the dates family: release
labels; the params family: parameter headers). HTML tables come out of text extraction with
"|" between cells.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span

LABEL_LOOKBACK = 8  # lines above a label line that may name the block's model
MAX_LABEL_WORDS = 4  # "Total parameters (est.):" at most
BULLETS = "-*\u2022\u2013\u2014\u00b7 \t|"
MODEL_HEADERS = frozenset({"model", "name", "model name", "llm"})
TABLE_SEPARATOR = set("-|: \t")  # "|---|:---:|": a markdown rule under the header


def line_label(value: Span, text: str | None = None) -> str | None:
    """The label before a value on its line ("release date" of "- Release date: June 12"), lower
    case, or None when the line holds more than a label before the value. ``text``: the Doc's
    text, built once per Doc by callers that ask per value (``Doc.text`` joins every token)."""
    text = value.doc.text if text is None else text
    line_start = text.rfind("\n", 0, value.start_char) + 1
    head = text[line_start : value.start_char].strip(BULLETS)
    if not head.endswith(":"):
        return None
    return " ".join(head[:-1].lower().replace("*", "").split())


def starting_between(models: Sequence[Span], start: int, end: int) -> Sequence[Span]:
    """The models (in document order) whose first character lies in ``start:end``, found by
    bisection: per value, not a pass over every model of the Doc."""
    lo = bisect_left(models, start, key=lambda m: m.start_char)
    return models[lo : bisect_left(models, end, lo=lo, key=lambda m: m.start_char)]


def block_model(value: Span, models: Sequence[Span], text: str | None = None) -> Span | None:
    """The model of the block a label line belongs to: the nearest MODEL in the
    ``LABEL_LOOKBACK`` lines above, a model that opens its line (a heading, "Model: Zeta 5")
    before any other. ``models`` in document order; ``text`` as for ``line_label``."""
    text = value.doc.text if text is None else text
    line_start = text.rfind("\n", 0, value.start_char) + 1
    top = line_start
    for _ in range(LABEL_LOOKBACK):
        if top == 0:
            break
        top = text.rfind("\n", 0, top - 1) + 1
    above = [m for m in starting_between(models, top, line_start) if m.end_char <= line_start]
    if not above:
        return None

    def opens_line(m: Span) -> bool:
        head = text[text.rfind("\n", 0, m.start_char) + 1 : m.start_char].strip(BULLETS)
        return head == "" or (head.endswith(":") and len(head) <= 20)

    heads = [m for m in above if opens_line(m)]
    return (heads or above)[-1]


def _one_model(named: Sequence[Span]) -> Span | None:
    """The model a line names, when it names exactly one (by canonical name)."""
    return named[-1] if len({m._.canonical or m.text for m in named}) == 1 else None


def _is_label_line(line: str) -> bool:
    """ "Parameters: 1.2T", "Model: Zeta 5", "Key specs of Zeta 5:": a short label, a colon."""
    head, colon, _ = line.strip(BULLETS).partition(":")
    return bool(colon) and 0 < len(head.split()) <= MAX_LABEL_WORDS


def sheet_model(value: Span, models: Sequence[Span], text: str | None = None) -> Span | None:
    """The one model a fact sheet is about, strictly: walking up from the value's line over
    blank and label lines, a label line that names one model ("Model: Zeta 5", "Key specs of
    Zeta 5:") or else the first other line (the heading, "Zeta 5 at a glance") when it names
    exactly one; None when that line names none or several ("Zeta 5 and Nova 3 compared"), or
    is a paragraph of running text about something else. ``text`` as for ``line_label``."""
    text = value.doc.text if text is None else text
    pos = text.rfind("\n", 0, value.start_char) + 1
    for _ in range(LABEL_LOOKBACK):
        if pos == 0:
            return None
        start = text.rfind("\n", 0, pos - 1) + 1
        line = text[start : pos - 1]
        named = [m for m in starting_between(models, start, pos) if m.end_char <= pos]
        pos = start
        if not line.strip():
            continue
        if _is_label_line(line):
            if named:
                return _one_model(named)
            continue
        return _one_model(named)
    return None


def cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    """The cells of a table line as (start_char, end_char, stripped lower text)."""
    out, start = [], 0
    for part in line.split("|"):
        out.append((offset + start, offset + start + len(part), part.strip(" *").lower()))
        start += len(part) + 1
    return out


def line_at(text: str, char: int) -> tuple[int, int]:
    """(start, end) of the line holding ``char``."""
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end == -1 else end


def table_header(text: str, row_start: int) -> tuple[int, str] | None:
    """The header line (start, text) of the table a row belongs to: the top line of the run of
    "|" lines above it, markdown rules skipped. None when the row is the header itself."""
    top, header = row_start, None
    while top > 0:
        prev_start, prev_end = line_at(text, top - 1)
        line = text[prev_start:prev_end]
        if "|" not in line:
            break
        if not set(line) <= TABLE_SEPARATOR:
            header = (prev_start, line)
        top = prev_start
    return header


@dataclass(frozen=True)
class TableCell:
    """A value's place in a "|" table: its column's header, its row's model, and the cell's
    character bounds (the other values in the same cell lie between them)."""

    header: str
    model: Span
    start: int
    end: int


def table_cell(value: Span, models: Sequence[Span], text: str | None = None
               ) -> TableCell | None:
    """The column header, row model and cell bounds for a value in a "|" table row;
    None off a table, in the header row, in a row whose cells do not line up with the header,
    or in a row that names no model. The row's model is the one in its "model"/"name" column,
    else the row's first. ``models`` in document order; ``text`` as for ``line_label``."""
    text = value.doc.text if text is None else text
    row_start, row_end = line_at(text, value.start_char)
    row = text[row_start:row_end]
    if "|" not in row:
        return None
    header = table_header(text, row_start)
    if header is None:
        return None
    head_cells = cells(header[1], header[0])
    row_cells = cells(row, row_start)
    if len(head_cells) == len(row_cells) + 1 and head_cells[-1][2] == "":
        head_cells = head_cells[:-1]  # a last row without its closing "|"
    if len(head_cells) != len(row_cells):
        return None
    column = next((i for i, (s, e, _) in enumerate(row_cells) if s <= value.start_char < e), 0)
    in_row = [m for m in starting_between(models, row_start, row_end + 1)
              if m.end_char <= row_end]
    if not in_row:
        return None
    name_columns = [i for i, c in enumerate(head_cells) if c[2] in MODEL_HEADERS]
    named = [m for m in in_row for i in name_columns
             if row_cells[i][0] <= m.start_char < row_cells[i][1]]
    return TableCell(head_cells[column][2], (named or in_row)[0], row_cells[column][0],
                     row_cells[column][1])
