"""news_size_roles: a parameter count stated as a plan, or as a part's size (invented sentences).

The role is read from the figure's own clause; these tables pin which words make it and which
do not. The warehouse side (a plan or a part never contests) is in tests/warehouse/test_contests.py.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.errors import RuleFileError
from extractors.params.component import SPANS_KEY
from extractors.params.size_roles import SizeRoleFinder, compile_roles


@pytest.fixture(scope="module")
def finder(blank_nlp: Language) -> SizeRoleFinder:
    component = SizeRoleFinder(blank_nlp, "news_size_roles")
    component.initialize()
    return component


def role_of(nlp: Language, finder: SizeRoleFinder, sentence: str, surface: str) -> str | None:
    """The role written on the figure ``surface`` of ``sentence`` (its span set by hand)."""
    doc = nlp(sentence)
    start = sentence.index(surface)  # test fixture only: the text is written here
    span = doc.char_span(start, start + len(surface), alignment_mode="expand")
    doc.spans[SPANS_KEY] = [span]
    finder(doc)
    return doc.spans[SPANS_KEY][0]._.size_role


COMPONENT = [
    ("Its vision encoder alone has 6 billion parameters.", "6 billion", "component"),
    ("Quill-V pairs a 2-billion-parameter image encoder with its language model.",
     "2-billion", "component"),
    ("The draft model has 1 billion parameters, the lab said.", "1 billion", "component"),
    ("Zeta 4 adds a reward model of 7 billion parameters.", "7 billion", "component"),
    ("Orca-2 has 90 billion parameters in total.", "90 billion", None),
    ("Orca-2, which uses a new encoder, has 90 billion parameters.", "90 billion", None),
    ("Nova 3 has 40 billion parameters and reads images.", "40 billion", None),
    ("Zeta 5 has 70 billion parameters and a larger embedding table than its predecessor.",
     "70 billion", None),
    ("Zeta 5 has 70 billion parameters across its decoder layers.", "70 billion", None),
    ("Acme's Zeta 5 serves as the backbone of Acme Chat with 70 billion parameters.",
     "70 billion", None),
]

PLANNED = [
    ("Titan-5 will have 4 trillion parameters, the company said.", "4 trillion", "planned"),
    ("The lab said Titan-5 will eventually have 4 trillion parameters.", "4 trillion", "planned"),
    ("Titan-5 is expected to have 4 trillion parameters.", "4 trillion", "planned"),
    ("Atlas plans for a model with 4 trillion parameters.", "4 trillion", "planned"),
    ("Titan-5 is set to pack 4 trillion parameters.", "4 trillion", "planned"),
    ("Atlas set a target of 4 trillion parameters for Titan-5.", "4 trillion", "planned"),
    ("Atlas intends to scale Titan-5 to 4 trillion parameters.", "4 trillion", "planned"),
    ("Titan-5 has 3.2 trillion parameters, the report says.", "3.2 trillion", None),
    ("Titan-5, which will ship in June, has 3.2 trillion parameters.", "3.2 trillion", None),
    ("Titan-5 was trained with 3.2 trillion parameters.", "3.2 trillion", None),
    ("Titan-5 targets developers with 3.2 trillion parameters.", "3.2 trillion", None),
    ("Titan-5 has 3.2 trillion parameters; its successor will be larger.", "3.2 trillion",
     None),
    ("Zeta 5 will be available next week and has 405 billion parameters.", "405 billion", None),
    ("Zeta 5 launched as planned with 405 billion parameters.", "405 billion", None),
    ("Atlas is building a model which will have 4 trillion parameters.", "4 trillion",
     "planned"),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), COMPONENT + PLANNED)
def test_size_roles(blank_nlp: Language, finder: SizeRoleFinder, sentence: str, surface: str,
                    expected: str | None) -> None:
    assert role_of(blank_nlp, finder, sentence, surface) == expected


def test_users_extend_the_roles_in_the_rule_file(blank_nlp: Language) -> None:
    component = SizeRoleFinder(blank_nlp, "news_size_roles")
    component.initialize(patterns={
        "name": "custom", "max_after_tokens": 4,
        "roles": [{"id": "planned", "side": "before", "phrases": ["hopes to * reach"]}]})
    sentence = "Atlas hopes to eventually reach 4 trillion parameters with Titan-5."
    assert role_of(blank_nlp, component, sentence, "4 trillion") == "planned"


@pytest.mark.parametrize("bad", [
    {"name": "x", "max_after_tokens": 4, "roles": [{"id": "future", "side": "before",
                                                    "phrases": ["will"]}]},
    {"name": "x", "max_after_tokens": 4, "roles": [{"id": "planned", "side": "before",
                                                    "phrases": []}]},
    {"name": "x", "roles": []},
    {"name": "x", "max_after_tokens": 4, "roles": [{"id": "planned", "side": "before",
                                                    "phrases": ["* have"]}]},
])
def test_a_malformed_rule_file_is_a_clear_error(blank_nlp: Language, bad: dict) -> None:
    with pytest.raises(RuleFileError):
        compile_roles(bad, blank_nlp, source="bad.json")
