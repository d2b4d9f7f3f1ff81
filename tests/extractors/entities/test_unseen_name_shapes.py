"""Case tables for more kinds of unseen model names (issue 16): coordinated lower-case checkpoint
names, glued variant words and letters, two-word brand names, nicknames of unseen names. Every
sentence is invented.

Read with the known-model rules off (``unaided``): nothing here is on a name list.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import extractors  # noqa: F401  (registers factories and extensions)

LOWERCASE_LIST_CASES = [
    pytest.param("The checkpoints, brisa-2-9b, brisa-2-27b, are on the hub.",
                 ["brisa-2-9b", "brisa-2-27b"], id="comma_list_with_a_version_piece"),
    pytest.param("The lab published brisa-9b and brisa-27b on the hub.",
                 ["brisa-9b", "brisa-27b"], id="one_token_names"),
    pytest.param("Weights for tala-3-8b, tala-3-70b and tala-3-405b are on the hub.",
                 ["tala-3-8b", "tala-3-70b", "tala-3-405b"], id="three_names"),
    pytest.param("Title\n\nnova-oss-70b and nova-oss-12b are out.",
                 ["nova-oss-70b", "nova-oss-12b"], id="first_word_after_a_line_break"),
    pytest.param("Download lyre-mamba-7b, lyre-mamba-7b-instruct today.",
                 ["lyre-mamba-7b", "lyre-mamba-7b-instruct"], id="variant_word_after_the_size"),
    pytest.param("The set ships kiln-7b-sided dice.", [], id="lower_word_after_the_size"),
    pytest.param("The firm sold 70b worth of bonds and a co-op 3-d printer.", [],
                 id="lower_case_compounds_are_no_names"),
    pytest.param("The x-ray and the e-mail were up-to-date.", [], id="plain_hyphenated_words"),
]

GLUED_PART_CASES = [
    pytest.param("Vela-3-turbo is cheaper than its predecessor.", ["Vela-3-turbo"],
                 id="version_and_lower_variant_glued"),
    pytest.param("Orin-2-chat answers questions in 40 languages.", ["Orin-2-chat"],
                 id="chat_variant_glued"),
    pytest.param("Mora-2-Instruct is available now.", ["Mora-2-Instruct"],
                 id="capitalised_variant_glued"),
    pytest.param("The lab's Quill-C has 1.6 trillion parameters.", ["Quill-C"],
                 id="letter_variant_with_a_count"),
    pytest.param("ZED-175B was trained on 300 billion tokens.", ["ZED-175B"],
                 id="capitals_family_with_glued_size"),
    pytest.param("The company released ZRX-1-preview, its first in-house model.",
                 ["ZRX-1-preview"], id="capitals_family_version_and_lower_variant"),
    pytest.param("KLM-2-turbo tops the leaderboard.", ["KLM-2-turbo"],
                 id="capitals_family_glued_variant_with_model_talk"),
    pytest.param("The FTC-2-base rules were updated.", [],
                 id="capitals_glued_variant_without_evidence"),
    pytest.param("The JWST-2-pro telescope launched.", [], id="capitals_before_a_device_noun"),
    pytest.param("The company rolled out Tessa 2.0 Flash-Lite to developers.",
                 ["Tessa 2.0 Flash-Lite"], id="version_and_variant_outweigh_a_place_label"),
    pytest.param("The startup said its Finch1.5 model outperforms rivals.", ["Finch1.5"],
                 id="glued_decimal_version"),
    pytest.param("Web3 startups and AI models drew funding.", [], id="glued_digit_alone"),
    pytest.param("The London 2.0 Plus plan launched in May for model builders.", [],
                 id="subscription_plan"),
    pytest.param("Plug the Type-C cable into the port.", [], id="letter_variant_without_evidence"),
    pytest.param("The USB-C port charges the phone.", [], id="capitals_head_with_a_letter"),
    pytest.param("The Covid-19-era rules and the F-35-class jets.", [],
                 id="lower_word_after_a_version"),
]

BRAND_CASES = [
    pytest.param("Amazon Nova Premier is the company's most capable model.",
                 ["Amazon Nova Premier"], id="lab_brand_and_tier_kept_as_written"),
    pytest.param("Cohere Command A has 111 billion parameters.", ["Cohere Command A"],
                 id="lab_word_and_letter_with_a_count"),
    pytest.param("Cohere released Command A, a model for enterprises, in March.", ["Command A"],
                 id="word_and_letter_with_a_model_appositive"),
    pytest.param("Acme's Brix A is a model with 70 billion parameters.", ["Brix A"],
                 id="possessive_lab_stays_out"),
    pytest.param("Acme Labs said Icefield, a 52-billion parameter open-weights model, is out.",
                 ["Icefield"], id="appositive_count_after_a_verb"),
    pytest.param("Amazon released Nova Premier on Monday.", [], id="no_model_statement"),
    pytest.param("When Size Becomes Tactic: The Trillion-Parameter Gambit", [],
                 id="headline_word_before_a_colon"),
    pytest.param("Amazon Web Services hosts the model.", [], id="cloud_service"),
    pytest.param("Acme Cloud is a platform for models.", [], id="model_word_in_another_phrase"),
    pytest.param("The team released Plan B on Monday.", [], id="plan_b"),
    pytest.param("Meta Platforms has 3 billion users.", [], id="company_with_users"),
]

# A coined one-word name is a model only on strong evidence; companies, products, people and
# places stay out.
SINGLE_WORD_CASES = [
    pytest.param("Kestrel, the lab's new 30B model, beats larger rivals.", ["Kestrel"],
                 id="appositive_with_a_size"),
    pytest.param("Kestrel has 30 billion parameters and runs on a single GPU.", ["Kestrel"],
                 id="parameter_count"),
    pytest.param("The startup released Kestrel, a new language model, on Monday.", ["Kestrel"],
                 id="release_object_with_model_appositive"),
    pytest.param("The startup released Kestrel, its new model, on Monday.", ["Kestrel"],
                 id="possessive_appositive"),
    pytest.param("Kestrel is the company's newest language model.", ["Kestrel"],
                 id="copula_with_an_ai_modifier"),
    pytest.param("Kestrel is a new model from the startup. It has more parameters than rivals.",
                 ["Kestrel"], id="copula_in_an_article_about_models"),
    pytest.param("The startup released Kestrel on Monday. Kestrel 2 follows with more parameters.",
                 ["Kestrel", "Kestrel 2"], id="bare_word_beside_a_versioned_sibling"),
    pytest.param("Kestrel 2 is the startup's new model. Users said Kestrel was slow.",
                 ["Kestrel 2"], id="bare_word_not_released_may_be_the_lab"),
    pytest.param("Lumo 4 is the lab's new model. Lumo only started publishing sizes.",
                 ["Lumo 4"], id="lab_named_after_its_model"),
    pytest.param("Zeta unveiled Zeta 3, a model. Zeta said it is fast.", ["Zeta 3"],
                 id="company_verb_after_the_bare_word"),
    pytest.param("Kestrel 2 is the startup's new model. Kestrel's team said it is faster.",
                 ["Kestrel 2"], id="possessive_bare_word"),
    pytest.param("The startup released Kestrel on Monday.", [], id="release_object_alone"),
    pytest.param("Kestrel is a new model from the startup.", [],
                 id="bare_model_noun_with_no_other_model_talk"),
    pytest.param("Gisele was the brand's first model.", [], id="a_person_is_a_model_too"),
    pytest.param("Paris is a model city for planners.", [], id="model_as_a_modifier"),
    pytest.param("Altman is a model of restraint.", [], id="model_of"),
    pytest.param("Halcyon is the firm's new phone model. It has parameters.", [],
                 id="phone_model"),
    pytest.param("Nvidia released Blackwell on Monday, its new chip.", [], id="chip"),
    pytest.param("The firm released Halcyon, a new phone, on Monday.", [], id="phone"),
    pytest.param("Claude Shannon founded information theory.", [], id="person"),
]

UNSEEN_NICKNAME_CASES = [
    pytest.param("Zeta released Orbit-5o, a new model. Users say 5o handles images well.",
                 ["Orbit-5o", "Orbit-5o"], id="lettered_version_of_an_unseen_name"),
    pytest.param("Zeta released Orbit 5, a new model. Users say 5 is fast.", ["Orbit 5"],
                 id="bare_number_is_no_nickname"),
]

# A series letter glued to a name: "o" or "x", with or without a number. With a number the shape
# is enough; a bare letter ("Quill-x") needs the clause's model talk.
GLUED_SERIES_CASES = [
    pytest.param("Ferrow launched Orca-o1 in May.", ["Orca-o1"], id="o_series_tail"),
    pytest.param("Nimbus-o2-mini has 8 billion parameters.", ["Nimbus-o2-mini"],
                 id="o_series_tail_with_a_variant"),
    pytest.param("Tessel-x2 tops the leaderboard, ahead of Tessel-x1.",
                 ["Tessel-x2", "Tessel-x1"], id="x_series_tails"),
    pytest.param("The lab has released Pavo-x, a 70-billion-parameter model.", ["Pavo-x"],
                 id="bare_x_with_a_count"),
    pytest.param("Vexo-x 9B scored 71 on the reasoning benchmark for models.", ["Vexo-x 9B"],
                 id="bare_x_with_a_size"),
    pytest.param("She bought a Galaxy-x phone.", [], id="bare_x_without_model_talk"),
    pytest.param("The crowd chanted Team-x all night.", [], id="bare_x_in_a_slogan"),
]


@pytest.mark.parametrize(("text", "expected"), LOWERCASE_LIST_CASES + GLUED_PART_CASES
                         + GLUED_SERIES_CASES
                         + BRAND_CASES + SINGLE_WORD_CASES + UNSEEN_NICKNAME_CASES)
def test_unseen_name_shapes(model_names, unaided: Language, text: str,
                            expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Amazon Nova Premier is the company's most capable model.",
                 ["Amazon Nova Premier"], id="brand_beside_known_rules"),
    pytest.param("The checkpoints, brisa-2-9b, brisa-2-27b, are on the hub.",
                 ["brisa-2-9b", "brisa-2-27b"], id="lower_case_list_beside_known_rules"),
    pytest.param("Ferrow launched Quill-o1 in May, not o3.", ["Quill-o1", "o3"],
                 id="glued_o_series_is_no_known_o_model"),
])
def test_known_rules_keep_the_shapes(model_names, nlp: Language, text: str,
                                     expected: list[str]) -> None:
    assert model_names(nlp, text) == expected


# Family references. The guidelines list every model a text names; the annotated sets read "the
# X 4 model family" as naming X 4 but "the X 4 lineage" as a line of models, no mention, so a
# versioned name before "family" is a model and one before "series"/"lineup"/"lineage" is not.
FAMILY_REFERENCE_CASES = [
    pytest.param("The Zeta 3 family includes models from 1B to 70B parameters.", ["Zeta 3"],
                 id="versioned_family"),
    pytest.param("The Zeta 3 model family is large.", ["Zeta 3"], id="versioned_model_family"),
    pytest.param("The Orca-2 lineup was released in March.", [], id="glued_version_lineup"),
    pytest.param("Developers praised the Qwen 2.5 series for coding.", [],
                 id="known_family_series"),
    pytest.param("The roadmap for the Zeta 3 lineage is aggressive.", [], id="lineage"),
    pytest.param("Developers praised the Qwen series for coding.", [], id="bare_family_series"),
    pytest.param("Samsung unveiled the Galaxy S24 series in January.", [], id="phone_series"),
    pytest.param("Nvidia's RTX 50 series runs local models.", [], id="graphics_card_series"),
]


@pytest.mark.parametrize(("text", "expected"), FAMILY_REFERENCE_CASES)
def test_family_references(model_names, unaided: Language, text: str,
                           expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


def test_a_list_of_lower_case_names_stops_at_line_breaks(unaided: Language) -> None:
    doc = unaided("Sizes:\n- brisa-2-9b\n- brisa-2-27b\n")
    assert [s.text for s in doc.spans["entities"] if s.label_ == "MODEL"] == [
        "brisa-2-9b", "brisa-2-27b"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Snowflake has introduced Snowflake Icefield, a new large language model.",
                 ["Snowflake Icefield"], id="lab_and_one_brand_word_with_an_appositive"),
    pytest.param("Microsoft Azure, a cloud that hosts models, grew.", [],
                 id="appositive_headed_by_another_noun"),
    pytest.param("Amazon Bedrock, a service for models, grew.", [], id="service"),
    pytest.param("Kestrel, the lab's new 30B model, beats larger rivals.", ["Kestrel"],
                 id="possessor_is_no_head"),
])
def test_appositive_heads_with_the_tagger(model_names, nlp_full, text: str,
                                          expected: list[str]) -> None:
    doc = nlp_full(text)
    assert [s._.canonical for s in doc.spans["entities"] if s.label_ == "MODEL"] == expected
