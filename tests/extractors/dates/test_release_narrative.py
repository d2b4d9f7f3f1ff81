"""Release dates in narrative news: kinds of language that unseen articles use (issue 16).

Invented sentences; one table per kind. Blank pipeline with MODEL entities set by hand, as in
test_release_binding, so each case tests the binding, not entity recognition.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extractors  # noqa: F401  (registers factories and extensions)
from extractors.dates.normalise import normalise_date

D = dt.date
PUB = D(2022, 5, 20)


APPEARANCE = [
    pytest.param("Orca 2 isn't the only model to appear in 2020.", ["Orca 2"],
                 [("Orca 2", "released", D(2020, 1, 1), D(2020, 12, 31))], id="to_appear_in_year"),
    pytest.param("Orca 2 appeared in March.", ["Orca 2"],
                 [("Orca 2", "released", D(2022, 3, 1), D(2022, 3, 31))], id="appeared_in_month"),
    pytest.param("A month ago, Orca 2 came out.", ["Orca 2"],
                 [("Orca 2", "released", D(2022, 4, 20), D(2022, 4, 20))], id="came_out_ago"),
    pytest.param("Kite 3 comes out this autumn.", ["Kite 3"],
                 [("Kite 3", "planned", D(2022, 9, 1), D(2022, 11, 30))], id="comes_out_season"),
]

SUBJECT_BEFORE_CUE = [
    pytest.param("A month ago, Orca 2 came out, followed by the lab's Kite.", ["Orca 2", "Kite"],
                 [("Orca 2", "released", D(2022, 4, 20), D(2022, 4, 20))],
                 id="intransitive_cue_releases_its_subject"),
    pytest.param("In May, the Orca 2 team released Kite 3.", ["Orca 2", "Kite 3"],
                 [("Kite 3", "released", D(2022, 5, 1), D(2022, 5, 31))],
                 id="object_right_after_cue_wins"),
    pytest.param("On May 2, Tern launched Orca 2.", ["Orca 2"],
                 [("Orca 2", "released", D(2022, 5, 2), D(2022, 5, 2))], id="no_model_between"),
]

PROGRESSIVE_CUES = [  # "is releasing X in June": a present progressive with a date is a plan
    pytest.param("The lab is releasing Orca 3 in June.", ["Orca 3"],
                 [("Orca 3", "planned", D(2022, 6, 1), D(2022, 6, 30))], id="releasing_ahead"),
    pytest.param("The lab is shipping Orca 3 next month.", ["Orca 3"],
                 [("Orca 3", "planned", D(2022, 6, 1), D(2022, 6, 30))], id="shipping_next_month"),
    pytest.param("Releasing Orca 3 in March 2021 made the lab famous.", ["Orca 3"],
                 [("Orca 3", "released", D(2021, 3, 1), D(2021, 3, 31))],
                 id="releasing_in_the_past"),
]

CLAUSE_LED_BY_DATE = [
    pytest.param("You may have seen that last week, the lab announced a model called Orca 2.",
                 ["Orca 2"], [("Orca 2", "announced", D(2022, 5, 9), D(2022, 5, 15))],
                 id="that_clause"),
    pytest.param("The lab was quiet, but on Monday, it released Orca 2.", ["Orca 2"],
                 [("Orca 2", "released", D(2022, 5, 16), D(2022, 5, 16))], id="but_clause"),
    pytest.param("Orca 2 grew and in 2021 the lab released it.", ["Orca 2"],
                 [("Orca 2", "released", D(2021, 1, 1), D(2021, 12, 31))],
                 id="cue_close_behind_date"),
]

NOT_A_RELEASE_DATE = [
    pytest.param("Orca 2 is big. Still, it is not available today.", ["Orca 2"], [],
                 id="negated_availability"),
    pytest.param("Orca 2 has never been released, the lab said in March.", ["Orca 2"], [],
                 id="never_released"),
    pytest.param("Orca 2 saw a delayed rollout; it is not a downloadable model today.",
                 ["Orca 2"], [], id="cue_in_another_clause"),
    pytest.param(
        "Between the release of the first chip in 2017 and the release of Orca 2, models grew.",
        ["Orca 2"], [], id="release_of_another_thing",
    ),
    pytest.param("The launch of Orca 2 in 2021 surprised rivals.", ["Orca 2"],
                 [("Orca 2", "released", D(2021, 1, 1), D(2021, 12, 31))],
                 id="release_of_the_model_still_binds"),
    pytest.param(
        "The CEO told analysts on Tuesday that Orca 3 is expected this autumn.", ["Orca 3"],
        [("Orca 3", "planned", D(2022, 9, 1), D(2022, 11, 30))],
        id="day_of_speaking_is_not_the_release",
    ),
    pytest.param("The lab said on Monday it will ship Orca 3 in June.", ["Orca 3"],
                 [("Orca 3", "planned", D(2022, 6, 1), D(2022, 6, 30))],
                 id="said_on_day_then_plan"),
    pytest.param("The lab wrote last month that Orca 3 launched quickly.", ["Orca 3"], [],
                 id="wrote_last_month"),
    pytest.param("The lab said it released Orca 3 on Monday.", ["Orca 3"],
                 [("Orca 3", "released", D(2022, 5, 16), D(2022, 5, 16))],
                 id="cue_between_speech_and_date_keeps_it"),
]

PERIODS_OF_YEAR = [
    pytest.param("Orca 3 will arrive in the first three months of 2023.", ["Orca 3"],
                 [("Orca 3", "planned", D(2023, 1, 1), D(2023, 3, 31))], id="first_three_months"),
    pytest.param("Orca 3 ships in the last six months of the year.", ["Orca 3"],
                 [("Orca 3", "planned", D(2022, 7, 1), D(2022, 12, 31))], id="last_six_months"),
]

KNOWN_GAPS = [
    pytest.param("They dropped it on a Saturday. Say hello to Orca 2.", ["Orca 2"],
                 [("Orca 2", "released", None, None)], id="pronoun_before_its_model",
                 marks=pytest.mark.xfail(reason="a pronoun that points forward is not resolved")),
]

FIRST_PERSON_ANNOUNCEMENTS = [
    pytest.param("We are excited to introduce Orca 2, a model for code.", ["Orca 2"],
                 [("Orca 2", "announced", PUB, PUB)], id="excited_to_introduce"),
    pytest.param("We\u2019re releasing Orca 2 and its weights.", ["Orca 2"],
                 [("Orca 2", "announced", PUB, PUB)], id="curly_apostrophe_progressive"),
    pytest.param("We will introduce Orca 3 later.", ["Orca 3"], [], id="future_is_no_announcement"),
    pytest.param("We are excited to introduce our new team.", [], [], id="no_model"),
    pytest.param("We are releasing Orca 2 in June.", ["Orca 2"],
                 [("Orca 2", "planned", D(2022, 6, 1), D(2022, 6, 30))],
                 id="a_dated_sentence_uses_its_date"),
    pytest.param("We released Orca 2 in March.", ["Orca 2"],
                 [("Orca 2", "released", D(2022, 3, 1), D(2022, 3, 31))],
                 id="past_dated_sentence"),
]


@pytest.mark.parametrize(("text", "models", "expected"), FIRST_PERSON_ANNOUNCEMENTS)
def test_first_person_announcement(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


PERIOD_OPENED_WITH = [
    pytest.param("The lab kicked off 2021 with Orca 2, its first big model.", ["Orca 2"],
                 [("Orca 2", "announced", D(2021, 1, 1), D(2021, 4, 30))],
                 id="kicked_off_year_with"),
    pytest.param("The lab began 2020 with its Orca 2.", ["Orca 2"],
                 [("Orca 2", "announced", D(2020, 1, 1), D(2020, 4, 30))],
                 id="began_year_with_possessive"),
    pytest.param("The lab closed out 2021 with Kite 3.", ["Kite 3"],
                 [("Kite 3", "announced", D(2021, 10, 1), D(2021, 12, 31))],
                 id="closed_out_year_with"),
    pytest.param("The lab kicked off 2021 with a hiring spree; Orca 2 came later.", ["Orca 2"],
                 [], id="year_opened_with_no_model"),
    pytest.param("Sales started 2021 with strong growth at the maker of Orca 2.", ["Orca 2"],
                 [], id="model_far_after_with"),
    pytest.param("The lab released Orca 2 in 2021 with little fanfare.", ["Orca 2"],
                 [("Orca 2", "released", D(2021, 1, 1), D(2021, 12, 31))],
                 id="no_opener_keeps_the_whole_year"),
]


@pytest.mark.parametrize(("text", "models", "expected"), PERIOD_OPENED_WITH)
def test_year_opened_or_closed_with_a_model(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


SHARED_DATE = [
    pytest.param("In June, Orca 2 will be released, while a rival lab is likely to counter with "
                 "Kite 3.", ["Orca 2", "Kite 3"],
                 [("Orca 2", "planned", D(2022, 6, 1), D(2022, 6, 30)),
                  ("Kite 3", "planned", D(2022, 6, 1), D(2022, 6, 30))],
                 id="while_clause_with_future_marker"),
    pytest.param("In March, the lab released Orca 2, and its rival launched Kite 3.",
                 ["Orca 2", "Kite 3"],
                 [("Orca 2", "released", D(2022, 3, 1), D(2022, 3, 31)),
                  ("Kite 3", "released", D(2022, 3, 1), D(2022, 3, 31))],
                 id="and_clause_with_release_cue"),
    pytest.param("In March, the lab released Orca 2, while Kite 3 still leads the benchmarks.",
                 ["Orca 2", "Kite 3"],
                 [("Orca 2", "released", D(2022, 3, 1), D(2022, 3, 31))],
                 id="clause_that_only_names_a_model"),
    pytest.param("In March, the lab released Orca 2, but the rival has not launched Kite 3.",
                 ["Orca 2", "Kite 3"],
                 [("Orca 2", "released", D(2022, 3, 1), D(2022, 3, 31))],
                 id="negated_cue_in_later_clause"),
    pytest.param("The lab released Orca 2 in March, and its rival launched Kite 3.",
                 ["Orca 2", "Kite 3"],
                 [("Orca 2", "released", D(2022, 3, 1), D(2022, 3, 31))],
                 id="date_not_leading_the_sentence"),
]


@pytest.mark.parametrize(("text", "models", "expected"), SHARED_DATE)
def test_date_leading_a_sentence_dates_its_later_clauses(bind_dates, text, models, expected):
    assert sorted(bind_dates(text, models, PUB)) == sorted(expected)


JUST_NOW_RELEASES = [
    pytest.param("Now, the lab has released Orca 2 to everyone.", ["Orca 2"],
                 [("Orca 2", "released", PUB, PUB)], id="now_opener_present_perfect"),
    pytest.param("The lab has just launched Orca 2, a model for code.", ["Orca 2"],
                 [("Orca 2", "released", PUB, PUB)], id="has_just_launched"),
    pytest.param("Two labs have now open-sourced Orca 2 and Kite 3.", ["Orca 2", "Kite 3"],
                 [("Orca 2", "released", PUB, PUB)], id="have_now_open_sourced_first_model"),
    pytest.param("The lab has released Orca 2 and several other models.", ["Orca 2"], [],
                 id="plain_present_perfect_is_any_time"),
    pytest.param("The lab has just announced the development of Orca 2.", ["Orca 2"], [],
                 id="announcing_development_is_no_release"),
    pytest.param("Now, the lab has released Orca 2 in March.", ["Orca 2"],
                 [("Orca 2", "released", D(2022, 3, 1), D(2022, 3, 31))],
                 id="a_dated_sentence_uses_its_date"),
    pytest.param("Now the question is whether the lab has released enough.", ["Orca 2"], [],
                 id="no_model_after_the_verb"),
]


@pytest.mark.parametrize(("text", "models", "expected"), JUST_NOW_RELEASES)
def test_just_now_release(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


def test_just_now_release_without_publication_date(bind_dates):
    got = bind_dates("Now, the lab has released Orca 2.", ["Orca 2"], None)
    assert got == [("Orca 2", "released", None, None)]


def test_first_person_announcement_without_publication_date(bind_dates):
    got = bind_dates("We are excited to introduce Orca 2.", ["Orca 2"], None)
    assert got == [("Orca 2", "announced", None, None)]


@pytest.mark.parametrize(
    ("text", "models", "expected"),
    APPEARANCE + PROGRESSIVE_CUES + SUBJECT_BEFORE_CUE + CLAUSE_LED_BY_DATE
    + NOT_A_RELEASE_DATE + PERIODS_OF_YEAR + KNOWN_GAPS,
)
def test_release_in_narrative(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"),
    [
        pytest.param("the first three months of 2026", D(2026, 1, 1), D(2026, 3, 31), "quarter",
                     id="first_three"),
        pytest.param("the first 6 months of 2026", D(2026, 1, 1), D(2026, 6, 30), "half",
                     id="first_six_digits"),
        pytest.param("the last two months of 2026", D(2026, 11, 1), D(2026, 12, 31),
                     "part_of_year", id="last_two"),
        pytest.param("the final three months of next year", D(2023, 10, 1), D(2023, 12, 31),
                     "quarter", id="relative_year"),
        pytest.param("the first three months", None, None, None, id="no_year_no_period"),
    ],
)
def test_months_of_year(text, start, end, granularity):
    value = normalise_date(text, PUB)
    assert (value.start, value.end, value.granularity) == (start, end, granularity)
