"""Case tables for size links, thresholds, generic models and the name after the figure
(extractors/params/size_links.py), run through ``find_param_counts`` on a blank pipeline."""

from __future__ import annotations

import pytest

import extractors  # noqa: F401  (registers extensions and factories)
from extractors.params.counts import find_param_counts
from extractors.params.lexicon import ParamLexicon

T, B = 1e12, 1e9


def bindings(model_doc, lex: ParamLexicon, text: str, models: list[str]) -> list[tuple]:
    return [(s._.subject._.canonical, s._.param_value, s._.binding)
            for s in find_param_counts(model_doc(text, models), lex)]


SIZE_LINK = [
    pytest.param("Orbit 2 is the first model to exceed a trillion parameters, weighing in at "
                 "1.4 trillion.", ["Orbit 2"], [("Orbit 2", 1.4 * T, "size_link")],
                 id="weighing_in_after_a_threshold"),
    pytest.param("Lab Q opened the year with Orbit 2, the first model to pass a trillion "
                 "parameters, weighing in at 1.4 trillion.", ["Orbit 2"],
                 [("Orbit 2", 1.4 * T, "size_link")], id="apposition_threshold_then_size"),
    pytest.param("The race is about parameters. Helix 5 comes in at roughly 400 billion.",
                 ["Helix 5"], [("Helix 5", 400 * B, "size_link")],
                 id="parameters_said_in_the_sentence_before"),
    pytest.param("Helix 5 weighs in at 400 billion.", ["Helix 5"], [],
                 id="no_talk_of_parameters_no_figure"),
    pytest.param("Orbit 2 has 2 trillion parameters. Its rival weighs in at 1.2 trillion.",
                 ["Orbit 2"], [("Orbit 2", 2 * T, "copula")],
                 id="size_link_without_a_name_is_not_the_topics_size"),
    pytest.param("Helix 5 has 70 billion parameters and its budget weighs in at 40 billion "
                 "tokens.", ["Helix 5"], [("Helix 5", 70 * B, "copula")],
                 id="unit_noun_is_not_a_size"),
]

THRESHOLD = [
    pytest.param("Orbit 2 was the first model to cross 1 trillion parameters.", ["Orbit 2"], [],
                 id="first_to_cross_is_a_mark"),
    pytest.param("Orbit 2 became the first system ever to surpass a trillion parameters.",
                 ["Orbit 2"], [], id="first_ever_to_surpass"),
    pytest.param("Orbit 2 is expected to exceed 10 trillion parameters.", ["Orbit 2"],
                 [("Orbit 2", 10 * T, "copula")], id="expected_to_exceed_is_a_bound"),
]

GENERIC = [
    pytest.param("Since Vortex-3 was released, we could expect models with close to 9 trillion "
                 "parameters.", ["Vortex-3"], [], id="models_with_figure"),
    pytest.param("Vortex-3 is among LLMs of 1 trillion parameters.", ["Vortex-3"], [],
                 id="llms_of_figure"),
    pytest.param("Vortex-3 is a model with 1 trillion parameters.", ["Vortex-3"],
                 [("Vortex-3", 1 * T, "with_params")], id="singular_model_noun_still_binds"),
]

NAMED_AFTER = [
    pytest.param("The lab released a 1.2-trillion-parameter model, Zeta 3, last week.",
                 ["Zeta 3"], [("Zeta 3", 1.2 * T, "named_after")], id="apposition_name"),
    pytest.param("They trained an 80 billion parameter system, Zeta 3.", ["Zeta 3"],
                 [("Zeta 3", 80 * B, "named_after")], id="apposition_at_sentence_end"),
    pytest.param("In a 1T-parameter model, Zeta 3 would look small.", ["Zeta 3"], [],
                 id="name_opens_main_clause"),
    pytest.param("Compared with a 1T-parameter model, Zeta 3, at 7B, is small.", ["Zeta 3"],
                 [("Zeta 3", 7 * B, "with_params")], id="comparison_before_figure"),
    pytest.param("The lab released the 1.2-trillion-parameter model, Zeta 3, last week.",
                 ["Zeta 3"], [], id="definite_article_left_alone"),
]

PARAMETERS_OF = [
    pytest.param("The 6 trillion parameters of Zeta 5 impress.", ["Zeta 5"],
                 [("Zeta 5", 6 * T, "parameters_of")], id="definite_count_of_a_name"),
    pytest.param("Critics doubt the 6 trillion total parameters of the Zeta 5 model.", ["Zeta 5"],
                 [("Zeta 5", 6 * T, "parameters_of")], id="total_and_the_before_name"),
    pytest.param("Zeta 5 reuses 20 billion parameters of Vortex-3.", ["Zeta 5", "Vortex-3"],
                 [("Zeta 5", 20 * B, "nearest_same_clause")], id="indefinite_share_is_subjects"),
]

# comparisons: the figure written as the compared model's own size is its fact; a figure
# compared with a model says nothing of that model's size
COMPARISON = [
    pytest.param("That makes it nine times the size of the 175 billion parameter Vortex-3.",
                 ["Vortex-3"], [("Vortex-3", 175 * B, "n_param_model")],
                 id="compared_models_own_size"),
    pytest.param("Its 6 trillion parameters are nine times Vortex-3.", ["Vortex-3"], [],
                 id="figure_compared_with_a_model"),
    pytest.param("Zeta 5 will have 6 trillion parameters, nine times the size of Vortex-3.",
                 ["Zeta 5", "Vortex-3"], [("Zeta 5", 6 * T, "copula")],
                 id="comparison_after_the_figure_keeps_its_owner"),
    pytest.param("Zeta 5 is bigger than Vortex-3, which has 175 billion parameters.",
                 ["Zeta 5", "Vortex-3"], [("Vortex-3", 175 * B, "copula")],
                 id="relative_clause_of_the_compared_model"),
]


@pytest.mark.parametrize(("text", "models", "expected"),
                         SIZE_LINK + THRESHOLD + GENERIC + NAMED_AFTER + PARAMETERS_OF
                         + COMPARISON)
def test_size_link_kinds(model_doc, lex: ParamLexicon, text: str, models: list[str],
                         expected: list[tuple]) -> None:
    assert bindings(model_doc, lex, text, models) == expected


def test_model_index_follows_the_entity_group(model_doc) -> None:
    """The per-Doc index of MODEL span ends is rebuilt when the entity group changes."""
    from extractors.params.size_links import model_starts_by_end

    doc = model_doc("Sources pegged Zeta 5 at 1.5 trillion.", ["Zeta 5"])
    assert model_starts_by_end(doc) == {4: (2,)}
    doc.spans["entities"] = []
    assert model_starts_by_end(doc) == {}
