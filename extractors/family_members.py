"""Members of a model family named in a list, and their later bare mentions.

Launch news introduces a family's members once and then uses the bare member names:
"Meta released Llama 4 models (Scout and Maverick)", "the Wren 2 line-up: Scout, Ranger, and the
beastly Summit" ... "Ranger packs 400 billion parameters". Each listed word names the model
"<family version> <word>"; later capitalised uses of that word point back to it (one sense per
discourse). Pure functions on a ``Doc``; ``entities`` turns the results into candidates.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.entity_names import NameTables, canonical_name

LIST_OPENERS = frozenset({"(", ":"})
# Words allowed between the family name and the list: "Llama 4 models (", "the X 2 squad:".
MAX_HEAD_WORDS = 2
LIST_LINKS = frozenset({",", "and", "or", "&", "/"})
MAX_MEMBERS = 6


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
