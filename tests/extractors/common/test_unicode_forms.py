"""Unicode hyphens in names and figures read as ASCII ones, offsets into the original text.

Invented sentences; "\\u2011" is the non-breaking hyphen publishing tools insert.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import extractors
from extractors.common.unicode_forms import fold_hyphens
from extractors.entities.component import SPANS_KEY as ENTITIES_KEY
from extractors.params.component import SPANS_KEY as PARAMS_KEY

NBH = "\u2011"


@pytest.fixture(scope="module")
def nlp() -> Language:
    """Blank English with the production tokenizer rules, entities and parameter counts."""
    pipeline = spacy.blank("en")
    extractors.split_unicode_hyphens(pipeline)
    pipeline.add_pipe("news_paragraph_breaks")
    pipeline.add_pipe("sentencizer")
    for name in ("news_entities", "news_param_counts"):
        pipeline.add_pipe(name)
        pipeline.get_pipe(name).initialize(nlp=pipeline)
    return pipeline


def test_fold_hyphens_keeps_length() -> None:
    text = f"Zorba{NBH}1 has 314{NBH}billion\u2212parameter"
    assert fold_hyphens(text) == "Zorba-1 has 314-billion-parameter"
    assert len(fold_hyphens(text)) == len(text)


UNICODE_CASES = [
    pytest.param(f"Orbit Labs has open{NBH}sourced Zorba{NBH}1, a 314{NBH}billion{NBH}parameter "
                 "language model.", "Zorba-1", 314e9, id="nb_hyphen_name_and_compound_count"),
    pytest.param(f"Grok{NBH}1 has 86 billion active parameters.", "Grok-1", 86e9,
                 id="nb_hyphen_known_family"),
    pytest.param(f"The new Lumen{NBH}3 model packs 70 billion parameters.", "Lumen-3", 70e9,
                 id="nb_hyphen_unseen_versioned_name"),
    pytest.param("Vireo\u20102 has 12 billion parameters.", "Vireo-2", 12e9,
                 id="unicode_hyphen_u2010"),
]


@pytest.mark.parametrize(("text", "model", "value"), UNICODE_CASES)
def test_unicode_hyphens_in_names_and_figures(nlp: Language, text: str, model: str,
                                              value: float) -> None:
    doc = nlp(text)
    for group in (ENTITIES_KEY, PARAMS_KEY):
        for span in doc.spans[group]:
            assert text[span.start_char : span.end_char] == span.text
    names = [s._.canonical for s in doc.spans[ENTITIES_KEY] if s.label_ == "MODEL"]
    assert model in names
    facts = [(s._.subject._.canonical, s._.param_value) for s in doc.spans[PARAMS_KEY]]
    assert (model, value) in facts
