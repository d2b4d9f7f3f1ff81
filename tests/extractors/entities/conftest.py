"""Shared by the entity tests: blank pipelines with news_entities (known-model rules on and
off), and ``model_names``, the canonical MODEL names a pipeline finds in a text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language

import extractors  # noqa: F401  (registers factories and extensions)
from extractors.entities.component import SPANS_KEY


def entity_pipeline(known_models: bool = True) -> Language:
    """Blank English + sentencizer + news_entities (no trained model)."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("news_entities", config={"known_models": known_models})
    pipeline.get_pipe("news_entities").initialize(nlp=pipeline)
    return pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The entity pipeline with the known-model rules."""
    return entity_pipeline()


@pytest.fixture(scope="module")
def unaided() -> Language:
    """The entity pipeline without the known-model rules (names found by shape or context)."""
    return entity_pipeline(known_models=False)


def canonical_model_names(nlp: Language, text: str) -> list[str]:
    """The canonical names of the MODEL spans ``nlp`` finds in ``text`` (offsets checked)."""
    doc = nlp(text)
    for span in doc.spans[SPANS_KEY]:
        assert doc.text[span.start_char : span.end_char] == span.text
    return [s._.canonical for s in doc.spans[SPANS_KEY] if s.label_ == "MODEL"]


@pytest.fixture
def model_names() -> Callable[[Language, str], list[str]]:
    """``model_names(nlp, text)``: see ``canonical_model_names``."""
    return canonical_model_names
