"""Model names found by their shape alone: a family word with a version, size or variant.

A family the name list knows ("Llama", "GPT", "Qwen") is only a spelling table; what makes
"Llama 3.1 405B", "GPT-4o mini" or "Qwen3-Max" a model mention is the shape of the name: the
family word glued to or followed by a version, a size or a variant word. The same shape holds
for next week's member of the family, which no rule lists yet. A bare family word is not read
as a model here ("Claude Shannon", "a llama farm"): that needs a rule or the text's context.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.common.unicode_forms import fold_hyphens, is_hyphen
from extractors.entities.names import (
    SIZE_RE,
    VERSION_RE,
    NameTables,
    extend_model_end,
    is_family_reference,
    part_kind,
)

# The part glued to a family word: "-4o", "3", "-3.1", "-V3", "-8x22B" (after the family).
GLUED_PART_RE = re.compile(r"^-?(?P<part>[A-Za-z]?\d[\w.]*)(?:-[\w.]+)*$")


def _family_at(token, tables: NameTables) -> tuple[str, str] | None:
    """(lower family, glued rest) when the token starts with a known family word, else None.

    The family word must be capitalised as a name ("Llama", "GPT", "LLaMA"), never a lower-case
    common noun ("llama", "phi").
    """
    text = fold_hyphens(token.text)
    if not text[:1].isupper():
        return None
    lower = text.lower()
    for fam in sorted(tables.families, key=len, reverse=True):
        if lower.startswith(fam):
            rest = text[len(fam) :]
            if not rest or rest[0] == "-" or rest[0].isdigit():
                return fam, rest
    return None


def _glued_rest_is_part(rest: str) -> bool:
    match = GLUED_PART_RE.match(rest)
    if match is None:
        return False
    part = match.group("part")
    return bool(VERSION_RE.match(part) or SIZE_RE.match(part) or re.match(r"^\d", part))


def find_family_names(doc: Doc, tables: NameTables) -> list[Span]:
    """MODEL spans of a known family word with a version, size or variant, by shape.

    "Llama 3.1 405B", "GPT-4o mini", "Qwen3-Max", "DeepSeek-V3", "Gemini Ultra" are found with
    no rule for the member; "the Grok 4 series" (a family reference) and a bare family word are
    not.

    Returns:
        Spans (canonical names not yet set), not overlapping each other.
    """
    found: list[Span] = []
    i = 0
    while i < len(doc):
        family = _family_at(doc[i], tables)
        if family is None:
            i += 1
            continue
        _, rest = family
        if rest:
            ok = _glued_rest_is_part(rest)
        else:
            j = i + 1
            if j + 1 < len(doc) and is_hyphen(doc[j]) and not doc[i].whitespace_ and (
                    not doc[j].whitespace_):
                j += 1  # "DeepSeek", "-", "V3"
            ok = j < len(doc) and part_kind(doc[j].text, tables) is not None
        end = extend_model_end(doc, i, i + 1, tables) if ok else i + 1
        if ok and end > i + (0 if rest else 1) and not is_family_reference(doc, end):
            found.append(doc[i:end])
        i = max(end, i + 1)
    return found
