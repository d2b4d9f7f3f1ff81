"""Dates near a model that are not its release (issue 16, precision on unseen text): a date in
a relative clause before the subject, a participial aside on another noun, and a cue verb whose
direct object is another thing (layoffs, a chip, a phone).

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
