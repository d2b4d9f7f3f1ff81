"""Model names found by how a sentence treats them: compared with a model, listed as an example
of models, or used again after the text has made them a model.

- compared: "Zeta 5 is bigger than Heron", "compared with Orca and Wren", "models like Lumen"
  (the cues are data: ``comparison_cues`` in ``patterns/aliases.json``); only in sentences
  about models or parameters, and never a lab, a place or a person the trained NER names;
- defined: an acronym whose long form names a model ("Pathways Language Model (PaLM)");
- code names: a quoted name right after a known lab ('OpenAI "Strawberry"');
- repeated: once a one-word name is a model by a clause that introduces, defines or sizes it,
  its other uses in the same document are the same model ("Heron" after "a model called
  Heron": one sense per discourse); a compared name is not repeated ("the team behind Heron"
  is why "behind", "ahead of" and "predecessor" are no comparison cues).

The trained NER's labels are evidence here, not truth: a PERSON or place label vetoes a plain
word, an ORG label does not (the small NER calls most model names ORG).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.common.parameter_words import is_param_word
from extractors.entities.names import NameTables, extend_model_end, is_name_word, lab_end

NOT_COMPARED_ENTS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})
MAX_LISTED = 6  # "models like A, B, C and D": names read after one cue


def _cue_end(doc: Doc, i: int, tables: NameTables) -> int | None:
    """End index of the comparison cue starting at ``i``, else None (longest cue first).

    A cue whose first word is not the token's is skipped before slicing the Doc: the slice
    and its words per cue per token made this a third of a figure-dense article's time."""
    first = doc[i].lower_
    for cue in tables.comparison_cues:
        if cue and cue[0] != first:
            continue
        words = doc[i : i + len(cue)]
        if len(words) == len(cue) and tuple(t.lower_ for t in words) == cue:
            return i + len(cue)
    return None


def has_comparison_cue(span: Span, tables: NameTables) -> bool:
    """A comparison or example cue starts inside ``span`` ("compared with", "than", "beat")."""
    return any(_cue_end(span.doc, t.i, tables) is not None for t in span)


def _sentence_about_models(span: Span, tables: NameTables) -> bool:
    return any(t.lower_ in tables.model_cues or is_param_word(t.lower_) for t in span.sent)


def _compared_name(doc: Doc, k: int, tables: NameTables) -> int | None:
    """End of a plausible compared name starting at ``k``, else None."""
    if k >= len(doc):
        return None
    tok = doc[k]
    if not is_name_word(tok, tables) or tok.ent_type_ in NOT_COMPARED_ENTS:
        return None
    end = extend_model_end(doc, k, k + 1, tables)
    if doc[k:end].text.lower() in tables.labs:
        return None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.text in {"'s", "\u2019s", "'"} or (
            nxt.is_title and nxt.is_alpha and not nxt.is_sent_start)):
        return None  # "Acme's model", "New York": the word is part of something else
    return end


def find_compared_names(doc: Doc, tables: NameTables) -> list[Span]:
    """Names after a comparison or example cue in a sentence about models.

    Returns:
        MODEL spans (canonical names not yet set), a listed series read as one name each.
    """
    found: list[Span] = []
    i = 0
    while i < len(doc):
        cue_end = _cue_end(doc, i, tables)
        if cue_end is None or not _sentence_about_models(doc[i:cue_end], tables):
            i += 1
            continue
        k = cue_end
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        for _ in range(MAX_LISTED):
            end = _compared_name(doc, k, tables)
            if end is None:
                break
            found.append(doc[k:end])
            k = end
            while k < len(doc) and doc[k].text in tables.list_joiners:
                k += 1
        i = max(k, i + 1)
    return found


def find_repeated_names(doc: Doc, names: list[Span], taken: set[int]) -> list[Span]:
    """Other uses of one-word ``names`` (those a clause introduced, defined or sized), on
    tokens not in ``taken``.

    Only capitalised words without digits are repeated: versioned names are found by shape.

    Returns:
        One-token spans of the repeated uses.
    """
    words = {span.text for span in names if len(span) == 1 and span.text[:1].isupper()
             and span.text.isalpha()}
    covered = taken | {i for span in names for i in range(span.start, span.end)}
    return [doc[t.i : t.i + 1] for t in doc if t.text in words and t.i not in covered]


# Labels under which a bare word is the company or a place, not the model line it names.
BARE_HEAD_NOT_ENTS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})
# Verbs after which a bare word is the one who acts ("Kestrel said", "Kestrel announced") are
# ``clause_words.actor_verbs`` in patterns/aliases.json.


