"""Shared by the hedge tests: a blank pipeline with news_hedges, and helpers that find a target
(and subject) by its surface and ask ``hedges_for`` about it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.extensions import register_extensions
from extractors.hedges.component import hedges_for

# Under pytest's default "prepend" import mode, tests/extractors/ (no __init__.py) shadows the
# editable-installed package as a namespace package, so extractors/__init__.py never runs.
# Registration is idempotent; this keeps the tests independent of the import mode.
register_extensions()


@pytest.fixture(scope="module")
def hedge_nlp() -> Language:
    """Blank English + paragraph breaks + sentencizer + news_hedges (no trained model)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("news_paragraph_breaks")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("news_hedges").initialize(nlp=nlp)
    return nlp


def first_span(doc: Doc, surface: str) -> Span:
    """The first token-aligned occurrence of ``surface``."""
    start = doc.text.index(surface)
    span = doc.char_span(start, start + len(surface))
    assert span is not None, surface
    return span


@pytest.fixture
def span_of() -> Callable[[Doc, str], Span]:
    """``span_of(doc, surface)``: see ``first_span``."""
    return first_span


@pytest.fixture
def assess() -> Callable:
    """``assess(nlp, text, target, subject=None)``: ``hedges_for`` the first ``target`` in
    ``nlp(text)``, with the first ``subject`` as the claim's subject when given."""

    def run(nlp: Language, text: str, target: str, subject: str | None = None):
        doc = nlp(text)
        subj = first_span(doc, subject) if subject else None
        return hedges_for(doc, first_span(doc, target), subj)

    return run
