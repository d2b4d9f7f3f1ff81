"""Case tables for bare coined model names (issue 16): one capitalised word with no digits that no
rule file knows, made a model by where its sentence puts a parameter count
(``extractors/entities/coined_names.py``), read with the known-model rules off.

Every sentence is invented; the pipeline is blank (no trained NER), so the NER's labels are
tested apart, in the slow table at the end.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import extractors  # noqa: F401  (registers factories and extensions)

INSERTED_CASES = [
    pytest.param("Acme's Zorvex, released on March 27, 2024, has 132 billion total parameters.",
                 ["Zorvex"], id="participle_with_a_date_between_name_and_verb"),
    pytest.param("Quillon, announced at the end of March, uses 52 billion parameters.",
                 ["Quillon"], id="participle_then_uses"),
    pytest.param("Pellan, which the startup trained on 9 trillion tokens, has 34 billion "
                 "parameters.", ["Pellan"], id="relative_clause_with_its_own_count"),
    pytest.param("Meta's Zorvex, the company's newest release, has 70 billion parameters.",
                 ["Zorvex"], id="appositive_after_a_lab_possessive"),
    pytest.param("Ardent, built by former search engineers, packs 405B total.", ["Ardent"],
                 id="glued_size_with_scope_word"),
    pytest.param("Orbix, released in 2022, has 28 actuators.", [],
                 id="count_of_something_else"),
    pytest.param("Vexor, unveiled in March, packs 208 billion transistors.", [],
                 id="transistors_are_no_parameters"),
    pytest.param("Dana, who runs the lab, has 1.5 billion dollars in stock.", [],
                 id="who_makes_a_person"),
    pytest.param("Vantage, whose new model is small, has 70 billion parameters.", [],
                 id="whose_makes_an_owner"),
]


@pytest.mark.parametrize(("text", "expected"), INSERTED_CASES)
def test_names_sized_across_an_inserted_phrase(model_names, unaided: Language, text: str,
                                               expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


LAB_RELEASE_CASES = [
    pytest.param("Databricks' Zorvex, released on March 27, 2024, went finer-grained: 16 "
                 "experts, for 132 billion total parameters.", ["Zorvex"],
                 id="count_later_in_the_sentence"),
    pytest.param("Cohere's Quillon, announced in March, mixed attention with state-space "
                 "layers. It has 52 billion total parameters.", ["Quillon"],
                 id="count_in_the_next_sentence_on_it"),
    pytest.param("Google's Gemstone, released last week, runs on phones. The model has 2 "
                 "billion parameters.", ["Gemstone"], id="count_on_the_model"),
    pytest.param("Amazon's Orbix, launched in 2014, answers questions. It has 500 million "
                 "users.", [], id="users_are_no_parameters"),
    pytest.param("Microsoft's Skyline, launched in 2010, hosts models with 405 billion "
                 "parameters.", [], id="count_of_the_hosted_models"),
    pytest.param("Acme's Zorvex, released in March, went faster: 132 billion total "
                 "parameters.", [], id="no_known_lab"),
]


@pytest.mark.parametrize(("text", "expected"), LAB_RELEASE_CASES)
def test_names_a_known_lab_released(model_names, unaided: Language, text: str,
                                    expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


FRONTED_CASES = [
    pytest.param("With 480 billion parameters, Borealis is the largest model yet.",
                 ["Borealis"], id="with_count_then_copula"),
    pytest.param("At 236 billion parameters, Corvane is twice the size of its predecessor.",
                 ["Corvane"], id="at_count"),
    pytest.param("With 7 billion parameters, Sprite runs on a laptop.", ["Sprite"],
                 id="with_count_then_verb"),
    pytest.param("With 480 billion parameters, Borealis is large. Borealis will be open.",
                 ["Borealis", "Borealis"], id="repeated_later_in_the_article"),
    pytest.param("With 400 billion dollars, Stargate is the largest build-out.", [],
                 id="dollars_are_no_parameters"),
    pytest.param("With 70 billion parameters, it fits on one GPU.", [], id="pronoun_subject"),
    pytest.param("With 70 billion parameters, Dana said the model fits.", [],
                 id="a_speaker_is_no_subject_of_the_count"),
    pytest.param("With 70 billion parameters, Zorvex-style models fit on one node.", [],
                 id="a_modifier_is_no_subject"),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_CASES)
def test_subjects_of_a_fronted_count(model_names, unaided: Language, text: str,
                                     expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


PARENTHESISED_CASES = [
    pytest.param("Teams compared Zorvex (132B) and Quillon (52B) on coding tasks.",
                 ["Zorvex", "Quillon"], id="two_sized_names_listed"),
    pytest.param("On coding, Zorvex (132B) beat most open rivals.", ["Zorvex"],
                 id="glued_size_with_a_comparison_cue"),
    pytest.param("Our recipe borrows from Cohere's Quillon (52B total / 12B active).",
                 ["Quillon"], id="brackets_with_scope_words"),
    pytest.param("The rest of the field (GPT-2 (1.5 billion), Orcanet (9.1 billion)) had "
                 "fewer parameters.", ["GPT-2", "Orcanet"], id="sentence_about_parameters"),
    pytest.param("Stripe (95B) and Canva (26B) lead the list of private AI companies.", [],
                 id="company_figures_listed"),
    pytest.param("Valuations at Stripe (95B) and Canva (26B) grew.", [],
                 id="valuations_listed"),
    pytest.param("Musk (54) said the model would ship soon.", [], id="an_age"),
    pytest.param("Paris (2.1M residents) hosts the summit on AI models.", [],
                 id="residents_in_brackets"),
    pytest.param("Orbix (2 billion users) beat its rivals.", [], id="users_in_brackets"),
]


@pytest.mark.parametrize(("text", "expected"), PARENTHESISED_CASES)
def test_names_sized_in_parentheses(model_names, unaided: Language, text: str,
                                    expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


LAB_BRAND_CASES = [
    pytest.param("Snowflake Borealis took another approach: a dense transformer with a "
                 "residual MoE, adding up to 480 billion parameters.", ["Snowflake Borealis"],
                 id="lab_word_then_brand_sized_later"),
    pytest.param("Snowline Borealis has 480 billion parameters and 17 billion active.",
                 ["Snowline Borealis"], id="unknown_lab_word_then_brand_sized"),
    pytest.param("Dana Whitfield has 1.5 billion dollars in stock.", [],
                 id="a_person_with_money"),
    pytest.param("South Korea has 52 million residents.", [], id="a_country_with_people"),
    pytest.param("Nvidia Vexor packs 208 billion transistors for models with a trillion "
                 "parameters.", [], id="the_count_of_other_models"),
    pytest.param("Meridian unveiled Halcyon, a 70-billion-parameter open-weight model, on "
                 "Tuesday.", ["Halcyon"], id="hyphenated_count_appositive"),
]


@pytest.mark.parametrize(("text", "expected"), LAB_BRAND_CASES)
def test_brands_and_appositives_sized_by_their_sentence(model_names, unaided: Language,
                                                        text: str, expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


DESCRIBED_CASES = [
    pytest.param("Acme released Zorvex on Tuesday. The model is available through an API.",
                 ["Zorvex"], id="released_then_the_model"),
    pytest.param("Vantage launched Quillon last week. The new model has a leaderboard lead.",
                 ["Quillon"], id="released_then_the_new_model"),
    pytest.param("Samsung launched Orchard last year. The model sold well in Korea.", [],
                 id="a_product_model_outside_ai_talk"),
    pytest.param("Acme released Zorvex on Tuesday. The company expects strong inference "
                 "demand.", [], id="next_sentence_about_the_company"),
    pytest.param("Acme released Zorvex Cloud on Tuesday. The model serves inference.", [],
                 id="the_word_is_part_of_a_longer_name"),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_CASES)
def test_released_names_the_next_sentence_calls_the_model(model_names, unaided: Language,
                                                          text: str, expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


OWNED_CASES = [
    pytest.param("Acme's Zorvex model tops the leaderboard.", ["Zorvex"],
                 id="possessive_owner_before_name_and_model"),
    pytest.param("Zorvex, Acme's new language model, answers in 40 languages.", ["Zorvex"],
                 id="appositive_opening_on_a_possessive"),
    pytest.param("Tesla's Cybertruck model sold well.", [], id="a_car_model_outside_ai_talk"),
    pytest.param("Paris, France's capital, hosts a model fashion week.", [],
                 id="possessive_appositive_without_a_model_head"),
]


@pytest.mark.parametrize(("text", "expected"), OWNED_CASES)
def test_names_owned_by_a_possessive(model_names, unaided: Language, text: str,
                                     expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


JOINED_CASES = [
    pytest.param("Acme released Quill-7 and Quill-Tiny last week. Quill-Tiny runs in a "
                 "browser.", ["Quill-7", "Quill-Tiny", "Quill-Tiny"],
                 id="title_word_glued_to_a_model_family"),
    pytest.param("We released Quill-7, a small model. We also released Quill-Tiny, which has "
                 "half a billion parameters.", ["Quill-7", "Quill-Tiny"],
                 id="relative_clause_with_half_a_billion"),
    pytest.param("The Open-Source movement grew.", [], id="a_headline_compound"),
    pytest.param("Quill-7 is a new model. The Open-Source crowd cheered.", ["Quill-7"],
                 id="a_compound_of_another_word"),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_CASES)
def test_glued_title_words_of_a_model_family(model_names, unaided: Language, text: str,
                                            expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


PREMODIFIED_CASES = [
    pytest.param("The 132-billion-parameter Zorvex outperformed rivals on coding.", ["Zorvex"],
                 id="hyphenated_count_before_the_name"),
    pytest.param("A 70-billion-parameter Quillon now runs on a single node.", ["Quillon"],
                 id="indefinite_article"),
    pytest.param("Zorvex's 132 billion parameters make it the largest open model.", ["Zorvex"],
                 id="the_name_owns_the_count"),
    pytest.param("Vexor's 208-billion-transistor die ships this year.", [],
                 id="transistors_before_a_noun"),
    pytest.param("Acme's 70 billion parameters model is large.", [],
                 id="a_model_noun_heads_the_count"),
    pytest.param("A 6-trillion-parameter Mixture-of-Experts model is coming.", [],
                 id="a_hyphenated_compound_after_the_count"),
    pytest.param("When Size Becomes Strategy: The Trillion-Parameter Gambit", [],
                 id="a_headline"),
    pytest.param("The 132-billion-parameter Zorvex model is out.", ["Zorvex"],
                 id="the_model_noun_after_the_name"),
]


@pytest.mark.parametrize(("text", "expected"), PREMODIFIED_CASES)
def test_names_a_count_premodifies_or_that_own_it(model_names, unaided: Language, text: str,
                                                  expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


PHRASAL_CASES = [
    pytest.param("Zorvex weighs in at 132 billion parameters.", ["Zorvex"], id="weighs_in_at"),
    pytest.param("Zorvex scales to 132 billion parameters.", ["Zorvex"], id="scales_to"),
    pytest.param("Zorvex was trained with 132 billion parameters on 9T tokens.", ["Zorvex"],
                 id="was_trained_with"),
    pytest.param("Vexor weighs in at 208 billion transistors.", [], id="weighs_in_transistors"),
    pytest.param("Orbix scales to 2 billion users.", [], id="scales_to_users"),
]


@pytest.mark.parametrize(("text", "expected"), PHRASAL_CASES)
def test_names_a_phrasal_verb_sizes(model_names, unaided: Language, text: str,
                                    expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


# With the trained NER: its PERSON and place labels on coined words yield only to a count that
# says "parameters"; on real people and places nothing changes.
TRAINED_CASES = [
    pytest.param("Databricks' Zorvex, released on March 27, 2024, has 132 billion total "
                 "parameters, of which 36 billion are active.", ["Zorvex"],
                 id="person_label_on_a_coined_word"),
    pytest.param("The company introduced Tarnis, a 12-billion-parameter model for code.",
                 ["Tarnis"], id="place_label_on_a_coined_word"),
    pytest.param("France, which hosted the summit, has 68 million residents.", [],
                 id="a_real_place"),
    pytest.param("Jensen Huang, speaking in Taipei, said Rubin has 336 billion transistors.",
                 [], id="a_real_person"),
    pytest.param("London, a city of 9 million people, hosts the lab.", [], id="a_city"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), TRAINED_CASES)
def test_coined_names_with_the_trained_ner(nlp_full: Language, text: str,
                                           expected: list[str]) -> None:
    doc = nlp_full(text)
    assert [s.text for s in doc.spans["entities"] if s.label_ == "MODEL"] == expected
