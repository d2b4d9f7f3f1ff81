"""A successor or a second instance named after a model is another model (issue 16).

"a second Wren, a successor with 8B" sizes a new model, not Wren; "X will get a successor with
30B" sizes the successor. "X, a successor with 20B" and "X is a successor with 20B" size X.
Invented sentences; MODEL spans set by hand on the blank pipeline.
"""

from __future__ import annotations

import pytest

from extractors.params.counts import find_param_counts

CASES = [
    pytest.param("Insiders say a second Wren, a successor with about 8 billion parameters, could "
                 "arrive soon.", ["Wren"], [], id="trap_a_second_instance"),
    pytest.param("Acme plans another Orca-2 with 30B parameters.", ["Orca-2"], [],
                 id="trap_another_instance"),
    pytest.param("Acme said Orca-2 will get a successor with 30B parameters next year.",
                 ["Orca-2"], [], id="trap_the_successor_is_the_object"),
    pytest.param("Acme said Zeta 5 will be followed by a sequel with 2T parameters.",
                 ["Zeta 5"], [], id="trap_sequel"),
    pytest.param("Acme is preparing Nova 3, a successor with 20B parameters.", ["Nova 3"],
                 [("20B", "Nova 3")], id="apposition_is_the_model"),
    pytest.param("Zeta 5 is a successor with 12B parameters.", ["Zeta 5"],
                 [("12B", "Zeta 5")], id="predicate_is_the_model"),
    pytest.param("Acme shipped a second model, Wren, with 8B parameters.", ["Wren"],
                 [("8B", "Wren")], id="second_model_named"),
]


@pytest.mark.parametrize(("text", "models", "expected"), CASES)
def test_successor_is_another_model(model_doc, lex, text, models, expected) -> None:
    found = [(s.text, s._.subject._.canonical) for s in find_param_counts(model_doc(text, models),
                                                                          lex)]
    assert found == expected
