"""Unseen model names known by their size: "Atlas-MoE-M has 180B total", "Kestrel, with 70B
parameters". A research post or a launch often names a new model with no version and no
known family; what marks it as a model is that the clause gives it a parameter count.

A candidate is a capitalised name word (``entity_names.is_name_word``) extended over a
hyphenated or versioned name, that opens a clause and is followed, after an optional comma,
by a size link ("has", "is", "with", "packs") and a parameter count within a few words. Known
labs are never models, and the trained NER's PERSON/GPE/NORP names are left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.entity_names import SIZE_RE, NameTables, extend_model_end, is_name_word

SIZE_LINKS = frozenset({"has", "had", "have", "packs", "contains", "is", "was", "with", "at",
                        "totals", "uses", "features"})
# Words allowed between the link and the count: "has roughly 100B", "is a 7-billion-".
COUNT_PREFIX = frozenset({"a", "an", "roughly", "about", "around", "approximately", "nearly",
                          "over", "more", "than", "just", "only", "some", "~"})
NOT_NAME_ENTS = frozenset({"PERSON", "GPE", "NORP", "LOC"})
MAX_COUNT_TAIL = 3  # "16 billion total parameters": words from the number to "parameters"


def _opens_clause(doc: Doc, i: int) -> bool:
    prev = doc[i - 1] if i else None
    return prev is None or doc[i].is_sent_start is True or prev.is_punct or prev.is_space or (
        prev.lower_ in {"and", "while", "whereas"})


def _count_follows(doc: Doc, j: int) -> bool:
    """A parameter count starts at or just after ``j``: "16 billion total parameters",
    "180B total", "a 7-billion-parameter"."""
    while j < len(doc) and doc[j].lower_ in COUNT_PREFIX:
        j += 1
    if j >= len(doc) or not (doc[j].like_num or SIZE_RE.match(doc[j].text)):
        return False
    tail = [t.lower_ for t in doc[j + 1 : j + 1 + MAX_COUNT_TAIL]]
    # "180B total", "70B." stand alone as sizes; "10M" alone is more often users or dollars
    if SIZE_RE.match(doc[j].text) and doc[j].text[-1] in "BbT" and (
            not tail or tail[0] in {"total", "active", "parameters", "params", "-", ",", "."}):
        return True
    return any(w.startswith("param") for w in tail)


def find_sized_names(doc: Doc, tables: NameTables) -> list[Span]:
    """MODEL spans of unseen names that their clause gives a parameter count."""
    labs = {lab.lower() for lab in tables.lab_prefixes}
    found: list[Span] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not is_name_word(tok, tables) or tok.ent_type_ in NOT_NAME_ENTS or not _opens_clause(
                doc, i):
            i += 1
            continue
        end = extend_model_end(doc, i, i + 1, tables)
        j = end + 1 if end < len(doc) and doc[end].text == "," else end
        name = doc[i:end]
        if (j < len(doc) and doc[j].lower_ in SIZE_LINKS and _count_follows(doc, j + 1)
                and name.text.lower() not in labs):
            found.append(name)
        i = end
    return found
