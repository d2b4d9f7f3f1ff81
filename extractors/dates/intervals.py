"""Date intervals: the arithmetic behind the date grammar (``date_normalise.FORMS``) for the
forms that name a period by themselves ("May 2026", "Q2", "late 2025"); periods counted from
the anchor ("next Tuesday", "in 2-3 weeks") are in ``date_relative``.

Each handler takes one grammar form's named groups, the anchor date and which year a
year-less period should take, and returns ``(start, end, granularity)`` (inclusive dates, None
when the anchor is missing). ``ABSOLUTE_HANDLERS`` maps a form id to its handler.

Conventions (from the gold guidelines): early = days 1-10, mid = 11-20, late/end = 21-last;
part of a year: early = Jan-Apr, mid = May-Aug (thirds, as the guidelines split a month), but
late/end = the last quarter, Oct-Dec (most gold lines code "late 2023" as Q4, and the guidelines'
granularities have quarters, not thirds of a year); relative periods count from
the anchor ("in 2-3 weeks" = anchor + 14 .. anchor + 21 days). A year-less surface takes the
nearest sensible year around the anchor; without an anchor the dates stay None (never invent a
year) and the granularity still says what kind of expression it was.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from extractors.dates.vocabulary import date_vocabulary, holiday_key
from extractors.vocab import MONTHS

Prefer = Literal["past", "future", "nearest"]

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "few": 3, "a few": 3, "couple of": 2, "a couple of": 2,
}
ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}


@dataclass(frozen=True)
class DateValue:
    """A normalised date expression: inclusive ``[start, end]`` (None when unanchored)."""

    start: dt.date | None
    end: dt.date | None
    granularity: str | None  # types.Granularity value; None when the form is unknown
    form: str | None = None  # id of the grammar form that read it ("dateparser" for fallback)
    relative_to_event: bool = False  # "the next day": resolve against the preceding event

    @property
    def status(self) -> str:
        """``parsed`` when both ends resolved, else ``unparsed``."""
        return "parsed" if self.start is not None and self.end is not None else "unparsed"


YearFn = Callable[[int], tuple[dt.date, dt.date]]


class Groups(dict[str, str | None]):
    """A match's named groups; absent groups read as None (forms share handlers)."""

    def __missing__(self, key: str) -> None:
        return None


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def month_number(token: str) -> int:
    """'Sept.' -> 9."""
    return MONTHS[token.lower().rstrip(".")]


def number_value(token: str) -> int:
    """'2' or 'two' -> 2."""
    token = token.lower().strip()
    return int(token) if token.isdigit() else NUMBER_WORDS[re.sub(r"\s+", " ", token)]


def place_year(
    interval_for: YearFn, anchor: dt.date | None, prefer: Prefer
) -> tuple[dt.date, dt.date] | None:
    """Choose the year for a year-less period around the anchor.

    Args:
        interval_for: maps a year to the period's ``(start, end)`` in that year.
        anchor: publication date (or the event date the expression follows).
        prefer: ``future`` (planned: first period not yet over), ``past`` (released: last one
            already started) or ``nearest`` (closest to the anchor).

    Returns:
        The interval, or None without an anchor.
    """
    if anchor is None:
        return None
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(interval_for(year))
        except ValueError:  # 29 February in a non-leap year
            continue
    if not options:  # "30 February" is in no year
        return None
    if prefer == "future":
        return next((iv for iv in options if iv[1] >= anchor), options[-1])
    if prefer == "past":
        return next((iv for iv in reversed(options) if iv[0] <= anchor), options[0])

    def distance(iv: tuple[dt.date, dt.date]) -> int:
        return (
            0
            if iv[0] <= anchor <= iv[1]
            else min(abs((iv[0] - anchor).days), abs((iv[1] - anchor).days))
        )

    return min(options, key=distance)


def part_of_month(part: str, year: int, month: int) -> tuple[dt.date, dt.date]:
    """early = 1-10, mid = 11-20, late/end = 21-last; beginning/start = early."""
    part = part.lower().replace("the ", "")
    if part.startswith(("early", "beginning", "start")):
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if part.startswith("mid"):
        return dt.date(year, month, 11), dt.date(year, month, 20)
    return dt.date(year, month, 21), month_end(year, month)


