"""Constructions around a figure that say whose size it is, or that it is no model's size.

- a size link: "X, ..., weighing in at 1.6 trillion" — the figure needs no "parameters" when
  the sentence or the one before talks about parameters, and it is the size of the nearest
  model named before it (an earlier figure of the sentence does not come between: "the first
  model to exceed a trillion parameters, weighing in at 1.6 trillion");
- a threshold: "the first model to exceed a trillion parameters" — a mark passed, not a size;
- generic models: "models with close to 10 trillion parameters" describes no named model;
- the name after the figure: "a 1.2-trillion-parameter model, Zeta 3, ..." (an apposition
  that names the model the figure describes).

Notes:
    Cue phrases are data (``SIZE_LINK``, ``THRESHOLD`` in ``param_counts.jsonl``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from extractors.common.parameter_words import is_param_word
from extractors.params.lexicon import ParamLexicon
from extractors.params.stand_ins import paragraph_start
from extractors.vocab import ENTITIES_KEY

# Grammar, not vocabulary: the prepositions (and "having") between a kind of model and a size.
GENERIC_LINKS = frozenset({"with", "of", "at", "having"})
COUNT_WORDS = frozenset({"-", "\u2010", "\u2011", "total", "active"})  # "6T total parameters"
# The one version a definite size picks out of a family: "the 405B variant of Zeta 5".
VARIANT_NOUNS = frozenset({"version", "variant", "edition", "checkpoint", "model"})
QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})
CLOSERS = frozenset({",", ")", ".", "—", "\u2013", ";"})
MAX_THRESHOLD_REACH = 12  # tokens back from the verb to "first"
# Tokens read back from a figure at first. The rules look at the last few words before it once
# cues and fillers are dropped, so reading the whole sentence per figure made a figure-dense
# sentence quadratic; a window that leaves fewer than WINDOW_MARGIN words after dropping is
# doubled until it does or reaches the sentence start, so the result is the whole sentence's.
WINDOW_TOKENS = 48
WINDOW_MARGIN = 16
_PARAM_SENTS_KEY = "newsfacts.param_sentences"
_WORDS_KEY = "newsfacts.lower_words"
_BEFORE_KEY = "newsfacts.words_before"


def _lower_words(doc: Doc) -> list[str | None]:
    """Per token: its lower-cased text, or None for a space token; built once per Doc length."""
    cached = doc.user_data.get(_WORDS_KEY)
    if cached is not None and len(cached) == len(doc):
        return cached
    words = doc.user_data[_WORDS_KEY] = [None if t.is_space else t.lower_ for t in doc]
    return words


def _tail_words(doc: Doc, value: Span, window: int) -> tuple[list[str], bool]:
    """Lower-cased words of up to ``window`` tokens before the figure in its sentence, and
    whether they reach the sentence start."""
    sent_start = value.sent.start
    start = max(sent_start, value.start - window)
    words = [w for w in _lower_words(doc)[start : value.start] if w is not None]
    return words, start == sent_start


def _words_before(doc: Doc, value: Span, lex: ParamLexicon) -> list[str]:
    """Lower-cased last words of the sentence before the figure, bound cues and fillers
    dropped (the tail of what the whole sentence would give, at least WINDOW_MARGIN words).
    Read once per figure: several rules ask (the list is shared, callers only read it)."""
    cached = doc.user_data.get(_BEFORE_KEY)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[_BEFORE_KEY] = (len(doc), {})
    key = (value.start, value.end, id(lex))
    if key not in cached[1]:
        cached[1][key] = _read_words_before(doc, value, lex)
    return cached[1][key]


def _read_words_before(doc: Doc, value: Span, lex: ParamLexicon) -> list[str]:
    window = WINDOW_TOKENS
    while True:
        words, whole = _tail_words(doc, value, window)
        words = _drop_cues(words, lex)
        if whole or len(words) >= WINDOW_MARGIN:
            return words
        window *= 2


def _drop_cues(words: list[str], lex: ParamLexicon) -> list[str]:
    """``words`` with trailing bound cues and fillers dropped."""
    while words:
        n = max(lex.ending_at(label, words, len(words)) for label in ("AT_LEAST", "AT_MOST",
                                                                        "APPROX"))
        if n:
            del words[-n:]
        elif lex.has("FILLER", words[-1]) and words[-1] not in {"(", ".", ","}:
            words.pop()
        else:
            break
    return words


def follows_size_link(doc: Doc, value: Span, lex: ParamLexicon) -> bool:
    """ "weighing in at 1.6 trillion", "comes in at roughly 400B", "it was "under 20B"."""
    return bool(_link_words(doc, value, lex))


