"""Pure functions for AI-model names: canonical spelling, version and variant extension.

Everything here works on a tokenised ``Doc`` (a blank pipeline is enough; the trained NER is
only consulted through ``token.ent_type_`` when present) and on a ``NameTables`` built from
``patterns/aliases.json`` (``tables``). Finding names no rule file knows is ``unseen_names``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.common.parameter_words import is_param_word
from extractors.common.unicode_forms import fold_hyphens, is_hyphen
from extractors.entities.tables import DASHES_RE, NameTables, norm_key
from extractors.entities.tables import build_tables as build_tables  # re-exported

# A version token: "4", "4.20", "4o", "v2", "V3", "R1", "K2" (never a year such as "2024").
VERSION_RE = re.compile(r"^(?:v?\d{1,2}(?:\.\d{1,3})*[a-z]?|[A-Z]\d{1,2}(?:\.\d{1,2})?)$")
# A series letter glued to a name by a hyphen, with or without a number: "Atlas-o2",
# "Quill-x", "Orca-x2" (only after a hyphen: a free-standing "x2" is a multiplier).
GLUED_SERIES_RE = re.compile(r"^[ox]\d{0,2}$")
# A numeric-only version, the shorthand in "Grok 4.4 and 4.5" / "GPT-4.5/5".
BARE_VERSION_RE = re.compile(r"^\d{1,2}(?:\.\d{1,3})*$")
# A size or expert layout inside a name: "405B", "70b", "8x7B", "128x3.66B".
SIZE_RE = re.compile(r"^A?(?:\d+x)?\d+(?:\.\d+)?[BbMmT]$")  # "A22B": active parameters
# A name word that may start an unseen versioned name: "Zeta", "GHD", "MiniMax", "Nano-1".
HEAD_RE = re.compile(
    r"^(?P<word>[A-Z][a-z]{2,}[A-Za-z]*|[A-Z]{2,5}|[A-Z][a-z]+[A-Z][A-Za-z]*)"
    r"(?P<num>-\d{1,2}(?:\.\d{1,2})?|-\d{1,4}(?:\.\d{1,2})?[BMT])?$"  # "Zeta-2", "OPT-175B"
)
# "GPT-4.5/5": a name and a shorthand second version glued into one token.
SLASH_VERSION_RE = re.compile(r"^(?P<name>[A-Za-z][\w.-]*\d[\w.]*)/(?P<ver>\d{1,2}(?:\.\d{1,3})*)$")
# A sentence-final period the tokenizer leaves on a size or a one-letter name part:
# "Mistral 7B." and "DALL-E." (tokens "7B.", "E.").
GLUED_PERIOD_RE = re.compile(r"^(?P<body>(?:\d+x)?\d+(?:\.\d+)?[BMT]|[A-Z])\.$")
COORDINATORS = frozenset({"and", "or", ",", "/", "&", "to", "then", "vs", "vs."})
FAMILY_REFERENCE_NOUNS = frozenset({"series", "lineage", "lineup"})
# Words after a bare number that make it a quantity, not a version ("GPT-4 and 5 other models").
NUMBER_FOLLOWERS = frozenset(
    [
        "billion",
        "trillion",
        "million",
        "thousand",
        "percent",
        "%",
        "times",
        "x",
        "weeks",
        "days",
        "months",
        "years",
        "hours",
        "minutes",
        "other",
        "more",
        "of",
        "models",
        "parameters",
        "params",
        "gpus",
        "b",
        "t",
        "m",
        "k",
        "gb",
        "tb",
        "mw",
        "gw",
    ]
)
DATE_STAMP_LENGTHS = frozenset({4, 6, 8})  # MMDD, YYMMDD, YYYYMMDD
PLACE_ENT_TYPES = frozenset({"GPE", "LOC", "FAC"})
# NER labels that a coined name often gets by its sound: weighed against the name ("place"),
# not a veto as a date or an amount is.
GUESSED_ENT_TYPES = PLACE_ENT_TYPES | {"NORP"}
NON_NAME_ENT_TYPES = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "GPE", "LOC", "NORP", "FAC"}
)


def tidy(text: str) -> str:
    """Collapse whitespace, unify dashes, drop surrounding quotes and a possessive "'s"."""
    text = DASHES_RE.sub("-", text.replace("\u2019", "'"))
    text = " ".join(text.split()).strip("\"'\u201c\u201d\u2018 ")
    return re.sub(r"'s$", "", text)


def _format_part(part: str, tables: NameTables) -> str:
    if part.lower() in tables.variants:
        return tables.variants[part.lower()]
    if SIZE_RE.match(part):
        return part[:-1] + part[-1].upper()
    if re.match(r"^[a-z]\d", part) and part[0] != "v":  # "r1" -> "R1"; "v2" stays
        return part[0].upper() + part[1:]
    return part


def family_prefix(text: str, tables: NameTables) -> tuple[str, str] | None:
    """(lower family, rest) for the longest known family ``text`` starts with, where the rest
    is empty or opens with a space, hyphen or digit ("GPT4" -> gpt, "4"), else None."""
    lower = text.lower()
    for fam in tables.family_order:
        if lower.startswith(fam):
            rest = text[len(fam) :]
            if not rest or rest[0] in " -" or rest[0].isdigit():
                return fam, rest
    return None


def split_family(text: str, tables: NameTables) -> tuple[str, str] | None:
    """Split a tidy name into (known family display name, rest) or None ("GPT4" -> GPT, "4")."""
    found = family_prefix(text, tables)
    return None if found is None else (tables.families[found[0]][0], found[1])


def canonical_name(text: str, tables: NameTables) -> str:
    """The one canonical spelling of an entity name.

    Explicit aliases win; then a leading lab prefix is dropped ("xAI Grok 5" -> "Grok 5"); then
    a known family is re-spelled in its house style ("GPT 4"/"GPT4" -> "GPT-4", "Grok-5" ->
    "Grok 5", "Qwen 3 max" -> "Qwen3-Max"). Versions stay strings ("4.2" != "4.20").

    Args:
        text: a surface form.
        tables: lookup tables from ``build_tables``.

    Returns:
        The canonical name; unknown names come back tidied but otherwise as written.
    """
    name = tidy(text)
    if norm_key(name) in tables.aliases:
        return tables.aliases[norm_key(name)]
    for lab in tables.lab_prefixes:
        for sep in (" ", "'s "):
            if name.startswith(lab + sep) and len(name) > len(lab + sep):
                name = name[len(lab + sep) :]
                break
    if norm_key(name) in tables.aliases:
        return tables.aliases[norm_key(name)]
    split = split_family(name, tables)
    if split is not None:
        display, rest = split
        _, joiner, variant_joiner = tables.families[display.lower()]
        words = rest.strip(" -").split()
        if words and "-" in words[0] and VERSION_RE.match(words[0].split("-")[0]):
            words = words[0].split("-") + words[1:]  # "4-turbo", "3.1-405B", "R1-Distill"
        parts = [_format_part(w, tables) for w in words if w]
        if not parts:
            name = display
        elif VERSION_RE.match(parts[0]) or SIZE_RE.match(parts[0]):
            name = display + joiner + parts[0] + "".join(variant_joiner + p for p in parts[1:])
        else:
            name = " ".join([display, *parts])
    return tables.aliases.get(norm_key(name), name)


def part_kind(text: str, tables: NameTables) -> str | None:
    """Classify a token that may continue a model name: "version", "variant", "size" or None."""
    text = fold_hyphens(text)
    if VERSION_RE.match(text):
        return "version"
    if SIZE_RE.match(text):
        return "size"
    if tables.variants.get(text.lower()) == text or (
        text.lower() in tables.variants and text.istitle()
    ):
        return "variant"
    variant, _, num = text.partition("-")  # "Nano-1", "Ultra-253B"
    if num and (BARE_VERSION_RE.match(num) or SIZE_RE.match(num)) and (
            variant.lower() in tables.variants):
        return "variant"
    return None


def extend_model_end(doc: Doc, start: int, end: int, tables: NameTables) -> int:
    """Extend a model-name match rightwards over versions, variants and sizes.

    "Grok" + "4.20 Heavy" -> "Grok 4.20 Heavy"; "Llama 3.1" + "405B"; "Claude Mythos Preview"
    (one unknown capitalised word is allowed when a variant or version follows it). Lowercase
    common nouns stop the name ("the Grok 4.3 beta" ends at "4.3"); a size directly followed by
    "parameters" is a count, not part of the name.

    Returns:
        The new exclusive end token index (``end`` when nothing follows).
    """
    has_version = any(ch.isdigit() for ch in doc[start:end].text)
    last_kind = "variant" if not has_version else "version"
    i = end
    while i < len(doc):
        j = i
        glued = (
            is_hyphen(doc[j])
            and not doc[j - 1].whitespace_
            and not doc[j].whitespace_
            and j + 1 < len(doc)
        )
        if glued:
            j += 1  # "Claude-3.5-Sonnet", "Llama-3.1-405B"
        kind = part_kind(doc[j].text, tables)
        if kind == "version" and _glued_to_lower_word(doc, j):
            break  # "PaLM 540B 1-shot", "a 3-way split": the number belongs to the next word
        if kind is None and _split_size_letter(doc, j):
            kind = "size"  # "Quill-2T": the tokenizer splits the scale letter off ("Quill-2", "T")
        if kind == "version" and has_version and last_kind != "variant" and not glued:
            break
        if kind == "size" and _size_is_a_count(doc, j):
            break
        if kind is None and glued and (_glued_name_part(doc[j]) or (
                has_version and doc[j].lower_ in tables.variants)):
            # one hyphenated word is one name: "Llama-3.1-Nemotron-Ultra-253B"; a lower-case
            # variant word glued after a version too, as checkpoints spell it ("ZRX-1-preview")
            kind = "variant"
        if kind is None:
            nxt = doc[j + 1].text if j + 1 < len(doc) else ""
            if (
                i == end
                and not has_version
                and doc[j].is_title
                and doc[j].is_alpha
                and doc[j].text not in tables.not_models
                and part_kind(nxt, tables) in {"variant", "version"}
            ):
                kind = "variant"  # "Claude Mythos Preview"
            else:
                break
        has_version = has_version or kind == "version"
        last_kind = kind
        i = j + 1
    return i


def _glued_to_lower_word(doc: Doc, j: int) -> bool:
    return (j + 2 < len(doc) and is_hyphen(doc[j + 1]) and not doc[j].whitespace_
            and not doc[j + 1].whitespace_ and doc[j + 2].is_lower)


def _split_size_letter(doc: Doc, j: int) -> bool:
    """A lone "B"/"T"/"M" glued to the digit before it: a size the tokenizer cut in two."""
    return (j > 0 and doc[j].text in {"B", "T", "M"} and not doc[j - 1].whitespace_
            and doc[j - 1].text[-1:].isdigit())


def _size_is_a_count(doc: Doc, j: int) -> bool:
    """ "405B parameters", "405B-parameter": the size is a count, not part of the name."""
    nxt = doc[j + 1].lower_ if j + 1 < len(doc) else ""
    after = doc[j + 2].lower_ if j + 2 < len(doc) else ""
    return is_param_word(nxt) or (fold_hyphens(nxt) == "-" and is_param_word(after))


def _glued_name_part(token) -> bool:
    """A capitalised or digit-bearing piece of a hyphenated name ("Nemotron", "MoE", "A22B",
    "Instruct", "Pro-0514"); lowercase pieces ("-class", "-based", "-level") describe, they do
    not name."""
    pieces = fold_hyphens(token.text).split("-")
    return all(
        (piece.isalpha() and piece[:1].isupper())
        or (piece.isalnum() and any(c.isdigit() for c in piece) and any(c.isupper() for c in piece))
        # a date stamp closing the name: "Pro-0514", "Pro-250514", "Pro-20250514"
        or (k > 0 and k == len(pieces) - 1 and len(piece) in DATE_STAMP_LENGTHS
            and piece.isdigit())
        for k, piece in enumerate(pieces))


def is_family_reference(doc: Doc, end: int) -> bool:
    """True when the name is followed by "series"/"lineage" ("the Grok 4 series": a family)."""
    return end < len(doc) and doc[end].lower_ in FAMILY_REFERENCE_NOUNS


def is_name_word(token, tables: NameTables) -> bool:
    """A capitalised word that may start a model name (not a month, "AI", a stop word...)."""
    match = HEAD_RE.match(fold_hyphens(token.text))
    return (
        bool(match)
        and match.group("word") not in tables.not_models
        and not token.is_stop  # "With 48 billion ...", "Over 500 ...": a capitalised function word
        and (
            token.ent_type_ not in NON_NAME_ENT_TYPES
            # A glued version or name part ("Zorba-1", "Zephyr-Large") outweighs the small
            # NER's place label: places carry no versions, and the NER misreads such names.
            or (token.ent_type_ in PLACE_ENT_TYPES
                and (match.group("num") is not None or _glued_to_name_part(token)))
        )
    )


def lab_end(doc: Doc, i: int, tables: NameTables) -> int | None:
    """End of a known lab's name starting at token ``i`` ("Amazon", "Google DeepMind"), else
    None; the longest lab wins."""
    if doc[i].lower_ not in tables.lab_starts:
        return None  # most tokens: no span text to build
    for k in (3, 2, 1):
        if i + k <= len(doc) and doc[i : i + k].text.lower() in tables.labs:
            return i + k
    return None


def _glued_to_name_part(token) -> bool:
    doc, i = token.doc, token.i
    return (i + 2 < len(doc) and is_hyphen(doc[i + 1]) and not token.whitespace_
            and not doc[i + 1].whitespace_ and _glued_name_part(doc[i + 2]))
