"""Release inventories: "Acme released Zeta 1 in March 2023, Zeta 2 in July 2024 and Zeta 3 in May
2025" dates all three models, not just the first.

``release_binding`` gives a date the cue nearest to it, and in a list only the first item's date
is near the cue: the later dates are "claimed" by the dates between. A list item here is a MODEL
followed by its date, with at most a preposition, a comma or an opening parenthesis between
("Zeta 2 in July 2024", "Zeta 2 (July 2024)", "Zeta 2, on 3 May"), and items are joined by ",",
";", "and" or ", and". An unbound item date (or one bound only as a bare parenthesised date)
whose previous item's date is bound to that item's model takes the same event (binding
``release_list``): "unveiled Zeta 1 (March 2023), Zeta 2 (July 2024)" announces both. The chain
runs along the list, so each item needs the one before it. A date after a model that is no list
item ("Zeta 2, which raised ... in July") stays unbound.

Notes:
    Coordination propagation, the list case of the "coordinated" rule in ``release_binding``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from extractors.dates.release_binding import ReleaseBinding

BINDING = "release_list"
ITEM_LINKS = frozenset({"in", "on", "from", "during", "(", ":", ",", "-", "\u2013", "\u2014"})
# Bindings a list item overrides: a parenthesised date alone reads as a neutral release.
WEAKER_RULES = frozenset({None, "paren_model"})
ITEM_JOINERS = frozenset({",", ";", "and"})


def item_model(date: Span, by_end: Mapping[int, Span]) -> Span | None:
    """The MODEL that heads the list item a date closes: right before it, a link word between.
    ``by_end`` maps a token end to the first MODEL (document order) ending there."""
    gap = date.start
    while gap > date.sent.start and date.doc[gap - 1].lower_ in ITEM_LINKS and date.start - gap < 2:
        gap -= 1
    return by_end.get(gap)


def models_by_end(models: Sequence[Span]) -> dict[int, Span]:
    """Token end -> the first MODEL ending there, so a date's item model is one look-up."""
    by_end: dict[int, Span] = {}
    for m in models:
        by_end.setdefault(m.end, m)
    return by_end


def follows_item(model: Span, prev_date: Span) -> bool:
    """Whether only item joiners (and a closing parenthesis) separate the previous item's date
    from this item's model: "March 2023, Zeta 2", "(March 2023), and Zeta 2"."""
    if prev_date.sent != model.sent or prev_date.end > model.start:
        return False
    between = [t.lower_ for t in model.doc[prev_date.end : model.start]]
    if between and between[0] == ")":
        between = between[1:]
    return bool(between) and len(between) <= 2 and all(t in ITEM_JOINERS for t in between)


def list_item_bindings(
    dates: Sequence[Span], bindings: Sequence[ReleaseBinding], models: Sequence[Span]
) -> list[ReleaseBinding]:
    """Bindings with unbound list-item dates bound like the item before them.

    Args:
        dates: recognised date spans in document order.
        bindings: their bindings from ``bind_release_dates`` (same order).
        models: MODEL spans in document order.

    Returns:
        A new list of bindings, one per date.
    """
    out = list(bindings)
    by_end = models_by_end(models)
    item_models = [item_model(date, by_end) for date in dates]  # once per date, not twice
    for k in range(1, len(dates)):
        if out[k].rule not in WEAKER_RULES:
            continue
        prev = out[k - 1]
        if prev.subject is None or prev.event is None:
            continue
        model = item_models[k]
        if model is None or model.start == prev.subject.start:
            continue
        if item_models[k - 1] != prev.subject:
            continue  # the previous date is no list item of its own model
        if not follows_item(model, dates[k - 1]):
            continue
        out[k] = ReleaseBinding(model, prev.event, BINDING, prev.cue)
    return out
