"""Pure date normalisation: a date surface + an anchor date -> inclusive interval + granularity.

dateparser reads single days well but not the periods news uses for release plans ("early May",
"the end of May", "Q2 2026", "H2 2026", "late 2025", "in 2-3 weeks"): for those it returns the
reference date or nothing. This module holds a small grammar (``FORMS``: one anchored regex per
form, each with a stable id) that maps such a surface to a ``DateValue``; dateparser is only the
fallback for forms the grammar does not know, always with explicit settings (STYLE rule 9).
The interval each form stands for (and the conventions: "early May" = 1-10 May) is computed in
``date_intervals``.
"""

from __future__ import annotations

import datetime as dt
import re

import dateparser

from extractors.dates.intervals import ABSOLUTE_HANDLERS, DateValue, Groups, Handler, Prefer
from extractors.dates.relative import RELATIVE_HANDLERS
from extractors.dates.vocabulary import date_vocabulary, holiday_pattern

# Building blocks. Month names must be capitalised ("May" the month, never "may" the modal);
# the candidate finder adds context guards for a bare "May".
MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
YEAR = r"(?:19[5-9]\d|20\d\d)"
# Full names only, capitalised: "Sun"/"Sat"/"Wed" are too often not days.
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
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


PREP = (
    r"(?:(?:in|on|by|at|around|from|during|for|until|till|before|after|since|about|circa"
    r"|sometime\s+in|some\s+time\s+in|as\s+early\s+as|no\s+later\s+than|as\s+soon\s+as)\s+)?"
)
OF_YEAR = rf"(?:,?\s*(?:of\s+)?(?P<year>{YEAR})|\s+(?:of\s+)?(?P<rel>{REL_YEAR}))?"

