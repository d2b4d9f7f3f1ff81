"""The clause finders' function words are rule data (``clause_words`` in aliases.json), loaded
and validated with the rest of the lexicon; and the stated-name finder works on a Doc without
POS tags (a blank English tokenizer), where its head test is skipped. Sentences are invented."""

from __future__ import annotations

import json

import pytest
import spacy

import extractors  # noqa: F401  (registers factories and extensions)
from extractors.entities.names import build_tables
from extractors.entities.rules import LEXICON_FILE, load_lexicon, parse_lexicon
from extractors.entities.stated_names import find_copula_names, find_lab_brand_names
from extractors.errors import RuleFileError


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(LEXICON_FILE.read_text(encoding="utf-8"))


def test_clause_words_reach_the_tables() -> None:
    tables = build_tables(load_lexicon())
    assert "boasts" in tables.statement_openers
    assert "than" in tables.statement_prepositions
    assert {"is", "was"} <= tables.copulas
    assert "from" in tables.after_model_head
    assert "&" in tables.list_joiners
    assert "said" in tables.actor_verbs
    assert "language" in tables.long_form_heads
    assert "\u2013" in tables.long_form_glue
    assert "variant" in tables.member_nouns
    assert "first" in tables.bare_head_ordinals
    assert "family" in tables.bare_head_groups


def test_missing_clause_words_named(raw: dict) -> None:
    broken = {k: v for k, v in raw.items() if k != "clause_words"}
    with pytest.raises(RuleFileError, match="clause_words"):
        parse_lexicon(broken, "aliases.json")


def test_empty_word_list_rejected(raw: dict) -> None:
    broken = {**raw, "clause_words": {**raw["clause_words"], "copulas": []}}
    with pytest.raises(RuleFileError, match="copulas"):
        parse_lexicon(broken, "aliases.json")


def test_unknown_clause_key_rejected(raw: dict) -> None:
    broken = {**raw, "clause_words": {**raw["clause_words"], "copula": ["is"]}}
    with pytest.raises(RuleFileError, match="copula"):
        parse_lexicon(broken, "aliases.json")


@pytest.fixture(scope="module")
def untagged():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Cohere Command A has 111 billion parameters.", ["Cohere Command A"],
                 id="lab_word_and_letter_with_a_count"),
    pytest.param("Cohere Brix A is the company's most capable model.", ["Cohere Brix A"],
                 id="copula_with_a_possessor"),
    pytest.param("Orbit Lumen, a new language model, is out.", [],
                 id="unknown_first_word_needs_a_letter"),
    pytest.param("Acme Cloud is a platform for models.", [], id="preposition_still_ends_it"),
])
def test_lab_brand_names_without_pos(untagged, text: str, expected: list[str]) -> None:
    doc = untagged(text)
    assert not doc.has_annotation("POS")
    tables = build_tables(load_lexicon())
    assert [s.text for s in find_lab_brand_names(doc, tables)] == expected


def test_copula_names_without_pos(untagged) -> None:
    doc = untagged("Kestrel is a new language model from the startup.")
    assert [s.text for s in find_copula_names(doc, build_tables(load_lexicon()))] == ["Kestrel"]
