"""Bare coined model names given a size by where the sentence puts it (issue 16).

A new model is often one coined word with no digits ("Zorvex", "Quillon", "Borealis"), which
neither a rule file nor the name's shape can tell from a company, a chip or a place. What makes
it a model is a parameter count the sentence's layout hands to it:

- inserted: the count's clause has the name as subject across an appositive or participial
  phrase ("Zorvex, released on March 27, has 132 billion parameters", "Pellan, which the
  startup trained on 9T tokens, packs 34 billion parameters");
- released by a lab: a known lab's name released or announced ("Acme's Zorvex, released in
  March, went finer-grained: ... 132 billion total parameters"), with the count later in the
  sentence or in the next sentence's "It has ..." (a product alone is no model: "Tesla's
  Optimus, unveiled in 2022, has 28 actuators");
- fronted: "With 480 billion parameters, Borealis is the largest model yet";
- premodified or owning: "the 132-billion-parameter Zorvex outperformed ...", "Zorvex's 132
  billion parameters make it ...";
- paired: an unknown lab's word and its brand opening a sized sentence ("Snowline Borealis has
  480 billion parameters"), kept whole as a known lab's brand is;
- described: a release verb's object that the next sentence calls "the model" ("Acme released
  Zorvex on Tuesday. The model ..."), in an article about AI models;
- parenthesised: a bare count in parentheses right after the name, in a sentence about
  parameters ("GPT-2 (1.5 billion), OrcaNet (9.1 billion)"), or one whose brackets say what the
  count is ("Zorvex (132B total / 36B active)"), or a glued size in a comparison or a list of
  sized names ("compared Zorvex (132B) and Quillon (52B)"), never beside money ("Stripe (95B)
  valuation").

Every finder wants a count that says "parameters" (or a glued "132B" standing as a size); the
trained NER's PERSON label yields only to such a count, and its place labels are vetoes
(``is_name_word``). The names feed the finders whose one-word names are repeated over the
document (``context_names.find_repeated_names``): "Analysts said Zorvex was fast" afterwards.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.common.parameter_words import is_param_word
from extractors.common.unicode_forms import fold_hyphens, is_hyphen
from extractors.entities.context_names import has_comparison_cue
from extractors.entities.names import (
    HEAD_RE,
    SIZE_RE,
    NameTables,
    extend_model_end,
    is_name_word,
    lab_end,
)
from extractors.entities.unseen_names import (
    COUNT_PREFIX,
    MODEL_NOUNS,
    POSSESSIVE_MARKS,
    POSSESSIVES,
    SCALE_WORDS,
    SIZE_LINKS,
    ai_talk,
    count_follows,
    is_guessed_place,
    opens_clause,
)

MAX_INSERT = 16  # tokens of ", released on March 27, 2024, " between the name and its verb
MAX_FRONTED = 6  # tokens from the fronted count to its comma: "With 480B parameters and ..."
# Words of a count before it that are no article: "roughly 132-billion-parameter".
COUNT_WORDS = COUNT_PREFIX - {"a", "an"}
# The word lists these finders read (what opens an inserted phrase, what brackets hold, which
# adverbs open a sentence, which subjects carry a name on) are ``clause_words`` in aliases.json.


def coined_name_end(doc: Doc, i: int, tables: NameTables) -> int | None:
    """End of a one-word coined name at ``i`` (a versioned or glued tail extends it), else None:
    not a lab, a known family word or a capitalised function word. The NER's place label is
    read by the caller (``is_guessed_place``): it wants a count that says "parameters"."""
    tok = doc[i]
    if not (is_name_word(tok, tables) or is_guessed_place(tok, tables)) or (
            tok.lower_ in tables.labs or tok.lower_ in tables.families):
        return None
    end = extend_model_end(doc, i, i + 1, tables)
    return None if doc[i:end].text.lower() in tables.labs else end


def _lab_before(doc: Doc, i: int, tables: NameTables) -> bool:
    """A known lab's name right before token ``i``, possessive or not: "Acme's", "Acme'",
    "Google DeepMind"."""
    k = i - 1 if i and doc[i - 1].text in POSSESSIVE_MARKS else i
    return any(k - n >= 0 and lab_end(doc, k - n, tables) == k for n in (1, 2, 3))


def _inserted_end(doc: Doc, end: int, tables: NameTables) -> int | None:
    """Index after the comma that closes a phrase inserted after the name, its first token at
    ``end + 1`` ("released on March 27, 2024,"; "which the startup trained on 9T tokens,"),
    or None. The phrase may hold commas of its own (a date's), never ";" or ":"."""
    first = doc[end + 1] if end + 1 < len(doc) else None
    if first is None or not first.is_lower or first.lower_ in tables.not_insert_openers:
        return None
    sent_end = first.sent.end
    for k in range(end + 2, min(sent_end - 1, end + 1 + MAX_INSERT)):
        if doc[k].text in {";", ":"}:
            return None
        if doc[k].text == "," and doc[k + 1].lower_ in SIZE_LINKS:
            return k + 1
    return None


def count_in_rest(doc: Doc, start: int, stop: int, tables: NameTables) -> bool:
    """A count that says "parameters" in ``start:stop`` with no other name or plural model noun
    before it to own it ("..., went finer-grained: 16 experts, for 132 billion total
    parameters"; not "..., hosts models with 405 billion parameters")."""
    for k in range(start, stop):
        tok = doc[k]
        if is_name_word(tok, tables) and not tok.is_sent_start and tok.text[1:2].islower():
            return False  # "..., while Quillon has 52 billion parameters": another subject
        if tok.lower_ in tables.model_cues and tok.lower_.endswith("s") and (
                not is_param_word(tok.lower_)):
            return False  # "hosts models with 405 billion parameters": the models' count
        if tok.text == ";":
            return False
        if (tok.like_num or SIZE_RE.match(tok.text)) and count_follows(doc, k, needs_param=True):
            return True
    return False


def _carried_count(doc: Doc, sent: Span, tables: NameTables) -> bool:
    """The next sentence opens on a pronoun subject and gives it a count: "It has 52 billion
    total parameters"."""
    if sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    for words in tables.carried_subjects:
        k = nxt.start + len(words)
        if k + 1 < nxt.end and tuple(t.lower_ for t in doc[nxt.start : k]) == words and (
                doc[k].lower_ in SIZE_LINKS and count_follows(doc, k + 1, needs_param=True)):
            return True
    return False


def find_inserted_sized_names(doc: Doc, tables: NameTables) -> list[Span]:
    """Names sized across an inserted phrase, and names a known lab released (see the module
    docstring): "Zorvex, released on March 27, has 132 billion parameters"."""
    found: list[Span] = []
    for tok in doc:
        i = tok.i
        if not tok.text[:1].isupper() or not opens_clause(doc, i):
            continue
        end = coined_name_end(doc, i, tables)
        if end is None or end + 1 >= len(doc) or doc[end].text != ",":
            continue
        # people and places have no parameters: their label yields only to a count that says so
        person = tok.ent_type_ == "PERSON" or is_guessed_place(tok, tables)
        close = _inserted_end(doc, end, tables)
        if close is not None and count_follows(doc, close + 1, needs_param=person):
            found.append(doc[i:end])
            continue
        # a lab's release: ", released in March," then the count later in the sentence or in
        # the next sentence's "It has ..."
        opener = doc[end + 1]
        if not (_lab_before(doc, i, tables) and opener.lower_ in tables.release_cues
                and opener.lower_.endswith("ed")):
            continue
        sent = tok.sent
        comma = next((k for k in range(end + 2, min(sent.end, end + 1 + MAX_INSERT))
                      if doc[k].text == "," and not doc[k + 1].like_num), None)
        if comma is not None and (count_in_rest(doc, comma + 1, sent.end, tables)
                                  or _carried_count(doc, sent, tables)):
            found.append(doc[i:end])
    return found


def find_paired_sized_names(doc: Doc, tables: NameTables) -> list[Span]:
    """Two capitalised words opening a sentence that a count saying "parameters" sizes:
    "Snowline Borealis has 480 billion parameters" (a lab no list knows and its model, kept
    together as a known lab's brand is: "Snowflake Arctic")."""
    found: list[Span] = []
    for sent in doc.sents:
        if len(sent) < 5:
            continue
        first, second = sent[0], sent[1]
        words = (first, second)
        # is_name_word: no stop word, month, date or place label ("Today", "South Korea")
        if not all(t.is_title and t.is_alpha and len(t) > 2 and is_name_word(t, tables)
                   and t.lower_ not in tables.labs and t.lower_ not in tables.families
                   and t.pos_ != "ADV" and t.lower_ not in tables.sentence_adverbs
                   for t in words) or second.lower_ in tables.variants:
            continue
        link = sent[2]
        if link.lower_ in SIZE_LINKS and count_follows(doc, link.i + 1, needs_param=True):
            found.append(doc[first.i : second.i + 1])
    return found


def find_fronted_sized_names(doc: Doc, tables: NameTables) -> list[Span]:
    """The subject after a fronted count: "With 480 billion parameters, Borealis is the largest
    model yet", "At 236 billion parameters, Corvane is twice the size of its predecessor"."""
    found: list[Span] = []
    for sent in doc.sents:
        first = sent[0]
        if first.lower_ not in tables.fronting_words or not count_follows(
                doc, first.i + 1, needs_param=True):
            continue
        comma = next((t.i for t in doc[first.i + 1 : min(sent.end, first.i + 2 + MAX_FRONTED)]
                      if t.text == ","), None)
        if comma is None or comma + 2 >= sent.end:
            continue
        end = coined_name_end(doc, comma + 1, tables)
        verb = doc[end] if end is not None and end < sent.end else None
        # the subject acts: "Borealis is", "Sprite runs"; not "Acme's model", "Llama-style"
        if verb is not None and verb.is_lower and verb.is_alpha and (
                verb.lower_ not in tables.actor_verbs):
            found.append(doc[comma + 1 : end])
    return found




def _model_subject(sent: Span) -> bool:
    """The sentence opens on "The model", "The new model", "The open-weight model"."""
    if len(sent) < 3 or sent[0].lower_ != "the":
        return False
    for tok in sent[1:4]:
        if tok.lower_ in MODEL_NOUNS:  # "The (new) model ..." takes up the name
            return True
        if not (tok.is_lower or is_hyphen(tok)):
            return False
    return False


def find_released_then_described(doc: Doc, tables: NameTables) -> list[Span]:
    """A coined word a release verb takes as object, which the next sentence calls "the model":
    "Acme released Zorvex on Tuesday. The model is available through an API." Only in an
    article about AI models ("Samsung launched Galaxy. The model sold well" is a phone), and
    never for a word the NER calls a place.

    Returns:
        One-word MODEL spans.
    """
    found: list[Span] = []
    talk: bool | None = None
    for tok in doc:
        i = tok.i + 1
        if not (tok.is_lower and tok.lower_ in tables.release_cues) or i >= len(doc):
            continue
        end = coined_name_end(doc, i, tables)
        if end is None or is_guessed_place(doc[i], tables):
            continue  # a person is no release's object; the NER's PERSON is a coined word's sound
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and not (nxt.is_lower or nxt.text in {",", "."}):
            continue  # "released Zorvex Pro", "released Acme's ...": the word is part of more
        sent = doc[i].sent
        if sent.end >= len(doc) or not _model_subject(doc[sent.end].sent):
            continue
        talk = ai_talk(doc, tables) if talk is None else talk
        if talk:
            found.append(doc[i:end])
    return found


def find_premodified_sized_names(doc: Doc, tables: NameTables) -> list[Span]:
    """A name a count that says "parameters" modifies or that the name owns: "the
    132-billion-parameter Zorvex outperformed rivals", "Zorvex's 132 billion parameters make it
    the largest open model" (not "Nvidia's 208-billion-transistor Blackwell", "Acme's
    70-billion-parameter model": a model noun after the count heads it).

    Returns:
        One-word MODEL spans.
    """
    found: list[Span] = []
    for tok in doc:
        # a headline's title words are no modifier ("The Trillion-Parameter Gambit")
        if not (tok.is_lower and is_param_word(tok.lower_)) or tok.i + 1 >= len(doc):
            continue
        # back over the count: "132 - billion -", "1.2 trillion", "70B -"
        start, k = None, tok.i - 1
        while k >= tok.sent.start and (doc[k].like_num or SIZE_RE.match(doc[k].text)
                                       or is_hyphen(doc[k]) or doc[k].lower_ in SCALE_WORDS):
            if doc[k].like_num or SIZE_RE.match(doc[k].text):
                start = k
            k -= 1
        if start is None:
            continue
        while start > tok.sent.start and doc[start - 1].lower_ in COUNT_WORDS:
            start -= 1
        if not count_follows(doc, start, needs_param=True):
            continue
        after = doc[tok.i + 1]
        before = doc[start - 1] if start > tok.sent.start else None
        # "the 132-billion-parameter Zorvex": a determiner, the count, the name
        end = coined_name_end(doc, after.i, tables) if before is not None and (
            before.lower_ in tables.copula_determiners) and is_hyphen(doc[tok.i - 1]) and (
            not is_guessed_place(after, tables)) else None  # "the 13B-parameter French one"
        nxt = doc[end] if end is not None and end < len(doc) else None
        # the name heads the phrase (a verb, a model noun or the clause's end after it): not
        # "Mixture-of-Experts", "Zorvex Pro" (a variant extends the name instead)
        if end is not None and (nxt is None or (nxt.is_lower and nxt.is_alpha and (
                doc[end - 1].whitespace_)) or nxt.text in {",", ".", ";"}):
            found.append(doc[after.i : end])
            continue
        # "Zorvex's 132 billion parameters make it ...": the count heads its phrase
        if before is not None and before.text in POSSESSIVES and start >= 2 and (
                after.lower_ not in tables.model_cues and not after.text[:1].isupper()):
            name = doc[start - 2]
            if name.ent_type_ == "ORG" or is_guessed_place(name, tables):
                continue  # "Moonshot's 1 trillion parameters", "China's ...": an owner
            name_end = coined_name_end(doc, name.i, tables)
            if name_end == start - 1 and opens_clause(doc, name.i):
                found.append(doc[name.i : name_end])
    return found


def _bracketed_count(doc: Doc, j: int, tables: NameTables) -> tuple[bool, bool] | None:
    """(glued size, scoped) of a count in parentheses starting at ``j``:
    "(8.3 billion)", "(17B parameters)", "(about 20 billion)", "(52B total / 12B active)";
    scoped when the brackets say what the count is ("total", "active", "parameters")."""
    if j >= len(doc) or doc[j].text != "(":
        return None
    k, sizes, glued, scoped = j + 1, 0, False, False
    while k < len(doc) and doc[k].text != ")":
        tok = doc[k]
        if SIZE_RE.match(tok.text) and tok.text[-1] in "BbTM":
            sizes, glued, k = sizes + 1, glued or tok.text[-1] in "BbT", k + 1
        elif tok.like_num and k + 1 < len(doc) and doc[k + 1].lower_ in SCALE_WORDS:
            sizes, k = sizes + 1, k + 2
        elif tok.lower_ in tables.scope_words or is_param_word(tok.lower_):
            scoped, k = sizes > 0 or scoped, k + 1
        elif tok.lower_ in COUNT_PREFIX or tok.lower_ in tables.bracket_joiners:
            k += 1
        else:
            return None
    if k >= len(doc) or not sizes:
        return None
    return glued, scoped


def _sized_brackets(sent: Span, tables: NameTables) -> int:
    return sum(1 for t in sent
               if t.text == "(" and _bracketed_count(t.doc, t.i, tables) is not None)


def find_parenthesised_sized_names(doc: Doc, tables: NameTables) -> list[Span]:
    """Unseen names given a count in parentheses: "the race ran through GPT-2 (1.5 billion),
    OrcaNet (9.1 billion) and Kestrel-XL (21B)" where the sentence names parameters; "Zorvex
    (132B total)"; "compared Zorvex (132B) and Quillon (52B)".

    A bracketed bare count alone is no model's size: "Orbit (2 billion users)", "Musk (54)",
    "Stripe (95B) and Canva (26B) valuations" stay out.

    Returns:
        MODEL spans of the names right before such parentheses.
    """
    found: list[Span] = []
    for tok in doc:
        counted = _bracketed_count(doc, tok.i, tables) if tok.i else None
        if counted is None:
            continue
        glued, scoped = counted
        sent = tok.sent
        about_params = any(is_param_word(t.lower_) for t in sent)
        # a glued size compared or listed with another sized name, where no money is talked
        listed = glued and not any(t.lower_ in tables.business_words for t in sent) and (
            has_comparison_cue(sent, tables) or _sized_brackets(sent, tables) > 1)
        if not (about_params or scoped or listed):
            continue
        start = tok.i - 1
        # walk back over a hyphenated name: "Turing", "-", "NLG"
        while start >= 2 and is_hyphen(doc[start - 1]) and not doc[start - 2].whitespace_ and (
                not doc[start - 1].whitespace_) and doc[start - 2].text[:1].isupper():
            start -= 2
        first = doc[start]
        prev = doc[start - 1] if start else None
        # The bracketed count outweighs the small NER's labels (it calls "Turing" a PERSON,
        # a bird name NORP); a plain word the NER takes for a person keeps its veto unless the
        # brackets hold a glued size or say what the count is (people have ages, not "52B").
        shaped = start < tok.i - 1 or any(c.isupper() for c in first.text[1:])
        head = HEAD_RE.match(fold_hyphens(first.text))
        if (
            head is None
            or head.group("word") in tables.not_models
            or first.is_stop
            or (first.ent_type_ == "PERSON" and not (shaped or glued or scoped))
            or (prev is not None and prev.is_title and not prev.is_sent_start)
            or extend_model_end(doc, start, start + 1, tables) != tok.i
            or doc[start : tok.i].text.lower() in tables.labs
        ):
            continue
        found.append(doc[start : tok.i])
    return found
