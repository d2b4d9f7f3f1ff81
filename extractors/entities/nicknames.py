"""A model called later by its version alone: "4o" after "GPT-4o", "3.5 Sonnet" after "Claude
3.5 Sonnet", "4o-mini" after "GPT-4o" (the nickname plus a variant word), "5o" after an unseen
"Orbit-5o".

News drops the family once the full name is on the page. Only versions that cannot be a plain
number are linked: one with a letter glued to it ("4o") or followed by the model's variant
word ("3.5 Sonnet"); a bare "4" or "3.5" is too often a plain number.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.common.unicode_forms import is_hyphen
from extractors.entities.names import NameTables, canonical_name, split_family

# An unseen family's name and its version: "Orbit-5o", "Vela 4o" (no rule file knows "Orbit").
UNSEEN_SPLIT = re.compile(r"^[A-Z][A-Za-z]{2,}[- ](?P<rest>\d.*)$")
LETTERED_VERSION = re.compile(r"^\d{1,2}(?:\.\d{1,2})?[a-z]$")  # "4o"
VERSION = re.compile(r"^\d{1,2}(?:\.\d{1,2})?[a-z]?$")


def _tail_tokens(canonical: str, tables: NameTables) -> list[str] | None:
    """The version (and variant words) a nickname repeats, or None when the name has no
    known family or its version could be a plain number."""
    split = split_family(canonical, tables)
    unseen = UNSEEN_SPLIT.match(canonical) if split is None else None
    if split is None and unseen is None:
        return None
    rest = split[1] if split is not None else unseen.group("rest")
    parts = rest.replace("-", " ").split()
    if not parts or not VERSION.match(parts[0]):
        return None
    if len(parts) == 1 and not LETTERED_VERSION.match(parts[0]):
        return None
    if len(parts) > 1 and not all(p.lower() in tables.variants for p in parts[1:]):
        return None
    return parts


def find_nicknames(doc: Doc, model: Span, canonical: str, taken: set[int],
                   tables: NameTables) -> list[tuple[Span, str]]:
    """Later mentions of ``model`` by its version alone, each with its canonical name.

    Args:
        doc: the document.
        model: the full mention ("GPT-4o").
        canonical: its canonical name.
        taken: token indices already inside an entity.
        tables: name tables (families, variants).

    Returns:
        (span, canonical) pairs after the full mention, on tokens not in ``taken``.
    """
    parts = _tail_tokens(canonical, tables)
    if parts is None:
        return []
    n = len(parts)
    found: list[tuple[Span, str]] = []
    for i in range(model.end, len(doc) - n + 1):
        if any(k in taken for k in range(i, i + n)):
            continue
        if [t.text for t in doc[i : i + n]] != parts:
            continue
        prev = doc[i - 1] if i else None
        if prev is not None and (prev.is_title or prev.is_upper or is_hyphen(prev)
                                 or prev.like_num or prev.text in {".", "$", "v"}):
            continue  # "Grok 4o", "-4o", "v4o": part of another name or a figure
        end = i + n
        name = canonical
        if (n == 1 and end + 1 < len(doc) and is_hyphen(doc[end])
                and doc[end + 1].lower_ in tables.variants and end + 1 not in taken):
            name = canonical_name(f"{canonical} {doc[end + 1].text}", tables)  # "4o-mini"
            end += 2
        elif end < len(doc) and (doc[end].like_num or is_hyphen(doc[end])
                                 or doc[end].lower_ in {"%", "percent"}):
            continue
        found.append((doc[i:end], name))
    return found
