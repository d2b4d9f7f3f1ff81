"""Case tables for ways news states a model's size, found missing by invented probes (issue 16).

Each row lists every figure the component keeps as ``(surface, subject, scope, bound)``;
MODEL spans are set by hand, so the rows test the reading and binding, not name recognition.
Traps (rows that expect nothing, or another owner) are the precision side of the same kind.
"""

from __future__ import annotations

import pytest

from extractors.params.counts import find_param_counts
from extractors.params.lexicon import ParamLexicon
from tests.extractors.params.conftest import doc_with_models


def check(model_doc, lex: ParamLexicon, text: str, models: list[str],
          expected: list[tuple]) -> None:
    found = sorted((s.text, s._.subject._.canonical, s._.param_scope, s._.param_bound)
                   for s in find_param_counts(model_doc(text, models), lex))
    assert found == sorted(tuple(e) for e in expected)


U = "unspecified"

# ------------------------------ non-breaking hyphens (U+2011) in "70-billion-parameter Zeta 5"
HYPHEN_VARIANTS = [
    pytest.param("Acme released the 70\u2011billion\u2011parameter Zeta 5 on Monday.",
                 ["Zeta 5"], [("70\u2011billion", "Zeta 5", U, "exact")],
                 id="non_breaking_hyphens_before_the_name"),
    pytest.param("Acme released the 70B\u2011parameter Zeta 5.", ["Zeta 5"],
                 [("70B", "Zeta 5", U, "exact")], id="non_breaking_hyphen_after_suffix"),
    pytest.param("Acme released the 70 billion\u2011parameter Zeta 5.", ["Zeta 5"],
                 [("70 billion", "Zeta 5", U, "exact")], id="non_breaking_hyphen_spaced_figure"),
]

# ------------------------------------------- spelled and approximate figures, read whole
FIGURE_FORMS = [
    pytest.param("Zeta 5 has seven hundred billion parameters.", ["Zeta 5"],
                 [("seven hundred billion", "Zeta 5", U, "exact")], id="hundreds_in_words"),
    pytest.param("Orca-2 is said to be a half-a-trillion-parameter model.", ["Orca-2"],
                 [("half-a-trillion", "Orca-2", U, "exact")], id="hyphenated_half_a_trillion"),
    pytest.param("Nova 3 was widely estimated at 400-ish billion parameters.", ["Nova 3"],
                 [("400-ish billion", "Nova 3", U, "approx")], id="ish_is_approximate"),
    pytest.param("Zeta 6 has something like 120 billion parameters.", ["Zeta 6"],
                 [("120 billion", "Zeta 6", U, "approx")], id="something_like_is_approximate"),
    pytest.param("Zeta 6 ships soon. It will be something like 120 billion total, with maybe "
                 "12 billion active.", ["Zeta 6"],
                 [("120 billion", "Zeta 6", "total", "approx"),
                  ("12 billion", "Zeta 6", "active", "exact")], id="something_like_then_active"),
    pytest.param("Trillion-parameter models like Orca-2 are costly.", ["Orca-2"], [],
                 id="trap_like_of_a_group"),
]

# ------------------- "Zeta 5 Medium has 34 billion" (no "parameters") after talk of parameters
BARE_SIZES = [
    pytest.param("Zeta 5 Large has 104 billion parameters. Zeta 5 Medium has 34 billion and "
                 "Zeta 5 Small, which runs on laptops, has 12 billion.",
                 ["Zeta 5 Large", "Zeta 5 Medium", "Zeta 5 Small"],
                 [("104 billion", "Zeta 5 Large", U, "exact"),
                  ("34 billion", "Zeta 5 Medium", U, "exact"),
                  ("12 billion", "Zeta 5 Small", U, "exact")], id="siblings_bare_sizes"),
    pytest.param("Orca-2 uses 13 billion parameters. Nova 3 has roughly 70 billion.",
                 ["Orca-2", "Nova 3"], [("13 billion", "Orca-2", U, "exact"),
                                        ("70 billion", "Nova 3", U, "approx")],
                 id="bare_size_with_a_bound_cue"),
    pytest.param("Orca-2 uses 13 billion parameters. Nova 3 has 70 billion users.",
                 ["Orca-2", "Nova 3"], [("13 billion", "Orca-2", U, "exact")],
                 id="trap_noun_after_the_figure"),
    pytest.param("Nova 3 has 70 billion. Analysts were surprised.", ["Nova 3"], [],
                 id="trap_no_parameter_talk"),
]

