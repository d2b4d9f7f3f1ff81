"""ConText-style hedge cues with direction and scope, and who the text says made a claim
(``news_hedges``)."""

from extractors.extensions import register_extensions

register_extensions()  # before the component module: its factory reads Span._ attributes

# ruff: noqa: E402
from extractors.hedges.attribution import find_attribution
from extractors.hedges.component import (
    SPANS_KEY,
    HedgeAssessment,
    HedgeDetector,
    hedges_for,
    make_hedges,
)

__all__ = [
    "SPANS_KEY",
    "HedgeAssessment",
    "HedgeDetector",
    "find_attribution",
    "hedges_for",
    "make_hedges",
]
