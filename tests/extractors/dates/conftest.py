"""Shared by the release-binding case tables: a blank pipeline with the dates component, and a
runner that sets MODEL spans by hand, so each case tests the binding, not entity recognition."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
import spacy

import extractors  # noqa: F401  (registers factories and extensions)
from extractors.dates.component import SPANS_KEY


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("news_paragraph_breaks")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("news_dates")
    pipeline.initialize()
    return pipeline


def bound_dates(nlp, text, models, pub):
    """(model, event, start, end) of every bound date, MODEL spans at each name's occurrences."""
    doc = nlp.make_doc(text)
    doc._.published_at = pub
    for name, proc in nlp.pipeline:
        if name == "news_dates":
            ents = []
            for model in models:
                for m in re.finditer(re.escape(model), text):
                    span = doc.char_span(m.start(), m.end(), label="MODEL")
                    span._.canonical = model
                    ents.append(span)
            doc.spans["entities"] = ents
        doc = proc(doc)
    return [
        (s._.subject._.canonical, s._.event, s._.date_start, s._.date_end)
        for s in doc.spans[SPANS_KEY]
        if s._.subject is not None
    ]


@pytest.fixture
def bind_dates(nlp) -> Callable:
    """``bind_dates(text, models, pub)``: the bound dates of ``text`` (see ``bound_dates``)."""
    return lambda text, models, pub: bound_dates(nlp, text, models, pub)
