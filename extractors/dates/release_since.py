"""Availability since a date: "has been available to developers since February 20".

"available since Monday" is a plain release cue (``date_release_cues.json``); with words
between the availability phrase and "since" ("open to enterprise customers since April 8", "in
customers' hands since March 3") no phrase rule reaches, and "since" alone blocks the date ("as
of", "since 2024"). Such a clause states the model was released on that date, so the phrase
through "since" becomes one release cue (the blocker inside a cue blocks nothing).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from extractors.dates.release_binding import Cue

SINCE_GAP = 5  # words between the availability phrase and "since" ("to enterprise customers")
RULE_ID = "availability_since"


def availability_since_cues(phrases: Iterable[Span]) -> list[Cue]:
    """One ``released`` cue from each availability phrase to the "since" that follows it in its
    clause, with words between.

    Args:
        phrases: matches of the ``availability_since`` phrases, in document order.

    Returns:
        The cues, spanning phrase start through "since".
    """
    out = []
    for phrase in phrases:
        doc, sent = phrase.doc, phrase.sent
        last = min(sent.end, phrase.end + SINCE_GAP + 1)
        for i in range(phrase.end, last):
            tok = doc[i]
            if tok.is_punct and tok.text not in {"'", "\u2019"}:
                break  # another clause: "available in Europe, and since May ..."
            if tok.lower_ == "since":
                out.append(Cue(Span(doc, _phrase_start(phrase), i + 1), "released", RULE_ID))
                break
    return out


def _phrase_start(phrase: Span) -> int:
    """'in customers' hands': the phrase starts at its "in", so "It has been in customers'
    hands since April 8" reads as the pronoun's release."""
    doc = phrase.doc
    for i in range(phrase.start - 1, max(phrase.sent.start, phrase.start - 4) - 1, -1):
        if doc[i].lower_ == "in":
            return i
    return phrase.start
