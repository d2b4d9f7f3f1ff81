"""Release binding: a date tied to a MODEL and an event (blank pipeline, entities set by hand)."""

from __future__ import annotations

import datetime as dt

import pytest

import extractors  # noqa: F401  (registers factories and extensions)
from extractors.dates.component import SPANS_KEY

D = dt.date
PUB = D(2026, 3, 7)


APR20 = D(2026, 4, 20)

CASES = [
    pytest.param(
        "Grok 4.20 Beta, launched February 17, 2026, shipped agents.",
        ["Grok 4.20 Beta"],
        PUB,
        [("Grok 4.20 Beta", "released", D(2026, 2, 17), D(2026, 2, 17))],
        id="apposition_launched",
    ),
    pytest.param(
        "Grok 4.20 Beta, launched February 17, 2026, with the heavier Grok 4.20 Heavy"
        " following the next day.",
        ["Grok 4.20 Beta", "Grok 4.20 Heavy"],
        PUB,
        [
            ("Grok 4.20 Beta", "released", D(2026, 2, 17), D(2026, 2, 17)),
            ("Grok 4.20 Heavy", "released", D(2026, 2, 18), D(2026, 2, 18)),
        ],
        id="next_day_after_event",
    ),
    pytest.param(
        "On April 17, xAI quietly launched Grok 4.3 Beta.",
        ["Grok 4.3 Beta"],
        APR20,
        [("Grok 4.3 Beta", "released", D(2026, 4, 17), D(2026, 4, 17))],
        id="date_first_yearless_past",
    ),
    pytest.param(
        "He released a roadmap: launching Grok 4.4 in early May,"
        " followed by Grok 4.5 by the end of May.",
        ["Grok 4.4", "Grok 4.5"],
        APR20,
        [
            ("Grok 4.4", "planned", D(2026, 5, 1), D(2026, 5, 10)),
            ("Grok 4.5", "planned", D(2026, 5, 21), D(2026, 5, 31)),
        ],
        id="roadmap_two_models",
    ),
    pytest.param(
        "xAI announces Grok 5, with public beta expected Q2 2026.",
        ["Grok 5"],
        PUB,
        [("Grok 5", "planned", D(2026, 4, 1), D(2026, 6, 30))],
        id="expected_in_quarter",
    ),
    pytest.param(
        "The timeline for Grok 5 has slipped. Musk originally targeted late 2025, then Q1 2026.",
        ["Grok 5"],
        PUB,
        [
            ("Grok 5", "planned", D(2025, 10, 1), D(2025, 12, 31)),
            ("Grok 5", "planned", D(2026, 1, 1), D(2026, 3, 31)),
        ],
        id="slipped_targets_stay_planned",
    ),
    pytest.param(
        "OpenAI disclosed nothing since GPT-3 (175 billion, 2020).",
        ["GPT-3"],
        PUB,
        [("GPT-3", "released", D(2020, 1, 1), D(2020, 12, 31))],
        id="paren_year",
    ),
    pytest.param(
        "Mistral AI releases Mixtral 8x7B on 11 December 2023 via torrent.",
        ["Mixtral 8x7B"],
        None,
        [("Mixtral 8x7B", "released", D(2023, 12, 11), D(2023, 12, 11))],
        id="historical_present",
    ),
    pytest.param(
        "Google's PaLM, announced in April 2022, is big.",
        ["PaLM"],
        None,
        [("PaLM", "announced", D(2022, 4, 1), D(2022, 4, 30))],
        id="apposition_announced",
    ),
    pytest.param(
        "GLaM, described in a December 2021 paper, packs experts.",
        ["GLaM"],
        None,
        [("GLaM", "announced", D(2021, 12, 1), D(2021, 12, 31))],
        id="described_in_paper",
    ),
    pytest.param(
        "Since the release of GPT-4 in 2023, labs have learned.",
        ["GPT-4"],
        None,
        [("GPT-4", "released", D(2023, 1, 1), D(2023, 12, 31))],
        id="release_of_noun",
    ),
    pytest.param(
        "On July 11, 2025, the landscape shifted when Moonshot AI released Kimi K2.",
        ["Kimi K2"],
        None,
        [("Kimi K2", "released", D(2025, 7, 11), D(2025, 7, 11))],
        id="sentence_initial_date",
    ),
    pytest.param(
        "Grok 4.4: Expected to reach 1T. A release in early May is highly probable.",
        ["Grok 4.4"],
        APR20,
        [("Grok 4.4", "planned", D(2026, 5, 1), D(2026, 5, 10))],
        id="carried_over_list_item",
    ),
    pytest.param(
        "Grok 4.4 (early May) will double its size.",
        ["Grok 4.4"],
        APR20,
        [("Grok 4.4", "planned", D(2026, 5, 1), D(2026, 5, 10))],
        id="paren_part_of_month_future",
    ),
    pytest.param(
        "Grok 4.4 ships in early May. Grok 4.4 (early May) doubles."
        " In May, Grok 4.4 will be released.",
        ["Grok 4.4"],
        APR20,
        [("Grok 4.4", "planned", D(2026, 5, 1), D(2026, 5, 10))],
        id="same_fact_twice_is_one",
    ),
    pytest.param(
        "The startup on Thursday released Zeta Large 4, its biggest model.",
        ["Zeta Large 4"],
        PUB,
        [("Zeta Large 4", "released", D(2026, 3, 5), D(2026, 3, 5))],
        id="weekday_of_the_publication_week",
    ),
    pytest.param(
        "Zeta 3.5 Pro is rolling out today in the app.",
        ["Zeta 3.5 Pro"],
        PUB,
        [("Zeta 3.5 Pro", "released", PUB, PUB)],
        id="rolling_out_today",
    ),
    pytest.param(
        "The company today made Zeta-5 generally available.",
        ["Zeta-5"],
        PUB,
        [("Zeta-5", "released", PUB, PUB)],
        id="generally_available_today",
    ),
    pytest.param(
        "Zeta 3 Pro arrived last November.",
        ["Zeta 3 Pro"],
        PUB,
        [("Zeta 3 Pro", "released", D(2025, 11, 1), D(2025, 11, 30))],
        id="arrived_last_month_name",
    ),
    pytest.param(
        "Weights for Zeta-3 will be available for download on October 1, 2026.",
        ["Zeta-3"],
        PUB,
        [("Zeta-3", "planned", D(2026, 10, 1), D(2026, 10, 1))],
        id="will_be_available_is_a_plan",
    ),
    pytest.param(
        "Meta released Zeta Maverick on April 5, 2025. Meta previewed Zeta Behemoth on the"
        " same day.",
        ["Zeta Maverick", "Zeta Behemoth"],
        PUB,
        [
            ("Zeta Maverick", "released", D(2025, 4, 5), D(2025, 4, 5)),
            ("Zeta Behemoth", "announced", D(2025, 4, 5), D(2025, 4, 5)),
        ],
        id="same_day_as_the_previous_event",
    ),
    pytest.param(
        "Qwen9-Max, the new flagship, is planned to be launched in early May.",
        ["Qwen9-Max"],
        D(2026, 4, 8),
        [("Qwen9-Max", "planned", D(2026, 5, 1), D(2026, 5, 10))],
        id="planned_to_be_launched_is_a_plan",
    ),
    pytest.param(
        "Less than a month later, on January 20, 2025, DeepSeek released the model Zeta-R1.",
        ["Zeta-R1"],
        PUB,
        [("Zeta-R1", "released", D(2025, 1, 20), D(2025, 1, 20))],
        id="date_opens_the_clause_after_an_intro_phrase",
    ),
    pytest.param(
        "xAI open-sourced Zeta-1, a 314-billion-parameter mixture-of-experts model, in"
        " March 2024.",
        ["Zeta-1"],
        PUB,
        [("Zeta-1", "released", D(2024, 3, 1), D(2024, 3, 31))],
        id="appositive_does_not_count_in_the_cue_window",
    ),
    pytest.param(
        "Obsidian published the weights of Orca-7B (a 7-billion-parameter model, as the name"
        " says) on May 30.",
        ["Orca-7B"],
        PUB,
        [("Orca-7B", "released", D(2025, 5, 30), D(2025, 5, 30))],
        id="parenthetical_does_not_count_in_the_cue_window",
    ),
    pytest.param(
        "Acme released Nova 3 (its largest model yet, trained on code and maths) in April.",
        ["Nova 3"],
        PUB,
        [("Nova 3", "released", D(2025, 4, 1), D(2025, 4, 30))],
        id="long_parenthetical_after_the_model",
    ),
    # not release facts
    pytest.param(
        "On April 18, Musk clarified that the currently launched Grok 4.3 Beta is a test.",
        ["Grok 4.3 Beta"],
        APR20,
        [],
        id="adjectival_launched_not_an_event",
    ),
    pytest.param(
        "As of March 7, 2026, Grok 5's training run is ongoing.",
        ["Grok 5"],
        PUB,
        [],
        id="as_of_date",
    ),
    pytest.param(
        "Grok 5 may slip; the company raised $20B in January 2026.",
        ["Grok 5"],
        PUB,
        [],
        id="funding_date",
    ),
    pytest.param(
        "A 1T model could be ready in 2-3 weeks, the post about Grok said.",
        ["Grok"],
        PUB,
        [],
        id="unnamed_model_relative_date",
    ),
    pytest.param(
        "Grok 4 runs well. The site launched with 100,000 GPUs in July 2024.",
        ["Grok 4"],
        PUB,
        [],
        id="cluster_launch_not_model",
    ),
    pytest.param(
        "GPT-4 is big. In March 2019, OpenAI announced it was creating a company.",
        ["GPT-4"],
        PUB,
        [],
        id="org_announcement_not_model",
    ),
    pytest.param("Grok 5 may arrive soon.", ["Grok 5"], PUB, [], id="modal_may_no_date"),
    pytest.param(
        "Grok 4.5 follows Grok 4.4 with 1.5T parameters.",
        ["Grok 4.5", "Grok 4.4"],
        PUB,
        [],
        id="versions_and_param_counts_no_date",
    ),
    pytest.param(
        "In May, Nova 4.4 will be released, while a rival lab is likely to counter with Kite 5.5.",
        ["Nova 4.4", "Kite 5.5"],
        APR20,
        [
            ("Nova 4.4", "planned", D(2026, 5, 1), D(2026, 5, 31)),
            ("Kite 5.5", "planned", D(2026, 5, 1), D(2026, 5, 31)),
        ],
        id="sentence_date_shared_by_two_clauses",
    ),
    pytest.param(
        "Today we are releasing three papers. They include a study of a model called Gopher.",
        ["Gopher"],
        None,
        [("Gopher", "announced", None, None)],
        marks=pytest.mark.xfail(reason="the model is named in the next sentence"),
        id="gopher_today",
    ),
]


