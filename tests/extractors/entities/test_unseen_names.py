"""Case tables for model names no rule lists (issue 16), read with the known-model rules off.

Every sentence is invented. The ``unaided`` pipeline (conftest.py) has ``known_models=False``: a
model is found only by the shape of its name or by how the text treats it, as next week's news
will need.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import extractors  # noqa: F401  (registers factories and extensions)

FAMILY_SHAPE_CASES = [
    pytest.param("Llama 7.1 405B arrived on Tuesday.", ["Llama 7.1 405B"],
                 id="family_version_size"),
    pytest.param("Users prefer GPT-9o mini for short replies.", ["GPT-9o mini"],
                 id="glued_version_then_variant"),
    pytest.param("Qwen9-Max-Thinking leads the table.", ["Qwen9-Max-Thinking"],
                 id="glued_version_and_hyphenated_variants"),
    pytest.param("DeepSeek-V9 and Claude-8.5-Sonnet both shipped.",
                 ["DeepSeek-V9", "Claude 8.5 Sonnet"], id="hyphen_split_and_glued_names"),
    pytest.param("Gemini Ultra answered first.", ["Gemini Ultra"], id="family_with_variant_word"),
    pytest.param("Falcon 900B is open.", ["Falcon 900B"], id="family_with_size"),
    pytest.param("Claude Shannon founded information theory.", [], id="person_with_family_word"),
    pytest.param("Claude Wren Preview is gated.", ["Claude Wren Preview"],
                 id="unknown_word_before_a_variant"),
    pytest.param("Claude Monet Painted 3 Lilies.", [], id="title_words_without_a_name_part"),
    pytest.param("A llama 3 metres tall.", [], id="lowercase_common_noun"),
    pytest.param("The Grok 9 series grows.", [], id="family_reference"),
    pytest.param("Gemini stood in the sky.", [], id="bare_family_word"),
]


@pytest.mark.parametrize(("text", "expected"), FAMILY_SHAPE_CASES)
def test_family_members_by_shape(model_names, unaided: Language,
                                 text: str, expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


DISCOURSE_FAMILY_CASES = [
    pytest.param("Claude 9 Opus leads the board. Many teams still call Claude first.",
                 ["Claude 9 Opus", "Claude"], id="bare_family_after_a_member"),
    pytest.param("Teams call Claude first.", [], id="bare_family_alone"),
    pytest.param("Claude and other chat models answered.", ["Claude"],
                 id="bare_family_in_a_sentence_about_models"),
    pytest.param("Claude Monet's models posed.", [], id="person_in_a_model_sentence"),
    pytest.param("Grok 9 ships soon; the Grok 10 series follows.", ["Grok 9"],
                 id="family_head_of_a_series_is_no_bare_word"),
    pytest.param("Gemini 9 Pro is out. The Gemini family of models grows.", ["Gemini 9 Pro"],
                 id="family_noun_after_the_word"),
    pytest.param("Llama 9 is open. A LLAMA 9 table follows.", ["Llama 9"],
                 id="shouted_family_word_in_a_heading"),
]


@pytest.mark.parametrize(("text", "expected"), DISCOURSE_FAMILY_CASES)
def test_bare_family_words_by_discourse(model_names, unaided: Language, text: str,
                                        expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


CODE_NAME_CASES = [
    pytest.param("The q7-preview model and q7 mini were tested; q7 was slow.",
                 ["q7-preview", "q7 mini", "q7"], id="code_with_variants_then_bare"),
    pytest.param("Acme's r4 model is rumored to be large.", ["r4"], id="code_before_model_noun"),
    pytest.param("Set v2 mini to on.", [], id="a_v_number_is_a_version"),
    pytest.param("Seat b4 was empty.", [], id="code_shape_without_a_name_cue"),
    pytest.param("Acme's model runs on x86 chips; the x86 Base build is slower.", [],
                 id="code_shape_before_a_chip_noun"),
    pytest.param("The model was trained on the c4 dataset; c4 weights are public.", [],
                 id="code_shape_naming_a_dataset"),
    pytest.param("The m4 Pro chip runs local models; the m4 is cheap.", [],
                 id="variant_word_on_a_chip"),
    pytest.param("Acme's q7 Pro is out; q7 was tested.", ["q7 Pro"],
                 id="no_repeat_without_a_model_sentence"),
    pytest.param("The q7 Pro model is out; q7 was tested.", ["q7 Pro", "q7"],
                 id="repeat_after_a_model_sentence"),
]


@pytest.mark.parametrize(("text", "expected"), CODE_NAME_CASES)
def test_lowercase_code_names(model_names, unaided: Language,
                              text: str, expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


BUILT_ON_FAMILY_CASES = [
    pytest.param("ChatGPT users doubled.", ["ChatGPT"], id="product_on_an_acronym_family"),
    pytest.param("BankGPT answers questions.", ["BankGPT"], id="domain_prefix"),
    pytest.param("The GPT prefix is common.", [], id="bare_acronym"),
]


@pytest.mark.parametrize(("text", "expected"), BUILT_ON_FAMILY_CASES)
def test_names_built_on_a_family_word(model_names, unaided: Language, text: str,
                                      expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


COMPARED_CASES = [
    pytest.param("Zeta 5 has more parameters than Heron.", ["Zeta 5", "Heron"],
                 id="than_in_a_parameter_sentence"),
    pytest.param("The new model was compared with Orca and Wren.", ["Orca", "Wren"],
                 id="coordinated_list_after_the_cue"),
    pytest.param("Open models like Lumen, Kestrel and Pike grow. Lumen shipped in May.",
                 ["Lumen", "Kestrel", "Pike"], id="examples_are_not_repeated"),
    pytest.param("A model called Lumen shipped. Lumen is fast.", ["Lumen", "Lumen"],
                 id="introduced_then_repeated_use"),
    pytest.param("The model is bigger than OpenAI expected.", [], id="lab_after_the_cue"),
    pytest.param("Sales were better than Acme's.", [], id="possessive_owner"),
    pytest.param("Revenue grew faster than Orbit did.", [], id="sentence_not_about_models"),
    pytest.param("The model rivals New York startups.", [], id="multiword_proper_noun"),
    pytest.param("The team behind Heron trained a 7B model.", [], id="team_behind_a_name"),
    pytest.param("Zeta 5 stays ahead of Wren in parameters.", ["Zeta 5"],
                 id="ahead_of_is_no_comparison_cue"),
    pytest.param("Its predecessor Orca used fewer parameters.", [], id="predecessor_is_no_cue"),
    pytest.param("Zeta 5 outperforms Orca-2 on 7B parameters. Orca grew.", ["Zeta 5", "Orca-2"],
                 id="compared_name_is_not_repeated"),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_CASES)
def test_names_after_comparison_cues(model_names, unaided: Language, text: str,
                                     expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


SIZED_CLAUSE_CASES = [
    pytest.param("Kestrel, which has 40 billion parameters, is fast.", ["Kestrel"],
                 id="relative_clause_with_comma"),
    pytest.param("Pike which had 280 billion parameters was old.", ["Pike"],
                 id="relative_clause_without_comma"),
    pytest.param("Heron boasts 12 billion parameters.", ["Heron"], id="boasts_gives_a_size"),
    pytest.param("Acme's Kestrel is a 480B parameter model.", ["Kestrel"],
                 id="owner_possessive_before_the_name"),
    pytest.param("Quill: the 2T-parameter model from Acme.", ["Quill"],
                 id="colon_appositive_headline"),
    pytest.param("Acme's revenue, a 30 billion figure, grew.", [], id="owned_common_noun"),
    pytest.param("Update: the 70B-parameter model ships in May.", [], id="update_label"),
    pytest.param("Correction: a 9B-parameter model, not 90B.", [], id="correction_label"),
    pytest.param("Exclusive: the 2T-parameter model leaked.", [], id="exclusive_label"),
    pytest.param("Acme said Zeta Mini has 8 billion parameters.", ["Zeta Mini"],
                 id="reported_clause_after_said"),
    pytest.param("The lab confirmed that Quorra packs 120 billion parameters.", ["Quorra"],
                 id="reported_clause_after_that"),
    pytest.param("Acme says its new Zeta Mini model has 8 billion parameters.", ["Zeta Mini"],
                 id="determined_name_before_a_model_noun"),
    pytest.param("A rival of the Zeta Mini model has 8 billion parameters.", [],
                 id="determined_name_inside_another_phrase"),
    pytest.param("Equipped with 70 billion parameters, the model is fast.", [],
                 id="fronted_participle_is_no_name"),
    pytest.param("Officials said Kim has 70 billion in assets.", [],
                 id="reported_clause_without_a_size"),
    # the size clause skips a bare family word; without the known rules the family rule
    # (a bare family word in a sentence about models) reads it as the model line
    pytest.param("Falcon boasts 180 billion parameters.", ["Falcon"],
                 id="bare_family_word_by_the_family_rule"),
]


@pytest.mark.parametrize(("text", "expected"), SIZED_CLAUSE_CASES)
def test_names_given_a_size(model_names, unaided: Language, text: str, expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


ACRONYM_CASES = [
    pytest.param("The team released the Quantum Language Model (QuaLM) this week. QuaLM is big.",
                 ["QuaLM", "QuaLM"], id="long_form_then_acronym_in_brackets"),
    pytest.param("Acme's Zeta Language Model's (ZeLM) full version is large.", ["ZeLM"],
                 id="possessive_long_form"),
    pytest.param("They cited HeRM or Helpful Reasoning Models in the paper.", ["HeRM"],
                 id="acronym_or_long_form"),
    pytest.param("Acme released Open Sparse Transformer (OST-90B) today.", ["OST-90B"],
                 id="all_caps_acronym_with_a_size"),
    pytest.param("A State Space Model (SSM) layer is fast.", [], id="all_caps_term"),
    pytest.param("Every Large Language Model (LLM) hallucinates.", [], id="listed_term"),
    pytest.param("The Federal Trade Commission (FTC) is watching.", [],
                 id="long_form_names_no_model"),
    pytest.param("The Quantum Language Model (QLX) is new.", [], id="initials_do_not_spell_it"),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYM_CASES)
def test_acronyms_defined_by_a_model_long_form(model_names, unaided: Language, text: str,
                                               expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


DATE_STAMP_CASES = [
    pytest.param("Gemini-9.5-Pro-0514 was scored.", ["Gemini 9.5 Pro 0514"], id="mmdd"),
    pytest.param("Gemini-9.5-Pro-250514 was scored.", ["Gemini 9.5 Pro 250514"], id="yymmdd"),
    pytest.param("Gemini-9.5-Pro-20250514 was scored.", ["Gemini 9.5 Pro 20250514"],
                 id="yyyymmdd"),
]


@pytest.mark.parametrize(("text", "expected"), DATE_STAMP_CASES)
def test_date_stamped_names_keep_the_stamp(
    model_names, unaided: Language, text: str, expected: list[str]
) -> None:
    assert model_names(unaided, text) == expected


@pytest.mark.slow
def test_count_in_parameters_outweighs_a_person_label(model_names, nlp_full: Language) -> None:
    """The trained NER calls some model names PERSON; a count in parameters overrules it."""
    text = "Jonah which had 280 billion parameters was big. Mark Kim, with 70B dollars, was rich."
    assert "Jonah" in model_names(nlp_full, text)
    assert "Mark Kim" not in model_names(nlp_full, text)


QUOTED_CODENAME_CASES = [
    pytest.param('Labs push to 10T parameters (rumored OpenAI "Bramble," and others).',
                 ["Bramble"], id="quoted_after_lab_in_a_parameter_sentence"),
    pytest.param("Google's \"Heron\" model has 9B parameters.", ["Heron"],
                 id="possessive_lab_quoted_name"),
    pytest.param("Anthropic's \"Pike\" office opened.", [], id="sentence_not_about_models"),
    pytest.param('Acme "Bramble" has 9B parameters.', [], id="owner_not_a_known_lab"),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_CODENAME_CASES)
def test_quoted_codenames_after_a_lab(model_names, unaided: Language, text: str,
                                      expected: list[str]) -> None:
    assert model_names(unaided, text) == expected


ARCHITECTURE_NAME_CASES = [
    pytest.param("Acme opened 2031 with Hopper Transformer, the first such work.",
                 ["Hopper Transformer"], id="name_word_before_the_architecture"),
    pytest.param("Sizes start at Hopper Transformers (1.6T) today.", ["Hopper Transformers"],
                 id="plural_architecture_name"),
    pytest.param("It pairs SSM layers with a Dense Sparse Transformer.", [],
                 id="longer_title_phrase"),
    pytest.param("The Transformer changed everything.", [], id="bare_architecture"),
]


@pytest.mark.parametrize(("text", "expected"), ARCHITECTURE_NAME_CASES)
def test_names_built_on_an_architecture_noun(model_names, unaided: Language, text: str,
                                             expected: list[str]) -> None:
    assert model_names(unaided, text) == expected
