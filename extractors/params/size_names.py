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
