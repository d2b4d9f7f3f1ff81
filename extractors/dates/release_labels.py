"""Fact-sheet label lines: "Release date: June 12, 2025" or "Launched: Q3 2024" under a model's
name dates that model.

Spec boxes, model cards and comparison lists put a release date on a line of its own, a label
and a colon before the date, with the model named above it ("Zeta 5" as a heading, "Model: Zeta
5", "Developer: Acme"). Such a line names no model, so the sentence binding finds none. A date
is a label line's when the words from the line start (after a bullet) to the date are, without
the colon, one of the label phrases of the cue file (``release_labels``: the phrase and the event
it signals, "release date" is ``neutral``: released or planned by the date). The model is that of
the block: the nearest MODEL in the ``LABEL_LOOKBACK`` lines above, a model that opens its line
(a heading, "Model: Zeta 5") before any other. Binding ``label_line``.

Tables are the same fact sheet in columns: "Model | Release date | Parameters" over rows
"Zeta 5 | June 12, 2025 | 70B" (HTML tables come out of text extraction with "|" between the
cells). A date in a row is the row model's when the header cell above it is a label phrase, or
"date" / "year"; the model is the one in the row's "model"/"name" column, else the row's first.
Binding ``table_row``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Span

from extractors.dates.release_binding import ReleaseBinding

BINDING = "label_line"
LABEL_LOOKBACK = 8  # lines above the label line that may name the block's model
BULLETS = "-*\u2022\u2013\u2014\u00b7 \t|"
TABLE_BINDING = "table_row"
TABLE_DATE_HEADERS = {"date": "neutral", "year": "neutral"}  # besides the label phrases
MODEL_HEADERS = frozenset({"model", "name", "model name", "llm"})
TABLE_SEPARATOR = set("-|: \t")  # "|---|:---:|": a markdown rule under the header


def line_label(date: Span, text: str | None = None) -> str | None:
    """The label before a date on its line ("Release date" of "- Release date: June 12"), or
    None when the line holds more than a label before the date. ``text``: the Doc's text, built
    once per Doc by callers that ask per date (``Doc.text`` joins every token)."""
    text = date.doc.text if text is None else text
    line_start = text.rfind("\n", 0, date.start_char) + 1
    head = text[line_start : date.start_char].strip(BULLETS)
    if not head.endswith(":"):
        return None
    return " ".join(head[:-1].lower().replace("*", "").split())


def block_model(date: Span, models: Sequence[Span], text: str | None = None) -> Span | None:
    """The model of the block a label line belongs to (see the module docstring). ``models``
    in document order; ``text`` as for ``line_label``."""
    text = date.doc.text if text is None else text
    line_start = text.rfind("\n", 0, date.start_char) + 1
    top = line_start
    for _ in range(LABEL_LOOKBACK):
        if top == 0:
            break
        top = text.rfind("\n", 0, top - 1) + 1
    above = [m for m in _starting_between(models, top, line_start) if m.end_char <= line_start]
    if not above:
        return None

    def opens_line(m: Span) -> bool:
        head = text[text.rfind("\n", 0, m.start_char) + 1 : m.start_char].strip(BULLETS)
        return head == "" or (head.endswith(":") and len(head) <= 20)

    heads = [m for m in above if opens_line(m)]
    return (heads or above)[-1]


def _starting_between(models: Sequence[Span], start: int, end: int) -> Sequence[Span]:
    """The models (in document order) whose first character lies in ``start:end``, found by
    bisection: per date, not a pass over every model of the Doc."""
    lo = bisect_left(models, start, key=lambda m: m.start_char)
    return models[lo : bisect_left(models, end, lo=lo, key=lambda m: m.start_char)]


def rebind_dates(
    dates: Sequence[Span],
    bindings: Sequence[ReleaseBinding],
    open_to: Callable[[ReleaseBinding], bool],
    bind: Callable[[Span], ReleaseBinding | None],
) -> list[ReleaseBinding]:
    """Bindings with every date whose binding is ``open_to`` a rule rebound by ``bind``.

    Args:
        dates: recognised date spans in document order.
        bindings: their bindings (same order).
        open_to: whether a date's binding may be replaced.
        bind: the rule's binding of one date, None where the rule does not apply.

    Returns:
        A new list of bindings, one per date.
    """
    out = list(bindings)
    for k, date in enumerate(dates):
        rebound = bind(date) if open_to(out[k]) else None
        if rebound is not None:
            out[k] = rebound
    return out


def label_line_binding(
    date: Span, models: Sequence[Span], labels: Mapping[str, str], text: str | None = None
) -> ReleaseBinding | None:
    """A label-line date bound to its block's model; None off a label line or without a model.
    ``labels``: label phrase (lower case) -> event; ``text`` as for ``line_label``."""
    event = labels.get(line_label(date, text) or "")
    if event is None:
        return None
    model = block_model(date, models, text)
    return None if model is None else ReleaseBinding(model, event, BINDING)


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    """The cells of a table line as (start_char, end_char, stripped lower text)."""
    out, start = [], 0
    for part in line.split("|"):
        out.append((offset + start, offset + start + len(part), part.strip(" *").lower()))
        start += len(part) + 1
    return out


def _line_at(text: str, char: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end == -1 else end


def table_header(text: str, row_start: int) -> tuple[int, str] | None:
    """The header line (start, text) of the table a row belongs to: the top line of the run of
    "|" lines above it, markdown rules skipped. None when the row is the header itself."""
    top, header = row_start, None
    while top > 0:
        prev_start, prev_end = _line_at(text, top - 1)
        line = text[prev_start:prev_end]
        if "|" not in line:
            break
        if not set(line) <= TABLE_SEPARATOR:
            header = (prev_start, line)
        top = prev_start
    return header


def table_cell_binding(
    date: Span, models: Sequence[Span], labels: Mapping[str, str], text: str | None = None
) -> ReleaseBinding | None:
    """A date in a release column of a "|" table bound to its row's model; None elsewhere.
    ``labels``: label phrase (lower case) -> event; "date" and "year" columns count too.
    ``models`` in document order; ``text`` as for ``line_label``."""
    text = date.doc.text if text is None else text
    row_start, row_end = _line_at(text, date.start_char)
    row = text[row_start:row_end]
    if "|" not in row:
        return None
    header = table_header(text, row_start)
    if header is None:
        return None
    head_cells = _cells(header[1], header[0])
    row_cells = _cells(row, row_start)
    if len(head_cells) != len(row_cells):
        return None
    column = next((i for i, (s, e, _) in enumerate(row_cells) if s <= date.start_char < e), 0)
    event = labels.get(head_cells[column][2]) or TABLE_DATE_HEADERS.get(head_cells[column][2])
    in_row = [m for m in _starting_between(models, row_start, row_end + 1)
              if m.end_char <= row_end]
    if event is None or not in_row:
        return None
    name_columns = [i for i, c in enumerate(head_cells) if c[2] in MODEL_HEADERS]
    named = [
        m for m in in_row for i in name_columns
        if row_cells[i][0] <= m.start_char < row_cells[i][1]
    ]
    return ReleaseBinding((named or in_row)[0], event, TABLE_BINDING)


def fact_sheet_bindings(
    dates: Sequence[Span],
    bindings: Sequence[ReleaseBinding],
    models: Sequence[Span],
    labels: Mapping[str, str],
) -> list[ReleaseBinding]:
    """Bindings with fact-sheet dates bound: label lines (unbound or carried-over dates: a label
    line names its block's model, not the previous line's), then table cells (unbound dates).
    ``models``: MODEL spans in document order; see ``rebind_dates`` for the rest."""
    text = dates[0].doc.text if dates else ""
    found = rebind_dates(
        dates, bindings,
        lambda b: b.subject is None or b.rule == "carried_over",
        lambda date: label_line_binding(date, models, labels, text),
    )
    return rebind_dates(
        dates, found,
        lambda b: b.subject is None,
        lambda date: table_cell_binding(date, models, labels, text),
    )
