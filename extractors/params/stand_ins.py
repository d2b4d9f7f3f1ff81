"""The salient model of a paragraph, for a figure whose sentence names none.

A pronoun or a definite stand-in ("It uses", "This design", "the model") refers to the one
model the paragraph (or the paragraph before) names; an indefinite "a new 1T model" describes
an unnamed one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from extractors.common.parameter_words import is_param_word
from extractors.common.sentence_index import spans_starting_in
from extractors.common.unicode_forms import fold_hyphens, is_hyphen
from extractors.params.gaps import aside_ranges, inside, strip_fillers
from extractors.params.lexicon import ParamLexicon
from extractors.params.numbers import SCALE_WORDS

MAX_STAND_IN_MODIFIERS = 2  # "the new Acme model"
# Grammar, not vocabulary: the copulas ("is", "remains") that make a figure the subject's.
COPULAS = frozenset({"is", "was", "'s", "\u2019s", "remains", "becomes", "be"})
MAX_ALIAS_REACH = 6  # tokens from the stand-in noun to the name it is given


def anaphoric(sent: Span, lex: ParamLexicon, before: int | None = None) -> bool:
    """The sentence, or a clause after a colon or semicolon before the figure, opens on a
    pronoun or a definite stand-in ("It uses", "This design", "Total parameters are",
    "Despite its size", "Here is the kicker: it only activates"), or its main clause does after
    a subordinate or fronted phrase ("With 400B parameters, it ..."), so its figures may be
    about the paragraph's model."""
    words = [t.text for t in sent if not t.is_space]
    if any(lex.starting_at("ANAPHOR", words, k) for k in range(min(4, len(words)))):
        return True
    if opens_on_stand_in(words, lex):
        return True
    if words and (lex.has("SUBORDINATOR", words[0]) or lex.starting_at("FRONTED", words, 0)
                  ) and "," in words:
        # "Because its experts share weights, it has 46.7B"; a fronted phrase works the same:
        # "With 400B parameters, it is the largest", "Boasting 1T, the new model tops"
        main = words.index(",") + 1
        if (main < len(words) and words[main].lower() in {"it", "its"}) or opens_on_stand_in(
                words, lex, main):
            return True
    limit = len(words) if before is None else before - sent.start
    if before is not None and _clause_subject_stands_in(words[:limit], lex):
        return True
    opens = [k + 1 for k, w in enumerate(words[:limit]) if w in {":", ";"}]
    return any(lex.starting_at("ANAPHOR", words, k)
               for o in opens for k in range(o, min(o + 3, len(words))))


def _clause_subject_stands_in(words: Sequence[str], lex: ParamLexicon) -> bool:
    """The verb right before the figure has a pronoun or stand-in subject: "..., but analysts
    believe the model has roughly 100B", "sources say it has 2T"."""
    tail = strip_fillers([w.lower() for w in words], lex)
    k = len(tail) - 1
    if k < 1 or not lex.has("SIZE_VERB", tail[k]):
        return False
    return tail[k - 1] == "it" or (lex.has("STAND_IN", tail[k - 1]) and any(
        opens_on_stand_in(tail, lex, j) for j in range(max(0, k - 4), k - 1)))


def opens_on_stand_in(words: Sequence[str], lex: ParamLexicon, start: int = 0) -> bool:
    """ "The new system packs", "The Acme model has", "The flagship uses": a definite noun
    phrase headed by a ``STAND_IN`` noun stands for the model just named. A modifier that
    points elsewhere ("the other model", "the smaller system") makes it another model."""
    if start >= len(words) or words[start].lower() not in {"the", "this", "that"}:
        return False
    modifiers = 0
    for k in range(start + 1, len(words)):
        w = words[k].lower()
        if lex.has("STAND_IN", w):
            return k + 1 >= len(words) or not lex.has("STAND_IN", words[k + 1].lower())
        if _size_modifier(w):
            continue  # "The 70-billion-parameter model is open": its own size, no modifier
        modifiers += 1
        if (modifiers > MAX_STAND_IN_MODIFIERS or lex.has("OTHER_MODEL", w)
                or lex.has("LINK_VERB", w) or not w.isalpha() or w in {"of", "and", "or"}):
            return False
    return False


