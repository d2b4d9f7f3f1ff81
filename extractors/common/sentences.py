"""Sentence-boundary hints that the trained parser misses in web text."""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("news_paragraph_breaks")
def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, and after a citation marker that closes one.

    Headlines, bylines and list items end without a period, so the parser glues them to the
    next line and a hedge cue or model in a headline leaks into the body sentence. Runs before
    the parser, which keeps preset ``is_sent_start`` values.

    Args:
        doc: a tokenised Doc.

    Returns:
        The same Doc with ``is_sent_start`` set on the first token after each newline, and
        unset on a lower-case word that continues a clause (``_continues_a_clause``).
    """
    starts = [
        token.i + 1 for token in doc[:-1]
        if (token.is_space and "\n" in token.text)
        or (_closes_citation_after_a_stop(doc, token.i) and doc[token.i + 1].is_title)
    ]  # the second: "... 1.8 trillion.[7] Meta's LLaMA ..."
    inside = [token.i for token in doc[1:] if _continues_a_clause(doc, token.i)]
    if starts or inside:
        # Set through one array, not token by token: each Token.is_sent_start assignment
        # checks the whole Doc for a parse, which made a page of many short lines quadratic.
        flags = doc.to_array([SENT_START]).astype("int64")
        flags[inside] = -1
        flags[starts] = 1
        doc.from_array([SENT_START], flags.astype("uint64"))
    return doc


def _continues_a_clause(doc: Doc, i: int) -> bool:
    """A lower-case word right after a word or number, with no punctuation or line break
    between, never opens a sentence. The parser sometimes cuts there after header lines
    ("Published: 2025-06-10\n\nOrca-2 | has 300 billion parameters, the lab said."),
    leaving the figure without its model."""
    token, before = doc[i], doc[i - 1]
    if _after_an_abbreviation(doc, i):
        return True  # "(est. 300B parameters)", "approx. 70 billion"
    return (token.is_lower and token.is_alpha and not before.is_space and not before.is_punct
            and before.whitespace_ != "")  # a line break is a token of its own


def _after_an_abbreviation(doc: Doc, i: int) -> bool:
    """A figure or lower-case word after "est." / "approx." / "ca.": the stop abbreviates."""
    return (i >= 2 and doc[i - 1].text == "." and doc[i - 2].lower_ in ABBREVIATIONS
            and (doc[i].like_num or doc[i].text[:1].isdigit() or doc[i].is_lower))


# Short words whose full stop abbreviates them in figures ("est. 300B", "approx. 70 billion").
ABBREVIATIONS = frozenset({"est", "estd", "approx", "ca", "appx", "incl", "vs", "avg", "max",
                           "min", "no"})


def _closes_citation_after_a_stop(doc: Doc, i: int) -> bool:
    """Token ``i`` is the "]" of a "[n]" citation marker that follows a full stop."""
    return (i >= 3 and doc[i].text == "]" and doc[i - 1].like_num and doc[i - 2].text == "["
            and doc[i - 3].text in {".", "!", "?"})
