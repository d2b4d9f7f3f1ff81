"""Model names no rule file knows, found from how the text uses them.

- versioned: a capitalised name followed by a version ("Zeta 3.5", "Lumen-2 Pro");
- introduced: "a model called X", "the X model", "X, a 7B model", "X, the model ...";
- sized: the clause gives the name a parameter count ("Atlas-MoE-M has 180B total",
  "Kestrel, with 70B parameters"): research posts and launches often name a new model with
  no version and no known family.

Known labs are never models, and the trained NER's GPE/NORP names are left alone; a PERSON
label yields only to a count that says "parameters" ("Gopher, which had 280 billion
parameters"), never to a bare size. A label word before a colon ("Update: the 70B model")
is no name (``colon_labels`` in ``patterns/aliases.json``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.common.parameter_words import is_param_word
from extractors.common.unicode_forms import fold_hyphens, is_hyphen
from extractors.entities.names import (
    GLUED_SERIES_RE,
    GUESSED_ENT_TYPES,
    HEAD_RE,
    SIZE_RE,
    NameTables,
    extend_model_end,
    is_family_reference,
    is_name_word,
    part_kind,
)

INTRO_CUES = frozenset({"called", "named", "dubbed", "codenamed", "nicknamed", "christened"})
SIZE_LINKS = frozenset({"has", "had", "have", "packs", "contains", "is", "was", "with", "at",
                        "totals", "uses", "features", "boasts", "sports", "comprises"})
# Verbs that reach a count through particles ("weighs in at 1.2 trillion parameters") are
# ``phrasal_links`` and ``link_particles`` in aliases.json (``clause_words``).
RELATIVE_PRONOUNS = frozenset({"which", "that"})
POSSESSIVES = frozenset({"'s", "\u2019s"})
# A possessive as the tokenizer splits it, also the bare apostrophe of "Acme' model".
POSSESSIVE_MARKS = POSSESSIVES | {"'", "\u2019"}
# Nouns that name an AI model when they head a phrase: "Acme's Zorvex model", "The model ...".
MODEL_NOUNS = frozenset({"model", "llm", "chatbot"})
# Words allowed between the link and the count: "has roughly 100B", "is a 7-billion-".
COUNT_PREFIX = frozenset({"a", "an", "roughly", "about", "around", "approximately", "nearly",
                          "over", "more", "than", "just", "only", "some", "~", "half"})
NOT_NAME_ENTS = frozenset({"PERSON", "GPE", "NORP", "LOC"})
SCALE_WORDS = frozenset({"million", "billion", "trillion"})
MAX_COUNT_TAIL = 3  # "16 billion total parameters": words from the number to "parameters"


def opens_clause(doc: Doc, i: int) -> bool:
    prev = doc[i - 1] if i else None
    if prev is not None and is_hyphen(prev) and not prev.whitespace_ and not (
            doc[i - 2].whitespace_ if i > 1 else True):
        return False  # "Large" in "Zephyr-Large" is a piece of a word, not a clause start
    return prev is None or doc[i].is_sent_start is True or prev.is_punct or prev.is_space or (
        prev.lower_ in {"and", "while", "whereas"}) or (
        prev.text in POSSESSIVES and i > 1 and doc[i - 2].text[:1].isupper())  # "Acme's Kestrel"


def _determined(doc: Doc, i: int, tables: NameTables) -> bool:
    """The name at ``i`` follows a determiner that opens its clause, perhaps with up to two
    adjectives between: "its new Zeta Mini model", "(said) the open Quorra 3 model"."""
    k = i - 1
    while k >= 0 and i - k <= 3 and doc[k].is_lower and doc[k].is_alpha and (
            doc[k].lower_ not in tables.appositive_determiners):
        k -= 1
    return k >= 0 and doc[k].lower_ in tables.appositive_determiners and (
        opens_clause(doc, k) or (k > 0 and doc[k - 1].lower_ in tables.reporting_words))


def count_follows(doc: Doc, j: int, *, needs_param: bool = False) -> bool:
    """A parameter count starts at or just after ``j``: "16 billion total parameters",
    "180B total", "a 7-billion-parameter" (with ``needs_param``, only the forms that say
    "parameters")."""
    while j < len(doc) and doc[j].lower_ in COUNT_PREFIX:
        j += 1
    if j >= len(doc) or not (doc[j].like_num or SIZE_RE.match(doc[j].text)):
        return False
    tail = [fold_hyphens(t.lower_) for t in doc[j + 1 : j + 1 + MAX_COUNT_TAIL]]
    # "180B total", "70B." stand alone as sizes; "10M" alone is more often users or dollars
    if not needs_param and SIZE_RE.match(doc[j].text) and doc[j].text[-1] in "BbT" and (
            not tail or tail[0] in {"total", "active", "parameters", "params", "-", ",", "."}):
        return True
    # the hyphens of "a 70-billion-parameter model" take no word's place in the tail
    words = [fold_hyphens(t.lower_) for t in doc[j + 1 : j + 1 + 2 * MAX_COUNT_TAIL]
             if not is_hyphen(t)][:MAX_COUNT_TAIL]
    return any(is_param_word(w) for w in words)


def _phrasal_count(doc: Doc, j: int, tables: NameTables) -> bool:
    """A link verb, one to three particles and a count that says "parameters" from ``j``:
    "weighs in at 1.2 trillion parameters", "was trained with 132 billion parameters"."""
    if doc[j].lower_ not in tables.phrasal_links:
        return False
    k = j + 1
    while k < min(len(doc), j + 4) and doc[k].lower_ in tables.link_particles:
        k += 1
    return k > j + 1 and count_follows(doc, k, needs_param=True)


def is_guessed_place(tok, tables: NameTables) -> bool:
    """A coined word the small NER labels a place or a people by its sound ("Pellan" GPE,
    "Tarnis" GPE): a name word in every other respect, so a count that says "parameters" may
    still size it (places have no parameters: "France, which ..., has 68 million residents")."""
    match = HEAD_RE.match(fold_hyphens(tok.text))
    return tok.ent_type_ in GUESSED_ENT_TYPES and not tok.is_stop and match is not None and (
        match.group("word") not in tables.not_models)


def find_sized_names(doc: Doc, tables: NameTables) -> list[Span]:
    """MODEL spans of unseen names that their clause gives a parameter count."""
    found: list[Span] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        # is_name_word already weighs the NER's place labels against the name's shape; a place
        # label on a plain word yields only to a count that says "parameters"
        named = is_name_word(tok, tables)
        guessed = not named and is_guessed_place(tok, tables)
        if not (guessed or named):
            i += 1
            continue
        # a reported clause opens after its speech verb: "Acme said (that) Zeta Mini has 8B"
        opens = opens_clause(doc, i) or (i > 0 and doc[i - 1].lower_ in tables.reporting_words)
        end = extend_model_end(doc, i, i + 1, tables)
        if end == i + 1 and tok.lower_ in tables.families:
            i += 1  # a bare family word ("Falcon boasts 180B") names a line, not one member
            continue
        comma = end < len(doc) and doc[end].text in {",", ":"}  # "Meet Quill: the 2T model"
        if comma and doc[end].text == ":" and doc[i:end].text.lower() in tables.colon_labels:
            i = end  # "Update: the 70B-parameter model ...": a label opens the line, no name
            continue
        j = end + 1 if comma else end
        name = doc[i:end]
        if not comma and j < len(doc) and doc[j].lower_ in MODEL_NOUNS and _determined(
                doc, i, tables):
            j, opens = j + 1, True  # "Acme says its new Zeta Mini model has 8B parameters"
        if j < len(doc) and doc[j].lower_ in RELATIVE_PRONOUNS:
            j += 1  # "Kestrel, which has 40B parameters", "Heron that packs 7B"
        # The small NER calls many model names PERSON; people have no parameters, so only a
        # count that says "parameters" outweighs that label ("Gopher, which had 280 billion
        # parameters"), never a bare size ("Kim, with 70B").
        person = tok.ent_type_ == "PERSON"
        linked = j < len(doc) and ((doc[j].lower_ in SIZE_LINKS and count_follows(
            doc, j + 1, needs_param=person or guessed)) or _phrasal_count(doc, j, tables))
        # "Zorba-1, a 314-billion-parameter model": an appositive that opens on the count, also
        # after a verb ("introduced Jorba, a 52-billion parameter model"); "X has N" needs X
        # to open its clause ("the rival of X has 7B" is not about X)
        linked = linked and opens
        # "Built with 120 billion parameters, Quorra 3 ...": a participle opening the sentence
        # that a preposition ties to the count sizes the subject after the comma, not itself
        if linked and end == i + 1 and doc[j].lower_ in {"with", "at"} and (
                tok.tag_ in {"VBN", "VBG", "VBD"} or tok.lower_.endswith(("ed", "ing"))):
            linked = False
        appositive = comma and not person and j < len(doc) and doc[j].lower_ in {
            "a", "an", "the"} and count_follows(doc, j + 1, needs_param=True) and (
            # inside a clause, only as a verb's object ("introduced X, a ..."), never after a
            # headline's title word ("When Size Becomes Strategy: The Trillion-Parameter")
            opens or (doc[end].text == "," and doc[i - 1].is_lower))
        if (linked or appositive) and name.text.lower() not in tables.labs:
            found.append(name)
        i = end if opens or appositive else i + 1
    return found


# Lower-case release names that end in a size: "nova-oss-70b", "kite-chat-7b", "wren-3-405b".
LOWER_SIZED_NAME_RE = re.compile(
    r"^[a-z][a-z]{1,}[a-z0-9.]*(?:-[a-z0-9.]+)*-\d+(?:\.\d+)?[bmt](?:-(?P<tail>[a-z]+))?$")


def find_lowercase_sized_names(doc: Doc, tables: NameTables) -> list[Span]:
    """Model names written in lower case with a glued size ("nova-oss-70b", "kite-chat-7b"), as
    checkpoints are published: the trailing size is what makes the word a model's name.

    Returns:
        MODEL spans covering the whole hyphenated word.
    """
    found: list[Span] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        # the word opens after a space, a line break or punctuation ("nova-oss-70b and ...",
        # ", brisa-2-9b,"); the tokenizer may keep a digit piece on the head ("brisa-2", "-")
        # or the whole word as one token ("brisa-9b")
        if not (tok.text[:1].islower() and tok.text[:1].isalpha()
                and (i == 0 or doc[i - 1].whitespace_ or doc[i - 1].is_punct
                     or doc[i - 1].is_space)):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and not doc[end - 1].whitespace_ and not doc[end].is_space and (
                not (doc[end].is_punct and not is_hyphen(doc[end]))):
            end += 1
        word = fold_hyphens(doc[i:end].text)
        match = LOWER_SIZED_NAME_RE.match(word)
        tail = match.group("tail") if match else None  # "falcon-mamba-7b-instruct"
        if match and word.split("-")[0] not in tables.labs and (
                tail is None or tail in tables.glued_suffixes or tail in tables.variants):
            found.append(doc[i:end])
        i = end
    return found


# Words that open a sentence's next clause after a comma: ", and analysts said the model ...".
CLAUSE_COORDINATORS = frozenset({"and", "but", "while", "whereas", "yet"})


def _clause_bounds(doc: Doc, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around tokens ``start:end`` within ``lo:hi``: cut at ";" and at a comma
    before a coordinator (", and", ", but")."""
    def boundary(k: int) -> bool:
        return doc[k].text == ";" or (doc[k].text == "," and k + 1 < hi
                                       and doc[k + 1].lower_ in CLAUSE_COORDINATORS)
    left = next((k + 1 for k in range(start - 1, lo - 1, -1) if boundary(k)), lo)
    right = next((k for k in range(end, hi) if boundary(k)), hi)
    return left, right