def _size_modifier(word: str) -> bool:
    """A token of a size that modifies the stand-in: "70B", "70", "-", "billion",
    "parameter"."""
    return (any(ch.isdigit() for ch in word) or fold_hyphens(word) == "-"
            or word in SCALE_WORDS or is_param_word(word))


def is_stand_in_subject(token: Token, lex: ParamLexicon) -> bool:
    """A parsed subject that stands for the model just named: a ``STAND_IN`` noun with a
    definite determiner and no modifier pointing elsewhere ("the initial version of the
    model", "This model, referred to as X, ..."; not "the smaller model")."""
    if not lex.has("STAND_IN", token.lower_):
        return False
    children = [c.lower_ for c in token.children]
    return any(w in {"the", "this", "that"} for w in children) and not any(
        lex.has("OTHER_MODEL", w) for w in children)


def stands_for(subject: Token, model: Span, lex: ParamLexicon) -> bool:
    """The parsed subject is a stand-in (``is_stand_in_subject``) for ``model``: the model is
    named before the subject's phrase, or inside it only as the name it is given ("This
    model, referred to as X, ...", "The system, dubbed X, ..."). A model in any other part of
    the phrase ("the model powering the X chatbot") is not the one it stands for."""
    if not is_stand_in_subject(subject, lex):
        return False
    if model.end <= subject.left_edge.i:
        return True
    if not 0 < model.start - subject.i <= MAX_ALIAS_REACH:
        return False
    # the words between, not the subtree: the parser also reads "The model, codenamed X, has"
    # with "codenamed" as the main verb
    words = [t.lower_ for t in subject.doc[subject.i + 1 : model.start] if t.text != ","]
    return bool(words) and lex.ending_at("ALIAS_CUE", words, len(words)) == len(words)


def states_active_share(doc: Doc, value: Span, lex: ParamLexicon) -> bool:
    """The figure's sentence says it is the active share of a mixture of experts ("only two
    experts are active per forward pass, using about 280B parameters"), naming nothing before
    the figure and no kind of model in general ("most MoE models activate 20B ..."). Such a
    sentence goes on about the model under discussion even without a pronoun."""
    sent = value.sent
    words = [t.lower_ for t in doc[sent.start : min(sent.end, value.end + 4)]]
    if any(lex.has("GENERIC_MODELS", w) for w in words):
        return False
    # a name before the figure ("Acme's Mixtral 9 has 39B active", "If xAI activates ...")
    # may be the model or maker the sentence is about, even one no rule recognises
    lead = next((t.i for t in sent if not t.is_space and not t.is_punct), sent.start)
    if any(t.i > lead and t.text != "I" and any(c.isupper() for c in t.text)
           for t in doc[sent.start : value.start]):
        return False
    return any(lex.starting_at("ACTIVE", words, k) for k in range(len(words)))


def pronoun_predicate(doc: Doc, value: Span, lex: ParamLexicon) -> bool:
    """ "It is an 8B model", "the company says it was a 7B model": the figure sizes the
    predicate noun of a copula whose subject is "it", so it is the pronoun's model's size even
    with no parameter word (a suffix figure before a model noun is only weak evidence)."""
    i = value.start - 1
    while i >= value.sent.start and lex.has("FILLER", doc[i].text) and doc[i].lower_ not in {
            "a", "an"}:
        i -= 1
    if i - 2 < value.sent.start or doc[i].lower_ not in {"a", "an"}:
        return False
    if doc[i - 1].lower_ not in COPULAS or doc[i - 2].lower_ != "it":
        return False
    if any(t.lower_ in {"a", "an"} for t in doc[value.sent.start : i - 2]):
        return False  # "Acme is training a bigger one and says it is a 70B model"
    tail = [t.lower_ for t in doc[value.end : min(value.end + 3, value.sent.end)]]
    return any(lex.has("MODEL_NOUN", w) for w in tail)