# ------------------------------------ "a 70B model, Zeta 5, ...": the name restates the noun
APPOSITIVE_NAMES = [
    pytest.param("Acme trained a 70B model, Zeta 5, on public data.", ["Zeta 5"],
                 [("70B", "Zeta 5", U, "exact")], id="sized_noun_then_name"),
    pytest.param("Acme released a 70-billion-parameter model, Zeta 5.", ["Zeta 5"],
                 [("70-billion", "Zeta 5", U, "exact")], id="sized_noun_name_ends_sentence"),
    pytest.param("Beta Labs' 13B model, Orca-2, is open.", ["Orca-2"],
                 [("13B", "Orca-2", U, "exact")], id="possessed_sized_noun"),
    pytest.param("With a 70B model, Zeta 5 beats rivals.", ["Zeta 5"], [],
                 id="trap_name_opens_the_main_clause"),
    pytest.param("Acme trained a 70B model, and Nova 3, on public data.", ["Nova 3"], [],
                 id="trap_coordinated_not_appositive"),
]

# --------------------------- "The 70-billion-parameter model is open": a sized stand-in subject
SIZED_STAND_INS = [
    pytest.param("Acme released Zeta 5. The 70-billion-parameter model is open.", ["Zeta 5"],
                 [("70-billion", "Zeta 5", U, "exact")], id="sized_stand_in_next_sentence"),
    pytest.param("Beta Labs shipped Orca-2 today. The 13-billion-parameter system runs on a "
                 "laptop.", ["Orca-2"], [("13-billion", "Orca-2", U, "exact")],
                 id="sized_system_stand_in"),
    pytest.param("Acme suggests Zeta 5 has 8 billion parameters. The 8-billion-parameter model "
                 "may run on phones.", ["Zeta 5"], [("8 billion", "Zeta 5", U, "exact")],
                 id="stand_in_restating_a_size_adds_nothing"),
    pytest.param("Acme released Zeta 5 and Nova 3. The 70-billion-parameter model is open.",
                 ["Zeta 5", "Nova 3"], [], id="trap_two_models_no_topic"),
    pytest.param("Acme released Zeta 5. The other 70-billion-parameter model is closed.",
                 ["Zeta 5"], [], id="trap_other_model"),
]

# ------------------------ "X outperforms Y with just 7B": the size is the comparison subject's
RIVAL_SUBJECTS = [
    pytest.param("Zeta 5 outperforms Orca-2 with just 7 billion parameters.",
                 ["Zeta 5", "Orca-2"], [("7 billion", "Zeta 5", U, "exact")],
                 id="outperforms_with_just"),
    pytest.param("Zeta 5 is ten times larger than Orca-2, with 700 billion parameters.",
                 ["Zeta 5", "Orca-2"], [("700 billion", "Zeta 5", U, "exact")],
                 id="larger_than_comma_with"),
    pytest.param("Nova 3 beats Orca-2, despite having only 7B parameters.",
                 ["Nova 3", "Orca-2"], [("7B", "Nova 3", U, "exact")],
                 id="beats_despite_having"),
    pytest.param("Nova 3 rivals Orca-2 at a fraction of the cost, with 7B parameters.",
                 ["Nova 3", "Orca-2"], [("7B", "Nova 3", U, "exact")], id="rivals_comma_with"),
    pytest.param("Zeta 5 competes with Orca-2, a model with 70 billion parameters.",
                 ["Zeta 5", "Orca-2"], [("70 billion", "Orca-2", U, "exact")],
                 id="trap_apposition_on_the_rival"),
    pytest.param("Zeta 5 competes with Orca-2 with 70 billion parameters.",
                 ["Zeta 5", "Orca-2"], [("70 billion", "Orca-2", U, "exact")],
                 id="trap_plain_with_stays_the_rivals"),
    pytest.param("Acme shipped Zeta 5 and Orca-2 with 70 billion parameters.",
                 ["Zeta 5", "Orca-2"], [("70 billion", "Orca-2", U, "exact")],
                 id="trap_no_comparison"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "models", "expected"), HYPHEN_VARIANTS)
def test_hyphen_variants(nlp_full, lex, text, models, expected) -> None:
    # the production tokenizer splits U+2011 like "-" (the blank one keeps "70\u2011billion")
    check(lambda t, m: doc_with_models(nlp_full, t, m), lex, text, models, expected)


@pytest.mark.parametrize(("text", "models", "expected"), FIGURE_FORMS)
def test_figure_forms(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


@pytest.mark.parametrize(("text", "models", "expected"), BARE_SIZES)
def test_bare_sizes(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


@pytest.mark.parametrize(("text", "models", "expected"), APPOSITIVE_NAMES)
def test_appositive_names(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


@pytest.mark.parametrize(("text", "models", "expected"), SIZED_STAND_INS)
def test_sized_stand_ins(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)


@pytest.mark.parametrize(("text", "models", "expected"), RIVAL_SUBJECTS)
def test_rival_subjects(model_doc, lex, text, models, expected) -> None:
    check(model_doc, lex, text, models, expected)
