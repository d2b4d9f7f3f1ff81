"""Pure functions for AI-model names: canonical spelling, version extension, unseen names.

Everything here works on a tokenised ``Doc`` (a blank pipeline is enough; the trained NER is
only consulted through ``token.ent_type_`` when present) and on a ``NameTables`` built from
``patterns/aliases.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extractors.entity_rules import NameLexicon

# A version token: "4", "4.20", "4o", "v2", "V3", "R1", "K2" (never a year such as "2024").
VERSION_RE = re.compile(r"^(?:v?\d{1,2}(?:\.\d{1,3})*[a-z]?|[A-Z]\d{1,2}(?:\.\d{1,2})?)$")
# A numeric-only version, the shorthand in "Grok 4.4 and 4.5" / "GPT-4.5/5".
BARE_VERSION_RE = re.compile(r"^\d{1,2}(?:\.\d{1,3})*$")
# A size or expert layout inside a name: "405B", "70b", "8x7B", "128x3.66B".
SIZE_RE = re.compile(r"^A?(?:\d+x)?\d+(?:\.\d+)?[BbMmT]$")  # "A22B": active parameters
# A name word that may start an unseen versioned name: "Zeta", "GHD", "MiniMax", "Nano-1".
HEAD_RE = re.compile(
    r"^(?P<word>[A-Z][a-z]{2,}[A-Za-z]*|[A-Z]{2,5}|[A-Z][a-z]+[A-Z][A-Za-z]*)"
    r"(?P<num>-\d{1,2}(?:\.\d{1,2})?)?$"
)
# "GPT-4.5/5": a name and a shorthand second version glued into one token.
SLASH_VERSION_RE = re.compile(r"^(?P<name>[A-Za-z][\w.-]*\d[\w.]*)/(?P<ver>\d{1,2}(?:\.\d{1,3})*)$")
# A sentence-final period the tokenizer leaves on a size or a one-letter name part:
# "Mistral 7B." and "DALL-E." (tokens "7B.", "E.").
GLUED_PERIOD_RE = re.compile(r"^(?P<body>(?:\d+x)?\d+(?:\.\d+)?[BMT]|[A-Z])\.$")
DASHES_RE = re.compile(r"[\u2010-\u2015\u2212]")
INTRO_CUES = frozenset({"called", "named", "dubbed", "codenamed", "nicknamed", "christened"})
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
NON_NAME_ENT_TYPES = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "GPE", "LOC", "NORP", "FAC"}
)


@dataclass(frozen=True)
class NameTables:
    """Lookup tables derived once from the ``NameLexicon``."""

    aliases: dict[str, str]  # norm_key(alias) -> canonical
    families: dict[str, tuple[str, str, str]]  # lower family -> (display, joiner, variant_joiner)
    variants: dict[str, str]  # lower variant -> canonical spelling
    lab_prefixes: tuple[str, ...]
    not_models: frozenset[str]
    model_cues: frozenset[str]
    non_model_heads: frozenset[str]


def build_tables(lexicon: NameLexicon) -> NameTables:
    """Turn the validated lexicon into lookup tables (keys normalised with ``norm_key``)."""
    variants: dict[str, str] = {}
    for word in lexicon.variants:
        variants.setdefault(word.lower(), word)
    return NameTables(
        aliases={norm_key(k): v for k, v in lexicon.aliases.items()},
        families={k.lower(): (k, s.joiner, s.variant_joiner) for k, s in lexicon.families.items()},
        variants=variants,
        lab_prefixes=tuple(sorted(lexicon.lab_prefixes, key=len, reverse=True)),
        not_models=frozenset(lexicon.not_models),
        model_cues=frozenset(w.lower() for w in lexicon.model_cues),
        non_model_heads=frozenset(w.lower() for w in lexicon.non_model_heads),
    )


def norm_key(text: str) -> str:
    """Alias-table key: lowercase without spaces, hyphens or underscores ("GPT 4" -> "gpt4")."""
    return re.sub(r"[\s\-_]+", "", DASHES_RE.sub("-", text).lower())


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


def family_of(text: str, tables: NameTables) -> tuple[str, str] | None:
    """Split a tidy name into (known family display name, rest) or None ("GPT4" -> GPT, "4")."""
    lower = text.lower()
    for fam in sorted(tables.families, key=len, reverse=True):
        if lower.startswith(fam):
            rest = text[len(fam) :]
            if not rest or rest[0] in " -" or rest[0].isdigit():
                return tables.families[fam][0], rest
    return None


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
    split = family_of(name, tables)
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
            doc[j].text == "-"
            and not doc[j - 1].whitespace_
            and not doc[j].whitespace_
            and j + 1 < len(doc)
        )
        if glued:
            j += 1  # "Claude-3.5-Sonnet", "Llama-3.1-405B"
        kind = part_kind(doc[j].text, tables)
        if kind == "version" and has_version and last_kind != "variant" and not glued:
            break
        if kind == "size" and _size_is_a_count(doc, j):
            break
        if kind is None and glued and _glued_name_part(doc[j]):
            kind = "variant"  # one hyphenated word is one name: "Llama-3.1-Nemotron-Ultra-253B"
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


def _size_is_a_count(doc: Doc, j: int) -> bool:
    """ "405B parameters", "405B-parameter": the size is a count, not part of the name."""
    nxt = doc[j + 1].lower_ if j + 1 < len(doc) else ""
    after = doc[j + 2].lower_ if j + 2 < len(doc) else ""
    return nxt.startswith("param") or (nxt == "-" and after.startswith("param"))


def _glued_name_part(token) -> bool:
    """A capitalised or digit-bearing piece of a hyphenated name ("Nemotron", "MoE", "A22B",
    "Instruct"); lowercase pieces ("-class", "-based", "-level") describe, they do not name."""
    return all(
        (piece.isalpha() and piece[:1].isupper())
        or (piece.isalnum() and any(c.isdigit() for c in piece) and any(c.isupper() for c in piece))
        for piece in token.text.split("-"))


def is_family_reference(doc: Doc, end: int) -> bool:
    """True when the name is followed by "series"/"lineage" ("the Grok 4 series": a family)."""
    return end < len(doc) and doc[end].lower_ in FAMILY_REFERENCE_NOUNS


def _sentence_has_cue(span: Span, tables: NameTables) -> bool:
    """Model words in the span's sentence; a short label sentence ("GHD 4.5:") adds the next."""
    doc = span.doc
    sent = span.sent
    end = sent.end
    if (len(sent) <= 8 or doc[sent.end - 1].text == ":") and end < len(doc):
        end = doc[end].sent.end
    return any(t.lower_ in tables.model_cues for t in doc[sent.start : end])


