"""Members of a model family: listed after the family name, used bare later, or named by
one more capitalised word after a versioned name ("ERNIE 3.0 Titan").

Launch news introduces a family's members once and then uses the bare member names:
"Meta released Llama 4 models (Scout and Maverick)", "the Wren 2 line-up: Scout, Ranger, and the
beastly Summit" ... "Ranger packs 400 billion parameters". Each listed word names the model
"<family version> <word>"; later capitalised uses of that word point back to it (one sense per
discourse). Pure functions on a ``Doc``; ``entities`` turns the results into candidates.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.common.parameter_words import is_param_word
from extractors.entities.names import NameTables, canonical_name

LIST_OPENERS = frozenset({"(", ":"})
# Words allowed between the family name and the list: "Llama 4 models (", "the X 2 squad:".
MAX_HEAD_WORDS = 2
LIST_LINKS = frozenset({",", "and", "or", "&", "/"})
MAX_MEMBERS = 6
# "the X 4 340B Family", "X 3 Series": a capitalised group noun after a name is no variant
GROUP_WORDS = frozenset({"family", "series", "lineup", "lineage", "line", "models", "suite"})


def _member_word(token, tables: NameTables) -> bool:
    """A capitalised single word that can name a member ("Scout", "Titan"), not a function
    word, a lab or a word the lexicon says is no model."""
    return (token.is_title and token.is_alpha and len(token) >= 3 and not token.is_stop
            and token.text not in tables.not_models and token.lower_ not in tables.labs)


def find_member_lists(doc: Doc, model: Span, canonical: str,
                      tables: NameTables) -> list[tuple[Span, str]]:
    """Members listed right after a family name: "X 4 models (Scout and Maverick)".

    The list opens with "(" or ":" at most two lower-case words after the name and is a
    coordination of capitalised words (an article and one lower-case adjective may precede
    a member: "and the beastly Behemoth"). A single item is not a list: "(Scout)" may be an
    aside; two or more coordinated names are the family's members.

    Returns:
        (member word span, canonical "<model> <word>") pairs.
    """
    i = model.end
    while i < len(doc) and i - model.end < MAX_HEAD_WORDS and doc[i].is_lower and doc[i].is_alpha:
        i += 1
    if i >= len(doc) or doc[i].text not in LIST_OPENERS:
        return []
    members: list[Span] = []
    j = i + 1
    while j < len(doc) and len(members) < MAX_MEMBERS:
        k = j
        if doc[k].lower_ in {"the", "a"}:
            k += 1
            if k < len(doc) and doc[k].is_lower:
                k += 1  # "the beastly Behemoth"
        if k >= len(doc) or not _member_word(doc[k], tables):
            break
        members.append(doc[k : k + 1])
        j = k + 1
        while j < len(doc) and doc[j].lower_ in LIST_LINKS:
            j += 1
        if j == k + 1:
            break  # no link: the list ends here
    if len(members) < 2:
        return []
    return [(m, canonical_name(f"{canonical} {m.text}", tables)) for m in members]


def find_bare_members(doc: Doc, members: dict[str, str], taken: set[int]) -> list[tuple[Span, str]]:
    """Later bare mentions of listed members ("Maverick packs 400 billion parameters").

    Args:
        doc: the document.
        members: member word -> canonical model name, for words listed for ONE model only.
        taken: token indices already inside an entity.

    Returns:
        (span, canonical name) pairs for each capitalised use of a member word.
    """
    if not members:
        return []
    return [(doc[t.i : t.i + 1], members[t.text]) for t in doc
            if t.text in members and t.i not in taken]


MAX_APPOSITIVE = 8  # tokens of ", a 109B-parameter mixture-of-experts model"


def _model_appositive(doc: Doc, i: int, tables: NameTables) -> bool:
    """An appositive at ``i`` that describes a model: ", a 109B-parameter model", ", the
    lab's new model", ", a reasoning variant" (a member noun: ``clause_words``); not ", a
    rocket version" (a non-model noun before the member noun)."""
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an", "the"}:
        return False
    for tok in doc[i + 2 : i + 2 + MAX_APPOSITIVE]:
        if tok.text in {",", ".", ";", ")"} or tok.lower_ in tables.non_model_heads:
            return False
        if (tok.lower_ in tables.model_cues or is_param_word(tok.lower_)
                or tok.lower_ in tables.member_nouns):
            return True
    return False


def _after_model_noun(doc: Doc, start: int, end: int, tables: NameTables) -> bool:
    """The name is an appositive of a model noun before it: "A smaller model, Marvo 2 Swift,
    will follow" (the word closes the appositive: a comma or the sentence's end after it)."""
    if start < 2 or doc[start - 1].text != "," or end + 1 >= len(doc):
        return False
    noun = doc[start - 2].lower_
    return (noun in tables.model_cues or noun in tables.member_nouns) and (
        doc[end + 1].text in {",", ".", ";"})


def named_variant_ends(doc: Doc, names: list[tuple[int, int, str]],
                       tables: NameTables) -> dict[int, int]:
    """Model names that one more capitalised word names a variant of: "ERNIE 3.0 Titan has
    ...", "the Nemotron-4 340B Reward model".

    The word must follow a name with a version or size, end the name (no capitalised word
    after it) and be confirmed by the text: a model noun right after it, or the same name
    plus word used again in the document (headline words do not recur after a name), or an
    appositive that calls it a model ("Nimbus 4 Sprout, a 109B-parameter model", "Elda 4
    Deep, a reasoning variant", "A smaller model, Marvo 2 Swift, will follow").

    Args:
        doc: the document.
        names: (start, end, canonical) of the MODEL names found so far.
        tables: name tables.

    Returns:
        Start token of each name to extend -> its new end.
    """
    seen: dict[tuple[str, str], list[tuple[int, int]]] = {}
    # names found with the word already ("Acme released Falconet 3 Titan"): another use
    carried = {(canonical[: -len(doc[end - 1].text) - 1], doc[end - 1].text)
               for start, end, canonical in names
               if end - start >= 2 and doc[end - 1].is_title
               and canonical.endswith(" " + doc[end - 1].text)
               and any(ch.isdigit() for ch in doc[start : end - 1].text)}
    for start, end, canonical in names:
        if end + 1 >= len(doc) or not any(ch.isdigit() for ch in doc[start:end].text):
            continue
        word, after = doc[end], doc[end + 1]
        if not (word.is_title and word.is_alpha and len(word) >= 3 and not word.is_stop
                and word.text not in tables.not_models and word.lower_ not in tables.labs
                and word.lower_ not in GROUP_WORDS
                and not (after.is_title and after.is_alpha)):
            continue
        seen.setdefault((canonical, word.text), []).append((start, end))
    ends: dict[int, int] = {}
    for key, group in seen.items():
        cued = [(s, e) for s, e in group if doc[e + 1].lower_ in tables.model_cues
                or _model_appositive(doc, e + 1, tables) or _after_model_noun(doc, s, e, tables)]
        for start, end in group if len(group) >= 2 or key in carried else cued:
            ends[start] = end + 1
    return ends
