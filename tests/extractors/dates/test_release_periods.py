"""Release dates in unseen news (issue 16, second round): plan periods counted from the post
("within weeks", "over the next two weeks"), availability "since", a bare day of the month ("on
the 5th"), present-tense announcements with "today", seasons and parts of the narrative's year
("that autumn", "late that year") and offsets from the last dated release ("a few weeks after").

Invented sentences; one table per kind. Blank pipeline with MODEL entities set by hand (see
conftest), so each case tests the grammar and the binding, not entity recognition.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.dates.normalise import normalise_date

D = dt.date
PUB = D(2025, 6, 20)  # a Friday

PLAN_PERIODS = [
    pytest.param("Zeta 5 will be available within weeks.", ["Zeta 5"],
                 [("Zeta 5", "planned", D(2025, 6, 21), D(2025, 7, 11))], id="within_weeks"),
    pytest.param("Orca 3 will roll out over the next two weeks.", ["Orca 3"],
                 [("Orca 3", "planned", D(2025, 6, 21), D(2025, 7, 4))],
                 id="over_the_next_two_weeks"),
    pytest.param("Acme expects to ship Nova 4 within months.", ["Nova 4"],
                 [("Nova 4", "planned", D(2025, 6, 21), D(2025, 9, 18))], id="within_months"),
    pytest.param("The Lite version of Kite 2 will open source at the end of this month.",
                 ["Kite 2"], [("Kite 2", "planned", D(2025, 6, 21), D(2025, 6, 30))],
                 id="will_open_source_verb"),
    pytest.param("Zeta 6 will launch in the spring of next year.", ["Zeta 6"],
                 [("Zeta 6", "planned", D(2026, 3, 1), D(2026, 5, 31))],
                 id="season_of_next_year"),
]


@pytest.mark.parametrize(("text", "models", "expected"), PLAN_PERIODS)
def test_plan_period_from_the_post(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


AVAILABLE_SINCE = [
    pytest.param("Orca 2 has been downloadable since the end of October.", ["Orca 2"],
                 [("Orca 2", "released", D(2024, 10, 21), D(2024, 10, 31))],
                 id="downloadable_since"),
    pytest.param("Nova 3 has been available since April 8 on the hub.", ["Nova 3"],
                 [("Nova 3", "released", D(2025, 4, 8), D(2025, 4, 8))], id="available_since"),
    pytest.param("The Kite collective put out Kite 5 on May 30.", ["Kite 5"],
                 [("Kite 5", "released", D(2025, 5, 30), D(2025, 5, 30))], id="put_out"),
    pytest.param("Kite 4 is downloadable from the hub.", ["Kite 4"], [],
                 id="downloadable_without_date"),
]


@pytest.mark.parametrize(("text", "models", "expected"), AVAILABLE_SINCE)
def test_availability_since_is_the_release(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


DAY_OF_MONTH = [
    pytest.param("Acme released Zeta 5 on the 5th.", ["Zeta 5"],
                 [("Zeta 5", "released", D(2025, 6, 5), D(2025, 6, 5))], id="on_the_5th"),
    pytest.param("Orca 3 landed on the 12th with open weights.", ["Orca 3"],
                 [("Orca 3", "released", D(2025, 6, 12), D(2025, 6, 12))],
                 id="landed_on_the_12th_with"),
    pytest.param("Nova 2 launched on the 25th.", ["Nova 2"],
                 [("Nova 2", "released", D(2025, 5, 25), D(2025, 5, 25))],
                 id="day_after_the_post_is_last_month"),
    pytest.param("Kite 3 finished the 3rd round of tests on the 5th floor.", ["Kite 3"], [],
                 id="ordinal_before_noun_is_a_rank"),
    pytest.param("Zeta 5 placed on the 2nd line of the chart.", ["Zeta 5"], [],
                 id="ordinal_line"),
]


@pytest.mark.parametrize(("text", "models", "expected"), DAY_OF_MONTH)
def test_bare_day_of_month(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


TODAY_ANNOUNCEMENTS = [
    pytest.param("Today we're announcing Zeta 5.", ["Zeta 5"],
                 [("Zeta 5", "announced", PUB, PUB)], id="today_we_are_announcing"),
    pytest.param("Acme pulled the wraps off Orca 3 today.", ["Orca 3"],
                 [("Orca 3", "announced", PUB, PUB)], id="pulled_the_wraps_off"),
    pytest.param("Acme took the wraps off Nova 2 on Tuesday.", ["Nova 2"],
                 [("Nova 2", "announced", D(2025, 6, 17), D(2025, 6, 17))],
                 id="took_the_wraps_off_weekday"),
]


@pytest.mark.parametrize(("text", "models", "expected"), TODAY_ANNOUNCEMENTS)
def test_present_announcement_with_a_date(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


NARRATIVE_PERIODS = [
    pytest.param("The lab was founded in 2021. Kite 1 came out in the spring of that year.",
                 ["Kite 1"], [("Kite 1", "released", D(2021, 3, 1), D(2021, 5, 31))],
                 id="season_of_that_year"),
    pytest.param("In 2022 the lab doubled. That autumn, it released Orca 2.", ["Orca 2"],
                 [("Orca 2", "released", D(2022, 9, 1), D(2022, 11, 30))], id="that_autumn"),
    pytest.param("The lab raised money in 2023. Nova 3 arrived late that year.", ["Nova 3"],
                 [("Nova 3", "released", D(2023, 10, 1), D(2023, 12, 31))],
                 id="late_that_year"),
    pytest.param("Zeta 1 was published in the spring of this year.", ["Zeta 1"],
                 [("Zeta 1", "released", D(2025, 3, 1), D(2025, 5, 31))],
                 id="season_of_this_year"),
    pytest.param("The lab was founded in 2019. That spring it hired twenty people.", [], [],
                 id="no_model_no_release"),
    pytest.param("Orca 3 was released on 2024-09-17.\n\nNova 3.5 arrived late that year.",
                 ["Orca 3", "Nova 3.5"],
                 [("Orca 3", "released", D(2024, 9, 17), D(2024, 9, 17)),
                  ("Nova 3.5", "released", D(2024, 10, 1), D(2024, 12, 31))],
                 id="year_of_the_last_paragraph"),
    pytest.param("Kite 2 arrived late that year.", ["Kite 2"], [],
                 id="no_year_told_no_reading"),
]


@pytest.mark.parametrize(("text", "models", "expected"), NARRATIVE_PERIODS)
def test_period_of_the_narrative_year(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


AFTER_THE_LAST_RELEASE = [
    pytest.param("Zeta 5 launched on March 3, 2025. Zeta 5 Mini arrived a few weeks after.",
                 ["Zeta 5", "Zeta 5 Mini"],
                 [("Zeta 5", "released", D(2025, 3, 3), D(2025, 3, 3)),
                  ("Zeta 5 Mini", "released", D(2025, 3, 24), D(2025, 3, 24))],
                 id="a_few_weeks_after"),
    pytest.param("Acme released Orca 4 on May 2, 2024. Orca 4 Chat was released two months "
                 "after that.", ["Orca 4", "Orca 4 Chat"],
                 [("Orca 4", "released", D(2024, 5, 2), D(2024, 5, 2)),
                  ("Orca 4 Chat", "released", D(2024, 7, 1), D(2024, 7, 1))],
                 id="two_months_after_that"),
]


@pytest.mark.parametrize(("text", "models", "expected"), AFTER_THE_LAST_RELEASE)
def test_offset_after_the_last_dated_release(bind_dates, text, models, expected):
    assert sorted(bind_dates(text, models, PUB)) == sorted(expected)


SURFACES = [
    pytest.param("over the next two weeks", "past", D(2025, 6, 21), D(2025, 7, 4),
                 id="over_next_two_weeks"),
    pytest.param("within weeks", "future", D(2025, 6, 21), D(2025, 7, 11), id="within_weeks"),
    pytest.param("the spring of next year", "future", D(2026, 3, 1), D(2026, 5, 31),
                 id="spring_of_next_year"),
    pytest.param("on the 5th", "past", D(2025, 6, 5), D(2025, 6, 5), id="fifth_past"),
    pytest.param("on the 5th", "future", D(2025, 7, 5), D(2025, 7, 5), id="fifth_plan"),
    pytest.param("the 28th", "past", D(2025, 5, 28), D(2025, 5, 28), id="after_post_day"),
    pytest.param("the 31st", "past", D(2025, 5, 31), D(2025, 5, 31), id="thirty_first"),
    pytest.param("the week of September 15", "future", D(2025, 9, 15), D(2025, 9, 21),
                 id="week_of_monday"),
    pytest.param("the week of July 10, 2025", "future", D(2025, 7, 7), D(2025, 7, 13),
                 id="week_of_thursday"),
]


@pytest.mark.parametrize(("surface", "prefer", "start", "end"), SURFACES)
def test_surface_interval(surface, prefer, start, end):
    value = normalise_date(surface, PUB, prefer)
    assert (value.start, value.end) == (start, end)


def test_no_ordinal_day_past_the_month_end():
    """'the 31st' told in a 30-day month's successor has no such day: no reading."""
    assert normalise_date("the 31st", D(2025, 7, 10), "past").start is None