# (form id, anchored regex); ``date_intervals.HANDLERS`` computes each form's interval. Order
# matters only for readability: each surface is matched with fullmatch, so at most one form
# fits. Examples in the comments.
FORMS: tuple[tuple[str, str], ...] = (
    ("iso_day", rf"(?P<year>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"),  # 2024-08-30
    # 03/12/2025 (month first, as US newswires write it; 25/12/2025 reads day first)
    ("slash_day", rf"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>{YEAR})"),
    # February 17, 2026 / Feb. 17 / April 17th
    (
        "month_day",
        rf"(?:the\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?",
    ),
    # the week of September 15 (its Monday to Sunday)
    (
        "week_of",
        rf"the\s+week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?",
    ),
    # 12 July 2022 / the 11th of December
    (
        "day_month",
        rf"(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH}),?(?:\s+(?P<year>{YEAR}))?",
    ),
    # early May / mid-April / the end of May 2026 / late February 2026
    (
        "part_of_month",
        rf"(?:the\s+)?{PART}[\s-]+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?",
    ),
    # between March and April 2026 / March-April / May 2021 - May 2022
    (
        "month_range",
        rf"(?:between\s+)?(?P<month1>{MONTH})(?:\s+(?P<year1>{YEAR}))?(?:{DASH}|\s+and\s+)"
        rf"(?P<month2>{MONTH})(?:,?\s+(?P<year>{YEAR}))?",
    ),
    # April 2024 / April last year / May of next year
    ("month", rf"(?:the\s+)?(?:month\s+of\s+)?(?P<month>{MONTH}){OF_YEAR}"),
    # last November / next March / this June
    ("relative_month", rf"(?P<which>last|next|this|past|coming)\s+(?P<month>{MONTH})"),
    # on Thursday / last Tuesday / next Friday (resolved against the anchor's week)
    ("weekday", rf"(?:(?P<which>last|next|this|past|coming)\s+)?(?P<wd>{WEEKDAY})"),
    # Q2 2026 / Q1 / 2Q 2026 / 3Q26 / Q3'26 (analysts' two-digit years)
    (
        "quarter_q",
        rf"(?:the\s+)?(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)"
        rf"(?:(?:\s+|\s*of\s+)?(?P<year>{YEAR})|['\u2019]?(?P<yy>\d{{2}}))?",
    ),
    (
        "quarter_words",
        rf"(?:(?P<the>the)\s+)?(?P<ord>first|second|third|fourth|last)\s+quarter{OF_YEAR}",
    ),
    ("half_h", rf"(?:the\s+)?H(?P<h>[12])(?:\s+|\s*of\s+)?(?P<year>{YEAR})?"),  # H2 2026
    ("half_words", rf"(?:the\s+)?(?P<ord>first|second|latter|back)\s+half{OF_YEAR}"),
    # the first three months of 2026 / the last six months of the year
    (
        "months_of_year",
        rf"(?:the\s+)?(?P<ord>first|last|final)\s+(?P<n1>{NUM})\s+months\s+of\s+"
        rf"(?:(?P<year>{YEAR})|(?P<rel>{REL_YEAR}))",
    ),
    # late 2025 / mid-2020 / early next year / the end of the year
    (
        "part_of_year",
        rf"(?:the\s+)?{PART}[\s-]+(?:(?P<year>{YEAR})|(?P<rel>{REL_YEAR}))",
    ),
    ("year", rf"(?:the\s+year\s+)?(?P<year>{YEAR})|(?P<rel>(?:this|next|last)\s+year)"),
    # Christmas 2024 / the day after Christmas / New Year's Eve / Christmas Eve: the names are
    # data (``holidays`` in ``patterns/date_vocabulary.json``)
    (
        "holiday",
        r"(?:the\s+day\s+(?P<rel>after|before)\s+)?"
        rf"(?P<hol>{holiday_pattern(date_vocabulary().holiday_names)})"
        rf"(?:,?\s+(?P<year>{YEAR}))?",
    ),
    # FY2026 / FY26 / fiscal 2026 / fiscal year 2026: read as the calendar year it names
    ("fiscal_year", r"(?:FY|fiscal\s+(?:year\s+)?)\s?['\u2019]?(?P<fy>\d{4}|\d{2})"),
    # year-end / the year's end / year-end 2025: the last quarter, as "the end of the year"
    ("year_end", rf"(?:the\s+)?(?:year[\s-]end|year['\u2019]s\s+end)(?:\s+(?P<year>{YEAR}))?"),
    (
        "named_relative",
        r"(?P<word>today|yesterday|tomorrow|(?:this|next|last|past|coming)\s+(?:week|month|quarter))",
    ),
    # this fall / next spring / summer 2026 / late summer 2026 (a bare "fall" is a verb) / the
    # end of the summer (its last month, as "late summer")
    (
        "season",
        r"(?:(?:the\s+)?(?P<edge>end|beginning|start)\s+of\s+)?"
        rf"(?:(?P<which>this|next|last|coming|past)\s+|(?P<the>the)\s+)?"
        rf"(?:(?P<part>early|mid|late)[\s-]+)?"
        rf"(?P<season>spring|summer|fall|autumn|winter)"
        rf"(?:\s+(?:of\s+)?(?P<year>{YEAR})|\s+of\s+(?P<rel>(?:this|next|last)\s+year))?",
    ),
    # the spring of that year / that autumn / late that summer: a season of the year the
    # narrative just dated ("In 2021 the lab was founded. That autumn it released X")
    (
        "event_season",
        r"(?:(?:that|the)\s+)?(?:(?P<part>early|mid|late)[\s-]+)?"
        r"(?P<season>spring|summer|fall|autumn|winter)\s+of\s+that\s+year"
        r"|that\s+(?:(?P<part2>early|mid|late)[\s-]+)?(?P<season2>spring|summer|fall|autumn|winter)",
    ),
    # late that year / early that year / the end of that year: part of the narrative's year
    ("event_part_of_year", rf"(?:the\s+)?{PART}[\s-]+(?:of\s+)?that\s+year"),
    # on the 5th / since the 12th: a day of the publication month, or of the month before
    # when the day is still to come (the month after, for a plan); ...
    # ... the 26th of this month / the 3rd of next month: that month's day
    (
        "ordinal_day",
        r"the\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
        r"(?:\s+of\s+(?P<which>this|next|last)\s+month)?",
    ),
    ("later_in_year", r"(?P<dir>later|earlier)\s+(?:in\s+)?(?:the|this)\s+year"),
    # earlier this month / later this week / later in the month
    (
        "within_period",
        r"(?P<dir>later|earlier)\s+(?:in\s+)?(?:the|this)\s+(?P<unit>week|month)",
    ),
    # over the weekend / this weekend / last weekend
    ("weekend", r"(?:over\s+)?(?P<which>the|this|last|past|next|coming)\s+weekend"),
    # the end of the month / early next month / the beginning of this month
    (
        "part_of_rel_month",
        rf"(?:the\s+)?{PART}[\s-]+(?:of\s+)?(?P<which>the|this|next|last)\s+month",
    ),
    # in 2-3 weeks / 4 to 5 weeks / within two months / in about a month / over the next two
    # weeks / the coming two to three weeks
    (
        "span_from_now",
        rf"(?:(?P<lead>in|within|over|during)\s+)?"
        rf"(?:(?:about|roughly|around|another|(?P<next>the\s+next|the\s+coming))\s+)?"
        rf"(?P<n1>{NUM})(?:{DASH}(?P<n2>{NUM}))?\s+(?P<unit>{UNIT})(?P<fromnow>\s+from\s+now)?",
    ),
    ("ago", rf"(?:about\s+)?(?P<n1>{NUM})\s+(?P<unit>{UNIT})\s+ago"),  # a month ago
    # in the coming weeks / over the next few months / in the weeks ahead / any day now
    (
        "coming_period",
        r"(?:(?:in|over|within|during)\s+)?(?:the\s+(?:coming|upcoming|next\s+few)\s+"
        r"(?P<unit>days|weeks|months)|the\s+(?P<unit2>days|weeks|months)\s+ahead)"
        r"|any\s+(?P<unit3>day)\s+now|within\s+(?P<unit4>days|weeks|months)",  # within weeks
    ),
    # the next day / the following day / a day later / two weeks later / a month later /
    # a few weeks after (that) /
    # the day after / the same day
    (
        "event_relative",
        rf"(?:on\s+)?(?:the\s+)?(?:next|following)\s+(?P<unit>day|week)|the\s+day\s+after"
        rf"|(?:on\s+)?(?:the|that)\s+(?P<same>same)\s+day"
        rf"|(?:about\s+)?(?P<n1>{NUM})\s+(?P<unit2>days?|weeks?|months?|years?)"
        rf"\s+(?:later|afterwards?|after(?:\s+that)?)",  # two months after that
    ),
    # the same month / that month / later that week / that same year: the period of the event
    # the narrative just dated ("In March, ... It went on sale the same month")
    (
        "event_same_period",
        # never "within the same month": both in one month, not the month of an event
        r"(?<!within )(?:(?:later|earlier)\s+)?(?:in\s+|during\s+)?"
        r"(?:the\s+same|that(?:\s+same)?)\s+"
        r"(?P<period>week|month|year)",
    ),
)


# Forms whose leading word carries meaning ("in 2 weeks" vs "2 weeks ago"): no PREP prefix.
NO_PREP_FORMS = frozenset(
    {"span_from_now", "ago", "event_relative", "coming_period", "event_same_period"}
)
# Form id -> the handler that computes its interval.
HANDLERS: dict[str, Handler] = {**ABSOLUTE_HANDLERS, **RELATIVE_HANDLERS}
COMPILED_FORMS: tuple[tuple[str, re.Pattern[str], Handler], ...] = tuple(
    (
        fid,
        re.compile(("" if fid in NO_PREP_FORMS else PREP) + rf"(?:{rx})", re.IGNORECASE),
        HANDLERS[fid],
    )
    for fid, rx in FORMS
)
EVENT_RELATIVE_FORMS = frozenset(
    {"event_relative", "event_same_period", "event_season", "event_part_of_year"}
)

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
