"""Figures in the text as token spans, and what a figure's own shape says.

``numbers.find_value_surfaces`` reads count surfaces from the characters ("1.5 trillion",
"0.5T", the "-A22B" of a name); this module maps them onto the tokens the rest of the family
works with, and answers the two questions the surface alone settles: is the figure glued to a
word ("Falcon-40B", a name no rule knew, not a count), and which part of a sized name it is
("Vexa3-235B-A22B": total before the "-A", active after it).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.common.unicode_forms import fold_hyphens
from extractors.params.constructions import change_target
from extractors.params.context import is_restatement
from extractors.params.lexicon import ParamLexicon
from extractors.params.numbers import (
    ACTIVE_PART_RE,
    ValueSurface,
    find_active_name_parts,
    find_value_surfaces,
)

LABEL = "PARAM_COUNT"


def figure_spans(doc: Doc, lex: ParamLexicon | None = None) -> list[tuple[Span, ValueSurface]]:
    """Map every count surface of the text onto token spans.

    Args:
        doc: a tokenised Doc.
        lex: the cue lexicon; with it, a change ("grows from 405B to 800B") keeps only its
            new size (``change_target``).

    Returns:
        ``(span, surface)`` pairs in text order; restated figures ("500B (0.5T)") and figures
        inside URLs are dropped. ``span._.alignment`` is "expanded" when the surface cut a token.
    """
    pairs: list[tuple[Span, ValueSurface]] = []
    text = doc.text
    surfaces = sorted(find_value_surfaces(text) + find_active_name_parts(text),
                      key=lambda s: s.start)
    for surface in surfaces:
        span = doc.char_span(surface.start, surface.end, label=LABEL, alignment_mode="expand")
        if span is None or any(t.like_url or "/" in t.text for t in span):
            continue
        target = change_target(doc, span, surface, lex) if lex is not None else None
        if target is not None:
            surface = target
            span = doc.char_span(surface.start, surface.end, label=LABEL,
                                 alignment_mode="expand")
            if span is None:
                continue
        exact = (span.start_char, span.end_char) == (surface.start, surface.end)
        span._.alignment = "exact" if exact else "expanded"
        prev = pairs[-1] if pairs else (None, None)
        if is_restatement(doc, span, prev[0], prev[1], surface):
            continue
        pairs.append((span, surface))
    return pairs


def glued_to_a_word(span: Span, surface: ValueSurface) -> bool:
    """The figure's token starts with letters: "Falcon-40B", "Ultra-253B".

    Args:
        span: the figure's token span.
        surface: the count surface inside it.

    Returns:
        True when letters precede the surface in its first token.
    """
    # The span's own text, not doc.text: that is rebuilt from every token on each access.
    span_text = "".join(t.text_with_ws for t in span)
    return any(c.isalpha() for c in span_text[: surface.start - span.start_char])


def name_part_scope(span: Span, surface: ValueSurface) -> str:
    """The scope a sized name gives its parts: "Qwen3-235B-A22B".

    Args:
        span: a figure read from a model name.
        surface: its count surface.

    Returns:
        "active" for the part after "-A", "total" for the size before such a part, "" for
        other sizes in names.
    """
    # hyphens folded to "-" (same length), so "Vexa3\u2011235B\u2011A22B" reads like the ASCII name
    text = fold_hyphens("".join(t.text_with_ws for t in span.sent))
    at, end = surface.start - span.sent.start_char, surface.end - span.sent.start_char
    if at > 0 and text[at - 1] == "A" and ACTIVE_PART_RE.match(text, at - 1):
        return "active"
    return "total" if ACTIVE_PART_RE.match(text, end + 1) and text[end:end + 1] == "-" else ""