RETRACTED_AND_OTHER_EVENTS = [
    pytest.param("Update, June 4: this story now covers the Zeta 5 release.", ["Zeta 5"], [],
                 id="update_dateline"),
    pytest.param("Correction, June 4, 2025: an earlier version misstated when Orca 3 launched.",
                 ["Orca 3"], [], id="correction_dateline"),
    pytest.param("Acme now says Nova 4 will be released in early July rather than on June 15.",
                 ["Nova 4"], [("Nova 4", "planned", D(2025, 7, 1), D(2025, 7, 10))],
                 id="rather_than"),
    pytest.param("Kite 2 launched on May 28, not May 26.", ["Kite 2"],
                 [("Kite 2", "released", D(2025, 5, 28), D(2025, 5, 28))], id="comma_not"),
    pytest.param("Zeta 5 was released on May 5 instead of April 28.", ["Zeta 5"],
                 [("Zeta 5", "released", D(2025, 5, 5), D(2025, 5, 5))], id="instead_of"),
    pytest.param("Management said Orca 4 would ship in the second half, later than the window "
                 "guided in November.", ["Orca 4"],
                 [("Orca 4", "planned", D(2025, 7, 1), D(2025, 12, 31))], id="guided_in"),
    pytest.param("Acme released Nova 5 as an update on May 3.", ["Nova 5"],
                 [("Nova 5", "released", D(2025, 5, 3), D(2025, 5, 3))],
                 id="update_without_comma_is_no_dateline"),
]


