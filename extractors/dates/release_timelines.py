"""Timelines without a release verb: "The timeline: Zeta 3 in March 2023, Zeta 4 in May 2024 and
Zeta 5 in August 2025" dates each model, although no cue word says "released".

``release_lists`` carries a list's first cue along its items; a timeline has no cue at all, so
its dates stay unbound. A run of list items (a MODEL followed by its date, items joined as in
``release_lists``) is a timeline when it holds at least ``MIN_ITEMS`` items, or at least two
after a colon ("Milestones: Zeta 3 in 2023 and Zeta 4 in 2024"): a list of model-date pairs
says when each model came. The event is ``neutral``: released when the date is past, planned
when it is ahead (resolved with the tense, as for a label line). Binding ``timeline``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from extractors.dates.release_binding import ReleaseBinding
from extractors.dates.release_lists import WEAKER_RULES, follows_item, item_model, models_by_end

BINDING = "timeline"
MIN_ITEMS = 3  # model-date pairs in one run that make a timeline on their own
MIN_ITEMS_AFTER_COLON = 2


def _after_colon(first_model: Span) -> bool:
    """The run starts right after a colon in its sentence ("The timeline: Zeta 3 in ...")."""
    doc = first_model.doc
    k = first_model.start - 1
    while k >= first_model.sent.start and doc[k].is_space:
        k -= 1
    return k >= first_model.sent.start and doc[k].text == ":"


def timeline_bindings(
    dates: Sequence[Span], bindings: Sequence[ReleaseBinding], models: Sequence[Span]
) -> list[ReleaseBinding]:
    """Bindings with the unbound dates of a cue-less timeline bound to their item's model.

    Args:
        dates: recognised date spans in document order.
        bindings: their bindings so far (same order).
        models: MODEL spans in document order.

    Returns:
        A new list of bindings, one per date.
    """
    out = list(bindings)
    by_end = models_by_end(models)
    items = [item_model(date, by_end) for date in dates]
    k = 0
    while k < len(dates):
        if items[k] is None:
            k += 1
            continue
        end = k + 1  # the run: each item's model follows the previous item's date
        while end < len(dates) and items[end] is not None and follows_item(items[end],
                                                                           dates[end - 1]):
            end += 1
        run = range(k, end)
        enough = len(run) >= MIN_ITEMS or (
            len(run) >= MIN_ITEMS_AFTER_COLON and _after_colon(items[k]))
        if enough and all(out[i].subject is None and out[i].rule in WEAKER_RULES for i in run):
            for i in run:
                out[i] = ReleaseBinding(items[i], "neutral", BINDING)
        k = end
    return out
