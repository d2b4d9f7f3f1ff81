"""Present releases: "Zeta 5 is now available to all users", "Orca 2 is now rolling out" are dated
by the publication date.

News reports a release that happens as it writes in the present with "now": the model is out on
the day of the article. The phrase ("is now available") is the claim's surface, bound to the
MODEL that is its subject (the nearest one before it in the sentence) or, for a label-like
opener ("Now available: Zeta 5"), the first one after it. Event ``released``, binding
``now_available``. Sentences that name a date are left to the ordinary release binding ("Zeta 5
is now available in Europe, after its March launch" is a March release), and "is not available",
"will be available" never match: the phrase list holds the present with "now" only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.common.sentence_index import spans_starting_in
from extractors.dates.release_announcements import anchored_release

BINDING = "now_available"
SUBJECT_WINDOW = 10  # tokens from the model (before) to the phrase
OBJECT_WINDOW = 4  # tokens from the phrase to the model (after: "Now available: Zeta 5")


def now_available_subject(phrase: Span, models: Sequence[Span]) -> Span | None:
    """The model a present-release phrase is about: the nearest before it, else right after it.

    ``models`` are sorted by start; only the sentence's models near the phrase are looked at."""
    sent = phrase.sent
    for m in reversed(spans_starting_in(models, sent.start, min(phrase.start, sent.end))):
        if m.end <= phrase.start and phrase.start - m.end <= SUBJECT_WINDOW:
            return m
    after = spans_starting_in(
        models, max(sent.start, phrase.end), min(sent.end, phrase.end + OBJECT_WINDOW + 1)
    )
    return after[0] if after else None


def bind_now_available(
    doc: Doc,
    phrases: Sequence[Span],
    models: Sequence[Span],
    dates: Sequence[Span],
    anchor: dt.date | None,
) -> list[Span]:
    """Release spans for present-release phrases in sentences without a date.

    Args:
        doc: the Doc (sentence boundaries set).
        phrases: matches of the phrases ("is now available", "now rolling out").
        models: MODEL spans in document order.
        dates: the date spans already found (a sentence with one is left alone).
        anchor: the publication date, or None (the interval then stays unknown).

    Returns:
        New spans over the phrases with subject, event, binding and interval set.
    """
    dated_sentences = {d.sent.start for d in dates}
    out: list[Span] = []
    for phrase in phrases:
        if phrase.sent.start in dated_sentences:
            continue
        model = now_available_subject(phrase, models)
        if model is None:
            continue
        out.append(anchored_release(phrase, anchor, model, "released", BINDING))
    return out