def find_bare_heads(doc: Doc, versioned: list[Span], taken: set[int],
                    tables: NameTables) -> list[Span]:
    """The bare name word of an unseen model line the document names with a version, where a
    release verb takes it as object ("The startup released Kestrel on Monday" beside "Kestrel
    2"), an ordinal counts it ("the first Halden") or a determiner and a group noun make it
    the line ("its Alder models", "the Marlowe family").

    Labs are often named after their models ("Lumen only started publishing sizes", "makes
    Lumen the first of the closed labs" beside "Lumen 4"), so a versioned sibling alone is not
    enough: the word must be what was released, stand alone (no version, name word, hyphen
    or possessive after it) and not be the NER's organisation or place.

    Returns:
        One-token spans on tokens not in ``taken``.
    """
    words = {span[0].text for span in versioned
             if len(span) > 1 and span[0].is_alpha and span[0].is_title
             and span[0].lower_ not in tables.labs and span[0].lower_ not in tables.families
             and any(ch.isdigit() for ch in span[1:].text)}
    found: list[Span] = []
    for tok in doc:
        if tok.text not in words or tok.i in taken:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        prev = doc[tok.i - 1] if tok.i else None
        counted = prev is not None and (prev.lower_ in tables.bare_head_ordinals or (
            prev.lower_ in tables.copula_determiners and nxt is not None
            and nxt.lower_ in tables.bare_head_groups))  # "the first Halden", "its Alder models"
        # counted as the line, only the NER's organisation (a lab named after its models)
        # vetoes; its place or people label is a guess by the word's sound
        if tok.ent_type_ in (BARE_HEAD_NOT_ENTS if not counted else {"ORG"}):
            continue
        if nxt is not None and (nxt.like_num or nxt.is_title or nxt.is_upper
                                or nxt.text in {"-", "'s", "\u2019s"}
                                or nxt.lower_ in tables.actor_verbs or (not tok.whitespace_ and (
                                    not nxt.is_punct))):
            continue
        if not counted and (prev is None or prev.lower_ not in tables.release_cues):
            continue  # "released Kestrel", "launched Kestrel"
        found.append(doc[tok.i : tok.i + 1])
    return found


# The words of a long form that say it names a model ("Pathways Language Model", "Open
# Pretrained Transformer"; with the model cues) and the glue between its capitalised words are
# ``clause_words.long_form_heads`` and ``long_form_glue`` in patterns/aliases.json.
MAX_LONG_FORM = 9  # tokens


def _letters(abbr: str) -> str:
    """The capitals an acronym spells: "PaLM" -> "PLM", "OPT-175B" -> "OPT", "MT-NLG" -> "MTNLG"."""
    return "".join(ch for ch in re.sub(r"-?\d.*$", "", abbr) if ch.isupper())


def _initials(words: Span, glue: frozenset[str]) -> str:
    return "".join(
        piece[0] for t in words if t.lower_ not in glue
        for piece in t.text.split("-") if piece[:1].isupper())


def _is_long_form(words: Span, abbr: str, tables: NameTables) -> bool:
    return (
        len(words) >= 2
        and words[0].is_title
        and all(t.is_title or t.is_upper or t.lower_ in tables.long_form_glue for t in words)
        and any(t.lower_ in tables.model_cues or t.lower_ in tables.long_form_heads for t in words)
        and _initials(words, tables.long_form_glue) == _letters(abbr)
    )


def _acronym_shaped(token, tables: NameTables) -> bool:
    """A coined acronym: mixed case ("PaLM", "GLaM") or a glued size ("OPT-175B"). All-caps
    acronyms are mostly terms and bodies ("LLM", "SSM", "FTC") and are left alone."""
    text = token.text
    coined = any(ch.islower() for ch in text) or bool(re.search(r"-\d", text))
    return (coined and len(_letters(text)) >= 2 and text.rstrip("s") not in tables.not_models
            and bool(re.match(r"^[A-Za-z][\w.-]*$", text)))


def find_defined_acronyms(doc: Doc, tables: NameTables) -> list[Span]:
    """Acronyms the text defines by a long form that names a model: "Pathways Language Model
    (PaLM)", "Generalist Language Model's (GLaM)", "LaMDA or Language Models for Dialogue
    Applications" (the long form's initials spell the acronym, as in Schwartz and Hearst's
    abbreviation finder). The acronym must look coined (see ``_acronym_shaped``): "State Space
    Model (SSM)" is a term, "Federal Trade Commission (FTC)" a body.

    Returns:
        One-token MODEL spans of the acronyms.
    """
    found: list[Span] = []
    for tok in doc:
        if tok.text == "(" and tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")" and (
                _acronym_shaped(doc[tok.i + 1], tables)):
            abbr = doc[tok.i + 1]
            end = tok.i - 1 if tok.i and doc[tok.i - 1].text in {"'s", "\u2019s"} else tok.i
            if any(_is_long_form(doc[start:end], abbr.text, tables)
                   for start in range(max(end - MAX_LONG_FORM, 0), end - 1)):
                found.append(doc[abbr.i : abbr.i + 1])
        elif tok.lower_ == "or" and tok.i > 0 and _acronym_shaped(doc[tok.i - 1], tables):
            abbr, start = doc[tok.i - 1], tok.i + 1
            if any(_is_long_form(doc[start:end], abbr.text, tables)
                   for end in range(start + 2, min(start + MAX_LONG_FORM, len(doc)) + 1)):
                found.append(doc[abbr.i : abbr.i + 1])
    return found


def find_quoted_codenames(doc: Doc, tables: NameTables) -> list[Span]:
    """A quoted name right after a known lab, in a sentence about models: a project's code name
    ('the rumored OpenAI "Strawberry"', "Google's 'Heron'").

    Returns:
        MODEL spans of the quoted names (without the quotes).
    """
    found: list[Span] = []
    for tok in doc:
        end = lab_end(doc, tok.i, tables) if tok.text[:1].isupper() else None
        if end is None:
            continue
        k = end + 1 if end < len(doc) and doc[end].text in {"'s", "\u2019s"} else end
        if k + 1 >= len(doc) or not doc[k].is_quote or not is_name_word(doc[k + 1], tables):
            continue
        name_end = extend_model_end(doc, k + 1, k + 2, tables)
        close = name_end + 1 if name_end < len(doc) and doc[name_end].text in {",", "."} else (
            name_end)
        if close < len(doc) and doc[close].is_quote and _sentence_about_models(
                doc[k:name_end], tables):
            found.append(doc[k + 1 : name_end])
    return found
