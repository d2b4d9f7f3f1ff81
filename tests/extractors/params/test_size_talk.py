"""A size link with no "parameters" in reach, in a paragraph about a model's size (issue 16).

"Zeta has never disclosed the size of Nova 3, though estimates put it at 900 billion": the
paragraph's size word describes a model, so the linked figure is its size. A size word that
describes something else (revenue, a fan base, a dataset) is no such talk. Invented sentences;
MODEL spans set by hand, parsed by the trained pipeline (the size word's owner comes from the
dependency parse).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.params.counts import find_param_counts
from extractors.params.lexicon import ParamLexicon
from tests.extractors.params.conftest import doc_with_models

CASES = [
    pytest.param("Zeta Labs has never disclosed the size of Nova 3, though estimates put it at "
                 "roughly 900 billion.", ["Nova 3"], [("900 billion", "Nova 3")],
                 id="size_of_the_model_same_sentence"),
    pytest.param("Analysts wonder how big the Orca-2 model really is. Estimates put it at 1.2 "
                 "trillion.", ["Orca-2"], [("1.2 trillion", "Orca-2")],
                 id="how_big_the_model_is_sentence_before"),
    pytest.param("The Zeta 5 model is much bigger than its predecessor. Some estimates put it "
                 "at 1.8 trillion.", ["Zeta 5"], [("1.8 trillion", "Zeta 5")],
                 id="model_is_bigger"),
    pytest.param("Acme keeps the size of Nova 3 secret. Estimates put it at 400B.",
                 ["Nova 3"], [("400B", "Nova 3")], id="size_noun_owned_by_the_model"),
    pytest.param("Acme's revenue from the Zeta 5 model is large. Analysts put it at 2 billion.",
                 ["Zeta 5"], [], id="trap_size_of_the_revenue"),
    pytest.param("Acme did not disclose the size of the revenue from the Nova 3 model. "
                 "Analysts put it at 2 billion.", ["Nova 3"], [],
                 id="trap_size_of_what_the_model_earns"),
    pytest.param("How big is the market for the Zeta 5 model? Analysts put it at 800 billion.",
                 ["Zeta 5"], [], id="trap_size_of_the_market"),
    pytest.param("The Nova 3 model has a large fan base. Analysts put it at 800 million.",
                 ["Nova 3"], [], id="trap_size_of_a_fan_base"),
    pytest.param("The Orca-2 model was trained on a huge dataset. Estimates put it at 15 "
                 "trillion tokens.", ["Orca-2"], [], id="trap_dataset_tokens"),
    pytest.param("The Zeta 5 model runs on a large cluster. Reports put it at 100,000 GPUs.",
                 ["Zeta 5"], [], id="trap_gpus"),
    pytest.param("The Nova 3 model is bigger than ever.\n\nEstimates put it at 800 billion.",
                 ["Nova 3"], [], id="trap_size_talk_in_another_paragraph"),
]


# A copula on "it" with a quoted or bounded figure: 'sources said it was "under 20 billion"'.
COPULAS = [
    pytest.param('The Orca-2 model is small. Sources said it was "under 20 billion".',
                 ["Orca-2"], [("20 billion", "Orca-2", "at_most")], id="quoted_bound"),
    pytest.param("Acme never disclosed the parameter count of Nova 3. One engineer said it was "
                 '"under 20 billion".', ["Nova 3"], [("20 billion", "Nova 3", "at_most")],
                 id="after_the_parameter_count"),
    pytest.param("Acme will not reveal the parameter count of Zeta 5, though a former employee "
                 'said it is "well over 500 billion".', ["Zeta 5"],
                 [("500 billion", "Zeta 5", "at_least")], id="same_sentence_as_the_count"),
    pytest.param("Nobody knows how big the Zeta 5 model is. A researcher said it is roughly 1.5 "
                 "trillion.", ["Zeta 5"], [("1.5 trillion", "Zeta 5", "approx")],
                 id="unquoted_bound_after_size_talk"),
    pytest.param("The Nova 3 model has 7 billion parameters. Asked about revenue, he said it "
                 "was about 2 billion dollars.", ["Nova 3"], [("7 billion", "Nova 3", "exact")],
                 id="trap_money"),
    pytest.param("The Zeta 5 model has 400B parameters. Acme did not say what training cost, "
                 "but it was over 1 billion.", ["Zeta 5"], [("400B", "Zeta 5", "exact")],
                 id="trap_it_is_the_cost"),
    pytest.param('The Nova 3 model is small. Asked about its user base, she said it was "over '
                 '100 million".', ["Nova 3"], [], id="trap_it_is_the_user_base"),
    pytest.param("The Orca-2 model has 70B parameters. Its context window is long: it is over "
                 "1 million tokens.", ["Orca-2"], [("70B", "Orca-2", "exact")],
                 id="trap_context_tokens"),
    pytest.param("The Zeta 5 model has 400B parameters. On one benchmark it is 87.5.",
                 ["Zeta 5"], [("400B", "Zeta 5", "exact")], id="trap_plain_score"),
    pytest.param("The Zeta 5 model has 400B parameters. Asked when it shipped, he said it was "
                 "2023.", ["Zeta 5"], [("400B", "Zeta 5", "exact")], id="trap_plain_year"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "models", "expected"), COPULAS)
def test_bounded_copula_on_it(nlp_full: Language, lex: ParamLexicon, text: str,
                              models: list[str], expected: list[tuple]) -> None:
    doc = doc_with_models(nlp_full, text, models)
    found = [(s.text, s._.subject._.canonical, s._.param_bound)
             for s in find_param_counts(doc, lex)]
    assert found == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "models", "expected"), CASES)
def test_size_talk_makes_a_size_link(nlp_full: Language, lex: ParamLexicon, text: str,
                                     models: list[str], expected: list[tuple]) -> None:
    doc = doc_with_models(nlp_full, text, models)
    found = [(s.text, s._.subject._.canonical) for s in find_param_counts(doc, lex)]
    assert found == expected