def _sentence_has_cue(span: Span, tables: NameTables) -> bool:
    """Model words in the span's clause; a short label sentence ("GHD 4.5:") adds the next.
    The sentence's other clauses are about something else ("Artemis 2 launched in April, and
    analysts said the model has 7B")."""
    doc = span.doc
    sent = span.sent
    end = sent.end
    if (len(sent) <= 8 or doc[sent.end - 1].text == ":") and end < len(doc):
        end = doc[end].sent.end
    left, right = _clause_bounds(doc, span.start, span.end, sent.start, end)
    return any(t.lower_ in tables.model_cues for t in doc[left:right])


def find_versioned_names(
    doc: Doc, tables: NameTables, known_heads: frozenset[str] = frozenset()
) -> list[Span]:
    """Unseen model names: a capitalised name followed by a version ("Foo 3.5", "Zeta-2 Pro").

    A candidate is kept when the next word is a model noun ("the Foo 3 model") or its sentence
    talks about models or parameters, and dropped when the next word is a non-model head noun
    ("Apache 2.0 licence"), a percent sign ("WACC 10.5%") or its name word is on the
    not-a-model list (months, "Level", "AI"). A family this document already uses for a model
    (a kept candidate's name word, or one in ``known_heads``) needs no cue: "Lumen 4 launched
    last October" once "Lumen 5" is a model (one sense per discourse).

    Returns:
        MODEL spans (canonical names not yet set), possibly overlapping known names.
    """
    candidates: list[tuple[Span, bool]] = []  # (span, kept without the document's families)
    i = 0
    while i < len(doc):
        tok = doc[i]
        match = HEAD_RE.match(fold_hyphens(tok.text))
        if not match or not is_name_word(tok, tables) or tok.lower_ in tables.families:
            i += 1
            continue
        end = i + 1
        series = False  # "Atlas-o2": a glued series tail with a number names a model by shape
        if match.group("num") is None:
            j = end
            glued = j + 1 < len(doc) and is_hyphen(doc[j]) and not tok.whitespace_ and (
                not doc[j].whitespace_)
            if glued:
                j += 1  # "Zeta", "-", "2"
            if j >= len(doc) or not (part_kind(doc[j].text, tables) == "version" or (
                    glued and GLUED_SERIES_RE.match(doc[j].text))):
                i += 1
                continue
            series = glued and GLUED_SERIES_RE.match(doc[j].text) is not None and (
                doc[j].text[1:].isdigit())
            end = j + 1
        end = extend_model_end(doc, i, end, tables)
        following = doc[end].lower_ if end < len(doc) else ""
        span = doc[i:end]
        if following not in {"%", "percent"} and not is_family_reference(doc, end) and (
                following in tables.model_cues or following not in tables.non_model_heads):
            cued = series or following in tables.model_cues or _sentence_has_cue(span, tables)
            candidates.append((span, cued))
        i = end
    heads = known_heads | {span[0].text for span, cued in candidates if cued}
    return [span for span, cued in candidates if cued or span[0].text in heads]