def size_link_pronoun(doc: Doc, value: Span, lex: ParamLexicon) -> bool:
    """The size link holds the pronoun of the model it sizes, or a noun for its size:
    "estimates put it at 1.8T", "a third person put the figure at 350B to 450B"."""
    return any(w in {"it", "its"} or lex.has("COUNT_NOUN", w)
               for w in _link_words(doc, value, lex))


def _link_words(doc: Doc, value: Span, lex: ParamLexicon) -> list[str]:
    """The words of the size link before the figure, or [] for none. Besides the ``SIZE_LINK``
    phrases, a copula on "it" (``SIZE_COPULA``) links a figure that is quoted or bounded:
    'he said it was "under 20 billion"', "it is north of a trillion" (a plain "it was 2023"
    or "it is 87.5" is no size)."""
    words = _words_before(doc, value, lex)
    n = lex.ending_at("SIZE_LINK", words, len(words))
    if n:
        return words[len(words) - n :]
    named = _named_link(doc, value, lex)
    if named:
        return named
    raw, _ = _tail_words(doc, value, 12)
    kept = list(raw)
    while kept:  # quotes, fillers and bound cues, in any order: 'it is "well over 500B'
        before = len(kept)
        kept = _drop_cues(kept, lex)
        while kept and kept[-1] in QUOTES:
            kept.pop()
        if len(kept) == before:
            break
    removed = raw[len(kept) :]
    bounded = any(w in QUOTES for w in removed) or any(
        lex.ending_at(label, removed, k) for label in ("AT_LEAST", "AT_MOST", "APPROX")
        for k in range(1, len(removed) + 1))
    n = lex.ending_at("SIZE_COPULA", kept, len(kept)) if bounded else 0
    if not n or not _it_is_the_topic(doc, value, lex):
        return []
    return kept[len(kept) - n :]


def _named_link(doc: Doc, value: Span, lex: ParamLexicon) -> list[str]:
    """A size link with the model's name where its pronoun would be: "sources had pegged
    Zeta 5 at 1.5 trillion" reads as "pegged it at" (a ``SIZE_LINK`` phrase), or []."""
    i = value.start - 1
    while i > value.sent.start and (lex.has("FILLER", doc[i].text) or doc[i].text in QUOTES
                                    or any(lex.has(label, doc[i].lower_) for label in (
                                        "AT_LEAST", "AT_MOST", "APPROX"))):
        i -= 1
    if doc[i].lower_ != "at":
        return []
    start = next((s for s in model_starts_by_end(doc).get(i, ()) if s >= value.sent.start),
                 None)
    if start is None:
        return []
    verb = [t.lower_ for t in doc[max(value.sent.start, start - 2) : start]]
    link = [*verb, "it", "at"]
    n = lex.ending_at("SIZE_LINK", link, len(link))
    return link[len(link) - n :] if n > 2 else []


_MODEL_ENDS_KEY = "newsfacts.params.model_ends"


def model_starts_by_end(doc: Doc) -> dict[int, tuple[int, ...]]:
    """Per token index: the starts of the MODEL spans that end there, in span-group order.

    Built once per Doc and entity group (``doc.user_data``, ints only, so the Doc still
    serialises), where a scan of every entity span per figure made figure-dense text pay
    figures x names.
    """
    group = doc.spans.get(ENTITIES_KEY)
    stamp = (id(group), 0 if group is None else len(group), len(doc))
    cached = doc.user_data.get(_MODEL_ENDS_KEY)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    index: dict[int, list[int]] = {}
    for m in group or ():
        if m.label_ == "MODEL":
            index.setdefault(m.end, []).append(m.start)
    frozen = {end: tuple(starts) for end, starts in index.items()}
    doc.user_data[_MODEL_ENDS_KEY] = (stamp, frozen)
    return frozen


def _it_is_the_topic(doc: Doc, value: Span, lex: ParamLexicon) -> bool:
    """No other thing is named before the copula's "it" in its sentence: only who says it
    ("Sources said it was", "a person familiar with the project said it was"), a model or
    its size ("the parameter count of X, though one engineer said it is", "did not give its
    size, though"). "Asked about its user base, she said it was" or "what training
    cost, but it was" give "it" another antecedent. Needs the tagger (a blank pipeline has no
    POS and passes)."""
    it = next((t for t in reversed(doc[value.sent.start : value.start]) if t.lower_ == "it"),
              None)
    if it is None or not doc.has_annotation("POS"):
        return it is not None
    # the whole phrase of who says it: "a person familiar with the project said it was"
    speakers = {x.i for a in it.ancestors for c in a.children if c.dep_ == "nsubj"
                for x in c.subtree}
    return all(t.i in speakers or lex.has("COUNT_NOUN", t.lower_) or lex.has(
        "MODEL_NOUN", t.lower_) or is_param_word(t.lower_) or lex.has("SIZE_TALK", t.lower_)
               for t in doc[value.sent.start : it.i] if t.pos_ == "NOUN")


