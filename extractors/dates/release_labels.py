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
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from extractors.dates.release_binding import ReleaseBinding

BINDING = "label_line"
LABEL_LOOKBACK = 8  # lines above the label line that may name the block's model
BULLETS = "-*\u2022\u2013\u2014\u00b7 \t|"


def line_label(date: Span) -> str | None:
    """The label before a date on its line ("Release date" of "- Release date: June 12"), or
    None when the line holds more than a label before the date."""
    text = date.doc.text
    line_start = text.rfind("\n", 0, date.start_char) + 1
    head = text[line_start : date.start_char].strip(BULLETS)
    if not head.endswith(":"):
        return None
    return " ".join(head[:-1].lower().replace("*", "").split())


def block_model(date: Span, models: Sequence[Span]) -> Span | None:
    """The model of the block a label line belongs to (see the module docstring)."""
    text = date.doc.text
    line_start = text.rfind("\n", 0, date.start_char) + 1
    top = line_start
    for _ in range(LABEL_LOOKBACK):
        if top == 0:
            break
        top = text.rfind("\n", 0, top - 1) + 1
    above = [m for m in models if top <= m.start_char and m.end_char <= line_start]
    if not above:
        return None

    def opens_line(m: Span) -> bool:
        head = text[text.rfind("\n", 0, m.start_char) + 1 : m.start_char].strip(BULLETS)
        return head == "" or (head.endswith(":") and len(head) <= 20)

    heads = [m for m in above if opens_line(m)]
    return (heads or above)[-1]


def label_line_bindings(
    dates: Sequence[Span],
    bindings: Sequence[ReleaseBinding],
    models: Sequence[Span],
    labels: Mapping[str, str],
) -> list[ReleaseBinding]:
    """Bindings with unbound label-line dates bound to their block's model.

    Args:
        dates: recognised date spans in document order.
        bindings: their bindings (same order).
        models: MODEL spans in document order.
        labels: label phrase (lower case) -> event.

    Returns:
        A new list of bindings, one per date.
    """
    out = list(bindings)
    for k, date in enumerate(dates):
        if out[k].subject is not None and out[k].rule != "carried_over":
            continue  # a label line names its block's model, not the previous line's
        event = labels.get(line_label(date) or "")
        if event is None:
            continue
        model = block_model(date, models)
        if model is not None:
            out[k] = ReleaseBinding(model, event, BINDING)
    return out