@pytest.mark.parametrize(("text", "models", "pub", "expected"), CASES)
def test_release_binding(bind_dates, text, models, pub, expected):
    assert bind_dates(text, models, pub) == expected


def test_no_publication_date_keeps_null_dates(bind_dates):
    got = bind_dates("Grok 4.4 is expected in early May.", ["Grok 4.4"], None)
    assert got == [("Grok 4.4", "planned", None, None)]


def test_binding_rule_is_recorded(nlp):
    doc = nlp.make_doc("GPT-5.4, launched March 5, 2026, leads.")
    doc._.published_at = PUB
    for name, proc in nlp.pipeline:
        if name == "news_dates":
            span = doc.char_span(0, 7, label="MODEL")
            span._.canonical = "GPT-5.4"
            doc.spans["entities"] = [span]
        doc = proc(doc)
    (date,) = doc.spans[SPANS_KEY]
    assert (date._.binding, date._.event, date._.date_granularity) == (
        "apposition",
        "released",
        "day",
    )


@pytest.mark.slow
def test_participle_of_another_noun_is_not_carried_over(nlp_full):
    """ "its Series B financing, announced in June": the parse shows the cue modifies the
    financing, so the date is not carried over to the model of the sentence before."""
    doc = nlp_full.make_doc(
        "xAI will release Grok 6 in 2027. The launch follows its Series B financing, announced"
        " in June."
    )
    doc._.published_at = PUB
    for _, proc in nlp_full.pipeline:
        doc = proc(doc)
    bound = [(s.text, s._.event) for s in doc.spans[SPANS_KEY] if s._.subject is not None]
    assert bound == [("2027", "planned")]
