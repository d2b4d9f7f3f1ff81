"""Dates near a model that are not its release (issue 16, precision on unseen text): a date in
a relative clause before the subject, a participial aside on another noun, a cue verb whose
direct object is another thing (layoffs, a chip, a phone) or an update of the model, and a plan
cue whose "to" leads another action ("expected to reach 50 million users by July"); past-tense
cues in a future form ("will be open-sourced in July") are plans, not last year's release.

Invented sentences; one table per kind. The blank-pipeline tables set MODEL spans by hand (see
conftest); the direct-object table needs the dependency parse and runs the real pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.dates.component import SPANS_KEY

D = dt.date
PUB = D(2025, 6, 10)

RELATIVE_CLAUSE = [
    pytest.param("Zeta 5, which beat Orca 2 in a March test, will ship in July.",
                 ["Zeta 5", "Orca 2"], [("Zeta 5", "planned", D(2025, 7, 1), D(2025, 7, 31))],
                 id="which_clause_names_a_rival"),
    pytest.param("Nova 3, which trails Kite 4 on most benchmarks, launched in May.",
                 ["Nova 3", "Kite 4"], [("Nova 3", "released", D(2025, 5, 1), D(2025, 5, 31))],
                 id="launched_after_the_clause"),
    pytest.param("Orca 2, whose rival Zeta 5 is larger, is expected in September.",
                 ["Orca 2", "Zeta 5"],
                 [("Orca 2", "planned", D(2025, 9, 1), D(2025, 9, 30))], id="whose_clause"),
    pytest.param("Kite 4 beat Zeta 5, which launched in March.", ["Kite 4", "Zeta 5"],
                 [("Zeta 5", "released", D(2025, 3, 1), D(2025, 3, 31))],
                 id="date_inside_the_clause_stays_with_its_model"),
]


@pytest.mark.parametrize(("text", "models", "expected"), RELATIVE_CLAUSE)
def test_model_inside_a_relative_clause_is_not_the_subject(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


OTHER_NOUN_ASIDE = [
    pytest.param("The Vega S30 phone, launched in January, ships with Zeta 5.", ["Zeta 5"], [],
                 id="phone_aside"),
    pytest.param("Acme's Atlas headset, released in 2024, runs Orca 2.", ["Orca 2"], [],
                 id="headset_aside"),
    pytest.param("The Nimbus app, unveiled in March, uses Nova 3 under the hood.", ["Nova 3"],
                 [], id="app_aside"),
    pytest.param("Zeta 5, launched in January, runs on the Vega chip.", ["Zeta 5"],
                 [("Zeta 5", "released", D(2025, 1, 1), D(2025, 1, 31))],
                 id="aside_on_the_model_itself"),
    pytest.param("The Zeta 5 model, released in March, is fast.", ["Zeta 5"],
                 [("Zeta 5", "released", D(2025, 3, 1), D(2025, 3, 31))],
                 id="head_noun_after_the_name"),
]


@pytest.mark.parametrize(("text", "models", "expected"), OTHER_NOUN_ASIDE)
def test_aside_on_another_noun_is_not_the_models_release(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


OTHER_OBJECT = [
    pytest.param("Meta released Llama 9 last week, and it announced layoffs in January.",
                 [("last week", "Llama 9")], id="announced_layoffs"),
    pytest.param("Google unveiled Gemini 9 on Friday; the company released its Pixel 12 phone"
                 " in August.", [("Friday", "Gemini 9")], id="released_a_phone"),
    pytest.param("In 2024, Nvidia shipped the B300 chip used to train Llama 9.", [],
                 id="shipped_a_chip_that_trains_the_model"),
    pytest.param("Mistral launched Le Chat Pro, powered by Mistral 9, in March.", [],
                 id="launched_a_product_powered_by_the_model"),
    pytest.param("OpenAI released an update to GPT-9 in April.", [], id="update_to_the_model"),
    pytest.param("Google shipped a March refresh of Gemini 9 with better reasoning.", [],
                 id="refresh_of_the_model"),
    pytest.param("Moonshot released Kimi K9 in April.", [("April", "Kimi K9")],
                 id="object_is_the_model"),
    pytest.param("In May, Google announced plans to release Gemma 8.", [("May", "Gemma 8")],
                 id="plans_name_the_model"),
    pytest.param("Meta released the weights of Llama 9 in April.", [("April", "Llama 9")],
                 id="release_noun_object"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), OTHER_OBJECT)
def test_cue_with_another_direct_object_releases_that_thing(nlp_full, text, expected):
    doc = nlp_full.make_doc(text)
    doc._.published_at = PUB
    for _, proc in nlp_full.pipeline:
        doc = proc(doc)
    bound = [(s.text, s._.subject._.canonical or s._.subject.text)
             for s in doc.spans[SPANS_KEY] if s._.subject is not None]
    assert bound == expected


PLANS_OF_OTHER_THINGS = [
    pytest.param("Zeta 5 is expected to reach 50 million users by July.", ["Zeta 5"], [],
                 id="expected_to_reach_users"),
    pytest.param("Orca 2 is expected to top the leaderboard in August.", ["Orca 2"], [],
                 id="expected_to_top"),
    pytest.param("Acme expects Nova 3 to turn a profit in 2026.", ["Nova 3"], [],
                 id="expects_model_to_turn_a_profit"),
    pytest.param("Kite 4 is set to power Vega cars in September.", ["Kite 4"], [],
                 id="set_to_power"),
    pytest.param("Acme plans to integrate Zeta 5 into its app in July.", ["Zeta 5"], [],
                 id="plans_to_integrate"),
    pytest.param("Orca 2 is scheduled to be replaced in December.", ["Orca 2"], [],
                 id="to_be_replaced"),
    pytest.param("Zeta 5 is expected to launch in July.", ["Zeta 5"],
                 [("Zeta 5", "planned", D(2025, 7, 1), D(2025, 7, 31))], id="to_launch"),
    pytest.param("Acme plans to make Nova 3 available in July.", ["Nova 3"],
                 [("Nova 3", "planned", D(2025, 7, 1), D(2025, 7, 31))], id="to_make_available"),
    pytest.param("Acme aims to have Kite 4 out by July.", ["Kite 4"],
                 [("Kite 4", "planned", D(2025, 7, 1), D(2025, 7, 31))], id="to_have_out"),
    pytest.param("Orca 2 is expected in July to challenge Zeta 5.", ["Orca 2", "Zeta 5"],
                 [("Orca 2", "planned", D(2025, 7, 1), D(2025, 7, 31))],
                 id="date_before_the_to_is_the_plans"),
    pytest.param("Zeta 10 was postponed to September.", ["Zeta 10"],
                 [("Zeta 10", "planned", D(2025, 9, 1), D(2025, 9, 30))],
                 id="to_that_leads_the_date"),
]


@pytest.mark.parametrize(("text", "models", "expected"), PLANS_OF_OTHER_THINGS)
def test_plan_of_another_action_is_no_planned_release(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


FUTURE_FORMS = [
    pytest.param("Zeta 5 will be open-sourced in July.", ["Zeta 5"],
                 [("Zeta 5", "planned", D(2025, 7, 1), D(2025, 7, 31))], id="will_be_open_sourced"),
    pytest.param("Orca 2 is set to be unveiled in July.", ["Orca 2"],
                 [("Orca 2", "planned", D(2025, 7, 1), D(2025, 7, 31))], id="set_to_be_unveiled"),
    pytest.param("Nova 3 is expected to hit shelves in July.", ["Nova 3"],
                 [("Nova 3", "planned", D(2025, 7, 1), D(2025, 7, 31))], id="to_hit_shelves"),
    pytest.param("Kite 4 was open-sourced in March.", ["Kite 4"],
                 [("Kite 4", "released", D(2025, 3, 1), D(2025, 3, 31))], id="past_stays_past"),
]


@pytest.mark.parametrize(("text", "models", "expected"), FUTURE_FORMS)
def test_past_tense_cue_in_future_form_is_a_plan(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


# An intention verb before a neutral release cue makes it a plan: the year-less month is the
# next one, not last year's ("plans to release Zeta 5 in March", published in June).
INTENTIONS = [
    pytest.param(f"Acme {verb} to release Zeta 5 in March.", ["Zeta 5"],
                 [("Zeta 5", "planned", D(2026, 3, 1), D(2026, 3, 31))], id=verb.replace(" ", "_"))
    for verb in ("plans", "intends", "hopes", "is preparing", "wants", "is gearing up")
] + [
    pytest.param("Acme released Zeta 5 in March.", ["Zeta 5"],
                 [("Zeta 5", "released", D(2025, 3, 1), D(2025, 3, 31))], id="told_as_done"),
]


@pytest.mark.parametrize(("text", "models", "expected"), INTENTIONS)
def test_an_intention_makes_the_release_a_plan(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected


# A date of an unnamed model related to the one just named ("its successor", "a follow-up")
# is not the named model's; a related model with its own name binds by that name.
OTHER_MODELS = [
    pytest.param("Acme launched Zeta 5 in March; it plans a successor for the winter.",
                 ["Zeta 5"], [("Zeta 5", "released", D(2025, 3, 1), D(2025, 3, 31))],
                 id="plans_a_successor"),
    pytest.param("Acme launched Zeta 5 in March, and a follow-up model is due in the winter.",
                 ["Zeta 5"], [("Zeta 5", "released", D(2025, 3, 1), D(2025, 3, 31))],
                 id="a_follow_up_model"),
    pytest.param("Zeta 5 arrived in March. Its successor is expected in the winter.",
                 ["Zeta 5"], [("Zeta 5", "released", D(2025, 3, 1), D(2025, 3, 31))],
                 id="its_successor_next_sentence"),
    pytest.param("Zeta 6, the successor to Zeta 5, ships in September.", ["Zeta 6", "Zeta 5"],
                 [("Zeta 6", "planned", D(2025, 9, 1), D(2025, 9, 30))],
                 id="a_named_successor_binds"),
    pytest.param("Nova 3, a rival to Orca 2, will be released in October.", ["Nova 3", "Orca 2"],
                 [("Nova 3", "planned", D(2025, 10, 1), D(2025, 10, 31))],
                 id="a_rival_in_apposition"),
    pytest.param("Kite 2, its answer to Orca 2, launched in May.", ["Kite 2", "Orca 2"],
                 [("Kite 2", "released", D(2025, 5, 1), D(2025, 5, 31))],
                 id="its_answer_in_apposition"),
]


@pytest.mark.parametrize(("text", "models", "expected"), OTHER_MODELS)
def test_a_related_unnamed_models_date_is_not_the_named_ones(bind_dates, text, models, expected):
    assert bind_dates(text, models, PUB) == expected

