"""Model names with no version that a clause states are models: a lab's brand and tier
("Amazon Nova Premier"), a name word with a letter ("Command A") and a coined word the copula
makes a model ("Kestrel is a new model from the startup").

Such names carry no number, so shape alone cannot tell them from a cloud service ("Amazon Web
Services"), a plan ("Plan B") or a vitamin ("Vitamin C"). What the text must add is the name
as the subject of a model statement: a copula or appositive with a model word ("is the
company's most capable model", ", a model for enterprises") or a parameter count ("has 111
billion parameters").

The name is kept as the text gives it: a lab word glued before the brand is part of the name
("Amazon Nova Premier"), a possessive one is not ("Acme's Brix A" -> "Brix A").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.common.parameter_words import is_param_word
from extractors.entities.coined_names import count_in_rest
from extractors.entities.names import (
    SIZE_RE,
    NameTables,
    family_prefix,
    is_name_word,
    lab_end,
)

# The words that open a statement about the name ("Nova Premier is ...", "Command A, a model",
# "Brix A has 70 billion parameters") and the prepositions that put a model word in another
# phrase ("Google Cloud is a platform for models") are ``clause_words`` in patterns/aliases.json.
# How far after the name a model word or count may stand: "is the company's most capable model".
STATEMENT_WINDOW = 7
NOT_NAME_ENTS = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME"})


def _is_word(tok, tables: NameTables, *, after_lab: bool = False) -> bool:
    # after a lab word the small NER's PERSON is a misread brand ("Snowflake Arctic")
    ents = NOT_NAME_ENTS - {"PERSON"} if after_lab else NOT_NAME_ENTS
    return (tok.is_title and tok.is_alpha and len(tok) > 1 and not tok.is_stop
            and tok.text not in tables.not_models and tok.lower_ not in tables.labs
            and tok.ent_type_ not in ents)


def _is_letter(tok) -> bool:
    return len(tok) == 1 and tok.text.isupper() and tok.text != "I"


def _model_statement(doc: Doc, end: int, tables: NameTables) -> bool:
    """A model word or a parameter count in a statement the name opens."""
    if end >= len(doc) or doc[end].lower_ not in tables.statement_openers:
        return False
    sent_end = doc[end].sent.end
    # without a tagger every pos_ is "": the head test below is skipped, not read as a tag
    tagged = doc.has_annotation("POS")
    for tok in doc[end + 1 : min(sent_end, end + 1 + STATEMENT_WINDOW)]:
        low = tok.lower_
        if low in tables.statement_prepositions:
            return False
        if low in tables.model_cues or is_param_word(low):
            return True
        possessor = tok.i + 1 < len(doc) and doc[tok.i + 1].text in {"'s", "\u2019s"}
        if tagged and tok.pos_ in {"NOUN", "VERB"} and (
                low not in tables.model_modifiers and not possessor):
            return False  # another head: "Microsoft Azure, a cloud that hosts models"
        if SIZE_RE.match(tok.text) and tok.text[-1] in "BT":
            return True
        if tok.is_punct and tok.text not in {"'s", "\u2019s"} and tok.i > end + 1:
            return False  # the statement ended: "Nova Premier, Amazon's cloud, hosts models"
    return False


def find_lab_brand_names(doc: Doc, tables: NameTables) -> list[Span]:
    """Two-word unseen names the clause makes models: "Amazon Nova Premier is the company's
    most capable model", "Cohere Command A has 111 billion parameters", "Command A, a model".

    A lab word right before the one or two words joins the name ("Snowflake Arctic, a new
    language model"); without one, only a name word and a single capital letter ("Command
    A") are read, since two bare capitalised words are too often a place or a team.

    Returns:
        MODEL spans (canonical names not yet set).
    """
    found: list[Span] = []
    i = 0
    while i < len(doc) - 2:
        lab_stop = lab_end(doc, i, tables)
        start = i if lab_stop is not None else None
        j = lab_stop if lab_stop is not None else i
        if j + 1 >= len(doc) or not _is_word(doc[j], tables, after_lab=lab_stop is not None) or (
                family_prefix(doc[j].text, tables) is not None):
            i += 1
            continue
        tier = doc[j + 1]
        if lab_stop is not None:
            ok = _is_letter(tier) or _is_word(tier, tables, after_lab=True)
            # or the sentence it opens sizes it: "Snowflake Arctic took another approach: ...
            # adding up to 480 billion parameters"
            if not ok and (_model_statement(doc, j + 1, tables) or (
                    tier.is_lower and tier.is_alpha and _opens_sentence(doc, start)
                    and count_in_rest(doc, j + 1, doc[j].sent.end, tables))):
                found.append(doc[start : j + 1])  # one brand word: "Snowflake Arctic, a model"
                i = j + 1
                continue
        else:
            prev = doc[j - 1] if j else None
            ok = _is_letter(tier) and is_name_word(doc[j], tables) and (
                prev is None or not (prev.is_title or prev.is_upper))
            start = j
        if ok and _model_statement(doc, j + 2, tables):
            found.append(doc[start : j + 2])
            i = j + 2
            continue
        i += 1
    return found


# The copulas, the determiners that open their noun phrase ("is a new model", "is its model")
# and the words that may follow the model noun when it heads the phrase ("a model from the
# startup"; any other lower-case word makes "model" a modifier: "a model city") are
# ``clause_words`` in patterns/aliases.json.
COPULA_NOT_NAME_ENTS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
MAX_COPULA_WINDOW = 6


def _opens_sentence(doc: Doc, i: int) -> bool:
    prev = doc[i - 1] if i else None
    return prev is None or doc[i].is_sent_start is True or prev.is_space or (
        prev.text in {".", ";", ":", "\n"})


def find_copula_names(doc: Doc, tables: NameTables) -> list[Span]:
    """One coined word the copula makes a model: "Kestrel is a new model from the startup",
    "Wren was the lab's first model." The word opens its sentence and the model noun heads the
    phrase after "is a"/"is the"/"is its"; "Paris is a model city" (a modifier), "a phone
    model" and the NER's organisations and places stay out. A bare "model" counts only in an
    article that talks about models in another sentence too (people are models: "the brand's
    first model"), and never for a word the NER calls a person; an AI modifier settles it
    alone ("Wren is a new language model").

    Returns:
        One-token MODEL spans.
    """
    found: list[Span] = []
    talk = {t.sent.start for t in doc if t.lower_ in tables.model_cues or is_param_word(t.lower_)}
    for tok in doc:
        i = tok.i
        if not (tok.lower_ in tables.copulas and i > 0 and i + 2 < len(doc)
                and doc[i + 1].lower_ in tables.copula_determiners):
            continue
        name = doc[i - 1]
        if not (is_name_word(name, tables) and name.ent_type_ not in COPULA_NOT_NAME_ENTS
                and name.text.isalpha() and name.lower_ not in tables.labs
                and _opens_sentence(doc, name.i)):
            continue
        for k in range(i + 2, min(i + 2 + MAX_COPULA_WINDOW, tok.sent.end)):
            word = doc[k]
            if word.lower_ in tables.model_cues:
                nxt = doc[k + 1] if k + 1 < len(doc) else None
                # an AI modifier settles it; a bare "model" needs model talk in another
                # sentence ("Gisele was the brand's first model" is a person) and no PERSON
                settled = doc[k - 1].lower_ in tables.model_modifiers or (
                    name.ent_type_ != "PERSON" and bool(talk - {tok.sent.start}))
                heads = nxt is None or nxt.is_punct or nxt.lower_ in tables.after_model_head
                if heads and settled:
                    found.append(doc[name.i : name.i + 1])
                break
            if word.lower_ in tables.non_model_heads:
                break  # "the firm's new phone model"
            if not (word.is_lower or word.like_num or word.text in {"'s", "-"}
                    or SIZE_RE.match(word.text) or word.is_title):
                break
    return found
