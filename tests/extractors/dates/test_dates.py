"""Date normalisation (pure) and date candidate finding (component on a blank pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

import extractors  # noqa: F401  (registers factories and extensions)
from extractors.dates.candidates import find_date_candidates
from extractors.dates.component import SPANS_KEY
from extractors.dates.intervals import place_year
from extractors.dates.normalise import FORMS, HANDLERS, normalise_date

D = dt.date
PUB = D(2026, 3, 7)  # a Saturday
APR20 = D(2026, 4, 20)


def case(text, pub, start, end, gran, *, prefer="nearest", id, marks=()):
    return pytest.param(text, pub, prefer, start, end, gran, id=id, marks=marks)


NORMALISE_CASES = [
    # days
    case("February 17, 2026", PUB, D(2026, 2, 17), D(2026, 2, 17), "day", id="month_day_year"),
    case("March 5, 2026", PUB, D(2026, 3, 5), D(2026, 3, 5), "day", id="month_day_year_2"),
    case(
        "12 July 2022", None, D(2022, 7, 12), D(2022, 7, 12), "day", id="day_month_year_no_anchor"
    ),
    case(
        "on 11 December 2023", None, D(2023, 12, 11), D(2023, 12, 11), "day", id="on_day_month_year"
    ),
    case("July 11, 2025", None, D(2025, 7, 11), D(2025, 7, 11), "day", id="us_day_no_anchor"),
    case("Sept. 5, 2024", PUB, D(2024, 9, 5), D(2024, 9, 5), "day", id="abbrev_sept"),
    case(
        "Jan 30",
        D(2023, 11, 20),
        D(2024, 1, 30),
        D(2024, 1, 30),
        "day",
        prefer="future",
        id="yearless_future_next_year",
    ),
    case(
        "April 17",
        APR20,
        D(2026, 4, 17),
        D(2026, 4, 17),
        "day",
        prefer="past",
        id="yearless_released_past",
    ),
    case("April 17", APR20, D(2026, 4, 17), D(2026, 4, 17), "day", id="yearless_nearest"),
    case("April 17th", APR20, D(2026, 4, 17), D(2026, 4, 17), "day", id="ordinal_suffix"),
    case("the 18th of April", APR20, D(2026, 4, 18), D(2026, 4, 18), "day", id="the_nth_of_month"),
    case("April 17", None, None, None, "day", id="yearless_no_anchor_keeps_null"),
    case("2024-08-30", None, D(2024, 8, 30), D(2024, 8, 30), "day", id="iso"),
    case("today", PUB, PUB, PUB, "day", id="today"),
    case("Today", None, None, None, "day", id="today_no_anchor"),
    case("yesterday", PUB, D(2026, 3, 6), D(2026, 3, 6), "day", id="yesterday"),
    case("tomorrow", PUB, D(2026, 3, 8), D(2026, 3, 8), "day", id="tomorrow"),
    case(
        "February 29", D(2025, 3, 1), D(2024, 2, 29), D(2024, 2, 29), "day", id="leap_day_yearless"
    ),
    # parts of months
    case(
        "early May",
        APR20,
        D(2026, 5, 1),
        D(2026, 5, 10),
        "part_of_month",
        prefer="future",
        id="early_may",
    ),
    case(
        "in early May",
        APR20,
        D(2026, 5, 1),
        D(2026, 5, 10),
        "part_of_month",
        prefer="future",
        id="in_early_may",
    ),
    case(
        "mid-April",
        APR20,
        D(2026, 4, 11),
        D(2026, 4, 20),
        "part_of_month",
        prefer="past",
        id="mid_hyphen_april",
    ),
    case("mid April", APR20, D(2026, 4, 11), D(2026, 4, 20), "part_of_month", id="mid_space_april"),
    case(
        "late May",
        APR20,
        D(2026, 5, 21),
        D(2026, 5, 31),
        "part_of_month",
        prefer="future",
        id="late_may",
    ),
    case(
        "by the end of May",
        APR20,
        D(2026, 5, 21),
        D(2026, 5, 31),
        "part_of_month",
        prefer="future",
        id="end_of_may",
    ),
    case(
        "the end of February",
        D(2024, 1, 5),
        D(2024, 2, 21),
        D(2024, 2, 29),
        "part_of_month",
        id="end_of_feb_leap",
    ),
    case(
        "the beginning of June",
        APR20,
        D(2026, 6, 1),
        D(2026, 6, 10),
        "part_of_month",
        id="beginning_of_june",
    ),
    case(
        "late February 2026",
        PUB,
        D(2026, 2, 21),
        D(2026, 2, 28),
        "part_of_month",
        id="late_month_year",
    ),
    case("early May", None, None, None, "part_of_month", id="part_of_month_no_anchor"),
    case(
        "early January",
        D(2025, 12, 20),
        D(2026, 1, 1),
        D(2026, 1, 10),
        "part_of_month",
        prefer="future",
        id="planned_crosses_year",
    ),
    case(
        "late December",
        D(2026, 1, 5),
        D(2025, 12, 21),
        D(2025, 12, 31),
        "part_of_month",
        prefer="past",
        id="released_crosses_year",
    ),
    # months and month ranges
    case("April 2024", None, D(2024, 4, 1), D(2024, 4, 30), "month", id="month_year"),
    case("in January 2022", None, D(2022, 1, 1), D(2022, 1, 31), "month", id="in_month_year"),
    case("December 2021", None, D(2021, 12, 1), D(2021, 12, 31), "month", id="month_year_2"),
    case(
        "In May",
        APR20,
        D(2026, 5, 1),
        D(2026, 5, 31),
        "month",
        prefer="future",
        id="bare_month_future",
    ),
    case("May", APR20, D(2026, 5, 1), D(2026, 5, 31), "month", id="bare_may_nearest"),
    case("June", None, None, None, "month", id="bare_month_no_anchor"),
    case(
        "between March and April 2026",
        PUB,
        D(2026, 3, 1),
        D(2026, 4, 30),
        "month",
        id="between_months",
    ),
    case("March-April 2026", PUB, D(2026, 3, 1), D(2026, 4, 30), "month", id="month_dash_month"),
    case(
        "May 2021 \u2013 May 2022",
        None,
        D(2021, 5, 1),
        D(2022, 5, 31),
        "month",
        id="month_year_en_dash_range",
    ),
    case(
        "December to February",
        D(2025, 11, 1),
        D(2025, 12, 1),
        D(2026, 2, 28),
        "month",
        prefer="future",
        id="range_wraps_year",
    ),
    case("the month of June 2023", None, D(2023, 6, 1), D(2023, 6, 30), "month", id="month_of"),
    # quarters
    case("Q2 2026", PUB, D(2026, 4, 1), D(2026, 6, 30), "quarter", id="q2_year"),
    case("Q1 2026", PUB, D(2026, 1, 1), D(2026, 3, 31), "quarter", id="q1_year"),
    case(
        "in Q2",
        PUB,
        D(2026, 4, 1),
        D(2026, 6, 30),
        "quarter",
        prefer="future",
        id="q_yearless_future",
    ),
    case(
        "Q4", PUB, D(2025, 10, 1), D(2025, 12, 31), "quarter", prefer="past", id="q_yearless_past"
    ),
    case(
        "the second quarter",
        PUB,
        D(2026, 4, 1),
        D(2026, 6, 30),
        "quarter",
        prefer="future",
        id="second_quarter_words",
    ),
    case(
        "the third quarter of 2024",
        None,
        D(2024, 7, 1),
        D(2024, 9, 30),
        "quarter",
        id="third_quarter_of_year",
    ),
    case(
        "the fourth quarter of next year",
        PUB,
        D(2027, 10, 1),
        D(2027, 12, 31),
        "quarter",
        id="quarter_next_year",
    ),
    case("2Q 2026", PUB, D(2026, 4, 1), D(2026, 6, 30), "quarter", id="2q_year"),
    case("Q3", None, None, None, "quarter", id="q_no_anchor"),
    # halves
    case("H2 2026", PUB, D(2026, 7, 1), D(2026, 12, 31), "half", id="h2_year"),
    case("H1 2025", None, D(2025, 1, 1), D(2025, 6, 30), "half", id="h1_year"),
    case(
        "the second half of the year",
        PUB,
        D(2026, 7, 1),
        D(2026, 12, 31),
        "half",
        id="second_half_of_the_year",
    ),
    case(
        "the first half of 2027",
        None,
        D(2027, 1, 1),
        D(2027, 6, 30),
        "half",
        id="first_half_of_year",
    ),
    case(
        "the second half of 2026",
        PUB,
        D(2026, 7, 1),
        D(2026, 12, 31),
        "half",
        id="second_half_2026",
    ),
    case(
        "the second half of next year",
        PUB,
        D(2027, 7, 1),
        D(2027, 12, 31),
        "half",
        id="half_next_year",
    ),
    case("the second half of the year", None, None, None, "half", id="half_no_anchor"),
    # parts of years
    case(
        "late 2025",
        PUB,
        D(2025, 10, 1),
        D(2025, 12, 31),
        "quarter",
        id="late_year_is_last_quarter",
    ),
    case("in late 2023", None, D(2023, 10, 1), D(2023, 12, 31), "quarter", id="in_late_year"),
    case("late-2025", None, D(2025, 10, 1), D(2025, 12, 31), "quarter", id="late_hyphen_year"),
    case("mid-2020", None, D(2020, 5, 1), D(2020, 8, 31), "part_of_year", id="mid_hyphen_year"),
    case("by mid-2026", None, D(2026, 5, 1), D(2026, 8, 31), "part_of_year", id="by_mid_year"),
    case("early 2024", None, D(2024, 1, 1), D(2024, 4, 30), "part_of_year", id="early_year"),
    case(
        "early next year", PUB, D(2027, 1, 1), D(2027, 4, 30), "part_of_year", id="early_next_year"
    ),
    case(
        "late this year", PUB, D(2026, 10, 1), D(2026, 12, 31), "quarter", id="late_this_year"
    ),
    case("the end of 2025", None, D(2025, 10, 1), D(2025, 12, 31), "quarter", id="end_of_year"),
    case("late next year", None, None, None, "quarter", id="late_next_year_no_anchor"),
    case("early next year", None, None, None, "part_of_year", id="early_next_year_no_anchor"),
    # years
    case("2020", None, D(2020, 1, 1), D(2020, 12, 31), "year", id="bare_year"),
    case("in 2023", None, D(2023, 1, 1), D(2023, 12, 31), "year", id="in_year"),
    case("next year", PUB, D(2027, 1, 1), D(2027, 12, 31), "year", id="next_year"),
    case("last year", PUB, D(2025, 1, 1), D(2025, 12, 31), "year", id="last_year"),
    case("this year", PUB, D(2026, 1, 1), D(2026, 12, 31), "year", id="this_year"),
    case("next year", None, None, None, "year", id="next_year_no_anchor_never_invents"),
    # relative to the publication date
    case("in 2-3 weeks", PUB, D(2026, 3, 21), D(2026, 3, 28), "relative", id="in_2_3_weeks"),
    case("about 2-3 weeks", PUB, D(2026, 3, 21), D(2026, 3, 28), "relative", id="about_2_3_weeks"),
    case("4 to 5 weeks", PUB, D(2026, 4, 4), D(2026, 4, 11), "relative", id="4_to_5_weeks"),
    case(
        "within 4-5 weeks", PUB, D(2026, 4, 4), D(2026, 4, 11), "relative", id="within_range_weeks"
    ),
    case("in two weeks", PUB, D(2026, 3, 21), D(2026, 3, 21), "relative", id="in_two_weeks"),
    case("within two months", PUB, PUB, D(2026, 5, 6), "relative", id="within_two_months"),
    case("in 2\u20133 weeks", PUB, D(2026, 3, 21), D(2026, 3, 28), "relative", id="en_dash_weeks"),
    case("in 2-3 weeks", None, None, None, "relative", id="relative_no_anchor"),
    case("next month", PUB, D(2026, 4, 1), D(2026, 4, 30), "relative", id="next_month"),
    case(
        "next month",
        D(2026, 12, 10),
        D(2027, 1, 1),
        D(2027, 1, 31),
        "relative",
        id="next_month_december",
    ),
    case(
        "last month",
        D(2026, 1, 10),
        D(2025, 12, 1),
        D(2025, 12, 31),
        "relative",
        id="last_month_january",
    ),
    case("last week", PUB, D(2026, 2, 23), D(2026, 3, 1), "relative", id="last_week_iso_week"),
    case("next week", PUB, D(2026, 3, 9), D(2026, 3, 15), "relative", id="next_week"),
    case("a month ago", PUB, D(2026, 2, 5), D(2026, 2, 5), "relative", id="a_month_ago"),
    case("3 weeks ago", PUB, D(2026, 2, 14), D(2026, 2, 14), "relative", id="weeks_ago"),
    case(
        "later in the year", PUB, D(2026, 3, 8), D(2026, 12, 31), "relative", id="later_in_the_year"
    ),
    case("later this year", PUB, D(2026, 3, 8), D(2026, 12, 31), "relative", id="later_this_year"),
    case(
        "earlier this year", PUB, D(2026, 1, 1), D(2026, 3, 6), "relative", id="earlier_this_year"
    ),
    case("later in the year", None, None, None, "relative", id="later_in_year_no_anchor"),
    # relative to the event just dated (the anchor passed in is that event's date)
    case("the next day", D(2026, 2, 17), D(2026, 2, 18), D(2026, 2, 18), "day", id="the_next_day"),
    case(
        "the following day",
        D(2026, 2, 28),
        D(2026, 3, 1),
        D(2026, 3, 1),
        "day",
        id="following_day_month_end",
    ),
    case("two days later", D(2026, 2, 17), D(2026, 2, 19), D(2026, 2, 19), "day", id="days_later"),
    case(
        "a week later", D(2026, 2, 17), D(2026, 2, 24), D(2026, 2, 24), "relative", id="week_later"
    ),
    # weekdays against the anchor's week (PUB is Saturday 7 March 2026)
    case("on Thursday", PUB, D(2026, 3, 5), D(2026, 3, 5), "day", prefer="past",
         id="weekday_past_event"),
    case("Tuesday", PUB, D(2026, 3, 10), D(2026, 3, 10), "day", prefer="future",
         id="weekday_plan"),
    case("Saturday", PUB, PUB, PUB, "day", id="weekday_is_the_anchor_day"),
    case("Monday", PUB, D(2026, 3, 9), D(2026, 3, 9), "day", id="weekday_nearest_ahead"),
    case("last Saturday", PUB, D(2026, 2, 28), D(2026, 2, 28), "day",
         id="last_weekday_excludes_today"),
    case("next Friday", PUB, D(2026, 3, 13), D(2026, 3, 13), "day", id="next_weekday"),
    case("wednesday", PUB, None, None, None, id="lowercase_weekday_not_a_date"),
    # months relative to the anchor
    case("last November", PUB, D(2025, 11, 1), D(2025, 11, 30), "month",
         id="last_month_name"),
    case("last March", PUB, D(2025, 3, 1), D(2025, 3, 31), "month",
         id="last_month_name_is_not_the_anchor_month"),
    case("next March", PUB, D(2027, 3, 1), D(2027, 3, 31), "month", id="next_month_name"),
    case("this June", PUB, D(2026, 6, 1), D(2026, 6, 30), "month", id="this_month_name"),
    case("in April last year", PUB, D(2025, 4, 1), D(2025, 4, 30), "month",
         id="month_of_last_year"),
    case("May of next year", PUB, D(2027, 5, 1), D(2027, 5, 31), "month",
         id="month_of_next_year"),
    case("April last year", None, None, None, "month", id="month_of_relative_year_no_anchor"),
    case("on the same day", D(2026, 2, 17), D(2026, 2, 17), D(2026, 2, 17), "day",
         id="same_day_as_the_event"),
    # seasons (northern hemisphere) need a year or this/next/last: a bare "fall" is a verb
    case("this fall", PUB, D(2026, 9, 1), D(2026, 11, 30), "part_of_year", id="this_fall"),
    case("next spring", PUB, D(2027, 3, 1), D(2027, 5, 31), "part_of_year",
         id="next_spring_is_not_the_current_one"),
    case("last winter", PUB, D(2025, 12, 1), D(2026, 2, 28), "part_of_year",
         id="last_winter_spans_the_new_year"),
    case("the fall of 2025", PUB, D(2025, 9, 1), D(2025, 11, 30), "part_of_year",
         id="fall_of_a_year"),
    case("late summer 2026", PUB, D(2026, 8, 1), D(2026, 8, 31), "part_of_year",
         id="late_season"),
    case("fall", PUB, None, None, None, id="bare_fall_is_a_verb"),
    # "in the fall" (candidates keep "the fall" only after a preposition): the plan's next
    # fall, the release's last one, else the anchor year's
    case("the fall", PUB, D(2026, 9, 1), D(2026, 11, 30), "part_of_year",
         id="the_fall_without_a_year"),
    case("in the autumn", PUB, D(2026, 9, 1), D(2026, 11, 30), "part_of_year",
         prefer="future", id="the_autumn_planned"),
    case("in the autumn", PUB, D(2025, 9, 1), D(2025, 11, 30), "part_of_year",
         prefer="past", id="the_autumn_released"),
    case("03/12/2025", PUB, D(2025, 3, 12), D(2025, 3, 12), "day", id="slash_month_first"),
    case("25/12/2025", PUB, D(2025, 12, 25), D(2025, 12, 25), "day", id="slash_day_first"),
    case("FY2027", PUB, D(2027, 1, 1), D(2027, 12, 31), "year", id="fiscal_year"),
    case("fiscal 2027", PUB, D(2027, 1, 1), D(2027, 12, 31), "year", id="fiscal_words"),
    case("FY27", PUB, D(2027, 1, 1), D(2027, 12, 31), "year", id="fiscal_two_digits"),
    case("by year-end", PUB, D(2026, 10, 1), D(2026, 12, 31), "quarter", id="year_end"),
    case("the year's end", PUB, D(2026, 10, 1), D(2026, 12, 31), "quarter",
         id="the_years_end"),
    case("any day now", PUB, D(2026, 3, 8), D(2026, 3, 10), "relative", id="any_day_now"),
    case("the second half", PUB, D(2026, 7, 1), D(2026, 12, 31), "half", prefer="future",
         id="second_half_planned"),
    # quarters relative to the anchor, and analysts' two-digit years
    case("next quarter", PUB, D(2026, 4, 1), D(2026, 6, 30), "quarter", id="next_quarter"),
    case("last quarter", PUB, D(2025, 10, 1), D(2025, 12, 31), "quarter",
         id="last_quarter_is_the_previous_one"),
    case("the last quarter of 2025", PUB, D(2025, 10, 1), D(2025, 12, 31), "quarter",
         id="the_last_quarter_of_a_year_is_q4"),
    case("3Q26", PUB, D(2026, 7, 1), D(2026, 9, 30), "quarter", id="analyst_quarter"),
    case("Q3'26", PUB, D(2026, 7, 1), D(2026, 9, 30), "quarter", id="quarter_apostrophe_year"),
    # traps: durations, numbers and words that are not dates
    case("two months", PUB, None, None, None, id="bare_duration_not_a_date"),
    case("117 days", PUB, None, None, None, id="bare_days_not_a_date"),
    case("4.5", PUB, None, None, None, id="version_not_a_date"),
    case("5T", PUB, None, None, None, id="param_count_not_a_date"),
    case("may", PUB, None, None, None, id="lowercase_modal_may"),
    case("a decade", PUB, None, None, None, id="decade_unparsed"),
    case("the coming years", PUB, None, None, None, id="vague_unparsed"),
]


@pytest.mark.parametrize(("text", "pub", "prefer", "start", "end", "granularity"), NORMALISE_CASES)
def test_normalise_date(text, pub, prefer, start, end, granularity):
    value = normalise_date(text, pub, prefer)
    assert (value.start, value.end, value.granularity) == (start, end, granularity)
    assert value.status == ("parsed" if start is not None else "unparsed")


def test_at_least_80_date_cases():
    assert len(NORMALISE_CASES) >= 80


def test_place_year_without_anchor_is_none():
    assert place_year(lambda y: (D(y, 5, 1), D(y, 5, 10)), None, "future") is None


@pytest.mark.parametrize("prefer", ["future", "past", "nearest"])
def test_place_year_of_a_day_no_year_has_is_none(prefer):
    """'30 February' (a typo, or text that is no date) is in no year: no period, no crash."""
    assert place_year(lambda y: (D(y, 2, 30), D(y, 2, 30)), D(2000, 1, 1), prefer) is None


# --- candidate finding on a blank pipeline: the traps never become date spans -------------


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("news_paragraph_breaks")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("news_dates")
    pipeline.initialize()
    return pipeline


def surfaces(nlp, text, pub=PUB):
    doc = nlp.make_doc(text)
    doc._.published_at = pub
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(s.text, s._.date_start, s._.date_end) for s in doc.spans[SPANS_KEY]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The model may launch soon.", [], id="modal_may"),
        pytest.param("Grok May Arrive Soon, Musk Says", [], id="headline_title_case_may"),
        pytest.param("Grok 4.5 follows Grok 4.4.", [], id="versions"),
        pytest.param("A 5T model and a 1.5T model.", [], id="param_counts"),
        pytest.param(
            "It selects one of 2048 experts per token.", [], id="number_that_looks_like_a_year"
        ),
        pytest.param("We used 30,000 GPUs and 2000 GPUs.", [], id="thousands"),
        pytest.param("It ran on 384 GPUs for 117 days.", [], id="durations"),
        pytest.param("The H100 and A100 GPUs.", [], id="hardware_names"),
        pytest.param("Launch is due in May.", ["May"], id="in_may_is_the_month"),
        pytest.param("It shipped May 5, 2025.", ["May 5, 2025"], id="may_with_day"),
        pytest.param("a release in early May is probable", ["early May"], id="early_may"),
        pytest.param("GPT-3 (175 billion, 2020) was big.", ["2020"], id="year_in_parentheses"),
        pytest.param(
            "expected Q2 2026, then H2 2026", ["Q2 2026", "H2 2026"], id="quarter_and_half"
        ),
        pytest.param(
            "Grok-1.5 Vision arrived in April 2024.", ["April 2024"], id="version_then_date"
        ),
        pytest.param("mid-2020 and late 2025", ["mid-2020", "late 2025"], id="parts_of_year"),
        pytest.param("It ships in the fall.", ["the fall"], id="in_the_fall"),
        pytest.param("After the fall in prices, the fall of Rome.", [], id="the_fall_as_noun"),
    ],
)
def test_candidates_and_traps(nlp, text, expected):
    assert [s for s, _, _ in surfaces(nlp, text)] == expected


def test_offsets_slice_the_text(nlp):
    text = "Grok 4.20 Beta, launched February 17, 2026, with Heavy following the next day."
    doc = nlp.make_doc(text)
    doc._.published_at = PUB
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    for span in doc.spans[SPANS_KEY]:
        assert doc.text[span.start_char : span.end_char] == span.text


def test_next_day_follows_the_event_not_the_publication(nlp):
    got = surfaces(nlp, "It launched February 17, 2026, with Heavy following the next day.")
    assert got[-1] == ("the next day", D(2026, 2, 18), D(2026, 2, 18))


def test_no_anchor_keeps_surface_with_null_dates(nlp):
    got = surfaces(nlp, "A release in early May is likely.", pub=None)
    assert got == [("early May", None, None)]


def test_unparsed_ner_date_is_kept(nlp):
    doc = nlp.make_doc("It trained for a decade.")
    doc._.published_at = PUB
    doc.ents = [doc.char_span(len("It trained for "), len("It trained for a decade"), label="DATE")]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    (span,) = doc.spans[SPANS_KEY]
    assert (span.text, span._.date_status, span._.date_start) == ("a decade", "unparsed", None)


def test_find_date_candidates_is_pure(nlp):
    doc = nlp.make_doc("Q2 2026 or Q3 2026")
    assert [s.text for s, _ in find_date_candidates(doc, PUB)] == ["Q2 2026", "Q3 2026"]


def test_every_grammar_form_has_exactly_one_handler():
    form_ids = [fid for fid, _ in FORMS]
    assert len(form_ids) == len(set(form_ids))
    assert set(HANDLERS) == set(form_ids)


@pytest.mark.slow
def test_citation_markers_do_not_hide_dates_or_join_sentences(nlp_full):
    text = ("Estimates ranged from 1 to 1.8 trillion.[7] Meta released Llama 2 in July 2023,[8]"
            " and GPT-2 shipped in November 2019.[2]")
    doc = nlp_full.make_doc(text)
    doc._.published_at = dt.date(2026, 8, 21)
    for _, proc in nlp_full.pipeline:
        doc = proc(doc)
    dates = [(s.text, s._.date_start) for s in doc.spans[SPANS_KEY]]
    assert dates == [("July 2023", D(2023, 7, 1)), ("November 2019", D(2019, 11, 1))]
    assert not any("Estimates" in s.text and "Meta" in s.text for s in doc.sents)
