"""Sentence-boundary hints that the trained parser misses in web text."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("news_paragraph_breaks")
def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Headlines, bylines and list items end without a period, so the parser glues them to the
    next line and a hedge cue or model in a headline leaks into the body sentence. Runs before
    the parser, which keeps preset ``is_sent_start`` values.

    Args:
        doc: a tokenised Doc.

    Returns:
        The same Doc with ``is_sent_start`` set on the first token after each newline.
    """
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc
