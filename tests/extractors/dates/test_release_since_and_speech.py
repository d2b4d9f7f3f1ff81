"""Release dates in reported speech, past plans and availability "since" (issue 16, unseen
text): availability since a date with words between ("open to enterprise customers since April
8") is a release on that date; a plan told in the past tense ("was originally expected in
July") looks back for its year; the day someone said a plan ("On Tuesday, Acme said it would
release Zeta 6 ...") is not the plan's date; a funding round's or a support end's date is no
release.

Invented sentences, MODEL spans set by hand (see conftest), published 2025-06-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
PUB = D(2025, 6, 10)

AVAILABLE_SINCE = [
    pytest.param("Zeta 4 Pro has been available to developers since February 20.", ["Zeta 4 Pro"],
                 [("Zeta 4 Pro", "released", D(2025, 2, 20), D(2025, 2, 20))],
                 id="available_to_audience_since"),
    pytest.param("Orca 3 Max has been open to enterprise customers since April 8.", ["Orca 3 Max"],
                 [("Orca 3 Max", "released", D(2025, 4, 8), D(2025, 4, 8))],
                 id="open_to_audience_since"),
    pytest.param("Nova 4 has been in customers' hands since March 3.", ["Nova 4"],
                 [("Nova 4", "released", D(2025, 3, 3), D(2025, 3, 3))],
                 id="in_hands_since"),
    pytest.param("Kite 2 has been generally available in Europe since May 1.", ["Kite 2"],
                 [("Kite 2", "released", D(2025, 5, 1), D(2025, 5, 1))],
                 id="generally_available_in_region_since"),
    pytest.param("Zeta 4 has not been available to developers since March 3.", ["Zeta 4"],
                 [], id="negated_availability"),
    pytest.param("Nova 4 has been the most downloaded model since January.", ["Nova 4"],
                 [], id="since_without_availability"),
    pytest.param("Orca 3 is available in Europe, and since May it tops the charts.", ["Orca 3"],
                 [], id="since_in_another_clause"),
]


@pytest.mark.parametrize(("text", "models", "expected"), AVAILABLE_SINCE)
def test_availability_since_a_date_is_a_release(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


PAST_PLANS = [
    pytest.param("Zeta 5 was originally expected in July but slipped.", ["Zeta 5"],
                 [("Zeta 5", "planned", D(2024, 7, 1), D(2024, 7, 31))],
                 id="was_originally_expected"),
    pytest.param("Nova 5 had been slated for September, people said.", ["Nova 5"],
                 [("Nova 5", "planned", D(2024, 9, 1), D(2024, 9, 30))],
                 id="had_been_slated"),
    pytest.param("Orca 4 was scheduled for August.", ["Orca 4"],
                 [("Orca 4", "planned", D(2024, 8, 1), D(2024, 8, 31))],
                 id="was_scheduled"),
    pytest.param("Orca 4 is scheduled for August.", ["Orca 4"],
                 [("Orca 4", "planned", D(2025, 8, 1), D(2025, 8, 31))],
                 id="present_plan_looks_ahead"),
    pytest.param("Kite 9 was pushed back to September.", ["Kite 9"],
                 [("Kite 9", "planned", D(2025, 9, 1), D(2025, 9, 30))],
                 id="pushed_back_to_the_new_date"),
]


@pytest.mark.parametrize(("text", "models", "expected"), PAST_PLANS)
def test_plan_told_in_the_past_tense_looks_back(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


SPEECH_DAY = [
    pytest.param("On Tuesday, Acme said it would release Zeta 6 later this year.", ["Zeta 6"],
                 [("Zeta 6", "planned", D(2025, 6, 11), D(2025, 12, 31))],
                 id="said_it_would_release"),
    pytest.param("On Monday, Orca Labs said Orca 5 will launch in the fall.", ["Orca 5"],
                 [("Orca 5", "planned", D(2025, 9, 1), D(2025, 11, 30))],
                 id="said_will_launch"),
    pytest.param("Last week, the company told investors that Nova 6 is expected next month.",
                 ["Nova 6"], [("Nova 6", "planned", D(2025, 7, 1), D(2025, 7, 31))],
                 id="told_investors_expected"),
    pytest.param("On Monday, Acme said Zeta 6 is now available to everyone.", ["Zeta 6"],
                 [("Zeta 6", "released", D(2025, 6, 9), D(2025, 6, 9))],
                 id="reported_release_keeps_the_day"),
    pytest.param("On Thursday, Acme released Zeta 7.", ["Zeta 7"],
                 [("Zeta 7", "released", D(2025, 6, 5), D(2025, 6, 5))],
                 id="no_speech_verb"),
    pytest.param("Acme said in a report published on June 2 that Zeta 5 will ship in the"
                 " autumn.", ["Zeta 5"],
                 [("Zeta 5", "planned", D(2025, 9, 1), D(2025, 11, 30))],
                 id="report_published_is_the_speech_document"),
    pytest.param("The lab wrote in its blog post released Monday that Orca 3 is due in August.",
                 ["Orca 3"], [("Orca 3", "planned", D(2025, 8, 1), D(2025, 8, 31))],
                 id="blog_post_released_is_the_speech_document"),
    pytest.param("Kite 4 was described in a paper published in May 2024.", ["Kite 4"],
                 [("Kite 4", "released", D(2024, 5, 1), D(2024, 5, 31))],
                 id="a_paper_that_describes_the_model_dates_it"),
]


@pytest.mark.parametrize(("text", "models", "expected"), SPEECH_DAY)
def test_day_of_a_reported_plan_is_the_speech(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


NOT_A_RELEASE = [
    pytest.param("Acme released Zeta 5 after its Series F in May.", ["Zeta 5"], [],
                 id="series_round"),
    pytest.param("Orca 2 launched well before the funding round in March.", ["Orca 2"], [],
                 id="funding_round"),
    pytest.param("Nova 2 will be supported until at least the end of the year.", ["Nova 2"], [],
                 id="supported_until"),
    pytest.param("Kite 1 will be retired on September 24.", ["Kite 1"], [], id="retired_on"),
]


@pytest.mark.parametrize(("text", "models", "expected"), NOT_A_RELEASE)
def test_funding_and_support_dates_are_no_release(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


PRONOUN_CLAUSES = [
    pytest.param("Acme showed Zeta 6 on stage. It's rolling out over the next two weeks.",
                 ["Zeta 6"], [("Zeta 6", "planned", D(2025, 6, 11), D(2025, 6, 24))],
                 id="its_rolling_out"),
    pytest.param("Orca 4 is our workhorse. It has been in customers' hands since April 8.",
                 ["Orca 4"], [("Orca 4", "released", D(2025, 4, 8), D(2025, 4, 8))],
                 id="it_in_hands_since"),
    pytest.param("Nova 3 was the lab's hit. Announced in January 2023, it had 34B parameters.",
                 ["Nova 3"], [("Nova 3", "announced", D(2023, 1, 1), D(2023, 1, 31))],
                 id="participial_opener_before_it"),
    pytest.param("Kite 2 was small. Announced in March and released in May, it sold well.",
                 ["Kite 2"], [("Kite 2", "announced", D(2025, 3, 1), D(2025, 3, 31)),
                              ("Kite 2", "released", D(2025, 5, 1), D(2025, 5, 31))],
                 id="coordinated_participles_before_it"),
    pytest.param("Acme said Zeta 7 would come \"by the summer.\"", ["Zeta 7"],
                 [("Zeta 7", "planned", D(2025, 6, 1), D(2025, 8, 31))], id="would_come"),
    pytest.param("Zeta 7 will come with a larger context window, Acme said.", ["Zeta 7"], [],
                 id="will_come_with_no_date"),
    pytest.param("Founded in 2021, Acme released Zeta 8 on Monday.", ["Zeta 8"],
                 [("Zeta 8", "released", D(2025, 6, 9), D(2025, 6, 9))],
                 id="participial_opener_on_the_company"),
]


@pytest.mark.parametrize(("text", "models", "expected"), PRONOUN_CLAUSES)
def test_release_told_of_it(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


SPEECH_ADJUNCT_AND_SEASONS = [
    pytest.param("Acme said on its earnings call in late July that Zeta 6 would ship later "
                 "this year.", ["Zeta 6"],
                 [("Zeta 6", "planned", D(2025, 6, 11), D(2025, 12, 31))],
                 id="date_of_the_call_before_that"),
    pytest.param("Acme told investors in May that Zeta 6 would ship in the fall.", ["Zeta 6"],
                 [("Zeta 6", "planned", D(2025, 9, 1), D(2025, 11, 30))],
                 id="told_investors_in_may"),
    pytest.param("Acme said Zeta 6 would ship in July.", ["Zeta 6"],
                 [("Zeta 6", "planned", D(2025, 7, 1), D(2025, 7, 31))],
                 id="date_of_the_plan_after_the_speech"),
    pytest.param("Nova 5 was delayed to the fall.", ["Nova 5"],
                 [("Nova 5", "planned", D(2025, 9, 1), D(2025, 11, 30))],
                 id="delayed_to_the_fall"),
    pytest.param("Orca 5 slipped into the summer.", ["Orca 5"],
                 [("Orca 5", "planned", D(2025, 6, 1), D(2025, 8, 31))],
                 id="slipped_into_the_summer"),
    pytest.param("Due to the fall in demand, Acme released Zeta 8 quietly.", ["Zeta 8"], [],
                 id="the_fall_in_is_no_season"),
]


@pytest.mark.parametrize(("text", "models", "expected"), SPEECH_ADJUNCT_AND_SEASONS)
def test_speech_adjuncts_and_seasons_after_prepositions(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


NEUTRAL_CUE_WITH_FUTURE_MARKER = [
    pytest.param("Acme's next model, Zeta 9, could arrive as soon as March.", ["Zeta 9"],
                 [("Zeta 9", "planned", D(2026, 3, 1), D(2026, 3, 31))], id="could_arrive"),
    pytest.param("Nova 8 may launch in April.", ["Nova 8"],
                 [("Nova 8", "planned", D(2026, 4, 1), D(2026, 4, 30))], id="may_launch"),
    pytest.param("Orca 8 launched in April.", ["Orca 8"],
                 [("Orca 8", "released", D(2025, 4, 1), D(2025, 4, 30))], id="launched_looks_back"),
]


@pytest.mark.parametrize(("text", "models", "expected"), NEUTRAL_CUE_WITH_FUTURE_MARKER)
def test_neutral_cue_with_future_marker_looks_ahead(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


SUPPOSED_OR_SPOKEN = [
    pytest.param("Analysts see upside if Zeta 4 ships by September.", ["Zeta 4"], [],
                 id="if_it_ships_by"),
    pytest.param("Unless Nova 4 launches in May, Acme will miss its target.", ["Nova 4"], [],
                 id="unless_it_launches"),
    pytest.param("Orca 6 ships in September if testing goes well.", ["Orca 6"],
                 [("Orca 6", "planned", D(2025, 9, 1), D(2025, 9, 30))],
                 id="condition_after_the_plan"),
    pytest.param("On Friday's call, management said Zeta 9, the next model, will now launch in "
                 "the second half.", ["Zeta 9"],
                 [("Zeta 9", "planned", D(2025, 7, 1), D(2025, 12, 31))],
                 id="day_of_the_call_will_now_launch"),
]


@pytest.mark.parametrize(("text", "models", "expected"), SUPPOSED_OR_SPOKEN)
def test_supposed_release_and_day_of_the_call(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected
