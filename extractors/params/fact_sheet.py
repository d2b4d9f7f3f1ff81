"""Sizes in fact sheets: "Parameters: 400 billion" under a model's name, and a "Parameters"
column of a "|" table.

The layout is read by ``extractors.common.fact_sheets``; this module says which labels and
column headers are about parameters: a header with a parameter noun ("Parameters", "Params",
"Total params", "Parameter count"), a ``SIZE_HEADER`` phrase of the rule file ("Size",
"Model size"), or both scope words ("Total / active"). A header that says "active" or
"total" gives the scope; "Total / active" over "106B / 12B" gives both, in that order.
Bindings ``label_line`` and ``table_row``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span

from extractors.common.fact_sheets import line_at, line_label, sheet_model, table_cell
from extractors.params.binding import ParamBinding
from extractors.params.lexicon import ParamLexicon

LABEL_BINDING = "label_line"
TABLE_BINDING = "table_row"
_WORD = re.compile(r"[a-z#]+")


@dataclass(frozen=True)
class SheetSize:
    """A fact-sheet figure's binding and the scope its header gives (None: unspecified)."""

    binding: ParamBinding
    scope: str | None


def is_size_header(header: str, lex: ParamLexicon) -> bool:
    """A label or column header about parameter counts ("parameters", "total params",
    "# params", "model size")."""
    words = _WORD.findall(header.lower())
    return any(lex.has("PARAM_NOUN", w) for w in words) or (
        lex.ending_at("SIZE_HEADER", words, len(words)) == len(words) > 0) or (
        # "Total / active": both scopes named, which only a mixture-of-experts size has
        any(lex.has("TOTAL", w) for w in words) and any(lex.has("ACTIVE", w) for w in words))


def header_scope(header: str, value: Span, lex: ParamLexicon, figures_in_cell: Sequence[Span]
                 ) -> str | None:
    """The scope a header gives a figure: "active" or "total" when it says one; for a header
    that says both ("total / active"), the cell's first figure is the total, the second the
    active count."""
    words = _WORD.findall(header.lower())
    active = any(lex.has("ACTIVE", w) for w in words)
    total = any(lex.has("TOTAL", w) for w in words)
    if active and total:
        if len(figures_in_cell) != 2:
            return None
        return "total" if figures_in_cell[0].start == value.start else "active"
    return "active" if active else "total" if total else None


def sheet_size(value: Span, models: Sequence[Span], values: Sequence[Span], lex: ParamLexicon,
               text: str) -> SheetSize | None:
    """The fact-sheet binding of a figure, or None when it is not in a size label line or a
    size column. ``models`` and ``values`` in document order; ``text`` is the Doc's text."""
    label = line_label(value, text)
    if label is not None:
        if not is_size_header(label, lex):
            return None
        model = sheet_model(value, models, text)
        if model is None:
            return None
        line_start, line_end = line_at(text, value.start_char)
        same_line = [v for v in values if line_start <= v.start_char and v.end_char <= line_end]
        return SheetSize(ParamBinding(model, LABEL_BINDING),
                         header_scope(label, value, lex, same_line))
    cell = table_cell(value, models, text)
    if cell is None or not is_size_header(cell.header, lex):
        return None
    in_cell = [v for v in values if cell.start <= v.start_char and v.end_char <= cell.end]
    return SheetSize(ParamBinding(cell.model, TABLE_BINDING),
                     header_scope(cell.header, value, lex, in_cell))
