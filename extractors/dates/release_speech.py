"""The day a speaker spoke, told through the document they spoke in: "Acme said in a report
published on June 2 that Zeta 5 will ship in the autumn" dates the report, not Zeta 5.

Notes:
    A blocker in the manner of NegEx pseudo-triggers: a release cue ("published") that belongs
    to the speech's document, not to a model.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

# Grammar: "said in a report", "wrote in its blog post": the words between a speech verb and
# the document it spoke in.
DOCUMENT_PREPOSITIONS = frozenset({"in", "on", "to"})
DOCUMENT_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our"})
DOCUMENT_WORDS = 3  # "a report", "its quarterly investor letter"
DATE_PREPOSITIONS = frozenset({"on", "in", "at", "last", "this"})


def speech_document(speech: Span, date: Span, cues: Sequence[Span]) -> bool:
    """'Acme said in a report published on June 2 that Zeta 5 will ship in the autumn': the
    date is the day of the document the speaker spoke in (a speech verb, "in" and a determiner,
    at most ``DOCUMENT_WORDS`` words, a release cue, the date), not a model's release.
    ``cues``: the release-cue spans of the document."""
    doc = date.doc
    i = speech.end
    if i + 2 >= date.start or doc[i].lower_ not in DOCUMENT_PREPOSITIONS:
        return False
    if doc[i + 1].lower_ not in DOCUMENT_DETERMINERS:
        return False
    i += 2
    words = 0
    while i < date.start and words <= DOCUMENT_WORDS and doc[i].is_alpha and not any(
        c.start == i for c in cues
    ):
        i, words = i + 1, words + 1
    cue = next((c for c in cues if c.start == i), None)
    if not words or words > DOCUMENT_WORDS or cue is None:
        return False
    between = doc[cue.end : date.start]
    return all(t.lower_ in DATE_PREPOSITIONS for t in between)
