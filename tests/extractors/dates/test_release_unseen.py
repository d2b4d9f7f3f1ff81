"""Release dates in unseen news (issue 16): present releases, coming intervals, narrative year,
a date carried to "it" in the next sentence, release inventories and fact-sheet label lines, and
what is not a release date.

Invented sentences; one table per kind. Blank pipeline with MODEL entities set by hand (see
conftest), so each case tests the binding, not entity recognition.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.dates.component import SPANS_KEY
from extractors.dates.normalise import normalise_date

D = dt.date
PUB = D(2025, 6, 20)  # a Friday

PRESENT_RELEASES = [
    pytest.param("Zeta 5 is now available to all users.", ["Zeta 5"],
                 [("Zeta 5", "released", PUB, PUB)], id="is_now_available"),
    pytest.param("Acme's Orca 2 is now rolling out to paying subscribers.", ["Orca 2"],
                 [("Orca 2", "released", PUB, PUB)], id="now_rolling_out"),
    pytest.param("Both Nova 3 and Nova 3 Mini are now generally available.",
                 ["Nova 3", "Nova 3 Mini"],
                 [("Nova 3 Mini", "released", PUB, PUB)], id="nearest_subject_before"),
    pytest.param("Now available: Kite 4, the lab's smallest model.", ["Kite 4"],
                 [("Kite 4", "released", PUB, PUB)], id="label_opener_model_after"),
    pytest.param("Zeta 5 is now available in Europe after its March launch.", ["Zeta 5"],
                 [("Zeta 5", "released", D(2025, 3, 1), D(2025, 3, 31))],
                 id="dated_sentence_left_to_binding"),
    pytest.param("Zeta 5 will be available to all users.", ["Zeta 5"], [],
                 id="future_is_no_present_release"),
    pytest.param("Zeta 5 is not available in Europe.", ["Zeta 5"], [], id="negated"),
]


@pytest.mark.parametrize(("text", "models", "expected"), PRESENT_RELEASES)
def test_present_release_is_dated_by_the_post(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


COMING_INTERVALS = [
    pytest.param("Zeta 5 will roll out in the coming weeks.", ["Zeta 5"],
                 [("Zeta 5", "planned", D(2025, 6, 21), D(2025, 7, 11))], id="coming_weeks"),
    pytest.param("Acme plans to release Orca 3 in the coming months.", ["Orca 3"],
                 [("Orca 3", "planned", D(2025, 6, 21), D(2025, 9, 18))], id="coming_months"),
    pytest.param("Nova 4 is expected to launch over the next few months.", ["Nova 4"],
                 [("Nova 4", "planned", D(2025, 6, 21), D(2025, 9, 18))],
                 id="over_next_few_months"),
    pytest.param("Kite 2 should ship in the days ahead.", ["Kite 2"],
                 [("Kite 2", "planned", D(2025, 6, 21), D(2025, 6, 23))],
                 id="days_ahead"),
]


@pytest.mark.parametrize(("text", "models", "expected"), COMING_INTERVALS)
def test_coming_interval_is_a_plan_from_the_post(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


NARRATIVE_YEAR = [
    pytest.param("In 2021 the lab had ten people. On July 18th, Acme released Orca.", ["Orca"],
                 [("Orca", "released", D(2021, 7, 18), D(2021, 7, 18))], id="month_day"),
    pytest.param("In 2019 the lab grew fast. In early May, it released Kite 1.",
                 ["Kite 1"],
                 [("Kite 1", "released", D(2019, 5, 1), D(2019, 5, 10))], id="part_of_month"),
    pytest.param("By March 2022 the team had a prototype. Acme unveiled Nova in October.",
                 ["Nova"], [("Nova", "announced", D(2022, 10, 1), D(2022, 10, 31))],
                 id="month_after_month_year"),
    pytest.param("In 2021 the lab had ten people.\n\nAcme released Orca on July 18th.", ["Orca"],
                 [("Orca", "released", D(2024, 7, 18), D(2024, 7, 18))],
                 id="new_paragraph_reads_from_the_post"),
    pytest.param("In 2024 the lab grew. Zeta 6 is slated for March.", ["Zeta 6"],
                 [("Zeta 6", "planned", D(2026, 3, 1), D(2026, 3, 31))],
                 id="plans_keep_the_post_year"),
    pytest.param("In 2024 the lab grew. It will ship Zeta 6 in March.", ["Zeta 6"],
                 [("Zeta 6", "planned", D(2026, 3, 1), D(2026, 3, 31))],
                 id="future_marker_keeps_the_post_year"),
    pytest.param("Acme, which shipped Zeta 4 in 2024, launched Orca in March.", ["Orca", "Zeta 4"],
                 [("Zeta 4", "released", D(2024, 1, 1), D(2024, 12, 31)),
                  ("Orca", "released", D(2025, 3, 1), D(2025, 3, 31))],
                 id="aside_year_in_the_same_sentence"),
    pytest.param("Acme has built models since 2020. In March, it released Orca.", ["Orca"],
                 [("Orca", "released", D(2025, 3, 1), D(2025, 3, 31))],
                 id="since_year_is_no_narrative"),
    pytest.param("In 2021, Acme was small, and in July it released Orca.", ["Orca"],
                 [("Orca", "released", D(2021, 7, 1), D(2021, 7, 31))],
                 id="sentence_leading_year"),
    pytest.param("The lab's plan for 2027 is public. Acme released Orca in March.", ["Orca"],
                 [("Orca", "released", D(2025, 3, 1), D(2025, 3, 31))],
                 id="future_year_is_no_narrative"),
]


@pytest.mark.parametrize(("text", "models", "expected"), NARRATIVE_YEAR)
def test_year_less_date_takes_the_narrative_year(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The story starts in 2023. Acme released Orca on July 18th.", id="sentence"),
        pytest.param("The story starts in 2023.\n\nAcme released Orca on July 18th.",
                     id="next_paragraph"),
    ],
)
def test_narrative_year_without_publication_date(bind_dates, text):
    assert bind_dates(text, ["Orca"], None) == [("Orca", "released", D(2023, 7, 18),
                                                   D(2023, 7, 18))]


def test_no_year_anywhere_without_publication_date_stays_unknown(bind_dates):
    assert bind_dates("Acme released Orca on July 18th.", ["Orca"], None) == [
        ("Orca", "released", None, None)
    ]


CARRIED_TO_IT = [
    pytest.param("In March, Acme showed off Zeta 5. It went on sale to developers the same month.",
                 ["Zeta 5"],
                 [("Zeta 5", "announced", D(2025, 3, 1), D(2025, 3, 31)),
                  ("Zeta 5", "released", D(2025, 3, 1), D(2025, 3, 31))], id="same_month"),
    pytest.param("Acme unveiled Orca 2 on May 5. It was released to the public that week.",
                 ["Orca 2"],
                 [("Orca 2", "announced", D(2025, 5, 5), D(2025, 5, 5)),
                  ("Orca 2", "released", D(2025, 5, 5), D(2025, 5, 11))], id="that_week"),
    pytest.param("Nova 3 was trained on new data. It then shipped in April.", ["Nova 3"],
                 [("Nova 3", "released", D(2025, 4, 1), D(2025, 4, 30))], id="it_then_shipped"),
    pytest.param("In March, Acme released Zeta 5, and Tern followed with Orca 2.",
                 ["Zeta 5", "Orca 2"],
                 [("Zeta 5", "released", D(2025, 3, 1), D(2025, 3, 31)),
                  ("Orca 2", "released", D(2025, 3, 1), D(2025, 3, 31))],
                 id="next_clause_followed_with"),
    pytest.param("In March, Acme released Zeta 5. Two weeks later, Tern launched Orca 2.",
                 ["Zeta 5", "Orca 2"],
                 [("Zeta 5", "released", D(2025, 3, 1), D(2025, 3, 31)),
                  ("Orca 2", "released", D(2025, 3, 15), D(2025, 4, 14))],
                 id="weeks_later_after_a_month"),
    pytest.param("On March 3, Acme released Nova 1. A month later, Tern launched Kite 1.",
                 ["Nova 1", "Kite 1"],
                 [("Nova 1", "released", D(2025, 3, 3), D(2025, 3, 3)),
                  ("Kite 1", "released", D(2025, 4, 2), D(2025, 4, 2))],
                 id="month_later_after_a_day"),
    pytest.param("Acme raised money in May.\n\nIf Zeta 5 and Orca 2 are released within the same"
                 " month, prices may fall.", ["Zeta 5", "Orca 2"], [],
                 id="within_the_same_month_is_no_anaphor"),
    pytest.param("Acme raised money in May.\n\nZeta 5 was released the same month.", ["Zeta 5"],
                 [], id="same_month_needs_an_event_in_the_paragraph"),
    pytest.param("On March 3, Acme released Nova 1. Kite 1 arrived the day after Christmas 2024.",
                 ["Nova 1", "Kite 1"],
                 [("Nova 1", "released", D(2025, 3, 3), D(2025, 3, 3)),
                  ("Kite 1", "released", D(2024, 12, 26), D(2024, 12, 26))],
                 id="day_after_a_named_day_is_not_event_relative"),
    pytest.param("On March 3, Acme released Nova 1. Kite 1 arrived the day after.",
                 ["Nova 1", "Kite 1"],
                 [("Nova 1", "released", D(2025, 3, 3), D(2025, 3, 3)),
                  ("Kite 1", "released", D(2025, 3, 4), D(2025, 3, 4))],
                 id="day_after_the_event_told"),
    pytest.param("Acme built Kite 2. It is unclear whether rivals shipped anything in April.",
                 ["Kite 2"], [], id="it_not_the_cue_subject"),
]


@pytest.mark.parametrize(("text", "models", "expected"), CARRIED_TO_IT)
def test_release_of_it_in_the_next_sentence(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"),
    [
        pytest.param("in the coming weeks", D(2025, 6, 21), D(2025, 7, 11), "relative",
                     id="coming_weeks"),
        pytest.param("the weeks ahead", D(2025, 6, 21), D(2025, 7, 11), "relative",
                     id="weeks_ahead"),
        pytest.param("in the upcoming months", D(2025, 6, 21), D(2025, 9, 18), "relative",
                     id="upcoming_months"),
        pytest.param("the coming", None, None, None, id="no_unit"),
    ],
)
def test_coming_period_forms(text, start, end, granularity):
    value = normalise_date(text, PUB)
    assert (value.start, value.end, value.granularity) == (start, end, granularity)


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"),
    [
        pytest.param("the same month", D(2025, 3, 1), D(2025, 3, 31), "month", id="same_month"),
        pytest.param("later that month", D(2025, 3, 1), D(2025, 3, 31), "month", id="later_that"),
        pytest.param("that same year", D(2025, 1, 1), D(2025, 12, 31), "year", id="same_year"),
        pytest.param("that week", D(2025, 3, 10), D(2025, 3, 16), "relative", id="that_week"),
    ],
)
def test_same_period_forms_count_from_the_event(text, start, end, granularity):
    value = normalise_date(text, D(2025, 3, 12))
    assert value.relative_to_event
    assert (value.start, value.end, value.granularity) == (start, end, granularity)


INVENTORIES = [
    pytest.param("Acme released Zeta 1 in March 2023, Zeta 2 in July 2024 and Zeta 3 in May 2025.",
                 ["Zeta 1", "Zeta 2", "Zeta 3"],
                 [("Zeta 1", "released", D(2023, 3, 1), D(2023, 3, 31)),
                  ("Zeta 2", "released", D(2024, 7, 1), D(2024, 7, 31)),
                  ("Zeta 3", "released", D(2025, 5, 1), D(2025, 5, 31))], id="in_items"),
    pytest.param("Acme has shipped Zeta 1 (March 2023), Zeta 2 (July 2024) and Zeta 3.",
                 ["Zeta 1", "Zeta 2", "Zeta 3"],
                 [("Zeta 1", "released", D(2023, 3, 1), D(2023, 3, 31)),
                  ("Zeta 2", "released", D(2024, 7, 1), D(2024, 7, 31))], id="paren_items"),
    pytest.param("Tern unveiled Orca 1 (May 2023), Orca 2 (June 2024) and Orca 3 (April 2025).",
                 ["Orca 1", "Orca 2", "Orca 3"],
                 [("Orca 1", "announced", D(2023, 5, 1), D(2023, 5, 31)),
                  ("Orca 2", "announced", D(2024, 6, 1), D(2024, 6, 30)),
                  ("Orca 3", "announced", D(2025, 4, 1), D(2025, 4, 30))],
                 id="paren_items_take_the_cue_event"),
    pytest.param("Acme released Nova 1 in March 2023; Nova 2, in July 2024; and Nova 3 on May 5,"
                 " 2025.", ["Nova 1", "Nova 2", "Nova 3"],
                 [("Nova 1", "released", D(2023, 3, 1), D(2023, 3, 31)),
                  ("Nova 2", "released", D(2024, 7, 1), D(2024, 7, 31)),
                  ("Nova 3", "released", D(2025, 5, 5), D(2025, 5, 5))], id="semicolons"),
    pytest.param("Acme launched Kite 1 in March 2023, and Kite's backer Tern raised money in"
                 " July 2024.", ["Kite 1", "Kite"],
                 [("Kite 1", "released", D(2023, 3, 1), D(2023, 3, 31))],
                 id="no_item_after_a_clause"),
    # no release cue, but a list of model-date pairs after a colon says when each came
    # (release_timelines; this case read nothing before that rule)
    pytest.param("Our models so far: Zeta 1 in March 2023 and Zeta 2 in July 2024.",
                 ["Zeta 1", "Zeta 2"],
                 [("Zeta 1", "released", D(2023, 3, 1), D(2023, 3, 31)),
                  ("Zeta 2", "released", D(2024, 7, 1), D(2024, 7, 31))],
                 id="no_cue_timeline_after_a_colon"),
    pytest.param("Our models so far include Zeta 1 in March 2023 and Zeta 2 in July 2024.",
                 ["Zeta 1", "Zeta 2"], [], id="no_cue_no_colon_no_inventory"),
]


@pytest.mark.parametrize(("text", "models", "expected"), INVENTORIES)
def test_release_inventory_dates_every_item(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


LABEL_LINES = [
    pytest.param("Zeta 5\nDeveloper: Acme\nRelease date: June 12, 2025\nParameters: 70B",
                 ["Zeta 5"], [("Zeta 5", "released", D(2025, 6, 12), D(2025, 6, 12))],
                 id="release_date_under_heading"),
    pytest.param("Model: Kite 3\nLaunched: Q3 2024\n", ["Kite 3"],
                 [("Kite 3", "released", D(2024, 7, 1), D(2024, 9, 30))], id="launched_label"),
    pytest.param("Zeta 5\n- Release date: June 12, 2025\n\nOrca 2\n- Maker: Tern (rival of Zeta 5)"
                 "\n- Expected release: Q4 2025\n", ["Zeta 5", "Orca 2"],
                 [("Zeta 5", "released", D(2025, 6, 12), D(2025, 6, 12)),
                  ("Orca 2", "planned", D(2025, 10, 1), D(2025, 12, 31))],
                 id="block_heading_before_a_later_mention"),
    pytest.param("Nova 2\n* Availability: September 2025\n", ["Nova 2"],
                 [("Nova 2", "planned", D(2025, 9, 1), D(2025, 9, 30))],
                 id="neutral_label_in_the_future_is_a_plan"),
    pytest.param("Orca 1\n- Release year: 2023\n- Size: 7B\n", ["Orca 1"],
                 [("Orca 1", "released", D(2023, 1, 1), D(2023, 12, 31))], id="release_year"),
    pytest.param("Nova 2\nTraining cutoff: March 2025\nPrice: $2\n", ["Nova 2"], [],
                 id="other_labels_are_no_release"),
]


@pytest.mark.parametrize(("text", "models", "expected"), LABEL_LINES)
def test_fact_sheet_label_line_dates_the_block_model(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


NOT_RELEASE_DATES = [
    pytest.param("Speaking on Tuesday, the CEO said Zeta 5 was released in May.", ["Zeta 5"],
                 [("Zeta 5", "released", D(2025, 5, 1), D(2025, 5, 31))], id="speech_day"),
    pytest.param("Acme, which raised $2 billion in March, launched Zeta 5 in May.", ["Zeta 5"],
                 [("Zeta 5", "released", D(2025, 5, 1), D(2025, 5, 31))], id="funding_date"),
    pytest.param("At a conference in April, Acme said Zeta 5 launched in February.", ["Zeta 5"],
                 [("Zeta 5", "released", D(2025, 2, 1), D(2025, 2, 28))], id="event_date"),
    pytest.param("Zeta 5, trained on data up to March 2025, came out in May.", ["Zeta 5"],
                 [("Zeta 5", "released", D(2025, 5, 1), D(2025, 5, 31))], id="data_date"),
    pytest.param("Tern was founded in 2019; its Orca 2 is now available.", ["Orca 2"], [],
                 id="founding_year_keeps_the_present_release_off"),
]


@pytest.mark.parametrize(("text", "models", "expected"), NOT_RELEASE_DATES)
def test_other_dates_in_the_sentence_are_not_release_dates(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


NEWS_PERIODS = [  # periods news counts from its own day (PUB is a Friday)
    pytest.param("Zeta 5 launched earlier this month.", ["Zeta 5"],
                 [("Zeta 5", "released", D(2025, 6, 1), D(2025, 6, 19))], id="earlier_this_month"),
    pytest.param("Orca 2 is due later this week.", ["Orca 2"],
                 [("Orca 2", "planned", D(2025, 6, 21), D(2025, 6, 22))], id="due_later_this_week"),
    pytest.param("Acme quietly released Nova 3 over the weekend.", ["Nova 3"],
                 [("Nova 3", "released", D(2025, 6, 14), D(2025, 6, 15))], id="over_the_weekend"),
    pytest.param("Kite 2 will arrive by the end of the month.", ["Kite 2"],
                 [("Kite 2", "planned", D(2025, 6, 21), D(2025, 6, 30))], id="end_of_the_month"),
    pytest.param("Acme expects to ship Kite 3 early next month.", ["Kite 3"],
                 [("Kite 3", "planned", D(2025, 7, 1), D(2025, 7, 10))], id="early_next_month"),
    pytest.param("Zeta 5 was made public on March 3.", ["Zeta 5"],
                 [("Zeta 5", "released", D(2025, 3, 3), D(2025, 3, 3))], id="made_public"),
]


@pytest.mark.parametrize(("text", "models", "expected"), NEWS_PERIODS)
def test_periods_counted_from_the_post(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


@pytest.mark.parametrize(
    ("text", "prefer", "start", "end"),
    [
        pytest.param("later in the month", "nearest", D(2025, 6, 21), D(2025, 6, 30),
                     id="later_in_the_month"),
        pytest.param("this weekend", "nearest", D(2025, 6, 21), D(2025, 6, 22), id="this_weekend"),
        pytest.param("the weekend", "future", D(2025, 6, 21), D(2025, 6, 22),
                     id="the_weekend_of_a_plan"),
        pytest.param("last weekend", "nearest", D(2025, 6, 14), D(2025, 6, 15),
                     id="last_weekend"),
        pytest.param("the beginning of this month", "nearest", D(2025, 6, 1), D(2025, 6, 10),
                     id="beginning_of_this_month"),
        pytest.param("the end of last month", "nearest", D(2025, 5, 21), D(2025, 5, 31),
                     id="end_of_last_month"),
    ],
)
def test_news_period_forms(text, prefer, start, end):
    value = normalise_date(text, PUB, prefer)
    assert (value.start, value.end) == (start, end)


COORDINATED_MODELS = [
    pytest.param("Acme released Zeta 5 and Orca 2 on March 3.", ["Zeta 5", "Orca 2"],
                 [("Zeta 5", "released", D(2025, 3, 3), D(2025, 3, 3)),
                  ("Orca 2", "released", D(2025, 3, 3), D(2025, 3, 3))], id="two_objects"),
    pytest.param("On March 3, Acme released Nova 1, Kite 2 and Tern 3.",
                 ["Nova 1", "Kite 2", "Tern 3"],
                 [("Nova 1", "released", D(2025, 3, 3), D(2025, 3, 3)),
                  ("Kite 2", "released", D(2025, 3, 3), D(2025, 3, 3)),
                  ("Tern 3", "released", D(2025, 3, 3), D(2025, 3, 3))], id="three_date_first"),
    pytest.param("Zeta 5 and Orca 2 were released in March.", ["Zeta 5", "Orca 2"],
                 [("Orca 2", "released", D(2025, 3, 1), D(2025, 3, 31)),
                  ("Zeta 5", "released", D(2025, 3, 1), D(2025, 3, 31))], id="subjects"),
    pytest.param("Acme unveiled two models, Kite 2 and Kite 3, on Tuesday.", ["Kite 2", "Kite 3"],
                 [("Kite 2", "announced", D(2025, 6, 17), D(2025, 6, 17)),
                  ("Kite 3", "announced", D(2025, 6, 17), D(2025, 6, 17))], id="apposed_pair"),
    pytest.param("Acme released Zeta 5 on March 3, beating Orca 2 on benchmarks.",
                 ["Zeta 5", "Orca 2"], [("Zeta 5", "released", D(2025, 3, 3), D(2025, 3, 3))],
                 id="participle_breaks_it"),
    pytest.param("Acme released Zeta 5, a rival to Orca 2, on March 3.", ["Zeta 5", "Orca 2"],
                 [("Zeta 5", "released", D(2025, 3, 3), D(2025, 3, 3))], id="aside_breaks_it"),
]


@pytest.mark.parametrize(("text", "models", "expected"), COORDINATED_MODELS)
def test_coordinated_models_share_the_date(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


def test_coordinated_claim_surface_states_the_fact(nlp):
    text = "Acme released Zeta 5 and Orca 2 on March 3."
    doc = nlp.make_doc(text)
    doc._.published_at = PUB
    for name, proc in nlp.pipeline:
        if name == "news_dates":
            ents = []
            for model in ("Zeta 5", "Orca 2"):
                span = doc.char_span(text.index(model), text.index(model) + len(model), "MODEL")
                span._.canonical = model
                ents.append(span)
            doc.spans["entities"] = ents
        doc = proc(doc)
    surfaces = {s._.subject.text: s.text for s in doc.spans[SPANS_KEY] if s._.subject is not None}
    assert surfaces == {"Zeta 5": "March 3", "Orca 2": "Orca 2 on March 3"}


TABLE_ROWS = [
    pytest.param("Model | Developer | Release date | Size\n--- | --- | --- | ---\n"
                 "Zeta 5 | Acme | March 2023 | 1.7T\nOrca 2 | Tern | May 2024 | 70B\n",
                 ["Zeta 5", "Orca 2"],
                 [("Zeta 5", "released", D(2023, 3, 1), D(2023, 3, 31)),
                  ("Orca 2", "released", D(2024, 5, 1), D(2024, 5, 31))], id="markdown_table"),
    pytest.param("| Developer | Model | Year |\n| Acme | Kite 1 | 2023 |\n| Tern | Kite 2 | 2024 |",
                 ["Kite 1", "Kite 2"],
                 [("Kite 1", "released", D(2023, 1, 1), D(2023, 12, 31)),
                  ("Kite 2", "released", D(2024, 1, 1), D(2024, 12, 31))], id="year_column"),
    pytest.param("Model | Expected launch\nNova 4 | Q4 2025\n", ["Nova 4"],
                 [("Nova 4", "planned", D(2025, 10, 1), D(2025, 12, 31))], id="plan_column"),
    pytest.param("Model | Trained until | Size\nZeta 5 | March 2023 | 1.7T", ["Zeta 5"], [],
                 id="other_column_is_no_release"),
]


@pytest.mark.parametrize(("text", "models", "expected"), TABLE_ROWS)
def test_table_release_column_dates_the_row_model(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected
