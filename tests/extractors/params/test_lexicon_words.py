"""The word lists of the parameter-count rules are data (``patterns/param_counts.jsonl``):
every label is shipped and read by the code, a bad list is rejected on load, and a word added
to the file changes what the rules read (no copy of the list is left in code)."""

from __future__ import annotations

import re
from importlib import resources
from typing import get_args

import pytest
from spacy.language import Language

from extractors.errors import RuleFileError
from extractors.params.context import blocked_reason
from extractors.params.counts import find_param_counts
from extractors.params.lexicon import (
    DEFAULT_PATTERNS,
    Label,
    ParamLexicon,
    load_rules,
    validate_rules,
)
from extractors.params.size_links import describes_generic_models

SHIPPED = load_rules(DEFAULT_PATTERNS)


def _params_source() -> str:
    """The code of the params family, the lexicon module (which declares the labels) left out."""
    folder = resources.files("extractors").joinpath("params")
    return "\n".join(f.read_text(encoding="utf-8") for f in folder.iterdir()
                     if f.name.endswith(".py") and f.name != "lexicon.py")


@pytest.mark.parametrize("label", get_args(Label))
def test_every_label_is_shipped_and_read(label: str) -> None:
    assert any(rule.label == label for rule in SHIPPED), f"no {label} phrase in the file"
    assert re.search(rf'"{label}"', _params_source()), f"no rule reads {label}"


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        pytest.param([{"id": "a", "label": "GROUP_NOUN", "pattern": ""}], "rule 'a': key 'pattern'",
                     id="empty_pattern"),
        pytest.param([{"id": "a", "label": "GROUP_NOUN", "pattern": "  "}],
                     "rule 'a': key 'pattern'", id="blank_pattern"),
        pytest.param([{"id": "a", "label": "RIVAL_NOUN", "pattern": "rivals"},
                      {"id": "b", "label": "RIVAL_NOUN", "pattern": "Rivals"}],
                     "rule 'b': key 'pattern': 'Rivals' is already a RIVAL_NOUN phrase "
                     "\\(rule 'a'\\)", id="duplicate_phrase"),
    ],
)
def test_bad_word_lists_are_rejected(rules: list[dict], message: str) -> None:
    with pytest.raises(RuleFileError, match=message):
        validate_rules(rules)


def test_same_word_under_two_labels_is_allowed() -> None:
    rules = validate_rules([{"id": "a", "label": "GROUP_NOUN", "pattern": "models"},
                            {"id": "b", "label": "GENERIC_MODELS", "pattern": "models"}])
    assert [r.id for r in rules] == ["a", "b"]


def _with(label: str, word: str) -> ParamLexicon:
    extra = {"id": f"test.{word}", "label": label, "pattern": word}
    return ParamLexicon.from_rules([*SHIPPED, *validate_rules([extra])])


def _figure(nlp: Language, text: str, figure: str):
    doc = nlp(text)
    start = text.index(figure)
    return doc, doc.char_span(start, start + len(figure), alignment_mode="expand")


@pytest.mark.parametrize(
    ("text", "figure", "word", "shipped", "extended"),
    [
        pytest.param("Labs now train 2T-parameter models.", "2T", "giants", "group", "group",
                     id="group_noun_shipped"),
        pytest.param("Labs now train 2T-parameter giants.", "2T", "giants", "", "group",
                     id="group_noun_added"),
        pytest.param("Acme says 500B-parameter behemoths are next.", "500B", "behemoths", "",
                     "group", id="group_noun_added_subject"),
    ],
)
def test_group_nouns_come_from_the_file(blank_nlp: Language, text: str, figure: str, word: str,
                                        shipped: str, extended: str) -> None:
    doc, span = _figure(blank_nlp, text, figure)
    lex = ParamLexicon.from_rules(SHIPPED)
    assert blocked_reason(doc, span, lex) == shipped
    assert blocked_reason(doc, span, _with("GROUP_NOUN", word)) == extended


@pytest.mark.parametrize(
    ("text", "figure", "word", "shipped", "extended"),
    [
        pytest.param("Models with close to 10 trillion parameters are coming.", "10 trillion",
                     "chatbots", True, True, id="generic_models_shipped"),
        pytest.param("Chatbots with close to 10 trillion parameters are coming.", "10 trillion",
                     "chatbots", False, True, id="generic_models_added"),
        pytest.param("Agents of 3T parameters may follow Nova 3.", "3T", "agents", False, True,
                     id="generic_models_added_of"),
    ],
)
def test_generic_model_nouns_come_from_the_file(blank_nlp: Language, text: str, figure: str,
                                                word: str, shipped: bool, extended: bool) -> None:
    doc, span = _figure(blank_nlp, text, figure)
    assert describes_generic_models(doc, span, ParamLexicon.from_rules(SHIPPED)) is shipped
    assert describes_generic_models(doc, span, _with("GENERIC_MODELS", word)) is extended


# COUNT_NOUN is one list for two rules that read the nouns naming a parameter count: the
# subject of its clause ("The parameter count for Zeta 5 is ...", syntax) and a "with" phrase
# after the clause ("..., with a parameter count of about 1.5T", left_rules). Joining the two
# lists gave the "with" phrase "number" as well.
@pytest.mark.parametrize(
    ("text", "models", "expected"),
    [
        pytest.param("Zeta 5 keeps the MoE design, with a parameter count of about 1.5T now.",
                     ["Zeta 5"], [("1.5T", "Zeta 5")], id="with_parameter_count"),
        pytest.param("Nova 3 stays dense, with the number of parameters of about 70B now.",
                     ["Nova 3"], [("70B", "Nova 3")], id="with_number_of_parameters"),
        pytest.param("Orca-2 keeps the old tokenizer, with total parameters of about 9B now.",
                     ["Orca-2"], [("9B", "Orca-2")], id="with_total_parameters"),
    ],
)
def test_count_nouns_in_a_with_phrase(model_doc, lex: ParamLexicon, text: str,
                                      models: list[str], expected: list[tuple]) -> None:
    found = [(s.text, s._.subject._.canonical)
             for s in find_param_counts(model_doc(text, models), lex)]
    assert found == expected