def _heads_phrase(tok, tables: NameTables) -> bool:
    """A noun the trained tagger marks that is no model modifier, no possessor and no piece of
    a hyphenated compound ("a cloud that hosts models"; not "a language model", "the lab's
    model", "a mixture-of-experts model"). Without a tagger (pos_ empty) nothing is a head."""
    doc = tok.doc
    glued = (tok.i + 1 < len(doc) and is_hyphen(doc[tok.i + 1]) and not tok.whitespace_) or (
        tok.i > 0 and is_hyphen(doc[tok.i - 1]) and not doc[tok.i - 1].whitespace_)
    possessor = tok.i + 1 < len(doc) and doc[tok.i + 1].text in POSSESSIVES  # "the lab's"
    return (tok.pos_ == "NOUN" and tok.lower_ not in tables.model_modifiers and not glued
            and not possessor)


def _names_as(doc: Doc, i: int) -> bool:
    """ "known as X", "referred to as X": the "as" that introduces a name."""
    if doc[i].lower_ != "as" or i == 0:
        return False
    before = doc[i - 1].lower_
    return before == "known" or (before == "to" and i > 1 and doc[i - 2].lower_ in {
        "referred", "refered"})


def ai_talk(doc: Doc, tables: NameTables) -> bool:
    """The article talks about AI models: parameters, a topic word ("leaderboard",
    "inference") or a model noun after an AI modifier ("language model")."""
    return any(is_param_word(t.lower_) or t.lower_ in tables.topic_cues or (
        t.lower_ in tables.model_cues and t.i and doc[t.i - 1].lower_ in tables.model_modifiers)
        for t in doc)


