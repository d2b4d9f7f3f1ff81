"""Periods counted from the anchor: "next Tuesday", "last November", "this fall", "next
quarter", "in 2-3 weeks", "a month ago", "later this year", "the next day".

Handlers have the shape of ``date_intervals``'s; ``RELATIVE_HANDLERS`` maps a grammar form id
to its handler. Without an anchor the dates stay None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from extractors.dates.intervals import (
    Groups,
    Handler,
    Prefer,
    month_end,
    month_number,
    number_value,
    part_of_month,
    part_of_year,
    relative_year,
)

WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}


def _relative_month(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'last November' = the latest November before the anchor's month; 'next March' = the
    first one after it; 'this June' = June of the anchor's year."""
    if anchor is None:
        return None, None, "month"
    month = month_number(m["month"])
    which = m["which"].lower()
    if which in {"last", "past"}:
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif which in {"next", "coming"}:
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:
        year = anchor.year
    return dt.date(year, month, 1), month_end(year, month), "month"


# First month and length of each season (northern hemisphere, meteorological seasons).
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


SEASON_EDGES = {"end": "late", "beginning": "early", "start": "early"}


def season_interval(season: str, part: str | None, year: int) -> tuple[dt.date, dt.date]:
    """The three months of a season starting in ``year`` (winter runs into the next year);
    'early/mid/late' narrow it to its first, middle or last month."""
    first = SEASONS[season.lower()]
    months = [(year + (first + k - 1) // 12, (first + k - 1) % 12 + 1) for k in range(3)]
    which = {"early": slice(0, 1), "mid": slice(1, 2), "late": slice(2, 3)}.get(
        (part or "").lower(), slice(0, 3))
    (y0, m0), (y1, m1) = months[which][0], months[which][-1]
    return dt.date(y0, m0, 1), month_end(y1, m1)


def _event_season(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'the spring of that year', 'that autumn': the season in the year of the event the
    narrative just dated (the anchor)."""
    if anchor is None:
        return None, None, "part_of_year"
    season, part = m["season"] or m["season2"], m["part"] or m["part2"]
    return (*season_interval(season, part, anchor.year), "part_of_year")


def _event_part_of_year(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'late that year', 'the end of that year': part of the narrative year (as 'late 2023')."""
    if anchor is None:
        return None, None, "part_of_year"
    return (*part_of_year(m["part"], anchor.year), "part_of_year")


def _ordinal_day(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'on the 5th': that day of the anchor's month; a day still to come in that month is the
    previous month's (a release told after the fact), or for a plan, a day gone is next
    month's. 'the 26th of this month' / 'of next month' names the month."""
    if anchor is None:
        return None, None, "day"
    day = int(m["day"].rstrip("stndrh"))
    year, month = anchor.year, anchor.month
    which = (m["which"] or "").lower()
    if which:  # "the 26th of this month": the month is told, whatever the tense
        step = {"next": 1, "last": -1}.get(which, 0)
        year, month = year + (month - 1 + step) // 12, (month - 1 + step) % 12 + 1
        date = dt.date(year, month, day)
        return date, date, "day"
    if prefer == "future" and day < anchor.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif prefer != "future" and day > anchor.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    date = dt.date(year, month, day)  # ValueError on "the 31st" of a short month: not read
    return date, date, "day"


def _season(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'this fall' = Sep-Nov of the anchor's year; 'next spring', 'summer 2026'; 'early/mid/late
    summer' = its first/middle/last month. A season needs a year or a 'this/next/last'
    ('fall' alone is a verb)."""
    which = (m["which"] or "").lower()
    if not (which or m["year"] or m["the"] or m["edge"]):
        raise ValueError("a bare season word is not a date")
    # "the end of the summer" is its last month, "the beginning of spring" its first
    part = m["part"] or SEASON_EDGES.get((m["edge"] or "").lower())

    def interval(year: int) -> tuple[dt.date, dt.date]:
        return season_interval(m["season"], part, year)

    if m["year"]:
        return (*interval(int(m["year"])), "part_of_year")
    if anchor is None:
        return None, None, "part_of_year"
    if m["rel"]:  # "the spring of next year"
        return (*interval(relative_year(m["rel"], anchor)), "part_of_year")
    year = anchor.year
    if not which and prefer != "nearest":  # "in the fall": the plan's next one, the release's last
        which = "coming" if prefer == "future" else "past"
        if interval(year)[0] <= anchor <= interval(year)[1]:
            which = "this"  # the season the post was written in
    if which in {"next", "coming"}:
        while interval(year)[0] <= anchor:  # the first one that has not begun
            year += 1
    elif which in {"last", "past"}:
        while interval(year)[1] >= anchor:  # the latest one already over
            year -= 1
    return (*interval(year), "part_of_year")


def _weekday(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'on Thursday' in news is the nearest such day of the anchor's week: the latest one on
    or before the anchor for a past event, the first on or after it for a plan, else the
    closer of the two (ties go to the past). 'last'/'next' exclude the anchor's own day."""
    if anchor is None:
        return None, None, "day"
    target = WEEKDAYS[m["wd"].lower()]
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    which = (m["which"] or "").lower()
    if which in {"last", "past"}:
        days = -(back or 7)
    elif which in {"next", "coming"}:
        days = ahead or 7
    elif prefer == "past":
        days = -back
    elif prefer == "future":
        days = ahead
    else:
        days = -back if back <= ahead else ahead
    d = anchor + dt.timedelta(days=days)
    return d, d, "day"

def unit_days(unit: str, n: int) -> int:
    unit = unit.lower().rstrip("s")
    return {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n


def _span_from_now(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'in 2-3 weeks', '4 to 5 weeks', 'within two months' (forward from the anchor)."""
    if not (m["lead"] or m["n2"] or m["fromnow"] or m["next"]):
        raise ValueError("a bare duration ('two months') is not a date")
    if anchor is None:
        return None, None, "relative"
    lo = number_value(m["n1"])
    hi = number_value(m["n2"]) if m["n2"] else lo
    if (m["lead"] or "").lower() in {"over", "during"} or m["next"]:
        # "over the next two weeks", "the next few months": a plan from the day after the
        # anchor, as "in the coming weeks"
        end = anchor + dt.timedelta(days=unit_days(m["unit"], hi))
        return anchor + dt.timedelta(days=1), end, "relative"
    if (m["lead"] or "").lower() == "within" and not m["n2"]:
        lo = 0  # "within two months": from now up to two months
    return (
        anchor + dt.timedelta(days=unit_days(m["unit"], lo)),
        anchor + dt.timedelta(days=unit_days(m["unit"], hi)),
        "relative",
    )


def _ago(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'a month ago', '3 weeks ago'."""
    if anchor is None:
        return None, None, "relative"
    d = anchor - dt.timedelta(days=unit_days(m["unit"], number_value(m["n1"])))
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
    if word.endswith("quarter"):
        q0 = (anchor.month - 1) // 3 + step
        y, q = anchor.year + q0 // 4, q0 % 4 + 1
        return dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter"
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

def _within_period(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'earlier this month' = its first day up to the anchor; 'later this week' = the day after
    the anchor up to the week's (Monday-Sunday) or month's end."""
    if anchor is None:
        return None, None, "relative"
    if m["unit"].lower() == "week":
        first = anchor - dt.timedelta(days=anchor.weekday())
        last = first + dt.timedelta(days=6)
    else:
        first, last = anchor.replace(day=1), month_end(anchor.year, anchor.month)
    if m["dir"].lower() == "later":
        return min(anchor + dt.timedelta(days=1), last), last, "relative"
    return first, max(first, anchor - dt.timedelta(days=1)), "relative"


def _weekend(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'over the weekend' = the last Saturday-Sunday that began by the anchor (the next one for
    a plan); 'this weekend' = the anchor's week's; 'last'/'next weekend' = the week before/after."""
    if anchor is None:
        return None, None, "relative"
    which = m["which"].lower()
    this_saturday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=5)
    if which == "the":
        if prefer == "future":
            saturday = this_saturday if this_saturday >= anchor - dt.timedelta(days=1) else (
                this_saturday + dt.timedelta(weeks=1))
        else:
            saturday = this_saturday if this_saturday <= anchor else (
                this_saturday - dt.timedelta(weeks=1))
    else:
        step = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[which]
        saturday = this_saturday + dt.timedelta(weeks=step)
    return saturday, saturday + dt.timedelta(days=1), "relative"


def _part_of_rel_month(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'the end of the month', 'early next month': a part of the anchor's month (or the one
    after or before it)."""
    if anchor is None:
        return None, None, "part_of_month"
    step = {"the": 0, "this": 0, "next": 1, "last": -1}[m["which"].lower()]
    index = anchor.year * 12 + anchor.month - 1 + step
    return (*part_of_month(m["part"], index // 12, index % 12 + 1), "part_of_month")


def _event_relative(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'the next day', 'two days later', 'the same day': counted from the event the sentence
    just dated."""
    unit = m["unit"] or m["unit2"] or "day"
    n = 0 if m["same"] else number_value(m["n1"]) if m["n1"] else 1
    if anchor is None:
        return None, None, "day" if unit.startswith("day") else "relative"
    d = anchor + dt.timedelta(days=unit_days(unit, n))
    return d, d, "day" if unit.startswith("day") else "relative"


def _coming_period(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'in the coming weeks', 'over the next few months', 'in the days ahead': a plan for the
    next few units (a few = ``NUMBER_WORDS["few"]``), from the day after the anchor."""
    if anchor is None:
        return None, None, "relative"
    unit = m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]
    end = anchor + dt.timedelta(days=unit_days(unit, number_value("few")))
    return anchor + dt.timedelta(days=1), end, "relative"


def _year_end(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'by year-end', 'the year's end': the last quarter of the anchor's (or the written) year,
    as "the end of the year" reads."""
    year = int(m["year"]) if m["year"] else anchor.year if anchor is not None else None
    if year is None:
        return None, None, "quarter"
    return (*part_of_year("end", year), "quarter")


def _event_same_period(m: Groups, anchor: dt.date | None, prefer: Prefer) -> tuple:
    """'the same month', 'that week', 'later that year': the week, month or year holding the
    anchor (the start of the event the narrative just dated)."""
    if anchor is None:
        return None, None, m["period"].lower()
    period = m["period"].lower()
    if period == "year":
        return dt.date(anchor.year, 1, 1), dt.date(anchor.year, 12, 31), "year"
    if period == "month":
        return anchor.replace(day=1), month_end(anchor.year, anchor.month), "month"
    monday = anchor - dt.timedelta(days=anchor.weekday())
    return monday, monday + dt.timedelta(days=6), "relative"


RELATIVE_HANDLERS: dict[str, Handler] = {
    "relative_month": _relative_month,
    "weekday": _weekday,
    "season": _season,
    "named_relative": _named_relative,
    "later_in_year": _later_in_year,
    "span_from_now": _span_from_now,
    "ago": _ago,
    "event_relative": _event_relative,
    "coming_period": _coming_period,
    "within_period": _within_period,
    "weekend": _weekend,
    "part_of_rel_month": _part_of_rel_month,
    "event_same_period": _event_same_period,
    "event_season": _event_season,
    "event_part_of_year": _event_part_of_year,
    "ordinal_day": _ordinal_day,
    "year_end": _year_end,
}
