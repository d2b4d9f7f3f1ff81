"""Stub: replaced by the real component (work in progress)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SPANS_KEY = "param_counts"


class _Stub:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def initialize(self, get_examples=None, *, nlp=None, patterns=None) -> None:
        return None

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPANS_KEY] = []
        return doc


@Language.factory("news_param_counts")
def make_param_counts(nlp: Language, name: str) -> _Stub:
    return _Stub(nlp, name)