def is_late_part(part: str) -> bool:
    """'late', 'the end of': the last part of a period (not early/beginning/start or mid)."""
    part = part.lower().replace("the ", "")
    return not part.startswith(("early", "beginning", "start", "mid"))


def part_of_year(part: str, year: int) -> tuple[dt.date, dt.date]:
    """early = Jan-Apr, mid = May-Aug, late/end = Oct-Dec (the last quarter: 'late 2023' is Q4)."""
    part = part.lower().replace("the ", "")
    if part.startswith(("early", "beginning", "start")):
        return dt.date(year, 1, 1), dt.date(year, 4, 30)
    if part.startswith("mid"):
        return dt.date(year, 5, 1), dt.date(year, 8, 31)
    return dt.date(year, 10, 1), dt.date(year, 12, 31)


def relative_year(phrase: str, anchor: dt.date) -> int:
    """'next year' -> anchor.year + 1."""
    phrase = phrase.lower()
    if "next" in phrase or "coming" in phrase:
        return anchor.year + 1
    if "last" in phrase:
        return anchor.year - 1
    return anchor.year


def _year_or_place(
    year_text: str | None, interval_for: YearFn, anchor: dt.date | None, prefer: Prefer
) -> tuple[dt.date | None, dt.date | None]:
    if year_text:
        return interval_for(int(year_text))
    placed = place_year(interval_for, anchor, prefer)
    return placed if placed else (None, None)


def _explicit_or_relative_year(m: Groups, anchor: dt.date | None) -> int | None:
    """The year of a period: written ('2026'), relative ('next year', needs the anchor) or None."""
    if m.get("year"):
        return int(m["year"])
    if m.get("rel") and anchor is not None:
        return relative_year(m["rel"], anchor)
    return None