def params_established(doc: Doc, value: Span) -> bool:
    """The figure's sentence, or the one before it, talks about parameters."""
    sent = value.sent
    talks = _param_sentences(doc)
    return sent.start in talks or (sent.start > 0 and doc[sent.start - 1].sent.start in talks)


BOUND_LABELS = ("FILLER", "APPROX", "AT_LEAST", "AT_MOST")
CLAUSE_ENDS = frozenset({"and", "but", "while", "whereas"})


def bare_size_of_named(doc: Doc, value: Span, lex: ParamLexicon, model_ends: frozenset[int]
                       ) -> bool:
    """A bare figure closing "<name> has N" in parameter talk: "Zeta 5 Large has 104 billion
    parameters. Zeta 5 Medium has 34 billion and Zeta 5 Small, which runs on laptops, has 12
    billion." The name, a SIZE_VERB (an aside between allowed), bound cues, the figure, then
    the clause ends; the sentence or the one before talks about parameters. "Zeta 5 has 34
    billion users" is no such figure (a noun follows).
    """
    nxt = doc[value.end] if value.end < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in CLAUSE_ENDS):
        return False
    start = value.sent.start
    i = value.start - 1
    while i > start and any(lex.has(label, doc[i].lower_) for label in BOUND_LABELS):
        i -= 1
    if i <= start or not lex.has("SIZE_VERB", doc[i].lower_):
        return False
    j = i  # the token after the name
    if doc[j - 1].text == ",":  # ", which runs on laptops, has": skip the aside
        j -= 1
        while j > start and doc[j - 1].text != ",":
            j -= 1
        j -= 1
    return j in model_ends and params_established(doc, value)


def size_established(doc: Doc, value: Span, lex: ParamLexicon, model_tokens: frozenset[int]
                     ) -> bool:
    """The figure's paragraph, up to its sentence, talks about a model's size: a sentence
    there says "parameters", or a size word (``SIZE_TALK``) describes a model's name, a model
    noun or "it" ("Zeta has never published the size of Nova 3, though estimates put it at
    800 billion"; "Analysts asked how big the Orca-2 model is. Estimates put it at 800B.").
    "Revenue from the Zeta 5 model is large" sizes the revenue, not the model."""
    start = paragraph_start(doc, value.start)
    if any(s in _param_sentences(doc) for s in range(start, value.sent.end)):
        return True
    return any(lex.has("SIZE_TALK", t.lower_) and _sizes_a_model(t, lex, model_tokens)
               for t in doc[start : value.start])


