"""Publication dates from datelines and stamps near the top of an article.

Only places where a page states *its own* date count: header lines (``Published: …``), stamps
(``Updated on September 22, 2025``, `` date 2023-01-12``), short byline/dateline lines near the
top (``wallstreetcn ·  Apr 20 19:43``, ``2 min readNov 9, 2023``) and explicit ``as of <full
date>`` stamps. A date inside a body sentence ("launched February 17, 2026") is an event date and
is never taken.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import IntEnum

from extractors.vocab import MONTH_NAMES, MONTHS

# Month names are matched capitalised (or upper-case) only, so the verb "may" is not a month.
# The look-behind also accepts a month glued to a lower-case word: "2 min readNov 9, 2023".
_MON = (
    r"(?:(?<![A-Za-z])|(?<=[a-z]))(?P<mon>"
    + "|".join(
        alt
        for name in (*MONTH_NAMES, "Sept")
        for alt in (
            f"{name}",
            f"{name.upper()}",
            *((f"{name[:3]}", f"{name[:3].upper()}") if len(name) > 3 else ()),
        )
    )
    + r")(?![a-z])\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
# An optional clock time kept in the surface. Example match: " 19:43", ", 10:05 AM EST".
_TIME = (
    r"(?:,?\s+(?:at\s+)?[0-2]?\d:[0-5]\d(?::[0-5]\d)?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?)?"
)

DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "2023-01-12", "2023/01/12", "2023.01.12"
    re.compile(
        r"(?<![\d.])" + _YEAR.replace("(?!\\d)", "") + r"[-/.](?P<month>[01]?\d)[-/.]"
        r"(?P<day>[0-3]?\d)(?![\d])" + _TIME
    ),
    # "March 7, 2026", "Sept. 7th 2026", "Nov 9, 2023"
    re.compile(_MON + r"\s+" + _DAY + r"(?!\d),?\s+" + _YEAR + _TIME),
    # "7 March 2026", "12th of July, 2022"
    re.compile(r"(?<!\d)" + _DAY + r"\s+(?:of\s+)?" + _MON + r",?\s+" + _YEAR + _TIME),
    # "Apr 20 19:43", "April 20" (no year: inferred later)
    re.compile(_MON + r"\s+" + _DAY + r"(?![\d:])(?!,?\s+(?:19|20)\d\d)" + _TIME),
    # "20 April" (no year)
    re.compile(r"(?<!\d)" + _DAY + r"\s+" + _MON + r"(?!,?\s+(?:19|20)\d\d)" + _TIME),
)

# Stamp keywords: a page stating its own date. They must open a line or follow a byline
# separator, so "the release date January 17" is not a stamp. Example match: " date ",
# "Updated on ", "| Published: ".
_STAMP_RE = re.compile(
    r"(?:^|[|·•\u2014\u2013]\s*)\W*(?P<kw>published|updated|last\s+updated|posted|date|dated)"
    r"(?:\s+(?:on|at))?\s*[:\-\u2013\u2014]?\s*",
    re.IGNORECASE,
)
_AS_OF_RE = re.compile(r"\bas\s+of\s+", re.IGNORECASE)
# Words right before a date that make it an event date: "debut on January 17".
_EVENT_WORDS = frozenset(
    {"on", "in", "by", "from", "until", "till", "since", "before", "after", "through", "to"}
    | {"and", "between", "during", "at", "for"}
)
_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019.-]*")
TOP_LINES = 15
TOP_CHARS = 2500
# A dateline line carries the date plus at most this many words (outlet name, "min read").
MAX_DATELINE_WORDS = 6
# A line this long is body text; bylines and datelines come before the body starts.
BODY_LINE_CHARS = 150


class DateSource(IntEnum):
    """Where a date came from; lower is more trusted (the first kind found wins)."""

    HEADER = 0
    TOP_STAMP = 1
    DATELINE = 2
    STAMP = 3
    AS_OF = 4


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date surface inside a line: ``line[start:end] == surface``."""

    start: int
    end: int
    surface: str
    year: int | None
    month: int
    day: int


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """The article's publication date and the evidence for it."""

    date: dt.date
    surface: str
    inferred: bool
    source: DateSource
    line: str


def find_dates(line: str) -> list[DateMatch]:
    """Find calendar dates with at least a month and a day in one line.

    Args:
        line: One line of text.

    Returns:
        Non-overlapping valid dates, left to right (a fuller pattern wins an overlap).
    """
    found: list[DateMatch] = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(line):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            groups = m.groupdict()
            month = MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["month"])
            year = int(groups["year"]) if groups.get("year") else None
            day = int(groups["day"])
            if not _valid(year or 2000, month, day):  # 2000 is a leap year: Feb 29 allowed
                continue
            surface = m.group(0)
            found.append(DateMatch(m.start(), m.start() + len(surface), surface, year, month, day))
    return sorted(found, key=lambda f: f.start)