APPOSITIVE_WINDOW = 10  # tokens between the determiner and the appositive's head


def find_introduced_names(doc: Doc, tables: NameTables) -> list[Span]:
    """Unseen names introduced as models: "a model called X", "the X model", "X, a 7B model",
    "X, the model everyone is whispering about".

    Returns:
        MODEL spans of the introduced names (single capitalised words, optionally versioned).
    """
    found: list[Span] = []
    for tok in doc:
        # "code name" as two words: 'internal code name "Tianlang"'
        code_name = tok.lower_ == "name" and tok.i > 0 and doc[tok.i - 1].lower_ == "code"
        if tok.lower_ in INTRO_CUES or _names_as(doc, tok.i) or code_name:
            window = doc[max(tok.i - 8, 0) : tok.i]
            j = tok.i + 1
            while j < len(doc) and doc[j].is_quote:
                j += 1
            if (
                j < len(doc)
                # a model word before the cue, or a member of a line ("a smaller sibling,
                # internally called Wren")
                and any(t.lower_ in tables.model_cues or t.lower_ in tables.member_nouns
                        for t in window)
                # an introduction outweighs the small NER's place guess ("Tianlang" GPE)
                and (is_name_word(doc[j], tables) or is_guessed_place(doc[j], tables))
                # a named model's alias in brackets is that model ("GPT-4.5 (codenamed
                # Orion)": the annotated sets read one model)
                and not (tok.i > 1 and doc[tok.i - 1 - (tok.lower_ == "name")].text == "(")
            ):
                found.append(doc[j : extend_model_end(doc, j, j + 1, tables)])
        elif tok.lower_ in MODEL_NOUNS and tok.i > 1:
            name, before = doc[tok.i - 1], doc[tok.i - 2]
            # "Acme's Zorvex model": a possessive lab or company owns it too
            # in an article about AI models ("Tesla's Cybertruck model" is a car)
            owned = before.text in POSSESSIVE_MARKS and tok.i > 2 and (
                doc[tok.i - 3].text[:1].isupper()) and ai_talk(doc, tables)
            if (
                is_name_word(name, tables)
                and name.ent_type_ not in {"ORG", "NORP", "GPE"}
                and (before.lower_ in {"the", "a", "an", "its", "their", "new"} or owned)
            ):
                found.append(doc[name.i : name.i + 1])
        elif tok.text == "," and 0 < tok.i < len(doc) - 2 and (doc[tok.i + 1].lower_ in {
                "a", "an", "the", "its", "their"} or (  # "Kestrel, its new model, ..."
                doc[tok.i + 1].is_title and doc[tok.i + 2].text in POSSESSIVES)):  # "Acme's"
            name = doc[tok.i - 1]
            # hyphenated modifiers take room: ", its much-delayed next-generation AI model"
            window = doc[tok.i + 2 : min(tok.i + 2 + APPOSITIVE_WINDOW, len(doc))]
            head = next(
                (
                    t
                    for t in window
                    # "its next-generation AI model": an AI modifier does not head
                    if not (t.is_lower or t.like_num or is_hyphen(t) or SIZE_RE.match(t.text)
                            or t.lower_ in tables.model_modifiers)
                    or t.lower_ in tables.model_cues
                    or _heads_phrase(t, tables)  # "Azure, a cloud that hosts models"
                    # a noun that names no model heads without a tagger too: "its new chip"
                    or ((t.lower_ in tables.non_model_heads or t.lower_ in tables.product_nouns)
                        and not (t.i + 1 < len(doc) and doc[t.i + 1].text in POSSESSIVES))
                ),
                None,
            )
            # past a capitalised modifier ("AI") or the short window the appositive must
            # close after its head: "Traditionally, an AI model can ..." is a clause
            if head is not None and (head.i >= tok.i + 9 or any(
                    not t.is_lower and t.lower_ in tables.model_modifiers
                    for t in doc[tok.i + 2 : head.i])) and not (
                    head.i + 1 < len(doc) and doc[head.i + 1].text in {",", ".", ";", ")"}):
                head = None
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
