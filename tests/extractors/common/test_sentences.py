"""Sentence-boundary hints: a line break starts a sentence, a lower-case word that continues a
clause never does (the trained parser cut "Orca-2 | has 300 billion parameters" after header
lines, and the figure lost its model). Invented text."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import extractors  # noqa: F401  (registers news_paragraph_breaks)

HEADER = "Title: Probe\nPublished: 2025-06-10\n\n"


def sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize(("text", "expected"), [
    (HEADER + "Orca-2 has 300 billion parameters, the lab said.",
     ["Title: Probe", "Published: 2025-06-10", "Orca-2 has 300 billion parameters, the lab said."]),
    (HEADER + "Nova 3 has 70 billion parameters, the company said in a blog post.",
     ["Title: Probe", "Published: 2025-06-10",
      "Nova 3 has 70 billion parameters, the company said in a blog post."]),
    ("Zeta is out.\nit ships today.", ["Zeta is out.", "it ships today."]),  # a line break
    ("Zeta is out. Nova follows.", ["Zeta is out.", "Nova follows."]),
    ("Orca-2 (est. 300B parameters) trails the leaders.",
     ["Orca-2 (est. 300B parameters) trails the leaders."]),  # an abbreviating stop
])
def test_sentences_with_the_trained_parser(nlp_full: Language, text: str,
                                            expected: list[str]) -> None:
    assert sentences(nlp_full, text) == expected


def test_a_clause_continuation_is_marked_as_no_start() -> None:
    """The hint sets ``is_sent_start`` to False (not unknown) so the parser keeps it."""
    nlp = spacy.blank("en")
    nlp.add_pipe("news_paragraph_breaks")
    doc = nlp("Orca-2 has 300 billion parameters. It ships; then more.\nnext line")
    marks = {t.text: t.is_sent_start for t in doc}
    assert marks["has"] is False and marks["parameters"] is False
    assert marks["It"] is None  # after a full stop: left to the parser
    assert marks["then"] is None  # after ";": punctuation between, left to the parser
    assert marks["next"] is True  # a line break starts a sentence