@pytest.mark.parametrize(("text", "models", "expected"), RETRACTED_AND_OTHER_EVENTS)
def test_retracted_dates_and_datelines_are_no_release(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


MODAL_PLANS = [
    pytest.param("Acme said Zeta 5 would be released on July 15.", ["Zeta 5"],
                 [("Zeta 5", "planned", D(2025, 7, 15), D(2025, 7, 15))], id="would_be_released"),
    pytest.param("Acme said Orca 3 could be released in August.", ["Orca 3"],
                 [("Orca 3", "planned", D(2025, 8, 1), D(2025, 8, 31))], id="could_be_released"),
    pytest.param("Nova 2 was released in May.", ["Nova 2"],
                 [("Nova 2", "released", D(2025, 5, 1), D(2025, 5, 31))], id="plain_past"),
]


@pytest.mark.parametrize(("text", "models", "expected"), MODAL_PLANS)
def test_modal_release_is_a_plan(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


LIST_ITEM_HEADS = [
    pytest.param("This week:\n- **Zeta 5** (Acme). Released Tuesday. It reads images.\n",
                 ["Zeta 5"], [("Zeta 5", "released", D(2025, 6, 17), D(2025, 6, 17))],
                 id="bold_head_released_weekday"),
    pytest.param("Notes:\n1. Orca 2 (Acme). A refreshed checkpoint landed on the 12th.\n",
                 ["Orca 2"], [("Orca 2", "released", D(2025, 6, 12), D(2025, 6, 12))],
                 id="numbered_head_checkpoint"),
    pytest.param("Notes:\n- **Nova 3** (Acme). Out since Monday on the usual hubs.\n",
                 ["Nova 3"], [("Nova 3", "released", D(2025, 6, 16), D(2025, 6, 16))],
                 id="bold_head_out_since"),
    pytest.param("Kite 2 is big. Released Tuesday, the lab said.", ["Kite 2"], [],
                 id="no_list_item_no_head"),
    pytest.param("Notes:\n- Kite 2 is good.\n- Released Tuesday: nothing.\n", ["Kite 2"], [],
                 id="head_of_another_item"),
]


@pytest.mark.parametrize(("text", "models", "expected"), LIST_ITEM_HEADS)
def test_list_item_sentence_releases_its_head(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


ALONGSIDE = [
    pytest.param("Zeta 5 Max launched on May 2, 2025. Zeta 5 Air launched alongside it.",
                 ["Zeta 5 Max", "Zeta 5 Air"],
                 [("Zeta 5 Max", "released", D(2025, 5, 2), D(2025, 5, 2)),
                  ("Zeta 5 Air", "released", D(2025, 5, 2), D(2025, 5, 2))],
                 id="alongside_it"),
    pytest.param("Orca 3 Pro launched on May 2, 2025. Orca 3 Air launched alongside Pro.",
                 ["Orca 3 Pro", "Orca 3 Air"],
                 [("Orca 3 Pro", "released", D(2025, 5, 2), D(2025, 5, 2)),
                  ("Orca 3 Air", "released", D(2025, 5, 2), D(2025, 5, 2))],
                 id="alongside_variant_word"),
    pytest.param("Nova 2 was announced on March 3, 2025. Later, Nova 2 Mini was announced "
                 "together with Nova 2.", ["Nova 2", "Nova 2 Mini"],
                 [("Nova 2", "announced", D(2025, 3, 3), D(2025, 3, 3)),
                  ("Nova 2 Mini", "announced", D(2025, 3, 3), D(2025, 3, 3))],
                 id="together_with_model"),
    pytest.param("Kite 2 launched alongside Orca 2.", ["Kite 2", "Orca 2"], [],
                 id="partner_never_dated"),
    pytest.param("Kite 3 launched on May 2, 2025. Kite 3 Air launched alongside a new app.",
                 ["Kite 3", "Kite 3 Air"], [("Kite 3", "released", D(2025, 5, 2), D(2025, 5, 2))],
                 id="partner_is_no_model"),
]


@pytest.mark.parametrize(("text", "models", "expected"), ALONGSIDE)
def test_alongside_shares_the_partner_date(bind_dates, text, models, expected):
    assert sorted(bind_dates(text, models, PUB)) == sorted(expected)
