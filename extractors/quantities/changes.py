"""A figure and the figure that replaced it, as one sentence states a change.

"Meridian expanded the Halcyon cluster from 100,000 to 200,000 GPUs" and "the Kestrel cluster
doubled to 64,000 GPUs, up from 32,000" give a before and an after of one measure of one
subject: not two rival readings. The earlier figure carries ``span._.revised_to`` (the later
one), as a planned size or date a text revises does, so the warehouse reads it as history.

quantulum3 reads "from 100,000 to 200,000 GPUs" as one range (its value is the mean): a range
that follows "from" is a change, split here into its two ends.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

# "from about 100,000 to some 200,000": words that may stand between "from"/"to" and a figure.
APPROX_WORDS = frozenset({"about", "around", "roughly", "approximately", "nearly", "some",
                          "almost", "over", "just", "more", "than", "under", "below", "$"})
FROM_WORDS = frozenset({"from"})
TO_WORDS = frozenset({"to", "into"})
RANGE_SPLITTERS = frozenset({"to"})
# A change is stated within one clause: no figure pair is read across these.
CLAUSE_BREAKS = frozenset({";", "but", "while", "whereas", "although", "however"})
MAX_CHANGE_GAP = 14  # tokens between the two figures of one change
# a change still to come is a plan, not a before and after
FUTURE_WORDS = frozenset({"will", "would", "plans", "plan", "planned", "expects", "expected",
                          "aims", "intends", "could", "may", "might"})


def cue_before(doc: Doc, figure: Span, cues: frozenset[str]) -> bool:
    """Whether a cue word ("from", "to") stands right before the figure (approximators aside)."""
    k = figure.start - 1
    while k >= figure.sent.start and doc[k].lower_ in APPROX_WORDS:
        k -= 1
    return k >= figure.sent.start and doc[k].lower_ in cues


def split_change_range(doc: Doc, figure: Span) -> tuple[Span, Span] | None:
    """"from 100,000 to 200,000 GPUs": the two ends of a range that follows "from"."""
    if not cue_before(doc, figure, FROM_WORDS):
        return None
    cut = next((t.i for t in figure if t.lower_ in RANGE_SPLITTERS), None)
    if cut is None or cut == figure.start or cut + 1 >= figure.end:
        return None
    return doc[figure.start : cut], doc[cut + 1 : figure.end]


def is_change_start(doc: Doc, figure: Span) -> bool:
    """"from 100,000 GPUs to 200,000": a figure after "from" is one end of a change, not a
    range, even when "to" and a number follow it."""
    return cue_before(doc, figure, FROM_WORDS)


def before_and_after(figures: Sequence[Span]) -> list[tuple[Span, Span]]:
    """(earlier, later) pairs of figures a sentence states as a change of one measure.

    The earlier figure follows "from" ("up from 32,000", "from $5 billion"), the later one
    follows "to" ("doubled to 64,000", "to 200,000 GPUs"); both have the same unit and the
    same subject, stand in one clause and at most ``MAX_CHANGE_GAP`` tokens apart, in either
    order.

    Args:
        figures: bound quantity spans (``quantity_unit`` and ``subject`` set), in text order.
    """
    pairs: list[tuple[Span, Span]] = []
    for old in figures:
        doc = old.doc
        if not cue_before(doc, old, FROM_WORDS):
            continue
        for new in figures:
            if (new is old or new.sent.start != old.sent.start
                    or new._.quantity_unit != old._.quantity_unit
                    or new._.subject is None or old._.subject is None
                    or new._.subject.text != old._.subject.text
                    or not cue_before(doc, new, TO_WORDS)):
                continue
            lo, hi = sorted((old, new), key=lambda s: s.start)
            if hi.start - lo.end > MAX_CHANGE_GAP:
                continue
            if any(t.lower_ in CLAUSE_BREAKS for t in doc[lo.end : hi.start]):
                continue
            if any(t.lower_ in FUTURE_WORDS for t in doc[old.sent.start : new.start]):
                continue  # "will grow to 300,000 GPUs from 150,000": a plan, not a change

            pairs.append((old, new))
            break
    return pairs