def indefinite(doc: Doc, value: Span, lex: ParamLexicon) -> bool:
    """ "a (new) 1T model", "a 10B dense transformer": the figure describes an unnamed model."""
    i = value.start - 1
    while i >= value.sent.start and lex.has("FILLER", doc[i].text) and doc[i].lower_ not in {
            "a", "an"}:
        i -= 1
    if i < value.sent.start or doc[i].lower_ not in {"a", "an", "new"}:
        return False
    if i > value.sent.start and doc[i - 1].lower_ in COPULAS and not (
            i - 1 > value.sent.start and doc[i - 2].lower_ == "there"):
        return False  # "It is a 1.2T-parameter model": the subject's size, not another model's
    tail = [t.lower_ for t in doc[value.end : min(value.end + 4, value.sent.end)]]
    return any(lex.has("MODEL_NOUN", w) for w in tail)


def paragraph_topic(doc: Doc, value: Span, models: Sequence[Span], lex: ParamLexicon
                    ) -> Span | None:
    """The salient model for a pronoun: the single model named earlier in the same paragraph
    (outside asides); when the paragraph names none before the figure, the single model of the
    paragraph just before (a list item or a short paragraph that goes on about the model
    named above it). A name before "family"/"lineup" ("the top tier of its Zeta 5 family")
    names the family, not a model the pronoun could mean. Two different names in that
    paragraph make no single topic, unless all but one are only compared with it ("Zeta 5
    matches Nova 3 and Orca-2"). ``models`` are sorted by start.

    Notes:
        A one-step salience rule (centering theory's preferred antecedent, reduced to "the
        only model of the nearest paragraph that names one").
    """
    end = value.start
    for _ in range(2):  # this paragraph, then the one before it
        start = _paragraph_start(doc, end)
        earlier: list[Span] = []
        for m in spans_starting_in(models, start, end):
            if m.end <= end and not _names_a_family(doc, m, lex):
                asides = aside_ranges(m.sent)
                if inside(m.start, asides) is None:
                    earlier.append(m)
        names = {m._.canonical or m.text for m in earlier}
        if len(names) > 1:
            kept = [m for m in earlier if not _compared_with_another(doc, m, earlier, lex)]
            if kept:
                earlier, names = kept, {m._.canonical or m.text for m in kept}
        if earlier and len(names) > 1:
            full = _one_full_name(names, lex)
            if full is not None:  # "Mixtral 8x7B ... Mixtral is not ...": one model
                return next(m for m in reversed(earlier) if (m._.canonical or m.text) == full)
        if earlier:
            return earlier[-1] if len(names) == 1 else None
        if start == 0:
            return None
        end = start - 1
    return None


def _names_a_family(doc: Doc, model: Span, lex: ParamLexicon) -> bool:
    """The name heads a family (a FAMILY_NOUN after it: "the top tier of its Zeta 5 family"):
    no topic a pronoun could refer to."""
    return model.end < len(doc) and lex.has("FAMILY_NOUN", doc[model.end].lower_)


def _one_full_name(names: set[str], lex: ParamLexicon) -> str | None:
    """The longest name when every other is its leading words and what it adds is no tier:
    "Mixtral 8x7B" and "Mixtral" are one model; "Zeta 5" and "Zeta 5 Mini" are two."""
    full = max(names, key=len)
    words = full.split()
    for name in names - {full}:
        part = name.split()
        rest = words[len(part):]
        if words[: len(part)] != part or not rest or any(lex.has("TIER", w) for w in rest):
            return None
    return full


def _compared_with_another(doc: Doc, model: Span, named: Sequence[Span], lex: ParamLexicon
                           ) -> bool:
    """The model is named after a comparison cue that follows another model of its sentence
    ("Zeta 5 is as good as or better than Nova 3 and Orca-2"): the object of a comparison,
    not what the sentence is about."""
    sent_start = model.sent.start
    first = next((m for m in named if m.sent.start == sent_start and m.end <= model.start), None)
    if first is None:
        return False
    return any(lex.has("COMPARISON", t.lower_) for t in doc[first.end : model.start])


def paragraph_start(doc: Doc, i: int) -> int:
    """Index of the first token of the paragraph holding token ``i``."""
    return _paragraph_start(doc, i)


def _paragraph_start(doc: Doc, i: int) -> int:
    """Index of the first token of the paragraph holding token ``i`` (after a newline)."""
    starts = _paragraph_starts(doc)
    return starts[bisect_right(starts, i) - 1]


_PARAGRAPHS_KEY = "newsfacts.paragraph_starts"


