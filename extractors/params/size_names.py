"""A model referred to by the size in its name: "the 120b" for zeta-oss-120b.

An article that names "zeta-oss-20b and zeta-oss-120b" goes on with "The 120b is 117 billion"
or "the 20b model decodes fast": "the" + a figure that ends exactly one model name of the text
is that model, not a figure. The figure a link verb gives that stand-in right after it ("is",
"has", "weighs in at") is the model's stated size, with or without "parameters".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.params.lexicon import ParamLexicon

NAME_PART_SEPARATORS = ("-", " ", "_")


def size_name_refs(doc: Doc, values: Sequence[Span], models: Sequence[Span]) -> dict[int, Span]:
    """Figures that stand for a model named with them: start token -> the model.

    Args:
        doc: the document.
        values: every figure span of the text.
        models: MODEL spans.

    Returns:
        For "the 120b" with a model named "...-120b" before it (and no other name ending in
        "120b"), the figure's start mapped to that model's first mention.
    """
    refs: dict[int, Span] = {}
    for value in values:
        if value.start == 0 or doc[value.start - 1].lower_ != "the" or len(value) != 1:
            continue
        if any(m.start <= value.start < m.end for m in models):
            continue
        part = value.text.lower()
        if not any(c.isalpha() for c in part):
            continue  # "the 120" is a number, "the 120b" a name part
        named = {}
        for m in models:
            if m.end > value.start:
                break
            name = (m._.canonical or m.text).lower()
            if any(name.endswith(sep + part) for sep in NAME_PART_SEPARATORS):
                named.setdefault(m._.canonical or m.text, m)
        if len(named) == 1:
            refs[value.start] = next(iter(named.values()))
    return refs


def size_of_ref(doc: Doc, value: Span, refs: dict[int, Span], lex: ParamLexicon) -> Span | None:
    """The model whose size-name stand-in is the subject of the figure: "The 120b is 117
    billion", "the 20b model has 21B parameters". Only link verbs, model nouns, fillers and
    bound cues may come between them."""
    sent_start = value.sent.start
    for start, model in refs.items():
        if not sent_start <= start < value.start:
            continue
        gap = [t.lower_ for t in doc[start + 1 : value.start] if not t.is_space]
        if gap and all(lex.has("LINK_VERB", w) or lex.has("MODEL_NOUN", w)
                       or lex.has("FILLER", w) or _is_cue(lex, w) for w in gap) and any(
                lex.has("LINK_VERB", w) for w in gap):
            return model
    return None


def _is_cue(lex: ParamLexicon, word: str) -> bool:
    return any(lex.has(label, word) for label in ("AT_LEAST", "AT_MOST", "APPROX"))


MAX_NAMED_MODIFIERS = 2  # "The initial open version had 1.3B parameters."


def named_next(doc: Doc, value: Span, models: Sequence[Span], lex: ParamLexicon
               ) -> Span | None:
    """A model named in the sentence after its size: "The initial version had 1.3B
    parameters. It was called Marlin." The figure's sentence opens on a definite ``STAND_IN``
    noun phrase and names no model; the next sentence of the paragraph opens on a naming cue
    (``NAMED_AS``: "it was called", "it was named") and the name (one adverb may come between:
    "It was called simply Marlin")."""
    sent = value.sent
    if any(sent.start <= m.start < sent.end for m in models):
        return None
    words = [t.lower_ for t in sent if not t.is_space]
    if not _opens_on_a_version(words, lex):
        return _introduced_next(doc, value, models, lex)
    nxt = sent.end
    while nxt < len(doc) and doc[nxt].is_space:
        if "\n" in doc[nxt].text:
            return None  # a new paragraph
        nxt += 1
    if nxt >= len(doc):
        return None
    following = [t for t in doc[nxt].sent if not t.is_space]
    n = lex.starting_at("NAMED_AS", [t.lower_ for t in following], 0)
    if not n:
        return None
    for t in following[n : n + 2]:
        model = next((m for m in models if m.start == t.i), None)
        if model is not None:
            return model
        if not (t.is_lower and t.is_alpha):
            return None
    return None


def _opens_on_a_version(words: Sequence[str], lex: ParamLexicon) -> bool:
    if not words or words[0] not in {"the", "its", "their", "this", "that"}:
        return False
    for w in words[1 : 2 + MAX_NAMED_MODIFIERS]:
        if lex.has("STAND_IN", w):
            return True
        if not w.isalpha() or lex.has("LINK_VERB", w):
            return False
    return False


MAX_INDEFINITE_REACH = 6  # "a new flagship model with between 1 and 2 trillion parameters"
MAX_ALIAS_WORDS = 4  # ", known internally as", ", code-named"


def _introduced_next(doc: Doc, value: Span, models: Sequence[Span], lex: ParamLexicon
                     ) -> Span | None:
    """ "Acme is training a new flagship model with between 1 and 2 trillion parameters, ...
    The model, known internally as Zeta 5, ...": an indefinite model sized in one sentence is
    named by the next one (across one paragraph break), which opens on a definite stand-in
    and an alias cue ("The model, known internally as", "The system, code-named")."""
    lead = [t.lower_ for t in doc[max(value.sent.start, value.start - MAX_INDEFINITE_REACH)
                                  : value.start]]
    if not any(w in {"a", "an"} and any(lex.has("MODEL_NOUN", x) for x in lead[k + 1:])
               for k, w in enumerate(lead)):
        return None
    nxt = value.sent.end
    breaks = 0
    while nxt < len(doc) and doc[nxt].is_space:
        breaks += doc[nxt].text.count("\n") > 0
        nxt += 1
    if nxt >= len(doc) or breaks > 1:
        return None
    following = [t for t in doc[nxt].sent if not t.is_space]
    if len(following) < 4 or following[0].lower_ not in {"the", "this"} or not lex.has(
            "STAND_IN", following[1].lower_) or following[2].text != ",":
        return None
    for k in range(3, min(3 + MAX_ALIAS_WORDS + 1, len(following))):
        model = next((m for m in models if m.start == following[k].i), None)
        if model is not None:
            cue = [t.lower_ for t in following[3:k] if not lex.has("ALIAS_CUE_FILLER", t.lower_)]
            # the cue ends right before the name ("known as", "code-named" cut at its hyphen)
            return model if cue and lex.ending_at("ALIAS_CUE", cue, len(cue)) else None
    return None
