"""Fact-sheet label lines: "Release date: June 12, 2025" or "Launched: Q3 2024" under a model's
name dates that model.

Spec boxes, model cards and comparison lists put a release date on a line of its own, a label
and a colon before the date, with the model named above it ("Zeta 5" as a heading, "Model: Zeta
5", "Developer: Acme"). Such a line names no model, so the sentence binding finds none. A date
is a label line's when the words from the line start (after a bullet) to the date are, without
the colon, one of the label phrases of the cue file (``release_labels``: the phrase and the event
it signals, "release date" is ``neutral``: released or planned by the date). The model is that of
the block: the nearest MODEL in the lines above, a model that opens its line (a heading, "Model:
Zeta 5") before any other (the layout is read by ``extractors.common.fact_sheets``, which the
params family reads for "Parameters: 70B" too). Binding ``label_line``.

Tables are the same fact sheet in columns: "Model | Release date | Parameters" over rows
"Zeta 5 | June 12, 2025 | 70B" (HTML tables come out of text extraction with "|" between the
cells). A date in a row is the row model's when the header cell above it is a label phrase, or
"date" / "year"; the model is the one in the row's "model"/"name" column, else the row's first.
Binding ``table_row``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Span

from extractors.common.fact_sheets import block_model, line_label, table_cell
from extractors.dates.release_binding import ReleaseBinding

BINDING = "label_line"
TABLE_BINDING = "table_row"
TABLE_DATE_HEADERS = {"date": "neutral", "year": "neutral"}  # besides the label phrases


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


def table_cell_binding(
    date: Span, models: Sequence[Span], labels: Mapping[str, str], text: str | None = None
) -> ReleaseBinding | None:
    """A date in a release column of a "|" table bound to its row's model; None elsewhere.
    ``labels``: label phrase (lower case) -> event; "date" and "year" columns count too.
    ``models`` in document order; ``text`` as for ``line_label``."""
    cell = table_cell(date, models, text)
    if cell is None:
        return None
    event = labels.get(cell.header) or TABLE_DATE_HEADERS.get(cell.header)
    return None if event is None else ReleaseBinding(cell.model, event, TABLE_BINDING)


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
