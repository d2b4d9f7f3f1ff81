"""Case tables for model names no rule lists (issue 16), read with the known-model rules off.

Every sentence is invented. The pipeline here has ``known_models=False``: a model is found only
by the shape of its name or by how the text treats it, as next week's news will need.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import extractors  # noqa: F401  (registers factories and extensions)
from extractors.entities.component import SPANS_KEY


@pytest.fixture(scope="module")
def unaided() -> Language:
    """Blank English + sentencizer + news_entities without the known-model rules."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("news_entities", config={"known_models": False})
    pipeline.get_pipe("news_entities").initialize(nlp=pipeline)
    return pipeline


def model_names(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    for span in doc.spans[SPANS_KEY]:
        assert doc.text[span.start_char : span.end_char] == span.text
    return [s._.canonical for s in doc.spans[SPANS_KEY] if s.label_ == "MODEL"]


FAMILY_SHAPE_CASES = [
    pytest.param("Llama 7.1 405B arrived on Tuesday.", ["Llama 7.1 405B"],
                 id="family_version_size"),
    pytest.param("Users prefer GPT-9o mini for short replies.", ["GPT-9o mini"],
                 id="glued_version_then_variant"),
    pytest.param("Qwen9-Max-Thinking leads the table.", ["Qwen9-Max-Thinking"],
                 id="glued_version_and_hyphenated_variants"),
    pytest.param("DeepSeek-V9 and Claude-8.5-Sonnet both shipped.",
                 ["DeepSeek-V9", "Claude 8.5 Sonnet"], id="hyphen_split_and_glued_names"),
    pytest.param("Gemini Ultra answered first.", ["Gemini Ultra"], id="family_with_variant_word"),
    pytest.param("Falcon 900B is open.", ["Falcon 900B"], id="family_with_size"),
    pytest.param("Claude Shannon founded information theory.", [], id="person_with_family_word"),
    pytest.param("A llama 3 metres tall.", [], id="lowercase_common_noun"),
    pytest.param("The Grok 9 series grows.", [], id="family_reference"),
    pytest.param("Gemini stood in the sky.", [], id="bare_family_word"),
]


@pytest.mark.parametrize(("text", "expected"), FAMILY_SHAPE_CASES)
def test_family_members_by_shape(unaided: Language, text: str, expected: list[str]) -> None:
    assert model_names(unaided, text) == expected
