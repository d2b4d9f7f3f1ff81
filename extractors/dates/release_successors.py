"""A date of another model than the one just named: "Halcyon launched Orca-2 in March; it plans
a successor for the winter", "a follow-up model is due in May", "Its successor is expected in
the autumn". The clause of the date brings in a model related to the named one ("its
successor", "a follow-up", ``other_model_nouns``) and names no model after it, so the date is
that unnamed model's, not the named one's. "Zeta 6, the successor to Zeta 5, ships in May" binds
Zeta 6 by name and is left alone (the related noun has "the" and a name before it).
"""

from __future__ import annotations

from spacy.tokens import Span

from extractors.dates.vocabulary import date_words

OTHER_MODEL_NOUNS = date_words("other_model_nouns")
# Words that bring a new thing in: "its successor", "a follow-up", "their next sequel".
INTRODUCERS = frozenset({"its", "a", "an", "their", "his", "her", "our"})
# Words allowed between the introducer and the noun: "a planned successor", "its next rival".
MODIFIER_WINDOW = 3
# Tokens that end the date's clause, looking back from the date.
CLAUSE_BREAKS = frozenset({";", ".", ":", "but", "while", "whereas"})


def clause_start(date: Span) -> int:
    """The first token of the date's clause: after the last break before it in its sentence
    (", and" counts as one)."""
    doc, sent = date.doc, date.sent
    for i in range(date.start - 1, sent.start - 1, -1):
        if doc[i].lower_ in CLAUSE_BREAKS or (
                doc[i].lower_ == "and" and i > sent.start and doc[i - 1].text == ","):
            return i + 1
    return sent.start


def dates_another_model(date: Span, subject: Span) -> bool:
    """Whether the date's clause is about an unnamed model related to ``subject`` ("its
    successor", "a follow-up model"), brought in after ``subject`` and before the date, with
    no model named between that noun and the date."""
    doc = date.doc
    start = max(clause_start(date), subject.end if subject.end <= date.start else 0)
    for i in range(start, date.start):
        # the tokenizer splits "follow-up" into three tokens; the list holds it whole
        if not (doc[i].lower_ in OTHER_MODEL_NOUNS
                or doc[i : i + 3].text.lower() in OTHER_MODEL_NOUNS):
            continue
        lo = max(start, i - MODIFIER_WINDOW)
        for j in range(lo, i):
            # "Zeta 5, a successor to Orca 2, on March 3": an apposition describes the subject
            apposition = j >= 2 and doc[j - 1].text == "," and doc[j - 2].i == subject.end - 1
            if doc[j].lower_ in INTRODUCERS and not apposition:
                return True
    return False
