"""Shared by the parameter-count case tables: the default lexicon, and docs on the blank pipeline
with MODEL spans set by hand, so each case tests the binding, not entity recognition."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import extractors  # noqa: F401  (registers extensions and factories)
from extractors.params.lexicon import DEFAULT_PATTERNS, ParamLexicon, load_rules


@pytest.fixture(scope="module")
def lex() -> ParamLexicon:
    return ParamLexicon.from_rules(load_rules(DEFAULT_PATTERNS))


def doc_with_models(nlp: Language, text: str, models: list[str]) -> Doc:
    """A doc with MODEL spans at every occurrence of each name (longest names first, no
    overlaps), in document order."""
    doc = nlp(text)
    spans = []
    for name in sorted(models, key=len, reverse=True):
        for m in re.finditer(re.escape(name) + r"(?![\w-])", text):
            span = doc.char_span(m.start(), m.end(), label="MODEL", alignment_mode="expand")
            if span is not None and not any(s.start < span.end and span.start < s.end
                                            for s in spans):
                span._.canonical = name
                spans.append(span)
    doc.spans["entities"] = sorted(spans, key=lambda s: s.start)
    return doc


@pytest.fixture
def model_doc(blank_nlp: Language) -> Callable[[str, list[str]], Doc]:
    """``model_doc(text, models)``: ``text`` on the shared blank pipeline (paragraph breaks +
    sentencizer), MODEL spans set by hand (see ``doc_with_models``)."""
    return lambda text, models: doc_with_models(blank_nlp, text, models)
