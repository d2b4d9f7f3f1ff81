"""Case tables for two kinds of unseen versioned names (issue 16), every sentence invented:

- a variant word no rule file knows, which an appositive makes a model's member ("Elda 4 Deep,
  a reasoning variant"; "A smaller model, Marvo 2 Swift, will follow");
- a coined family word the small trained NER labels a place or a people ("Halden 3" as GPE,
  "Zorin 3.1" as NORP): the label weighs against the name, the document's evidence may
  outweigh it, and real places, peoples and products stay out.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import extractors  # noqa: F401  (registers factories and extensions)

APPOSITIVE_VARIANT_CASES = [
    pytest.param("It ships in two tiers: Elda-4-Instruct for chat, and Elda 4 Deep, a reasoning "
                 "variant that followed a month later.", ["Elda-4-Instruct", "Elda 4 Deep"],
                 id="appositive_member_noun_after"),
    pytest.param("A smaller model, Marvo 2 Swift, will follow the flagship Marvo 2.",
                 ["Marvo 2 Swift", "Marvo 2"], id="model_noun_before"),
    pytest.param("Our smallest model, Vessa 1 Wisp, runs on phones.", ["Vessa 1 Wisp"],
                 id="possessive_model_noun_before"),
    pytest.param("The lab's flagship, Orla 2 Kite, a reasoning model, tops the leaderboard.",
                 ["Orla 2 Kite"], id="flagship_before_and_model_after"),
    pytest.param("Corvo 3 Heron, the lab's new open model, has 12 billion parameters.",
                 ["Corvo 3 Heron"], id="definite_appositive"),
]

# (text, the word that must not join a model name)
APPOSITIVE_NOT_VARIANT_CASES = [
    pytest.param("Apple released iPhone 16 Pro, a phone with a new camera.", "iPhone",
                 id="phone_appositive"),
    pytest.param("The lab released Zeta 2 Monday, a day after its rival released a model.",
                 "Monday", id="weekday_after_the_version"),
    pytest.param("SpaceX flew Falcon 9 Block, a rocket version, from Florida.", "Block",
                 id="member_noun_after_a_non_model_noun"),
    pytest.param("Nvidia's Blackwell Ultra, a chip for models, ships in May.", "Blackwell",
                 id="chip_appositive"),
    pytest.param("The firm sold Kiva 2 Cases, a phone model, last year.", "Cases",
                 id="phone_model_appositive"),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIVE_VARIANT_CASES)
def test_appositive_variant_words(model_names, unaided: Language, text: str,
                                  expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


@pytest.mark.parametrize(("text", "word"), APPOSITIVE_NOT_VARIANT_CASES)
def test_appositive_not_variant_words(model_names, unaided: Language, text: str,
                                      word: str) -> None:
    assert not any(word in name for name in model_names(unaided, text))


def _models(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [s._.canonical for s in doc.spans["entities"] if s.label_ == "MODEL"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("We shipped the first Halden last year. It was small, about 13 billion "
                 "parameters. Halden 1.5 followed that autumn. Halden 2 came out this year.",
                 ["Halden", "Halden 1.5", "Halden 2"], id="versions_outweigh_a_place_label"),
    pytest.param("The lab released Zorin 3.1 Ultra, the largest member of its Zorin 3.1 family "
                 "of artificial intelligence models.", ["Zorin 3.1 Ultra", "Zorin 3.1"],
                 id="versions_outweigh_a_people_label"),
    pytest.param("Germans 2 and French 1 in the final, the report said of the AI model race.",
                 [], id="plural_people_word"),
    pytest.param("The summit in Berlin 2 weeks ago drew leaders from France and Japan.", [],
                 id="place_before_a_count_of_weeks"),
    pytest.param("Voters in Georgia 3 weeks ago chose a new senator.", [], id="state"),
    pytest.param("Heathrow Terminal 5 reopened on Monday after the outage.", [],
                 id="airport_terminal"),
    pytest.param("The Paris 2 metro line launched in 1900 and carries millions.", [],
                 id="metro_line"),
    pytest.param("The Texas 2 district released its results on Tuesday.", [],
                 id="district"),
])
def test_place_labels_weigh_against_versioned_names(nlp_full, text: str,
                                                    expected: list[str]) -> None:
    assert _models(nlp_full, text) == expected


# A coined one-word name in an appositive whose model noun comes after long hyphenated and AI
# modifiers; products, companies, places and people with an AI modifier stay out.
LONG_APPOSITIVE_CASES = [
    pytest.param("Vantor will release Kestrel, its much-delayed next-generation AI model, "
                 "next month.", ["Kestrel"], id="hyphenated_and_ai_modifiers"),
    pytest.param("The startup unveiled Brisk, its long-awaited open-weights AI model, on "
                 "Monday.", ["Brisk"], id="open_weights_ai_model"),
    pytest.param("Nvidia, the AI chip maker, said its model-serving chips sold out.", [],
                 id="chip_maker"),
    pytest.param("Orbix, a next-generation AI phone, ships with an on-device model.", [],
                 id="phone"),
    pytest.param("Paris, the AI capital of Europe, hosted the model summit.", [], id="city"),
    pytest.param("Sarah, a senior AI researcher, said the model was ready.", [], id="person"),
    pytest.param("Traditionally, an AI model can only be trained for one task.", [],
                 id="fronted_adverb_clause"),
    pytest.param("Through Orbits, a single AI model can be generalised across tasks.", [],
                 id="fronted_phrase_clause"),
]


@pytest.mark.parametrize(("text", "expected"), LONG_APPOSITIVE_CASES)
def test_long_appositives(model_names, unaided: Language, text: str,
                          expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


# The bare word of an unseen line the document names with versions, made the line by an
# ordinal or by a determiner and a group noun; products and spacecraft lines stay out.
BARE_LINE_CASES = [
    pytest.param("We shipped the first Halden last year. Halden 1.5 followed that autumn with "
                 "13 billion parameters.", ["Halden", "Halden 1.5"], id="first_of_the_line"),
    pytest.param("Four years on, its Alder models run inside banks. Alder 4 has 70 billion "
                 "parameters.", ["Alder", "Alder 4"], id="determiner_and_group_noun"),
    pytest.param("The startup behind the Marlo family of coding assistants showed Marlo 2, its "
                 "next model with 20 billion parameters.", ["Marlo", "Marlo 2"],
                 id="family_noun"),
    pytest.param("Apple sold the first iPhone in 2007. The iPhone 16 and iPhone 15 are its "
                 "latest phones.", [], id="phone_line"),
    pytest.param("The Lumen family of lamps is popular. Lumen 2 and Lumen 3 lamps sold out.", [],
                 id="lamp_line"),
    pytest.param("The first Orion flew in 2014; Orion 2 and Orion 3 capsules will follow.", [],
                 id="capsule_line"),
]


@pytest.mark.parametrize(("text", "expected"), BARE_LINE_CASES)
def test_bare_line_words(model_names, unaided: Language, text: str,
                         expected: list[str]) -> None:
    assert model_names(unaided, text) == expected
