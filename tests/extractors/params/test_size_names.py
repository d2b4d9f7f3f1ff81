"""A model referred to by the size in its name ("the 120b" for zeta-oss-120b), issue 16.

Invented sentences; MODEL spans set by hand on the blank pipeline.
"""

from __future__ import annotations

import pytest

from extractors.params.counts import find_param_counts
from extractors.params.lexicon import ParamLexicon

CASES = [
    pytest.param("Acme released zeta-oss-20b and zeta-oss-120b. The 120b is 117 billion.",
                 ["zeta-oss-20b", "zeta-oss-120b"], [("117 billion", "zeta-oss-120b")],
                 id="copula_without_parameters"),
    pytest.param("Acme released zeta-oss-20b and zeta-oss-120b. The 120b is 117 billion, and "
                 "the 20b has 21 billion.", ["zeta-oss-20b", "zeta-oss-120b"],
                 [("117 billion", "zeta-oss-120b"), ("21 billion", "zeta-oss-20b")],
                 id="two_stand_ins_in_one_sentence"),
    pytest.param("Orca-2 ships as orca-2-9b and orca-2-27b. The 27b model has roughly 27.2B "
                 "parameters.", ["Orca-2", "orca-2-9b", "orca-2-27b"],
                 [("27.2B", "orca-2-27b")], id="stand_in_with_a_model_noun"),
    pytest.param("Acme released nova-3-8b. The 8b was trained on 15 trillion tokens.",
                 ["nova-3-8b"], [], id="trap_tokens_of_the_stand_in"),
    pytest.param("Acme released nova-3-8b. The 8b fits on one GPU with 24 GB.",
                 ["nova-3-8b"], [], id="trap_stand_in_is_no_figure"),
    pytest.param("Acme released nova-3-8b and nova-3-70b. The 70b is slower, scoring 81.5 on "
                 "the test.", ["nova-3-8b", "nova-3-70b"], [], id="trap_benchmark_score"),
    pytest.param("Acme sells zeta-8b. The 8 is its lucky number, and 12 billion users agree.",
                 ["zeta-8b"], [], id="trap_a_plain_number_is_no_name_part"),
]


def _read(model_doc, lex: ParamLexicon, text: str, models: list[str]) -> list[tuple]:
    spans = find_param_counts(model_doc(text, models), lex)
    return [(s.text, s._.subject._.canonical) for s in spans if s._.binding != "name_size"]


@pytest.mark.parametrize(("text", "models", "expected"), CASES)
def test_size_name_stand_in(model_doc, lex, text, models, expected) -> None:
    assert _read(model_doc, lex, text, models) == expected


# A first version sized before it is named: the naming sentence after binds back.
NAMED_NEXT = [
    pytest.param("Acme started in 2021. The initial version had 1.3B parameters. It was called "
                 "Marlin.", ["Marlin"], [("1.3B", "Marlin")], id="called"),
    pytest.param("The first release had 350 million parameters. It was named Pipit.",
                 ["Pipit"], [("350 million", "Pipit")], id="named"),
    pytest.param("The original model used 7 billion parameters. It was dubbed simply Wren.",
                 ["Wren"], [("7 billion", "Wren")], id="one_adverb_before_the_name"),
    pytest.param("The initial version had 1.3B parameters. Orca-2 came later.", ["Orca-2"], [],
                 id="trap_no_naming_cue"),
    pytest.param("The initial version had 1.3B parameters.\n\nIt was called Marlin.",
                 ["Marlin"], [], id="trap_next_paragraph"),
    pytest.param("The dataset had 15 trillion tokens. It was called Marlin.", ["Marlin"], [],
                 id="trap_tokens"),
    pytest.param("Acme raised 2 billion dollars. It was called Marlin.", ["Marlin"], [],
                 id="trap_no_stand_in_subject"),
]


@pytest.mark.parametrize(("text", "models", "expected"), NAMED_NEXT)
def test_named_in_the_next_sentence(model_doc, lex, text, models, expected) -> None:
    assert _read(model_doc, lex, text, models) == expected
