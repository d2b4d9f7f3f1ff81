"""Linking steps after name finding: glued tokens, shorthand versions, code names, people.

Pure functions on a ``Doc`` and the ``NameTables`` of ``entity_names``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.common.parameter_words import is_param_word
from extractors.entities.names import (
    BARE_VERSION_RE,
    COORDINATORS,
    GLUED_PERIOD_RE,
    NUMBER_FOLLOWERS,
    SIZE_RE,
    SLASH_VERSION_RE,
    NameTables,
    canonical_name,
    norm_key,
    split_family,
    tidy,
)


def split_glued_tokens(doc: Doc) -> None:
    """Split tokens that glue two name parts or a name and a period (in place).

    "GPT-4.5/5" -> "GPT-4.5", "/", "5" (each model gets its own span); "7B." -> "7B", "."
    and, after a glued hyphen, "E." -> "E", "." ("DALL-E."). New parts attach to the first
    part in the parse, so the tree stays valid.
    """
    with doc.retokenize() as retokenizer:
        for tok in doc:
            text = tok.text
            slash = SLASH_VERSION_RE.match(text)
            period = None if slash else GLUED_PERIOD_RE.match(text)
            if slash is None and period is None:
                continue  # nearly every token: skip the head lookups below
            first = tok.head if tok.head.i != tok.i else (tok, 0)
            if slash:
                retokenizer.split(
                    tok,
                    [slash["name"], "/", slash["ver"]],
                    heads=[first, (tok, 0), (tok, 0)],
                    attrs={"DEP": [tok.dep_ or "dep", "punct", "conj"]},
                )
            elif period and (
                len(period["body"]) > 1
                or (tok.i > 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_)
            ):
                retokenizer.split(
                    tok,
                    [period["body"], "."],
                    heads=[first, (tok, 0)],
                    attrs={"DEP": [tok.dep_ or "dep", "punct"]},
                )


def find_coordinated_versions(
    doc: Doc, model: Span, canonical: str, tables: NameTables
) -> list[tuple[Span, str]]:
    """Bare versions coordinated with a named model: "Grok 4.4 and 4.5" -> Grok 4.5.

    Only for known families. The shorthand must have the same shape as the named version
    ("4.4 and 4.5"; after a slash any shape: "GPT-4.5/5") and must not be a quantity
    ("GPT-4 and 5 other models").

    Returns:
        (span of the bare version, canonical name) pairs, following chains ("4.3, 4.4 and 4.5").
    """
    split = split_family(canonical, tables)
    if split is None:
        return []
    display, rest = split
    version = rest.strip(" -").split(" ")[0] if rest.strip(" -") else ""
    if not BARE_VERSION_RE.match(version):
        return []
    _, joiner, _ = tables.families[display.lower()]
    out: list[tuple[Span, str]] = []
    i = model.end
    while i + 1 < len(doc) and doc[i].lower_ in COORDINATORS:
        cand = doc[i + 1].text
        same_shape = ("." in cand) == ("." in version) or doc[i].text == "/"
        after = doc[i + 2].lower_ if i + 2 < len(doc) else ""
        quantity = after in NUMBER_FOLLOWERS and not (doc[i].text == "/" and after == "models")
        if not (BARE_VERSION_RE.match(cand) and same_shape) or quantity:
            break
        out.append((doc[i + 1 : i + 2], canonical_name(display + joiner + cand, tables)))
        i += 2
    return out


def find_coordinated_sizes(
    doc: Doc, model: Span, tables: NameTables
) -> list[tuple[Span, str]]:
    """Bare sizes coordinated with a sized model name: "Quokka 3 8B, 70B and 405B models" ->
    Quokka 3 70B, Quokka 3 405B; "Llama 2 7B or 13B" -> Llama 2 13B.

    Any family, known or not: the sized name itself is the evidence that the family comes in
    sizes. A size followed by "parameters" is a count ("X 7B and 13B parameters"), not a name.

    Returns:
        (span of the bare size, canonical name) pairs, following chains of coordinators.
    """
    if len(model) < 2 or not SIZE_RE.match(model[-1].text):
        return []
    stem = doc[model.start : model.end - 1].text
    out: list[tuple[Span, str]] = []
    i = model.end
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 2 and doc[j].lower_ in COORDINATORS:
            j += 1  # ", and" is one link
        if j == i or j >= len(doc) or not SIZE_RE.match(doc[j].text):
            break
        after = doc[j + 1].lower_ if j + 1 < len(doc) else ""
        if is_param_word(after) or after == "-":
            break
        out.append((doc[j : j + 1], canonical_name(f"{stem} {doc[j].text}", tables)))
        i = j + 1
    return out


def find_short_forms(doc: Doc, model: Span, canonical: str, taken: set[int]) -> list[Span]:
    """Later bare code names of a found model: "K2" after "Kimi K2", "V3" after "DeepSeek-V3".

    Only code-name tails (a capital letter and digits) are linked; plain words ("Arctic") and
    numbers are too ambiguous.

    Returns:
        Spans of the bare mentions on tokens not in ``taken``.
    """
    tail = canonical.replace("-", " ").split()[-1]
    if len(model) < 2 or not re.match(r"^[A-Z]\d{1,2}(?:\.\d)?$", tail):
        return []
    return [doc[t.i : t.i + 1] for t in doc if t.text == tail and t.i not in taken]


def link_person(surface: str, full_names: set[str], tables: NameTables) -> str:
    """Canonical name of a PERSON mention, resolving bare surnames within the document.

    A bare surname takes the one full name in the same document that ends with it; with no
    such name it takes the alias table's entry (``"Musk" -> "Elon Musk"``, a user-editable
    choice); when two different full names share the surname it stays as written.

    Returns:
        The canonical person name.
    """
    name = tidy(surface)
    if " " in name:
        return tables.aliases.get(norm_key(name), name)
    same = {f for f in full_names if f.split()[-1] == name}
    if len(same) == 1:
        return same.pop()
    return name if same else tables.aliases.get(norm_key(name), name)
