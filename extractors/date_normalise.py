"""Pure date normalisation: a date surface + an anchor date -> inclusive interval + granularity.

dateparser reads single days well but not the periods news uses for release plans ("early May",
"the end of May", "Q2 2026", "H2 2026", "late 2025", "in 2-3 weeks"): for those it returns the
reference date or nothing. This module holds a small grammar (``FORMS``: one anchored regex per
form, each with a stable id) that maps such a surface to a ``DateValue``; dateparser is only the
fallback for forms the grammar does not know, always with explicit settings (STYLE rule 9).

Conventions (from the gold guidelines): early = days 1-10, mid = 11-20, late/end = 21-last;
part of a year: early = Jan-Apr, mid = May-Aug, late/end = Sep-Dec; relative periods count from
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

import dateparser

Prefer = Literal["past", "future", "nearest"]

MONTHS: dict[str, int] = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
)
NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "few": 3,
    "couple of": 2,
    "a couple of": 2,
    "a few": 3,
}
ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}

# Building blocks. Month names must be capitalised ("May" the month, never "may" the modal);
# the candidate finder adds context guards for a bare "May".
MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
YEAR = r"(?:19[5-9]\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
NUM = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a few|few|a couple of)"
)
UNIT = r"(?:days?|weeks?|months?|years?)"
DASH = r"\s*(?:-|\u2013|\u2014|to|or)\s*"
REL_YEAR = r"(?:this|next|last|the)\s+year|(?:the\s+)?(?:current|coming)\s+year"
PART = (
    r"(?P<part>early|mid|late|end\s+of|the\s+end\s+of|beginning\s+of|the\s+beginning\s+of"
    r"|start\s+of|the\s+start\s+of)"
)


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


def part_of_year(part: str, year: int) -> tuple[dt.date, dt.date]:
    """early = Jan-Apr, mid = May-Aug, late/end = Sep-Dec (the gold convention for 'late 2025')."""
    part = part.lower().replace("the ", "")
    if part.startswith(("early", "beginning", "start")):
        return dt.date(year, 1, 1), dt.date(year, 4, 30)
    if part.startswith("mid"):
        return dt.date(year, 5, 1), dt.date(year, 8, 31)
    return dt.date(year, 9, 1), dt.date(year, 12, 31)


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


def _quarter(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    q = int(m["q"]) if m.get("q") else ORDINALS[m["ord"].lower()]
    year = _explicit_or_relative_year(m, anchor)
    fn: YearFn = lambda y: (dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q))  # noqa: E731
    if year is not None:
        return (*fn(year), "quarter")
    return (*_year_or_place(None, fn, anchor, prefer), "quarter")


def _half(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    h = int(m["h"]) if m.get("h") else (1 if m["ord"].lower() == "first" else 2)
    year = _explicit_or_relative_year(m, anchor)
    fn: YearFn = lambda y: (dt.date(y, 6 * h - 5, 1), month_end(y, 6 * h))  # noqa: E731
    if year is not None:
        return (*fn(year), "half")
    return (*_year_or_place(None, fn, anchor, prefer), "half")


def _part_year(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    year = _explicit_or_relative_year(m, anchor)
    if year is None:
        return None, None, "part_of_year"
    return (*part_of_year(m["part"], year), "part_of_year")


def _year(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    year = _explicit_or_relative_year(m, anchor)
    if year is None:
        return None, None, "year"
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _unit_days(unit: str, n: int) -> int:
    unit = unit.lower().rstrip("s")
    return {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n


def _span_from_now(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'in 2-3 weeks', '4 to 5 weeks', 'within two months' (forward from the anchor)."""
    if not (m["lead"] or m["n2"] or m["fromnow"]):
        raise ValueError("a bare duration ('two months') is not a date")
    if anchor is None:
        return None, None, "relative"
    lo = number_value(m["n1"])
    hi = number_value(m["n2"]) if m["n2"] else lo
    if (m["lead"] or "").lower() == "within" and not m["n2"]:
        lo = 0  # "within two months": from now up to two months
    return (
        anchor + dt.timedelta(days=_unit_days(m["unit"], lo)),
        anchor + dt.timedelta(days=_unit_days(m["unit"], hi)),
        "relative",
    )