def _sizes_a_model(word: Token, lex: ParamLexicon, model_tokens: frozenset[int]) -> bool:
    """The size word's subject or owner is a model: "the size of X", "its size", "X is
    bigger", "a larger model", "how big the X model is" (from the dependency parse)."""
    def is_model(t: Token) -> bool:
        return t.i in model_tokens or lex.has("MODEL_NOUN", t.lower_) or t.lower_ in {
            "it", "its"}
    if word.pos_ in {"NOUN", "PROPN"}:  # "the size of X", "its size", "X's size"
        # the object of "of" with its left modifiers: "of Nova 3 secret" misparsed with "Nova
        # 3" as a modifier of "secret"; not its own attachments ("of the revenue from X")
        owners = [c for c in word.children if c.dep_ == "poss"] + [
            x for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj" for x in g.doc[g.left_edge.i : g.i + 1]]
        return any(is_model(o) for o in owners)
    if word.dep_ == "amod":  # "a larger model"
        return is_model(word.head)
    subjects = [c for c in word.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(is_model(c) for c in subjects)


def _param_sentences(doc: Doc) -> frozenset[int]:
    """Start tokens of the sentences that mention parameters, computed once per Doc (length)."""
    cached = doc.user_data.get(_PARAM_SENTS_KEY)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    starts = frozenset(t.sent.start for t in doc if is_param_word(t.lower_))
    doc.user_data[_PARAM_SENTS_KEY] = (len(doc), starts)
    return starts


def is_threshold(doc: Doc, value: Span, lex: ParamLexicon) -> bool:
    """ "the first model to exceed a trillion parameters": the figure is a mark the model
    passed (its own size is said elsewhere), not a size. "X is expected to exceed 10T" has no
    "first" and stays a bound on X's size."""
    # raw words: "exceed" is also an AT_LEAST cue, which _words_before would strip
    window = WINDOW_TOKENS
    while True:
        words, whole = _tail_words(doc, value, window)
        while words and words[-1] in {"a", "an", "the"}:
            words.pop()
        if whole or len(words) >= MAX_THRESHOLD_REACH + 2:
            break
        window *= 2
    if len(words) < 2 or not lex.has("THRESHOLD", words[-1]) or words[-2] != "to":
        return False
    return "first" in words[max(0, len(words) - MAX_THRESHOLD_REACH) : -2]


def describes_generic_models(doc: Doc, value: Span, lex: ParamLexicon) -> bool:
    """ "models with close to 10 trillion parameters", "LLMs of 1T parameters": a kind of
    model, not one named model."""
    words = _words_before(doc, value, lex)
    return (len(words) >= 2 and words[-1] in GENERIC_LINKS
            and lex.has("GENERIC_MODELS", words[-2]))


def size_link_model(value: Span, left: Sequence[Span]) -> Span | None:
    """The nearest model named before a size-linked figure in its sentence."""
    return left[-1] if left else None


# What opens a sized noun restated by a name: "a 1.2T model, X", "Acme's 70B model, X"
APPOSITION_LEADS = frozenset({"a", "an", "'s", "\u2019s", "'", "\u2019", "its", "their"})


def named_after(doc: Doc, value: Span, right: Sequence[Span], lex: ParamLexicon) -> Span | None:
    """ "a 1.2-trillion-parameter model, Zeta 3, ...": an indefinite model noun carrying the
    figure, then a comma and a name closed by punctuation (an apposition). "In a 1T model,
    Zeta 3 would ..." (the name opens the main clause) is not one."""
    if not right:
        return None
    model = right[0]
    gap = [t.lower_ for t in doc[value.end : model.start] if not t.is_space]
    if _dubbed(doc, value, gap, lex):
        return model  # "a model with 1.5 trillion parameters, dubbed Zeta 5"
    if len(gap) < 2 or gap[-1] != "," or "," in gap[:-1]:
        return None
    # "a 70B model, Zeta 5, ...": a B/T suffix says parameters as the noun does
    if not lex.has("MODEL_NOUN", gap[-2]) or not (any(is_param_word(w) for w in gap)
                                                  or value.text[-1:] in {"B", "T"}):
        return None
    before = [t.lower_ for t in doc[value.sent.start : value.start] if not t.is_space]
    article = next((w for w in reversed(before) if not lex.has("FILLER", w) or w in {"a", "an"}
                    ), "")
    if article not in APPOSITION_LEADS or any(lex.has("COMPARISON", w) for w in before):
        return None
    after = doc[model.end].text if model.end < len(doc) else "."
    return model if after in CLOSERS else None


def _dubbed(doc: Doc, value: Span, gap: list[str], lex: ParamLexicon) -> bool:
    """ "a (new) model with 1.5T parameters, dubbed X": "a" + model noun + "with" before the
    figure, its parameter noun, a comma and an ``ALIAS_CUE`` right before the name."""
    if "," not in gap:
        return False
    comma = gap.index(",")
    head, cue = gap[:comma], gap[comma + 1:]
    if not head or not all(is_param_word(w) or w in COUNT_WORDS for w in head) or not cue:
        return False
    if lex.ending_at("ALIAS_CUE", cue, len(cue)) != len(cue):
        return False
    before = [t.lower_ for t in doc[max(value.sent.start, value.start - 8) : value.start]]
    while before and before[-1] not in {"a", "an"} and any(
            lex.has(label, before[-1]) for label in ("FILLER", "APPROX", "AT_LEAST", "AT_MOST")):
        before.pop()
    return (len(before) >= 3 and before[-1] == "with" and lex.has("MODEL_NOUN", before[-2])
            and any(w in {"a", "an"} for w in before[:-2]))


def parameters_of(doc: Doc, value: Span, right: Sequence[Span]) -> Span | None:
    """ "the 6 trillion parameters of Zeta 5", "the 70B(-parameter) version of Zeta 5": a
    definite count owned by the name after "of". Without "the" ("X reuses 20B parameters of
    Y") the count is the subject's, not Y's."""
    if not right or value.start == 0 or doc[value.start - 1].lower_ != "the":
        return None
    gap = [t.lower_ for t in doc[value.end : right[0].start] if not t.is_space]
    if len(gap) < 2 or (gap[-1] != "of" and gap[-2:] != ["of", "the"]):
        return None
    head = gap[: gap.index("of")]
    sized = bool(head) and head[-1] in VARIANT_NOUNS and (
        any(is_param_word(w) for w in head) or value.text[-1:] in {"B", "T"})
    if sized:
        head = head[:-1]  # "the 70-billion-parameter version of X", "the 405B variant of X"
    ok = all(is_param_word(w) or w in COUNT_WORDS for w in head)
    return right[0] if ok and (sized or (head and is_param_word(head[-1]))) else None


def right_owner(doc: Doc, value: Span, right: Sequence[Span], lex: ParamLexicon
                ) -> tuple[Span, str] | None:
    """The model named after the figure that owns it, with the rule that says so."""
    owner = parameters_of(doc, value, right)
    if owner is not None:
        return owner, "parameters_of"
    owner = named_after(doc, value, right, lex)
    return (owner, "named_after") if owner is not None else None