def _day(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    month, day = month_number(m["month"]), int(re.sub(r"\D", "", m["day"]))
    return (
        *_year_or_place(m["year"], lambda y: (dt.date(y, month, day),) * 2, anchor, prefer),
        "day",
    )


def _week_of(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'the week of September 15': Monday to Sunday of the week holding that day."""
    start, _, _ = _day(m, anchor, prefer)
    if start is None:
        return None, None, "relative"
    monday = start - dt.timedelta(days=start.weekday())
    return monday, monday + dt.timedelta(days=6), "relative"


def _iso(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    d = dt.date(int(m["year"]), int(m["m"]), int(m["d"]))
    return d, d, "day"


def _part_month(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    month = month_number(m["month"])
    fn: YearFn = lambda y: part_of_month(m["part"], y, month)  # noqa: E731
    return (*_year_or_place(m["year"], fn, anchor, prefer), "part_of_month")


def _month(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    month = month_number(m["month"])
    fn: YearFn = lambda y: (dt.date(y, month, 1), month_end(y, month))  # noqa: E731
    if m["rel"]:  # "April last year": the year is relative, the month is not
        year = _explicit_or_relative_year(m, anchor)
        return (*(fn(year) if year is not None else (None, None)), "month")
    return (*_year_or_place(m["year"], fn, anchor, prefer), "month")


def _month_range(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    m1, m2 = month_number(m["month1"]), month_number(m["month2"])
    y1 = m["year1"] or m["year"]
    if y1 and (m["year"] or not m["year1"]):
        y1 = int(y1) - (1 if m2 < m1 and not m["year1"] else 0)
    y2 = int(m["year"]) if m["year"] else (int(y1) + (m2 < m1) if y1 else None)
    if y1 is not None and y2 is not None:
        return dt.date(int(y1), m1, 1), month_end(y2, m2), "month"
    fn: YearFn = lambda y: (dt.date(y, m1, 1), month_end(y + (m2 < m1), m2))  # noqa: E731
    return (*_year_or_place(None, fn, anchor, prefer), "month")


def _nth_period(m: Groups, anchor: dt.date | None, prefer: Prefer, n: int, months: int,
                granularity: str) -> tuple:
    """The ``n``-th period of ``months`` months in the written, relative or placed year."""
    fn: YearFn = lambda y: (dt.date(y, months * (n - 1) + 1, 1), month_end(y, months * n))  # noqa: E731
    year = _explicit_or_relative_year(m, anchor)
    if year is not None:
        return (*fn(year), granularity)
    return (*_year_or_place(None, fn, anchor, prefer), granularity)


def _quarter(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    if (m["ord"] or "").lower() == "last" and not (m["the"] or m["year"] or m["rel"]):
        raise ValueError("'last quarter' is the quarter before the anchor's (named_relative)")
    q = int(m["q"]) if m.get("q") else ORDINALS[m["ord"].lower()]
    return _nth_period(m, anchor, prefer, q, 3, "quarter")


def _half(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    h = int(m["h"]) if m.get("h") else (1 if m["ord"].lower() == "first" else 2)
    return _nth_period(m, anchor, prefer, h, 6, "half")


def _part_year(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    year = _explicit_or_relative_year(m, anchor)
    granularity = "quarter" if is_late_part(m["part"]) else "part_of_year"
    if year is None:
        return None, None, granularity
    return (*part_of_year(m["part"], year), granularity)


def _year(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    year = _explicit_or_relative_year(m, anchor)
    if year is None:
        return None, None, "year"
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _quarter_any(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    m["q"] = m["q"] or m["q2"]  # "2Q 2026" reads like "Q2 2026"
    if m["yy"]:
        m["year"] = str(2000 + int(m["yy"]))  # "3Q26": this century
    return _quarter(m, anchor, prefer)


def _half_words(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'the second half of 2026'; a year-less 'the second half' is placed like a quarter."""
    h = 1 if m["ord"].lower() == "first" else 2
    return _nth_period(m, anchor, prefer, h, 6, "half")


def _slash_day(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'03/12/2025' = 12 March (month first); '25/12/2025' can only be day first."""
    a, b = int(m["a"]), int(m["b"])
    month, day = (b, a) if a > 12 else (a, b)
    d = dt.date(int(m["year"]), month, day)
    return d, d, "day"


def _holiday(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'Christmas 2024', 'the day after Christmas', 'New Year's Eve': a fixed-date holiday,
    shifted a day for 'the day after/before'; a year-less one is placed like a month day."""
    month, day = date_vocabulary().holidays[holiday_key(m["hol"])]
    shift = dt.timedelta(days={"after": 1, "before": -1}.get((m["rel"] or "").lower(), 0))
    fn: YearFn = lambda y: (dt.date(y, month, day) + shift,) * 2  # noqa: E731
    return (*_year_or_place(m["year"], fn, anchor, prefer), "day")


def _fiscal_year(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'FY2026', 'FY26', 'fiscal 2026': the calendar year it names (fiscal calendars differ
    by company; the text rarely says which)."""
    year = int(m["fy"]) if len(m["fy"]) == 4 else 2000 + int(m["fy"])
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _months_of_year(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'the first three months of 2026' is Q1, 'the last six months of 2025' H2."""
    n = number_value(m["n1"])
    if not 1 <= n <= 12:
        raise ValueError(f"{n} months do not fit in a year")
    granularity = {3: "quarter", 6: "half"}.get(n, "part_of_year")
    year = _explicit_or_relative_year(m, anchor)
    if year is None:
        return None, None, granularity
    if m["ord"].lower() == "first":
        return dt.date(year, 1, 1), month_end(year, n), granularity
    return dt.date(year, 13 - n, 1), dt.date(year, 12, 31), granularity


Handler = Callable[[Groups, "dt.date | None", Prefer], tuple]
# Form id -> handler for the forms that name a period by itself (relative ones: date_relative).
ABSOLUTE_HANDLERS: dict[str, Handler] = {
    "iso_day": _iso,
    "month_day": _day,
    "week_of": _week_of,
    "day_month": _day,
    "part_of_month": _part_month,
    "month_range": _month_range,
    "month": _month,
    "quarter_q": _quarter_any,
    "quarter_words": _quarter,
    "half_h": _half,
    "half_words": _half_words,
    "months_of_year": _months_of_year,
    "part_of_year": _part_year,
    "year": _year,
    "slash_day": _slash_day,
    "fiscal_year": _fiscal_year,
    "holiday": _holiday,
}
