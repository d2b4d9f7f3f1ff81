"""Model names found by how a sentence treats them: compared with a model, listed as an example
of models, or used again after the text has made them a model.

- compared: "Zeta 5 is bigger than Heron", "compared with Orca and Wren", "models like Lumen"
  (the cues are data: ``comparison_cues`` in ``patterns/aliases.json``); only in sentences
  about models or parameters, and never a lab, a place or a person the trained NER names;
- repeated: once a one-word name is a model by its context, its other uses in the same
  document are the same model ("Heron" after "a model called Heron": one sense per discourse).

The trained NER's labels are evidence here, not truth: a PERSON or place label vetoes a plain
word, an ORG label does not (the small NER calls most model names ORG).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.entities.names import NameTables, extend_model_end, is_name_word

NOT_COMPARED_ENTS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})
LIST_JOINERS = frozenset({",", "and", "or", "&"})
MAX_LISTED = 6  # "models like A, B, C and D": names read after one cue


def _cue_end(doc: Doc, i: int, tables: NameTables) -> int | None:
    """End index of the comparison cue starting at ``i``, else None (longest cue first)."""
    for cue in tables.comparison_cues:
        words = doc[i : i + len(cue)]
        if len(words) == len(cue) and tuple(t.lower_ for t in words) == cue:
            return i + len(cue)
    return None


def _sentence_about_models(span: Span, tables: NameTables) -> bool:
    return any(t.lower_ in tables.model_cues or t.lower_.startswith("param") for t in span.sent)


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
            while k < len(doc) and doc[k].text in LIST_JOINERS:
                k += 1
        i = max(k, i + 1)
    return found


def find_repeated_names(doc: Doc, names: list[Span], taken: set[int]) -> list[Span]:
    """Other uses of one-word names the context made models, on tokens not in ``taken``.

    Only capitalised words without digits are repeated: versioned names are found by shape.

    Returns:
        One-token spans of the repeated uses.
    """
    words = {span.text for span in names if len(span) == 1 and span.text[:1].isupper()
             and span.text.isalpha()}
    covered = taken | {i for span in names for i in range(span.start, span.end)}
    return [doc[t.i : t.i + 1] for t in doc if t.text in words and t.i not in covered]
