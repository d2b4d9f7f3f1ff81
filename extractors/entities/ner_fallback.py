"""The trained NER as a fallback for PERSON and ORG mentions no rule found.

The small NER's labels are evidence, not truth: its spans are trimmed of articles and
possessives, and dropped when they look like headline phrases, lowercase words, names with
digits or one-word PERSONs. Model names never come from here.
"""

from __future__ import annotations

from spacy.tokens import Span

from extractors.entities.names import NameTables

NER_FALLBACK_LABELS = frozenset({"PERSON", "ORG"})


def trim_ent(ent: Span) -> Span | None:
    """The NER span without a leading article or punctuation and a trailing possessive."""
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].lower_ in {"the", "a", "an"} or ent.doc[start].is_punct):
        start += 1
    while end > start and (
        ent.doc[end - 1].text in {"'s", "\u2019s", "'"}
        or ent.doc[end - 1].is_punct
        or ent.doc[end - 1].is_space
    ):
        end -= 1
    return ent.doc[start:end] if end > start else None


def ner_plausible(span: Span, label: str, tables: NameTables) -> bool:
    """Filter the small NER's noise: headline phrases, lowercase words, one-word PERSONs."""
    text = span.text
    if (
        any(ch.isdigit() or ch in "()\n" for ch in text)
        or text in tables.not_models
        or span[0].lower_ in tables.families
        or (not span[0].is_title and not span[0].is_upper)
        or len(span) > 4
        or in_title_case_line(span)
    ):
        return False
    return label != "PERSON" or (len(span) >= 2 and all(t.is_title for t in span))


def in_title_case_line(span: Span) -> bool:
    """True inside a headline-style sentence ("Rapid Deployment Achieved in Record Time")."""
    words = [t for t in span.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) >= 0.8 * len(words)