def _ago(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'a month ago', '3 weeks ago'."""
    if anchor is None:
        return None, None, "relative"
    d = anchor - dt.timedelta(days=_unit_days(m["unit"], number_value(m["n1"])))
    return d, d, "relative"


def _named_relative(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """today / yesterday / tomorrow / this|next|last week|month / later|earlier this year."""
    if anchor is None:
        return (
            None,
            None,
            "day" if m["word"].lower() in {"today", "yesterday", "tomorrow"} else "relative",
        )
    word = re.sub(r"\s+", " ", m["word"].lower())
    if word in {"today", "yesterday", "tomorrow"}:
        d = anchor + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[word])
        return d, d, "day"
    step = {"this": 0, "next": 1, "last": -1, "past": -1, "coming": 1}[word.split()[0]]
    if word.endswith("week"):
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
        return monday, monday + dt.timedelta(days=6), "relative"
    if word.endswith("month"):
        month0 = anchor.month - 1 + step
        y, mo = anchor.year + month0 // 12, month0 % 12 + 1
        return dt.date(y, mo, 1), month_end(y, mo), "relative"
    return None, None, None


def _later_in_year(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'later in the year' = after the anchor up to 31 Dec; 'earlier this year' = 1 Jan up to it."""
    if anchor is None:
        return None, None, "relative"
    if m["dir"].lower().startswith("later"):
        return anchor + dt.timedelta(days=1), dt.date(anchor.year, 12, 31), "relative"
    return dt.date(anchor.year, 1, 1), anchor - dt.timedelta(days=1), "relative"


def _event_relative(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'the next day', 'two days later': counted from the event the sentence just dated."""
    n = number_value(m["n1"]) if m.get("n1") else 1
    unit = m.get("unit") or "day"
    if anchor is None:
        return None, None, "day"
    d = anchor + dt.timedelta(days=_unit_days(unit, n))
    return d, d, "day" if unit.startswith("day") else "relative"


PREP = (
    r"(?:(?:in|on|by|at|around|from|during|for|until|till|before|after|since|about|circa"
    r"|sometime\s+in|some\s+time\s+in|as\s+early\s+as|no\s+later\s+than|as\s+soon\s+as)\s+)?"
)
OF_YEAR = rf"(?:,?\s*(?:of\s+)?(?P<year>{YEAR})|\s+(?:of\s+)?(?P<rel>{REL_YEAR}))?"

# (form id, anchored regex, handler). Order matters only for readability: each surface is
# matched with fullmatch, so at most one form fits. Examples in the comments.
FORMS: tuple[tuple[str, str, Callable[..., tuple]], ...] = (
    ("iso_day", rf"(?P<year>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)", _iso),  # 2024-08-30
    # February 17, 2026 / Feb. 17 / April 17th
    (
        "month_day",
        rf"(?:the\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?",
        _day,
    ),
    # 12 July 2022 / the 11th of December
    (
        "day_month",
        rf"(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH}),?(?:\s+(?P<year>{YEAR}))?",
        _day,
    ),
    # early May / mid-April / the end of May 2026 / late February 2026
    (
        "part_of_month",
        rf"(?:the\s+)?{PART}[\s-]+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?",
        _part_month,
    ),
    # between March and April 2026 / March-April / May 2021 - May 2022
    (
        "month_range",
        rf"(?:between\s+)?(?P<month1>{MONTH})(?:\s+(?P<year1>{YEAR}))?(?:{DASH}|\s+and\s+)"
        rf"(?P<month2>{MONTH})(?:,?\s+(?P<year>{YEAR}))?",
        _month_range,
    ),
    (
        "month",
        rf"(?:the\s+)?(?:month\s+of\s+)?(?P<month>{MONTH})(?:,?\s+(?:of\s+)?(?P<year>{YEAR}))?",
        _month,
    ),  # April 2024
    # Q2 2026 / Q1 / 2Q 2026 / Q3'26 is not supported (rare in prose)
    (
        "quarter_q",
        rf"(?:the\s+)?(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)(?:\s+|\s*of\s+)?(?P<year>{YEAR})?",
        None,
    ),
    (
        "quarter_words",
        rf"(?:the\s+)?(?P<ord>first|second|third|fourth|last)\s+quarter{OF_YEAR}",
        _quarter,
    ),
    ("half_h", rf"(?:the\s+)?H(?P<h>[12])(?:\s+|\s*of\s+)?(?P<year>{YEAR})?", _half),  # H2 2026
    ("half_words", rf"(?:the\s+)?(?P<ord>first|second|latter|back)\s+half{OF_YEAR}", None),
    # late 2025 / mid-2020 / early next year / the end of the year
    (
        "part_of_year",
        rf"(?:the\s+)?{PART}[\s-]+(?:(?P<year>{YEAR})|(?P<rel>{REL_YEAR}))",
        _part_year,
    ),
    ("year", rf"(?:the\s+year\s+)?(?P<year>{YEAR})|(?P<rel>(?:this|next|last)\s+year)", _year),
    (
        "named_relative",
        r"(?P<word>today|yesterday|tomorrow|(?:this|next|last|past|coming)\s+(?:week|month))",
        _named_relative,
    ),
    ("later_in_year", r"(?P<dir>later|earlier)\s+(?:in\s+)?(?:the|this)\s+year", _later_in_year),
    # in 2-3 weeks / 4 to 5 weeks / within two months / in about a month
    (
        "span_from_now",
        rf"(?:(?P<lead>in|within)\s+)?(?:(?:about|roughly|around|another|the\s+next)\s+)?"
        rf"(?P<n1>{NUM})(?:{DASH}(?P<n2>{NUM}))?\s+(?P<unit>{UNIT})(?P<fromnow>\s+from\s+now)?",
        _span_from_now,
    ),
    ("ago", rf"(?:about\s+)?(?P<n1>{NUM})\s+(?P<unit>{UNIT})\s+ago", _ago),  # a month ago
    # the next day / the following day / a day later / two days later / the day after
    (
        "event_relative",
        rf"(?:the\s+)?(?:next|following)\s+(?P<unit>day|week)|the\s+day\s+after"
        rf"|(?P<n1>{NUM})\s+(?P<unit2>days?|weeks?)\s+later",
        None,
    ),
)


def _quarter_any(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    m["q"] = m["q"] or m["q2"]  # "2Q 2026" reads like "Q2 2026"
    return _quarter(m, anchor, prefer)


def _half_words(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    h = 1 if m["ord"].lower() == "first" else 2
    year = _explicit_or_relative_year(m, anchor)
    if year is None:
        return None, None, "half"
    return dt.date(year, 6 * h - 5, 1), month_end(year, 6 * h), "half"


def _event_rel_any(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    unit = m["unit"] or m["unit2"] or "day"
    n = number_value(m["n1"]) if m["n1"] else 1
    if anchor is None:
        return None, None, "day" if unit.startswith("day") else "relative"
    d = anchor + dt.timedelta(days=_unit_days(unit, n))
    return d, d, "day" if unit.startswith("day") else "relative"


# Forms whose leading word carries meaning ("in 2 weeks" vs "2 weeks ago"): no PREP prefix.
NO_PREP_FORMS = frozenset({"span_from_now", "ago", "event_relative"})
_HANDLERS = {"quarter_q": _quarter_any, "half_words": _half_words, "event_relative": _event_rel_any}
COMPILED_FORMS: tuple[tuple[str, re.Pattern[str], Callable[..., tuple]], ...] = tuple(
    (
        fid,
        re.compile(("" if fid in NO_PREP_FORMS else PREP) + rf"(?:{rx})", re.IGNORECASE),
        handler or _HANDLERS[fid],
    )
    for fid, rx, handler in FORMS
)
EVENT_RELATIVE_FORMS = frozenset({"event_relative"})

DATEPARSER_LANGUAGES = ["en"]
# dateparser reads bare durations ("two months", "117 days") as dates: only hand it surfaces
# that name a month or write a numeric date (e.g. "Sept 5th, 2024 at noon", "8/30/2024").
DATEPARSER_WORTHY = re.compile(rf"{MONTH}|\b\d{{1,4}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b")


def dateparser_settings(anchor: dt.date | None, prefer: Prefer) -> dict[str, object]:
    """Explicit dateparser settings (STYLE rule 9): relative base = the anchor."""
    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "future" if prefer == "future" else "past",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": "UTC",
        "STRICT_PARSING": True,  # day, month and year must all be present: no invented parts
    }
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day)
    return settings


def clean_surface(text: str) -> str:
    """Collapse whitespace and trailing punctuation; keep the words."""
    return re.sub(r"\s+", " ", text).strip().strip(",.;:()[]\"'\u201c\u201d")


def normalise_date(text: str, anchor: dt.date | None, prefer: Prefer = "nearest") -> DateValue:
    """Read a date surface into an inclusive interval.

    Args:
        text: the surface of one date span ("early May", "Q2 2026", "the next day").
        anchor: the publication date, or for event-relative forms the preceding event's date.
        prefer: which year a year-less surface takes (``future`` for plans, ``past`` for
            releases, ``nearest`` when unknown).

    Returns:
        A ``DateValue``; ``granularity`` is None when no form (and not dateparser) read it, and
        the dates are None when the surface needs an anchor that is missing.

    Notes:
        Grammar first, dateparser only as a strict fallback (full dates it knows, e.g. "Sept. 5,
        2024 at noon"); dateparser's own search is never used (it reads "may" and "5T" as dates).
    """
    surface = clean_surface(text)
    for form_id, pattern, handler in COMPILED_FORMS:
        m = pattern.fullmatch(surface)
        if m is None:
            continue
        try:
            start, end, granularity = handler(Groups(m.groupdict()), anchor, prefer)
        except (ValueError, KeyError):  # 31 February, unknown number word
            continue
        return DateValue(start, end, granularity, form_id, form_id in EVENT_RELATIVE_FORMS)
    if not DATEPARSER_WORTHY.search(surface):
        return DateValue(None, None, None, None)
    parsed = dateparser.parse(
        surface, languages=DATEPARSER_LANGUAGES, settings=dateparser_settings(anchor, prefer)
    )
    if parsed is not None:
        day = parsed.date()
        return DateValue(day, day, "day", "dateparser")
    return DateValue(None, None, None, None)
