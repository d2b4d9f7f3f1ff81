"""Parameter counts ("1.5 trillion parameters", "0.5T", "671B total / 37B active") bound to the
model they describe (``news_param_counts``)."""

from extractors.extensions import register_extensions

register_extensions()  # before the component module: its factory reads Span._ attributes

# ruff: noqa: E402
from extractors.params import size_roles  # noqa: F401 (registers news_size_roles)
from extractors.params.component import SPANS_KEY, ParamCountFinder, make_param_counts
from extractors.params.counts import find_param_counts

__all__ = ["SPANS_KEY", "ParamCountFinder", "find_param_counts", "make_param_counts"]
