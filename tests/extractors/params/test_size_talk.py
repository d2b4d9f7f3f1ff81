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

from extractors.params.component import find_param_counts
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


@pytest.mark.slow
@pytest.mark.parametrize(("text", "models", "expected"), CASES)
def test_size_talk_makes_a_size_link(nlp_full: Language, lex: ParamLexicon, text: str,
                                     models: list[str], expected: list[tuple]) -> None:
    doc = doc_with_models(nlp_full, text, models)
    found = [(s.text, s._.subject._.canonical) for s in find_param_counts(doc, lex)]
    assert found == expected
