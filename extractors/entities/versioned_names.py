"""Model names found by their shape: a family word with a version, size or variant, and the
shapes that lean on it.

- family members: a family the name list knows ("Llama", "GPT", "Qwen") is only a spelling
  table; what makes "Llama 3.1 405B", "GPT-4o mini" or "Qwen3-Max" a model mention is the
  family word glued to or followed by a version, a size or a variant word. The same shape
  holds for next week's member of the family, which no rule lists yet;
- bare family words: "Claude" in a document that names "Claude 9 Opus", or in a sentence about
  models (one sense per discourse); never "Claude Shannon", "a llama farm", "the Llama family";
- built-on names: a capitalised word glued before a family ("ChatGPT", "BankGPT");
- code names: a lower-case letter and digit with a variant word or a model noun ("o1-preview",
  "the o3 model"), repeated only after a use in a sentence about models, never when the
  document puts the code before a chip or dataset noun ("x86 chips", "the c4 dataset");
- architecture names: a name word before "Transformer" ("Switch Transformer").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.common.parameter_words import is_param_word
from extractors.common.unicode_forms import fold_hyphens, is_hyphen
from extractors.entities.names import (
    SIZE_RE,
    VERSION_RE,
    NameTables,
    extend_model_end,
    family_prefix,
    is_family_reference,
    is_name_word,
    part_kind,
)

# The part glued to a family word: "-4o", "3", "-3.1", "-V3", "-8x22B" (after the family).
GLUED_PART_RE = re.compile(r"^-?(?P<part>[A-Za-z]?\d[\w.]*)(?:-[\w.]+)*$")


def _family_at(token, tables: NameTables) -> tuple[str, str] | None:
    """(lower family, glued rest) when the token starts with a known family word, else None.

    The family word must be capitalised as a name ("Llama", "GPT", "LLaMA"), never a lower-case
    common noun ("llama", "phi") nor shouted in a heading ("PALM", "LLAMA").
    """
    text = fold_hyphens(token.text)
    if not text[:1].isupper():
        return None
    found = family_prefix(text, tables)
    if found is None:
        return None
    fam, _ = found
    shouted = text[: len(fam)].isupper() and not tables.families[fam][0].isupper()
    return None if shouted else found


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
            ok = j < len(doc) and (part_kind(doc[j].text, tables) is not None or (
                # one unknown title word before a variant or version: "Claude Mythos Preview"
                doc[j].is_title and doc[j].is_alpha and doc[j].text not in tables.not_models
                and j + 1 < len(doc)
                and part_kind(doc[j + 1].text, tables) in {"variant", "version"}))
        end = extend_model_end(doc, i, i + 1, tables) if ok else i + 1
        if ok and end > i + (0 if rest else 1) and not is_family_reference(doc, end):
            found.append(doc[i:end])
        i = max(end, i + 1)
    return found


FAMILY_NOUNS = frozenset({"family", "families", "series", "lineage", "lineup", "line"})
# A lower-case code name: a letter and a version ("o1", "o3"), never "v2" (a version itself).
CODE_NAME_RE = re.compile(r"^[a-uw-z]\d{1,2}$")


def _used_families(named: list[Span], tables: NameTables) -> set[str]:
    return {fam[0] for span in named if (fam := _family_at(span[0], tables)) is not None}


def _about_models(sent: Span, tables: NameTables) -> bool:
    return any(t.lower_ in tables.model_cues or is_param_word(t.lower_) for t in sent)


def find_bare_family_words(doc: Doc, tables: NameTables, named: list[Span]) -> list[Span]:
    """A bare family word in a document that names a member of that family by shape: "Claude"
    after "Claude 9 Opus" is the model line, as the known rules read it (one sense per
    discourse); so is one in a sentence about models ("Claude and other models"). "Claude
    Shannon" (a title word follows), "the Grok 4 series" and "the Llama
    family" stay out.

    Returns:
        One-token MODEL spans on tokens no span of ``named`` covers.
    """
    used = _used_families(named, tables)
    taken = {i for span in named for i in range(span.start, span.end)}
    found: list[Span] = []
    for tok in doc:
        if tok.i in taken or tok.lower_ not in tables.families or not tok.text[:1].isupper():
            continue
        if tok.lower_ not in used and not _about_models(tok.sent, tables):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (
            (nxt.is_title and nxt.is_alpha and nxt.text not in tables.not_models)
            or part_kind(nxt.text, tables) is not None  # "the Grok 4 series": a family
            or nxt.lower_ in FAMILY_NOUNS
        ):
            continue
        if not is_family_reference(doc, tok.i + 1):
            found.append(doc[tok.i : tok.i + 1])
    return found


def find_built_on_family(doc: Doc, tables: NameTables) -> list[Span]:
    """One-word names built on a family word: "ChatGPT", "BloombergGPT", "CodeLlama" (a
    capitalised word glued before the family's own spelling)."""
    displays = [display for display, _, _ in tables.families.values()]
    found: list[Span] = []
    for tok in doc:
        if not (tok.text[:1].isupper() and tok.text[1:2].islower()):
            continue  # the glued prefix is a capitalised word: "Bloomberg" in "BloombergGPT"
        for display in displays:
            prefix = tok.text[: -len(display)]
            if tok.text.endswith(display) and re.match(r"^[A-Z][a-z]+$", prefix):
                found.append(doc[tok.i : tok.i + 1])
                break
    return found


def _code_ends(doc: Doc, tok, tables: NameTables) -> tuple[int, bool] | None:
    """(end, in a model context) of a code name at ``tok``: "o1-preview", "o3 mini" (a variant
    word) or "the o1 model" (a model noun next), else None."""
    j = tok.i + 1
    if j + 1 < len(doc) and is_hyphen(doc[j]) and not tok.whitespace_ and (
            not doc[j].whitespace_):
        j += 1
    if j < len(doc) and doc[j].lower_ in tables.variants:
        after = doc[j + 1].lower_ if j + 1 < len(doc) else ""
        if after in tables.non_model_heads:
            return None  # "the m4 Pro chip": a variant word names chips too
        return j + 1, after in tables.model_cues or _about_models(tok.sent, tables)
    if j < len(doc) and doc[tok.i + 1].lower_ in tables.model_cues:
        return tok.i + 1, True
    return None


def find_code_names(doc: Doc, tables: NameTables) -> list[Span]:
    """Lower-case code names by shape: "o1-preview", "o3 mini", "the o1 model"; then the
    same bare code elsewhere in the document ("o1 was slower") when one of its uses was in a
    sentence about models.

    A code the document also uses before a non-model noun ("x86 chips", "the c4 dataset",
    "m4 chip") names that thing throughout (one sense per discourse) and is never a model.

    Returns:
        MODEL spans, not overlapping each other.
    """
    shaped = [t for t in doc if CODE_NAME_RE.match(t.text)]
    not_models = {t.text for t in shaped
                  if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in tables.non_model_heads}
    found: list[Span] = []
    codes: set[str] = set()
    for tok in shaped:
        if tok.text in not_models or (code := _code_ends(doc, tok, tables)) is None:
            continue
        end, in_context = code
        found.append(doc[tok.i : end])
        if in_context:
            codes.add(tok.text)
    taken = {i for span in found for i in range(span.start, span.end)}
    found += [doc[t.i : t.i + 1] for t in shaped if t.text in codes and t.i not in taken]
    return sorted(found, key=lambda span: span.start)


def find_architecture_names(doc: Doc, tables: NameTables) -> list[Span]:
    """A name word before a capitalised architecture noun: "Switch Transformer", "Sparse
    Transformers" (the nouns are ``architecture_heads`` in ``aliases.json``).

    Not a longer title phrase ("Open Pretrained Transformer", a long form), a description
    ("the traditional Transformer architecture": a noun follows) or a bare architecture.

    Returns:
        Two-token MODEL spans.
    """
    found: list[Span] = []
    for tok in doc:
        i = tok.i
        if tok.text not in tables.architecture_heads or i == 0:
            continue
        name, before = doc[i - 1], doc[i - 2] if i > 1 else None
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if (
            not name.is_title
            or not is_name_word(name, tables)
            or name.lower_ in tables.labs
            or (before is not None and (before.is_title or before.is_upper)
                and not before.is_sent_start and before.is_alpha)
            or (nxt is not None and (nxt.pos_ == "NOUN" or nxt.lower_ in tables.non_model_heads))
        ):
            continue
        found.append(doc[i - 1 : i + 1])
    return found
