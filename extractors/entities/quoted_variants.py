"""A family name followed by a quoted variant word: 'Llama “Behemoth”', 'Zeta "Titan"'.

News quotes a variant's nickname right after the family when the variant is new or unreleased.
The name is the family plus the word; when the document names exactly one versioned model of
that family ("Llama 4"), the variant belongs to that version ("Llama 4 Behemoth").

Notes:
    The same word quoted alone later ('the 2T-parameter “Behemoth”') is left unlinked for now:
    on dev2 it added no parameter fact and let the date binder read "a model in 2025" as a
    release date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from extractors.entities.names import NameTables, canonical_name

VERSION_OF = re.compile(r"^[ -]?\d[\w.]*$")  # "Llama" + " 4": the family's one version
OPEN_QUOTES = frozenset({"\u201c", "\u2018", "\"", "'"})
CLOSE_QUOTES = frozenset({"\u201d", "\u2019", "\"", "'"})


@dataclass(frozen=True, slots=True)
class QuotedVariant:
    start: int  # the family name's first token
    end: int  # after the variant word
    canonical: str


def _quoted_word(doc: Doc, i: int, tables: NameTables) -> int | None:
    """End (exclusive) of a quoted capitalised word opening at token ``i``, or None."""
    if i + 1 >= len(doc) or doc[i].text not in OPEN_QUOTES:
        return None
    word = doc[i + 1]
    if not (word.is_title and word.is_alpha and len(word) >= 3 and not word.is_stop
            and word.text not in tables.not_models and word.lower_ not in tables.labs):
        return None
    j = i + 2
    if j < len(doc) and doc[j].text == ",":
        j += 1  # 'Llama “Behemoth,”': the comma sits inside the quotes
    return j + 1 if j < len(doc) and doc[j].text in CLOSE_QUOTES else None


def find_quoted_variants(doc: Doc, names: list[tuple[int, int, str]], tables: NameTables
                         ) -> list[QuotedVariant]:
    """Family names extended over a quoted variant word.

    Args:
        doc: the document.
        names: (start, end, canonical) of the MODEL names found so far.
        tables: name tables.

    Returns:
        The extended names, from the family's first token through the variant word.
    """
    out: list[QuotedVariant] = []
    for start, end, canonical in names:
        if any(ch.isdigit() for ch in canonical):
            continue  # only a bare family takes a quoted variant
        close = _quoted_word(doc, end, tables)
        if close is None:
            continue
        word = doc[end + 1].text
        versions = {c for _, _, c in names if VERSION_OF.match(c[len(canonical):])
                    and c.startswith(canonical)}
        base = versions.pop() if len(versions) == 1 else canonical
        name = canonical_name(f"{base} {word}", tables)
        out.append(QuotedVariant(start, end + 2, name))  # family, quote, word
    return out