def resolve(match: DateMatch, reference: dt.date) -> tuple[dt.date, bool] | None:
    """Turn a match into a date; a missing year is the latest one not after ``reference``.

    Args:
        match: A date found by ``find_dates``.
        reference: The file's modification date (or the caller's ``now``).

    Returns:
        ``(date, inferred)`` or ``None`` for an impossible date.
    """
    if match.year is not None:
        return dt.date(match.year, match.month, match.day), False
    for year in range(reference.year, reference.year - 8, -1):  # 8 years covers Feb 29
        if _valid(year, match.month, match.day):
            candidate = dt.date(year, match.month, match.day)
            if candidate <= reference:
                return candidate, True
    return None


def find_published(
    text: str, reference: dt.date, header_value: str | None = None
) -> PublishedDate | None:
    """Find the publication date of an article.

    Args:
        text: The cleaned article text.
        reference: Date used to complete dates without a year (file mtime or ``now``).
        header_value: The value of a ``Published:``/``Date:`` header line, if any.

    Returns:
        The most trusted date found (see ``DateSource``), or ``None``.
    """
    candidates: list[PublishedDate] = []
    if header_value:
        candidates += _from_line(header_value, reference, DateSource.HEADER, lambda d, ln: True)
    lines = text.split("\n")
    offset = 0
    non_empty = 0
    in_body = False
    for line in lines:
        is_top = non_empty < TOP_LINES and offset < TOP_CHARS
        offset += len(line) + 1
        if not line.strip():
            continue
        non_empty += 1
        stamp = _stamp_dates(line, reference)
        in_body = in_body or len(line.strip()) > BODY_LINE_CHARS
        if is_top:
            candidates += [_with_source(c, DateSource.TOP_STAMP) for c in stamp]
            if not in_body:
                candidates += _from_line(line, reference, DateSource.DATELINE, _is_dateline)
        else:
            candidates += [c for c in stamp if c.source is DateSource.STAMP]
        for m in _AS_OF_RE.finditer(line):
            date = next((d for d in find_dates(line) if d.start == m.end()), None)
            if date is not None and date.year is not None:
                candidates += _resolved(date, line, reference, DateSource.AS_OF)
    return min(candidates, key=lambda c: c.source, default=None)


def strip_leading_stamp(line: str) -> str:
    """Drop a date stamp that opens a line: ``" date 2023-11-20 Samsung …"`` -> ``"Samsung …"``.

    Args:
        line: One line of text.

    Returns:
        The rest of the line after the stamp and its date, or the line unchanged.
    """
    m = _STAMP_RE.match(line)
    if m is None:
        return line
    date = next((d for d in find_dates(line) if d.start == m.end()), None)
    return line[date.end :].strip() if date is not None else line


def _stamp_dates(line: str, reference: dt.date) -> list[PublishedDate]:
    found: list[PublishedDate] = []
    stamps = list(_STAMP_RE.finditer(line))
    if not stamps:  # most lines: skip the five date patterns (half of ingest's time)
        return found
    dates = find_dates(line)
    for m in stamps:
        date = next((d for d in dates if d.start == m.end()), None)
        if date is None:
            continue
        # Bare "date" only counts near the top; "Updated on …" counts anywhere.
        source = DateSource.TOP_STAMP if m.group("kw").lower() == "date" else DateSource.STAMP
        found += _resolved(date, line, reference, source)
    return found


def _from_line(line, reference, source, accept) -> list[PublishedDate]:
    out: list[PublishedDate] = []
    for date in find_dates(line):
        if accept(date, line):
            out += _resolved(date, line, reference, source)
    return out


def _is_dateline(date: DateMatch, line: str) -> bool:
    """A short byline-like line: few other words and no event preposition before the date."""
    before = _WORD_RE.findall(line[: date.start])
    if before and before[-1].lower() in _EVENT_WORDS:
        return False
    rest = line[: date.start] + " " + line[date.end :]
    if line.rstrip().endswith("."):
        return False  # a sentence, not a dateline
    return len(_WORD_RE.findall(rest)) <= MAX_DATELINE_WORDS and len(line) <= 120


def _resolved(date: DateMatch, line: str, reference: dt.date, source: DateSource):
    result = resolve(date, reference)
    if result is None:
        return []
    return [PublishedDate(result[0], date.surface.strip(), result[1], source, line)]


def _with_source(candidate: PublishedDate, source: DateSource) -> PublishedDate:
    return PublishedDate(
        candidate.date, candidate.surface, candidate.inferred, source, candidate.line
    )


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return 1 <= month <= 12
