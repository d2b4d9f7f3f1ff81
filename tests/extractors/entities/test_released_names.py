"""Case tables for coined model names read from release language (issue 16): a word no rule file
knows, put forward by a release verb and kept on the document's evidence
(``extractors/entities/released_names.py``), read with the known-model rules off.

Every sentence is invented; the pipeline is blank (no trained NER or tagger).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import extractors  # noqa: F401  (registers factories and extensions)

# A second sentence of model talk that names no model: the article is about AI models.
TALK = " Rival labs keep training larger language models."

RELEASED_CASES = [
    pytest.param("Today we're announcing Kestrel, our fastest model for coding.", ["Kestrel"],
                 id="object_of_announcing_with_a_model_appositive"),
    pytest.param("Acme unveiled Talvora on Monday, a model tuned for math.", ["Talvora"],
                 id="appositive_after_a_date_phrase"),
    pytest.param("Meet Kestrel: our most capable model yet.", ["Kestrel"],
                 id="meet_opens_the_sentence"),
    pytest.param("Acme launches Brisa in beta today, a reasoning model for agents.", ["Brisa"],
                 id="present_tense_launch_with_appositive"),
    pytest.param("Kestrel Flash ships this summer for developers." + TALK, ["Kestrel Flash"],
                 id="subject_with_a_variant_word"),
    pytest.param("Orla Mini is now available to every developer." + TALK, ["Orla Mini"],
                 id="subject_is_now_available"),
    pytest.param("Kestrel-o is coming later this year." + TALK, ["Kestrel-o"],
                 id="glued_series_letter_is_coming"),
    pytest.param("Kestrel-o, a reasoning variant that thinks first, is coming later this year.",
                 ["Kestrel-o"], id="member_noun_appositive"),
    pytest.param("Acme launched Orbit, a new version of its travel app." + TALK, [],
                 id="version_of_something_else"),
    pytest.param("Acme released Quorrel in April. Quorrel tops the coding leaderboard.",
                 ["Quorrel", "Quorrel"], id="object_with_model_talk_at_a_later_mention"),
    pytest.param("Pellucid debuted in March. Pellucid scored well on the benchmark.",
                 ["Pellucid", "Pellucid"], id="subject_with_a_benchmark_later"),
    pytest.param("The lab says a Wrenlet 2 Tiny is planned for April." + TALK,
                 ["Wrenlet 2 Tiny"], id="indefinite_planned_member_with_a_new_tier"),
    pytest.param("Acme said Sorrel Max will ship next week." + TALK, ["Sorrel Max"],
                 id="subject_after_a_reporting_verb"),
    pytest.param("Acme shipped korin-2-mini to developers last week." + TALK,
                 ["korin-2-mini"], id="lower_case_checkpoint_as_object"),
    pytest.param("vela-3.1-instruct was released on Monday." + TALK, ["vela-3.1-instruct"],
                 id="lower_case_checkpoint_as_subject"),
    pytest.param("**Corvane** Released on Monday, it tops the coding charts." + TALK,
                 ["Corvane"], id="bold_label_then_released"),
    pytest.param("Tessara \u2014 out since Monday for all users." + TALK, ["Tessara"],
                 id="label_then_out_since"),
    pytest.param("Kestrel Lite: a small model for phones. Released Tuesday.", ["Kestrel Lite"],
                 id="label_line_with_a_model_appositive"),
    pytest.param("- Tarnel (Bluefin AI) - released Friday. Forty billion parameters, open "
                 "weights.", ["Tarnel"], id="list_item_with_its_lab_in_brackets"),
    pytest.param("Acme says Sorrel Mini, which came out last month, is cheaper." + TALK,
                 ["Sorrel Mini"], id="relative_clause_came_out"),
    pytest.param("Halvard, launched on the 3rd, is Acme's first model sold only by API.",
                 ["Halvard"], id="inserted_release_participle"),
    pytest.param("Redfin Labs, whose Gadwall 4 is rumoured for a summer debut, declined." + TALK,
                 ["Gadwall 4"], id="relative_whose_subject_rumoured"),
    pytest.param("The cheaper tier, Halvard Flash, costs less. It has 12 billion parameters.",
                 ["Halvard Flash"], id="appositive_after_a_tier_noun"),
    pytest.param("Its predecessor, Sorrel, topped the coding leaderboard last year.",
                 ["Sorrel"], id="appositive_after_predecessor"),
    pytest.param("That puts it level with the rival's larger closed model, Tamber Max.",
                 ["Tamber Max"], id="appositive_after_a_model_noun"),
    pytest.param("Second model: Orla 5 Flash, roughly 40B per the slide.", ["Orla 5 Flash"],
                 id="model_noun_label"),
    pytest.param("Acme released Sorrel x2 mini last Wednesday." + TALK, ["Sorrel x2 mini"],
                 id="spaced_series_and_variant"),
    pytest.param("Acme is training a next-generation model, internal code name \"Halcyon\".",
                 ["Halcyon"], id="code_name_in_two_words"),
    pytest.param("Its predecessor, GPT-4.5 (codenamed \"Paris\"), was released in May.",
                 ["GPT-4.5"], id="bracketed_code_name_is_the_named_models_alias"),
    pytest.param("A smaller open-weight sibling, internally called \"Tern\", could follow soon.",
                 ["Tern"], id="called_after_a_member_noun"),
    pytest.param("ZEPHA is released under an open licence. ZEPHA has 40 billion parameters "
                 "and tops the leaderboard.", ["ZEPHA", "ZEPHA"],
                 id="capitals_name_with_model_talk_at_another_mention"),
]

NOT_RELEASED_CASES = [
    pytest.param("Acme launched Trillium, its sixth-generation chip for training models.", [],
                 id="chip_appositive"),
    pytest.param("Acme launched Canvas, a feature that lets users edit model outputs.", [],
                 id="feature_appositive"),
    pytest.param("Acme introduced Orbit, an app for booking travel." + TALK, [],
                 id="app_appositive"),
    pytest.param("Canvas rolls out to Pro users today." + TALK, [],
                 id="release_alone_is_not_enough"),
    pytest.param("Ondine launched in May with support for long documents." + TALK, [],
                 id="bare_launch_alone_is_not_enough"),
    pytest.param("Acme released a new model on Tuesday for coding.", [],
                 id="company_subject_with_an_object"),
    pytest.param("Acme launched Starship rockets from Texas." + TALK, [],
                 id="non_model_noun_after_the_name"),
    pytest.param("Samsung launched Galaxy in May. Galaxy sold well in Europe.", [],
                 id="no_model_talk_in_the_article"),
    pytest.param("Meanwhile, Acme released Horizon, a report on safety." + TALK, [],
                 id="report_appositive"),
    pytest.param("Dana Reyes announced the results on Tuesday." + TALK, [],
                 id="person_announces"),
    pytest.param("ZRL released this one in March, with 40 billion parameters.", [],
                 id="acronym_subject_with_an_object"),
    pytest.param("Acme launched it in May." + TALK, [], id="pronoun_object"),
    pytest.param("NASA launched on Tuesday from Florida." + TALK, [],
                 id="acronym_body_launches"),
    pytest.param("Update: the model is out now." + TALK, [], id="colon_label_word"),
    pytest.param("Summary: a new model for robots ships soon.", [], id="summary_label_word"),
    pytest.param("covid-19 was released into the wild." + TALK, [],
                 id="lower_case_word_with_a_number_only"),
    pytest.param("Acme unveiled Horizon on Monday, the lab said." + TALK, [],
                 id="reporting_clause_is_no_appositive"),
    pytest.param("The result held for every model, Acme said." + TALK, [],
                 id="model_noun_then_a_reporting_lab"),
    pytest.param("Orla came second in the race, her coach said." + TALK, [],
                 id="came_without_out"),
    pytest.param("Acme will follow the new rules in Europe." + TALK, [],
                 id="follow_with_an_object"),
    pytest.param("Acme sells two tiers. Pro is available from today in the API." + TALK, [],
                 id="bare_tier_word_subject"),
    pytest.param("Its sibling is Zeta-2 Breeze. Breeze launched in May." + TALK, [],
                 id="shorthand_of_a_versioned_sibling"),
    pytest.param("- Acme released Quill-8B, a small model for phones.", ["Quill-8B"],
                 id="lab_subject_with_a_name_object"),
]


@pytest.mark.parametrize(("text", "expected"), RELEASED_CASES + NOT_RELEASED_CASES)
def test_names_from_release_language(model_names, unaided: Language, text: str,
                                     expected: list[str]) -> None:
    assert model_names(unaided, text) == expected