def is_name_word(token, tables: NameTables) -> bool:
    """A capitalised word that may start a model name (not a month, "AI", a stop word...)."""
    match = HEAD_RE.match(token.text)
    return (
        bool(match)
        and match.group("word") not in tables.not_models
        and not token.is_stop  # "With 48 billion ...", "Over 500 ...": a capitalised function word
        and (token.ent_type_ not in NON_NAME_ENT_TYPES)
    )


def find_versioned_names(
    doc: Doc, tables: NameTables, known_heads: frozenset[str] = frozenset()
) -> list[Span]:
    """Unseen model names: a capitalised name followed by a version ("Foo 3.5", "Zeta-2 Pro").

    A candidate is kept when the next word is a model noun ("the Foo 3 model") or its sentence
    talks about models or parameters, and dropped when the next word is a non-model head noun
    ("Apache 2.0 licence"), a percent sign ("WACC 10.5%") or its name word is on the
    not-a-model list (months, "Level", "AI"). A name word in ``known_heads`` (a family this
    document already uses for a model) needs no cue: "Lumen 4 launched last October" once
    "Lumen 5" was found as a model (one sense per discourse).

    Returns:
        MODEL spans (canonical names not yet set), possibly overlapping known names.
    """
    found: list[Span] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        match = HEAD_RE.match(tok.text)
        if not match or not is_name_word(tok, tables) or tok.lower_ in tables.families:
            i += 1
            continue
        end = i + 1
        if match.group("num") is None:
            j = end
            if j + 1 < len(doc) and doc[j].text == "-" and not tok.whitespace_:
                j += 1  # "Zeta", "-", "2"
            if j >= len(doc) or part_kind(doc[j].text, tables) != "version":
                i += 1
                continue
            end = j + 1
        end = extend_model_end(doc, i, end, tables)
        following = doc[end].lower_ if end < len(doc) else ""
        span = doc[i:end]
        keep = following in tables.model_cues or (
            following not in tables.non_model_heads
            and (tok.text in known_heads or _sentence_has_cue(span, tables))
        )
        if following in {"%", "percent"}:
            keep = False
        if keep and not is_family_reference(doc, end):
            found.append(span)
        i = end
    return found


def find_introduced_names(doc: Doc, tables: NameTables) -> list[Span]:
    """Unseen names introduced as models: "a model called X", "the X model", "X, a 7B model",
    "X, the model everyone is whispering about".

    Returns:
        MODEL spans of the introduced names (single capitalised words, optionally versioned).
    """
    found: list[Span] = []
    for tok in doc:
        if tok.lower_ in INTRO_CUES or (
            tok.lower_ == "as" and tok.i > 0 and doc[tok.i - 1].lower_ == "known"
        ):
            window = doc[max(tok.i - 8, 0) : tok.i]
            j = tok.i + 1
            while j < len(doc) and doc[j].is_quote:
                j += 1
            if (
                j < len(doc)
                and any(t.lower_ in tables.model_cues for t in window)
                and is_name_word(doc[j], tables)
            ):
                found.append(doc[j : extend_model_end(doc, j, j + 1, tables)])
        elif tok.lower_ in {"model", "llm", "chatbot"} and tok.i > 1:
            name, before = doc[tok.i - 1], doc[tok.i - 2]
            if (
                is_name_word(name, tables)
                and name.ent_type_ not in {"ORG", "NORP", "GPE"}
                and before.lower_ in {"the", "a", "an", "its", "their", "new"}
            ):
                found.append(doc[name.i : name.i + 1])
        elif tok.text == "," and 0 < tok.i < len(doc) - 2 and doc[tok.i + 1].lower_ in {
                "a", "an", "the"}:
            name = doc[tok.i - 1]
            window = doc[tok.i + 2 : min(tok.i + 9, len(doc))]
            head = next(
                (
                    t
                    for t in window
                    if not (t.is_lower or t.like_num or t.text == "-" or SIZE_RE.match(t.text))
                    or t.lower_ in tables.model_cues
                ),
                None,
            )
            starts_clause = (
                name.i == 0
                or doc[name.i - 1].is_sent_start is True
                or (doc[name.i - 1].is_punct or doc[name.i - 1].is_space)
                or doc[name.i - 1].is_lower  # "claimed that Orion, the model ..."
            )
            if (
                head is not None
                and head.lower_ in tables.model_cues
                and starts_clause
                and is_name_word(name, tables)
                and name.ent_type_ not in {"ORG", "GPE"}
            ):
                found.append(doc[name.i : name.i + 1])
    return found
