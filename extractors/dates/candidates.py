"""Date candidates: where a date expression starts and ends in running text.

Candidates come from the grammar in ``normalise.FORMS`` (matched on the doc text and mapped onto
tokens with ``doc.char_span``) plus spaCy ``DATE`` entities when the trained NER ran. Guards drop
bare numbers, versions ("4.5"), parameter counts ("5T") and the modal "may".
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span

from extractors.dates.normalise import FORMS, DateValue, normalise_date
from extractors.dates.vocabulary import date_words

# Where a grammar form may start/end inside running text: not glued to a word, a version
# ("Grok-1.5"), a thousands separator ("30,000") or a slash date.
LEFT_EDGE = r"(?<![\w.,$/\-])"
RIGHT_EDGE = r"(?![\w/]|\.\d)"
CANDIDATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (fid, re.compile(LEFT_EDGE + rf"(?:{rx})" + RIGHT_EDGE, re.IGNORECASE)) for fid, rx in FORMS
)
# Grammar, not vocabulary: prepositions, period words and punctuation before a bare
# capitalised "May" that make it the month ("in May", "by May", "early May").
MAY_CONTEXT = frozenset(
    {
        "in",
        "by",
        "of",
        "until",
        "till",
        "since",
        "from",
        "before",
        "after",
        "during",
        "early",
        "mid",
        "late",
        "end",
        "this",
        "next",
        "last",
        "for",
        "around",
        "through",
        "and",
        "to",
        "between",
        "-",
        "\u2013",
        "(",
    }
)
# Grammar, not vocabulary (prepositions): before a bare year these make "2023" a date even
# when a word follows ("in 2023 the lab...").
YEAR_PREPS = frozenset(
    {"in", "since", "by", "until", "till", "from", "before", "after", "during", "around"}
)
# Grammar, not vocabulary (prepositions): before "the fall", "the summer" (no year, no
# "this"/"next"): the season is a date only here.
SEASON_PREPS = frozenset({"in", "by", "during", "until", "till", "over", "through", "for"})
# "delayed to the fall", "slips into the summer", "before the summer": a season only when no
# noun phrase goes on ("due to the fall in demand", "before the fall of the company")
SEASON_MOVE_PREPS = frozenset({"to", "into", "before", "around"})
SEASON_NOUN_FOLLOWERS = frozenset({"of", "in", "from", "on"})
# Grammar (prepositions): before "the 5th" these make the ordinal a day of the month; "the
# 5th generation", "finished the 3rd" are not dates.
ORDINAL_DAY_PREPS = frozenset({"on", "since", "by", "until", "till", "before", "after", "from"})
# Grammar (function words): what may follow such a day ("landed on the 12th with ..."); any
# other word makes the ordinal a rank ("on the 5th floor").
ORDINAL_DAY_NEXT = frozenset(
    {"with", "and", "but", "as", "at", "in", "on", "for", "to", "under", "after", "before",
     "when", "while", "via", "through", "by", "from", "so", "or"}
)
# "a 2020 research paper", "its 2024 launch": a year between these determiners (grammar) and
# an event noun (``year_event_nouns`` in ``patterns/date_vocabulary.json``) is a date.
YEAR_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
YEAR_EVENT_NOUNS = date_words("year_event_nouns")
# Not a date: a bare number, a version or a parameter count that NER sometimes labels DATE.
NOT_A_DATE = re.compile(r"[\d.,\s]+|[\d.]+\s?[BMTK]|\d+(?:\.\d+)+|(?-i:may)", re.IGNORECASE)
BARE_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)")


def _keep_candidate(span: Span, value: DateValue) -> bool:
    """Guards against the traps: modal 'may', bare numbers, versions, parameter counts, and
    "the day after" a named thing."""
    text = span.text.strip()
    doc = span.doc
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    nxt = doc[span.end] if span.end < len(doc) else None
    if BARE_YEAR.fullmatch(text):
        # "2048 experts", "2000 GPUs": a year needs a preposition or no word after it, or
        # names the year of an event or a write-up ("a 2020 research paper", "its 2024 launch")
        if nxt is not None and prev in YEAR_DETERMINERS and nxt.lower_ in YEAR_EVENT_NOUNS:
            return True
        return not (nxt is not None and nxt.is_alpha and prev not in YEAR_PREPS)
    if NOT_A_DATE.fullmatch(text):
        return False
    if value.form == "event_relative" and text.lower().endswith(" after"):
        # "the day after Christmas 2024", "the day after the keynote": the day after a thing
        # named next, not after the last date told
        return nxt is None or not (nxt.is_alpha or nxt.like_num)
    if value.form == "season" and text.lower().startswith("the "):
        # "in the fall" is a date; "the fall in prices", "after the fall of" are not
        if prev in SEASON_MOVE_PREPS:
            return nxt is None or nxt.lower_ not in SEASON_NOUN_FOLLOWERS
        return prev in SEASON_PREPS and (nxt is None or nxt.lower_ != "of")
    if value.form == "ordinal_day":
        return prev in ORDINAL_DAY_PREPS and (
            nxt is None or nxt.lower_ in ORDINAL_DAY_NEXT or not (nxt.is_alpha or nxt.like_num)
        )
    if text == "May" and value.form == "month":
        return prev in MAY_CONTEXT or (
            nxt is not None and BARE_YEAR.fullmatch(nxt.text) is not None
        )
    return True


def find_date_candidates(doc: Doc, anchor: dt.date | None) -> list[tuple[Span, DateValue]]:
    """Date expressions in a doc: grammar matches + spaCy DATE entities, longest recognised wins.

    Args:
        doc: a processed Doc (DATE entities used when present).
        anchor: the publication date (for the preliminary reading).

    Returns:
        Non-overlapping ``(span, value)`` pairs in document order; unrecognised NER dates are
        kept with granularity None (the surface is never dropped).
    """
    found: list[tuple[Span, DateValue]] = []
    text = doc.text  # Doc.text joins every token on each access
    for _, pattern in CANDIDATE_PATTERNS:
        for m in pattern.finditer(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is None or len(span) == 0:
                continue
            value = normalise_date(span.text, anchor)
            if value.granularity is not None:  # the grammar's own finds must read as dates
                found.append((span, value))
    for ent in doc.ents:
        if ent.label_ == "DATE":
            found.append((ent, normalise_date(ent.text, anchor)))
    found = [(s, v) for s, v in found if _keep_candidate(s, v)]
    found.sort(key=lambda sv: (sv[1].granularity is not None, len(sv[0].text)), reverse=True)
    taken: set[int] = set()
    chosen: list[tuple[Span, DateValue]] = []
    for span, value in found:
        if taken.isdisjoint(range(span.start, span.end)):
            taken.update(range(span.start, span.end))
            chosen.append((span, value))
    return sorted(chosen, key=lambda sv: sv[0].start)
