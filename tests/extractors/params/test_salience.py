"""Figures in sentences that name no model, bound to the salient model of the discourse.

Invented sentences. The rule: a sentence (or a clause after a colon) that opens on a pronoun
or a definite stand-in ("it", "the system") is about the only model named earlier in its
paragraph, or, when its paragraph names none, in the paragraph just before.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import extractors  # noqa: F401  (registers factories and extensions)
from extractors.params.component import SPANS_KEY


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("news_paragraph_breaks")
    pipeline.add_pipe("sentencizer")
    for name in ("news_entities", "news_param_counts"):
        pipeline.add_pipe(name)
        pipeline.get_pipe(name).initialize(nlp=pipeline)
    return pipeline


def facts(nlp: Language, text: str) -> list[tuple[str, float]]:
    doc = nlp(text)
    return [(s._.subject._.canonical, s._.param_value) for s in doc.spans[SPANS_KEY]]


SALIENCE_CASES = [
    pytest.param("Orca 3 is a sparse model. It has 600 billion total parameters. That sounds "
                 "huge. But here is the kicker: it only activates about 30 billion parameters.",
                 [("Orca 3", 600e9), ("Orca 3", 30e9)], id="pronoun_after_a_colon"),
    pytest.param("Leaks about the Kestrel 2 model appeared.\n"
                 "The system is said to have about 1.5 trillion parameters.",
                 [("Kestrel 2", 1.5e12)], id="previous_paragraph_single_model"),
    pytest.param("The Kestrel 2 model and the Orca 3 model were compared.\n"
                 "It has 90 billion parameters.", [], id="two_models_no_single_topic"),
    pytest.param("The Kestrel 2 model was compared.\nA new paragraph about Orca 3 models.\n"
                 "It has 90 billion parameters.", [("Orca 3", 90e9)],
                 id="nearest_paragraph_with_a_model_wins"),
    pytest.param("The Kestrel 2 model was shown.\nAnalysts expect a 90 billion parameter model "
                 "next year.", [], id="indefinite_description_is_another_model"),
]


@pytest.mark.parametrize(("text", "expected"), SALIENCE_CASES)
def test_salient_model_binding(nlp: Language, text: str,
                               expected: list[tuple[str, float]]) -> None:
    assert facts(nlp, text) == expected


PART_SIZE_CASES = [
    pytest.param("The Orca 3 model has 16 experts with 111 billion parameters each.", [],
                 id="per_expert_size"),
    pytest.param("The Orca 3 model is built from eight models of 220 billion parameters each.",
                 [], id="per_member_size"),
    pytest.param("The Orca 3 model has 16 experts, each with about 50 billion parameters.", [],
                 id="each_with_before_the_figure"),
    pytest.param("The Orca 3 model has 900 billion parameters, each one trained twice.",
                 [("Orca 3", 900e9)], id="each_in_another_clause"),
]


@pytest.mark.parametrize(("text", "expected"), PART_SIZE_CASES)
def test_part_sizes_are_no_model_size(nlp: Language, text: str,
                                      expected: list[tuple[str, float]]) -> None:
    assert facts(nlp, text) == expected


RESPECTIVELY_CASES = [
    pytest.param("Its smaller models, Orca 3 Mini and Kestrel 2 Mini, are made up of "
                 "100 billion and 8 billion parameters, respectively.",
                 [("Orca 3 Mini", 100e9), ("Kestrel 2 Mini", 8e9)], id="pair_with_comma"),
    pytest.param("The Orca 3 and Kestrel 2 models have 70B and 13B parameters respectively.",
                 [("Orca 3", 70e9), ("Kestrel 2", 13e9)], id="pair_suffix_figures"),
    pytest.param("The Orca 3, Kestrel 2 and Wren 4 models have 70B, 13B, and 7B parameters "
                 "respectively.", [("Orca 3", 70e9), ("Kestrel 2", 13e9), ("Wren 4", 7e9)],
                 id="triple"),
    pytest.param("The best open models are Orca 2 and Kestrel 3.3 70B, having 123 billion "
                 "and 70 billion parameters respectively.",
                 [("Kestrel 3.3 70B", 70e9), ("Orca 2", 123e9), ("Kestrel 3.3 70B", 70e9)],
                 id="size_inside_a_name_is_not_one_of_the_figures"),
    pytest.param("The Orca 3 model beat Kestrel 2 and Wren 4, with 70B, 13B and 7B parameters "
                 "respectively.", [], id="counts_do_not_pair_so_nothing_binds"),
]


@pytest.mark.parametrize(("text", "expected"), RESPECTIVELY_CASES)
def test_respectively_pairs_in_order(nlp: Language, text: str,
                                     expected: list[tuple[str, float]]) -> None:
    assert facts(nlp, text) == expected


SIZE_LIST_CASES = [
    pytest.param("Gemma is an open model line. Three sizes are offered, with 2B, 9B and 27B "
                 "parameters.", [("Gemma", 2e9), ("Gemma", 9e9), ("Gemma", 27e9)],
                 id="sizes_of_the_paragraph_family"),
    pytest.param("Gemma is an open model line. Its variants come with 2B or 9B parameters.",
                 [("Gemma", 2e9), ("Gemma", 9e9)], id="variants_alternative"),
    pytest.param("Gemma and Phi-3 were tested. Three sizes are offered, with 2B, 9B and 27B "
                 "parameters.", [], id="two_models_no_family"),
    pytest.param("Gemma is an open model line. Three sizes are offered, with 2B parameters.",
                 [], id="one_figure_is_no_list"),
]


@pytest.mark.parametrize(("text", "expected"), SIZE_LIST_CASES)
def test_size_lists_belong_to_the_paragraph_family(nlp: Language, text: str,
                                                   expected: list[tuple[str, float]]) -> None:
    assert facts(nlp, text) == expected


def test_variant_names_do_not_restate_their_base_size(nlp: Language) -> None:
    text = ("The Orca-4 340B models: Orca-4 340B Instruct and the Orca-4 340B Reward model. "
            "Only the Zeta 2 70B Chat model was tested.")
    assert facts(nlp, text) == [("Orca-4 340B", 340e9), ("Zeta 2 70B Chat", 70e9)]


RELATIVE_CLAUSE_CASES = [
    pytest.param("Acme says the Orca 4 model will have 100 trillion parameters, as opposed to the "
                 "175 billion parameters that Orca 3 is trained on.",
                 [("Orca 4", 100e12), ("Orca 3", 175e9)], id="that_clause_after_contrast"),
    pytest.param("The 70 billion parameters which the Orca 3 model uses are many.",
                 [("Orca 3", 70e9)], id="which_clause_with_article"),
    pytest.param("The Orca 3 model has 70 billion parameters that Kestrel 2 Chat matches.",
                 [("Orca 3", 70e9)],
                 marks=pytest.mark.xfail(reason="the relative-clause subject wins over the "
                                                "main-clause subject; needs the parse"),
                 id="relative_clause_of_a_bound_figure"),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSE_CASES)
def test_relative_clause_on_the_parameter_noun(nlp: Language, text: str,
                                               expected: list[tuple[str, float]]) -> None:
    assert facts(nlp, text) == expected


NICKNAME_BINDING_CASES = [
    pytest.param("Frontier models such as GPT-4o and Claude 3.5 Sonnet are smaller than GPT-4, "
                 "with 4o having around 200 billion and 3.5 Sonnet around 400 billion "
                 "parameters.", [("GPT-4o", 200e9), ("Claude 3.5 Sonnet", 400e9)],
                 id="nicknames_take_their_own_figures"),
]


@pytest.mark.parametrize(("text", "expected"), NICKNAME_BINDING_CASES)
def test_nicknames_bind_their_figures(nlp: Language, text: str,
                                      expected: list[tuple[str, float]]) -> None:
    assert facts(nlp, text) == expected


BETWEEN_MODELS_CASES = [
    pytest.param("Parameter counts rose from 117 million to 175 billion between Orca 1 and "
                 "Orca 3.", [("Orca 1", 117e6), ("Orca 3", 175e9)], id="from_to_between"),
    pytest.param("Sizes grew by ten times from 1 billion to 10 billion parameters between Orca 1 "
                 "and Orca 3.", [("Orca 1", 1e9), ("Orca 3", 10e9)], id="parameters_word"),
    pytest.param("Models ranging from 1T to 10T parameters came out between 2020 and 2024, "
                 "including Orca 3.", [], id="years_are_not_models"),
    pytest.param("Orca 3 grew from 7 billion to 13 billion parameters.", [],
                 id="one_model_growing_is_a_range_not_a_pair"),
]


@pytest.mark.parametrize(("text", "expected"), BETWEEN_MODELS_CASES)
def test_from_to_between_models(nlp: Language, text: str,
                                expected: list[tuple[str, float]]) -> None:
    assert facts(nlp, text) == expected
