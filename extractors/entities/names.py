"""Pure functions for AI-model names: canonical spelling, version and variant extension.

Everything here works on a tokenised ``Doc`` (a blank pipeline is enough; the trained NER is
only consulted through ``token.ent_type_`` when present) and on a ``NameTables`` built from
``patterns/aliases.json``. Finding names no rule file knows is ``unseen_names``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from extractors.common.parameter_words import is_param_word
from extractors.common.unicode_forms import fold_hyphens, is_hyphen
from extractors.entities.rules import NameLexicon

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
DASHES_RE = re.compile(r"[\u2010-\u2015\u2212]")
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


@dataclass(frozen=True)
class NameTables:
    """Lookup tables derived once from the ``NameLexicon``."""

    aliases: dict[str, str]  # norm_key(alias) -> canonical
    families: dict[str, tuple[str, str, str]]  # lower family -> (display, joiner, variant_joiner)
    variants: dict[str, str]  # lower variant -> canonical spelling
    lab_prefixes: tuple[str, ...]
    labs: frozenset[str]  # lower-cased lab names: never a model
    not_models: frozenset[str]
    model_cues: frozenset[str]
    non_model_heads: frozenset[str]
    comparison_cues: tuple[tuple[str, ...], ...] = ()  # lower-case token sequences
    architecture_heads: frozenset[str] = frozenset()  # "Transformer": "Switch Transformer"
    family_order: tuple[str, ...] = ()  # lower families, longest first (prefix matching)
    colon_labels: frozenset[str] = frozenset()  # "Update:", "Correction:": labels, not names
    release_cues: frozenset[str] = frozenset()  # lower-case words of a release ("debuted")
    topic_cues: frozenset[str] = frozenset()  # lower-case words of AI-model talk ("leaderboard")
    glued_suffixes: frozenset[str] = frozenset()  # "it" in "Pica-2-27B-it"
    model_modifiers: frozenset[str] = frozenset()  # "language" in "a language model"
    evidence_weights: dict[str, float] = field(default_factory=dict)  # cue -> weight
    evidence_threshold: float = 0.0  # the weight that makes an unseen name a model
    # clause words (``clause_words`` in aliases.json), lower-case
    statement_openers: frozenset[str] = frozenset()  # "Nova Premier is ...", ", a model"
    statement_prepositions: frozenset[str] = frozenset()  # "a platform for models"
    copulas: frozenset[str] = frozenset()
    copula_determiners: frozenset[str] = frozenset()
    after_model_head: frozenset[str] = frozenset()  # "a model from the startup"
    list_joiners: frozenset[str] = frozenset()
    actor_verbs: frozenset[str] = frozenset()  # "Kestrel said"
    long_form_heads: frozenset[str] = frozenset()  # "Pathways Language Model"
    long_form_glue: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()  # "a reasoning variant": a model's member
    bare_head_ordinals: frozenset[str] = frozenset()  # "the first Halden"
    bare_head_groups: frozenset[str] = frozenset()  # "its Alder models", "the Marlowe family"
    fronting_words: frozenset[str] = frozenset()  # "With 480 billion parameters, Borealis"
    business_words: frozenset[str] = frozenset()  # "Stripe (95B) valuation": no model's size
    release_verbs: frozenset[str] = frozenset()  # "announcing Kestrel", "Kestrel rolls out"
    release_links: frozenset[str] = frozenset()  # "Kestrel is now out"
    release_states: frozenset[str] = frozenset()  # "is coming", "went live"
    release_followers: frozenset[str] = frozenset()  # "launched in May": no object
    release_time_openers: frozenset[str] = frozenset()  # "ships this summer"
    release_time_words: frozenset[str] = frozenset()
    reporting_words: frozenset[str] = frozenset()  # "Acme said Kestrel ships ..."
    appositive_determiners: frozenset[str] = frozenset()  # "Kestrel, our fastest model"
    product_nouns: frozenset[str] = frozenset()  # "Orbit, an app for travel"
    sentence_adverbs: frozenset[str] = frozenset()  # "Today Zorvex has ..."
    not_insert_openers: frozenset[str] = frozenset()  # "Smith, who led the team, ..."
    scope_words: frozenset[str] = frozenset()  # "(52B total / 12B active)"
    bracket_joiners: frozenset[str] = frozenset()
    carried_subjects: tuple[tuple[str, ...], ...] = ()  # ("it",), ("the", "model")
    phrasal_links: frozenset[str] = frozenset()  # "weighs in at 1.2 trillion parameters"
    link_particles: frozenset[str] = frozenset()
    # every leading part of a lab name ("goo", "google", "google deep"...): a token that is none
    # of them opens no lab name, so the multi-token lab lookup is skipped for it
    lab_starts: frozenset[str] = frozenset()


def build_tables(lexicon: NameLexicon) -> NameTables:
    """Turn the validated lexicon into lookup tables (keys normalised with ``norm_key``)."""
    variants: dict[str, str] = {}
    clause = lexicon.clause_words
    for word in lexicon.variants:
        variants.setdefault(word.lower(), word)
    return NameTables(
        aliases={norm_key(k): v for k, v in lexicon.aliases.items()},
        families={k.lower(): (k, s.joiner, s.variant_joiner) for k, s in lexicon.families.items()},
        variants=variants,
        lab_prefixes=tuple(sorted(lexicon.lab_prefixes, key=len, reverse=True)),
        labs=frozenset(lab.lower() for lab in lexicon.lab_prefixes),
        lab_starts=frozenset(lab.lower()[:k] for lab in lexicon.lab_prefixes
                             for k in range(1, len(lab) + 1)),
        not_models=frozenset(lexicon.not_models),
        model_cues=frozenset(w.lower() for w in lexicon.model_cues),
        non_model_heads=frozenset(w.lower() for w in lexicon.non_model_heads),
        comparison_cues=tuple(sorted({tuple(c.lower().split()) for c in lexicon.comparison_cues},
                                     key=len, reverse=True)),
        architecture_heads=frozenset(lexicon.architecture_heads),
        family_order=tuple(sorted((k.lower() for k in lexicon.families), key=len, reverse=True)),
        colon_labels=frozenset(w.lower() for w in lexicon.colon_labels),
        release_cues=frozenset(w.lower() for w in lexicon.release_cues),
        topic_cues=frozenset(w.lower() for w in lexicon.topic_cues),
        glued_suffixes=frozenset(w.lower() for w in lexicon.glued_suffixes),
        model_modifiers=frozenset(w.lower() for w in lexicon.model_modifiers),
        evidence_weights=dict(lexicon.evidence.weights),
        evidence_threshold=lexicon.evidence.threshold,
        statement_openers=_lower(clause.statement_openers),
        statement_prepositions=_lower(clause.statement_prepositions),
        copulas=_lower(clause.copulas),
        copula_determiners=_lower(clause.copula_determiners),
        after_model_head=_lower(clause.after_model_head),
        list_joiners=_lower(clause.list_joiners),
        actor_verbs=_lower(clause.actor_verbs),
        long_form_heads=_lower(clause.long_form_heads),
        long_form_glue=_lower(clause.long_form_glue),
        member_nouns=_lower(clause.member_nouns),
        bare_head_ordinals=_lower(clause.bare_head_ordinals),
        bare_head_groups=_lower(clause.bare_head_groups),
        fronting_words=_lower(clause.fronting_words),
        business_words=_lower(clause.business_words),
        release_verbs=_lower(clause.release_verbs),
        release_links=_lower(clause.release_links),
        release_states=_lower(clause.release_states),
        release_followers=_lower(clause.release_followers),
        release_time_openers=_lower(clause.release_time_openers),
        release_time_words=_lower(clause.release_time_words),
        reporting_words=_lower(clause.reporting_words),
        appositive_determiners=_lower(clause.appositive_determiners),
        product_nouns=_lower(clause.product_nouns),
        sentence_adverbs=_lower(clause.sentence_adverbs),
        not_insert_openers=_lower(clause.not_insert_openers),
        scope_words=_lower(clause.scope_words),
        bracket_joiners=_lower(clause.bracket_joiners),
        carried_subjects=tuple(tuple(w.lower().split()) for w in clause.carried_subjects),
        phrasal_links=_lower(clause.phrasal_links),
        link_particles=_lower(clause.link_particles),
    )


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


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
