"""Dateless first-person announcements: "We are excited to introduce Orca 2" is dated by the post.

A lab's own post announces a model in the present tense and often names no date: the date of
the announcement is the publication date. The phrase itself becomes the claim's surface (so
offsets still point at the words that carry the fact), bound to the first MODEL after it in the
sentence, with event ``announced`` and binding ``first_person``. Sentences that name a date are
left to the ordinary release binding, and a negated or future phrase ("we will introduce") never
matches, because the phrase list holds present and present-progressive forms only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Span

MODEL_WINDOW = 12  # tokens from the end of the phrase to the model it announces
BINDING = "first_person"


def curly_variants(phrases: Sequence[str]) -> list[str]:
    """Each phrase plus its typographic-apostrophe spelling (U+2019 in "we're"), which news
    text uses as often as the straight one and the tokenizer keeps as a different token."""
    out = list(phrases)
    out += [p.replace("'", "\u2019") for p in phrases if "'" in p]
    return out


def bind_announcements(
    doc: Doc,
    phrases: Sequence[Span],
    models: Sequence[Span],
    dates: Sequence[Span],
    anchor: dt.date | None,
    *,
    event: str = "announced",
    binding: str = BINDING,
) -> list[Span]:
    """Release spans for first-person announcement phrases in sentences without a date.

    Args:
        doc: the Doc (sentence boundaries set).
        phrases: matches of the announcement phrases ("we are excited to introduce").
        models: MODEL entity spans in document order.
        dates: the date spans already found (a sentence with one is left alone).
        anchor: the publication date, or None (then the interval stays unknown).
        event, binding: what the phrases say ("Now, Meta has released X" is ``released``).

    Returns:
        New spans over the phrases with subject, event, binding and interval set.
    """
    dated_sentences = {d.sent.start for d in dates}
    out: list[Span] = []
    for phrase in phrases:
        sent = phrase.sent
        if sent.start in dated_sentences:
            continue
        model = next(
            (
                m
                for m in models
                if m.sent == sent and phrase.end <= m.start <= phrase.end + MODEL_WINDOW
            ),
            None,
        )
        if model is None:
            continue
        out.append(anchored_release(phrase, anchor, model, event, binding))
    return out


def anchored_release(
    phrase: Span, anchor: dt.date | None, model: Span, event: str, binding: str
) -> Span:
    """A DATE span over an undated release phrase: the publication day (``anchor``; unparsed
    without one), bound to ``model`` with ``event`` and ``binding``."""
    span = Span(phrase.doc, phrase.start, phrase.end, label="DATE")
    span._.date_start = span._.date_end = anchor
    span._.date_granularity = "day" if anchor is not None else None
    span._.date_status = "parsed" if anchor is not None else "unparsed"
    span._.subject, span._.event, span._.binding = model, event, binding
    return span
