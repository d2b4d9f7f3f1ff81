"""Other figures tied to an entity (GPUs, gigawatts, dollars, tokens) read with quantulum3
(``news_quantities``)."""

from extractors.extensions import register_extensions

register_extensions()  # before the component module: its factory reads Span._ attributes

# ruff: noqa: E402
from extractors.quantities.component import (
    SPANS_KEY,
    QuantityFinder,
    find_quantities,
    make_quantities,
)

__all__ = ["SPANS_KEY", "QuantityFinder", "find_quantities", "make_quantities"]

from extractors.quantities import measures  # noqa: F401 (registers news_measures)
