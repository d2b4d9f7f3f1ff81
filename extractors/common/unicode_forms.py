"""Typographic variants of ASCII characters that news text uses inside names and figures.

Publishing tools insert non-breaking hyphens (U+2011) so that "Grok-1" or "314-billion-parameter"
never wrap across lines; to a reader they are hyphens. Matching folds them to "-" while every
span still points into the original text (nothing here rewrites ``Doc.text``).
"""

from __future__ import annotations

import re

# Hyphen (U+2010), non-breaking hyphen (U+2011), figure dash (U+2012), minus sign (U+2212):
# each stands for "-" inside a word. En and em dashes separate clauses and ranges and are
# left to the code that reads them (ranges such as "1-2 trillion" written with U+2013).
HYPHEN_VARIANTS = "\u2010\u2011\u2012\u2212"
HYPHEN_VARIANTS_RE = re.compile(f"[{HYPHEN_VARIANTS}]")
# spaCy splits "314-billion-parameter" on ASCII hyphens between letters (or a digit and a
# letter) but not on their Unicode variants; this infix gives those the same treatment:
# "314", U+2011, "billion". "Grok" U+2011 "1" stays one token, as "Grok-1" does.
HYPHEN_VARIANT_INFIX = rf"(?<=[^\W_])[{HYPHEN_VARIANTS}](?=[^\W\d_])"


def fold_hyphens(text: str) -> str:
    """The text with Unicode hyphen variants replaced by "-" (same length, same offsets)."""
    return HYPHEN_VARIANTS_RE.sub("-", text) if HYPHEN_VARIANTS_RE.search(text) else text


def is_hyphen(token) -> bool:
    """A token that is a hyphen, ASCII or one of its Unicode variants."""
    text = token.text
    return text == "-" or (len(text) == 1 and text in HYPHEN_VARIANTS)