def _paragraph_starts(doc: Doc) -> list[int]:
    """First token of every paragraph (0, and each token after a newline space token), found
    once per Doc (and per Doc length) instead of walking back token by token per figure."""
    cached = doc.user_data.get(_PARAGRAPHS_KEY)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    starts = [0] + [t.i + 1 for t in doc if t.is_space and "\n" in t.text and t.i + 1 < len(doc)]
    doc.user_data[_PARAGRAPHS_KEY] = (len(doc), starts)
    return starts


# What may close a verbless size fragment: "Seventy billion parameters, same data recipe."
FRAGMENT_CLOSERS = frozenset({",", ".", ";", "\u2014", "\u2013", "-", ")", "!", "/"})


def opens_on_figure(doc: Doc, value: Span, lex: ParamLexicon) -> bool:
    """ "Acme is training Zeta 5. Seventy billion parameters, same data recipe.": a verbless
    fragment that opens on the figure (after bound cues: "Roughly 1.2T parameters, ...") and
    its parameter noun, then a comma or the end, goes on about the model named before, as a
    pronoun would. "70 billion parameters is no longer large" has a verb: a general remark.

    Notes:
        The fragment is a list item or a slide read aloud; its antecedent is the paragraph's
        one model (``paragraph_topic``).
    """
    sent = value.sent
    lead = [t.lower_ for t in doc[sent.start : value.start]
            if not t.is_space and t.text not in {"-", "*", "\u2022"}]
    if strip_fillers(lead, lex):
        return False
    j = value.end
    while j < sent.end and (lex.has("TOTAL", doc[j].lower_) or lex.has("ACTIVE", doc[j].lower_)
                            or is_hyphen(doc[j])):
        j += 1
    if j >= sent.end or not is_param_word(doc[j].lower_):
        return False
    noun = doc[j]
    j += 1
    if not (j >= sent.end or doc[j].is_space or doc[j].text in FRAGMENT_CLOSERS):
        return False
    # "70 billion parameters, the CEO said, is the sweet spot": the noun heads a subject
    if doc.has_annotation("DEP"):
        return noun.dep_ not in {"nsubj", "nsubjpass"}
    for t in doc[j:sent.end]:
        if t.lower_ in {"and", "but", ";"}:
            break  # "..., and we're targeting Q3": another clause with its own subject
        if t.lower_ in COPULAS or t.lower_ in {"are", "were"}:
            return False
    return True


def relative_on_a_name(doc: Doc, value: Span) -> bool:
    """The figure's clause is a relative clause on a capitalised word no model span covers
    ("Alongside it we released Quill-Tiny, which has half a billion parameters"): the clause
    is about that unrecognised name, so a pronoun elsewhere in the sentence does not say
    whose size it is."""
    sent_start = value.sent.start
    for i in range(value.start - 1, sent_start + 1, -1):
        w = doc[i].lower_
        if w in {".", ";", ":"}:
            return False
        if w in {"which", "who", "that"} and doc[i - 1].text == ",":
            head = doc[i - 2]
            return i - 2 > sent_start and head.text[:1].isupper() and head.lower_ not in {
                "it", "i"}
    return False


def pronoun_owns_the_count(doc: Doc, value: Span, lex: ParamLexicon) -> bool:
    """Before the figure, its sentence gives the count to a pronoun: "did not disclose how
    many parameters it has, but analysts estimate 2.7 trillion", "kept its parameter count
    secret; estimates say 1.8T". The figure answers for the model the pronoun stands for."""
    words = [t.lower_ for t in doc[value.sent.start : value.start]]
    for k, w in enumerate(words):
        near = words[k + 1 : k + 3]
        owned = (w == "its" and any(is_param_word(x) or lex.has("COUNT_NOUN", x)
                                    or lex.has("SIZE_TALK", x) for x in near)) or (
            is_param_word(w) and near[:1] == ["it"] and len(near) > 1
            and lex.has("SIZE_VERB", near[1]))
        if owned:
            # "its parameter count is secret, but its revenue hit 2 billion": another
            # quantity between the cue and the figure takes the figure
            return not any(lex.has("OTHER_QUANTITY", x) or lex.has("NOT_PARAM", x)
                           for x in words[k + 3 :])
    return False
