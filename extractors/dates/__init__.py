"""Date spans normalised to intervals against the publication date, and bound to a model's
release, announcement or plan (``news_dates``)."""

from extractors.extensions import register_extensions

register_extensions()  # before the component module: its factory reads Span._ attributes

# ruff: noqa: E402
from extractors.dates.component import SPANS_KEY, DateExtractor, make_dates
from extractors.dates.resolve import extract_dates

__all__ = ["SPANS_KEY", "DateExtractor", "extract_dates", "make_dates"]

from extractors.dates import revisions  # noqa: F401 (registers news_revisions)
