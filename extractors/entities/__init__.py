"""AI models, labs, people, clusters and hardware: names from the rule files, unseen names from
how the text treats them, and their canonical spellings (``news_entities``)."""

from extractors.extensions import register_extensions

register_extensions()  # before the component module: its factory reads Span._ attributes

# ruff: noqa: E402
from extractors.entities.component import SPANS_KEY, EntityExtractor, make_entities
from extractors.entities.mentions import find_entities

__all__ = ["SPANS_KEY", "EntityExtractor", "find_entities", "make_entities"]
