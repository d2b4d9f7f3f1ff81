"""The year a narrative established: "In 2021 the lab was small. On July 18th, it released Orca"
dates Orca to 18 July 2021, not to the July before the article.

A date written without a year ("July 18th", "early May", "in March") is placed against the
publication date by default (``intervals.place_year``). In a story that has just named a year,
the year-less date continues that story: it takes the year of the latest earlier date with a
written year in the same paragraph (``NARRATIVE_SENTENCES`` sentences back at most). In the
date's own sentence only a date that opens it sets the year ("In 2021, ... and in July ..."),
not one in an aside ("Acme, which shipped Zeta 4 in 2024, launched Zeta 5 in March"), and a
date that is no event ("since 2020", "as of 2023") sets none. Plans keep
the publication-relative reading ("In 2024 the lab grew. It plans to ship Zeta 6 in March" is
next March), and so does a date that the narrative year would put after publication. A year that
only opens a range or is a plan's own year is no narrative: only years at or before the
publication year count. Without a publication date the latest written year anywhere before the
date counts, in any paragraph (the article gives no other year to read it by).

Notes:
    A discourse-level rule in the spirit of temporal-focus tracking in TempEval-style
    normalisers (HeidelTime's "reference time" of narrative documents).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Span

from extractors.dates.normalise import DateValue, normalise_date
from extractors.dates.release_binding import opens_clause

# Grammar forms that may leave the year out ("July 18th", "early May", "March-April").
YEARLESS_FORMS = frozenset({"month_day", "day_month", "part_of_month", "month", "month_range"})
WRITTEN_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")  # "2021", "March 2021", "mid-2021"
NARRATIVE_SENTENCES = 3  # how many sentences back a narrative year still holds


def written_year(span: Span) -> int | None:
    """The year a date span writes out ("in March 2021" -> 2021), or None."""
    years = WRITTEN_YEAR.findall(span.text)
    return int(years[-1]) if years else None


def same_paragraph(earlier: Span, later: Span) -> bool:
    """No line break between the two spans, and at most ``NARRATIVE_SENTENCES`` sentences apart.

    Reads the tokens between the spans (not ``doc.text``, which spaCy rebuilds per call) and
    stops at the first line break or the sentence past the limit, so it costs at most a few
    sentences however far apart the spans are."""
    doc = earlier.doc
    if earlier.end <= later.start and "\n" in doc[earlier.end - 1].whitespace_:
        return False
    sentence_starts = 0
    for i in range(earlier.end, min(later.start + 1, len(doc))):
        token = doc[i]
        if token.is_sent_start:
            sentence_starts += 1
            if sentence_starts > NARRATIVE_SENTENCES:
                return False
        if i < later.start and "\n" in token.text_with_ws:
            return False
    return True


def narrative_year(
    date: Span, value: DateValue, earlier: Sequence[Span], anchor: dt.date | None, event: str | None
) -> int | None:
    """The year a year-less date takes from the narrative, or None to keep the default reading.

    Args:
        date: the date span.
        value: its publication-relative reading.
        earlier: date spans before it, in document order (``date_start`` set).
        anchor: the publication date, or None.
        event: the release event the date is bound to (None when unbound).

    Returns:
        The narrative's year when it applies and changes nothing else about the date.
    """
    if value.form not in YEARLESS_FORMS or written_year(date) is not None or event == "planned":
        return None
    for prev in reversed(earlier):
        if prev.start >= date.start:
            continue
        if prev.sent == date.sent and not opens_clause(prev):
            continue  # "Acme, which shipped Zeta 4 in 2024, launched Zeta 5 in March": an aside
        if anchor is not None and not same_paragraph(prev, date):
            break  # earlier setters are further back still (without a publication date the
            # story's year holds across paragraphs)
        year = written_year(prev)
        if year is None:
            continue
        if anchor is not None and year > anchor.year:
            return None
        return year
    return None


def in_narrative_year(text: str, year: int, anchor: dt.date | None) -> DateValue | None:
    """``text`` read in ``year`` (the latest such period starting by the year's end), or None
    when that would put it after the publication date."""
    value = normalise_date(text, dt.date(year, 12, 31), "past")
    if value.start is None or (anchor is not None and value.start > anchor):
        return None
    return value
