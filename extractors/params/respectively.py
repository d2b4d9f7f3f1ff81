"""Figures bound in order to coordinated models: "A and B have 70B and 13B parameters,
respectively" (A 70B, B 13B).

"respectively" says that two coordinations pair up term by term, so the binding is positional
and needs no gap rule. "from N to M between A and B" pairs the same way (A N, B M), and so
does "A is ten times B (N vs M)". Pure
functions over a ``Doc``; ``param_counts`` consults them before ``param_binding.bind_figure``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc, Span

from extractors.common.parameter_words import is_param_word

RESPECTIVELY = frozenset({"respectively", "respective"})
# Tokens allowed between two members of a coordination ("A, B and C", "70B, 13B, and 7B").
COORD_TOKENS = frozenset({",", "and", "or", "&", "/"})


def _chain(doc: Doc, spans: Sequence[Span], extra: frozenset[str] = frozenset()) -> list[Span]:
    """The longest run of spans, from the first, joined only by coordinators (and ``extra``
    words, e.g. "parameters" between figures)."""
    if not spans:
        return []
    run = [spans[0]]
    for span in spans[1:]:
        gap = [t.lower_ for t in doc[run[-1].end : span.start]]
        if not gap or not all(w in COORD_TOKENS or w in extra for w in gap):
            break
        run.append(span)
    return run


def respective_bindings(doc: Doc, figures: Sequence[Span], models: Sequence[Span]
                        ) -> dict[int, Span | None]:
    """Map figure start -> model (or None) for every sentence with "respectively".

    The models must form one coordination before the first figure ("A and B", "A, B, and C")
    and the figures one coordination after it, of the same length (two or more), with
    "respectively" after the last figure in the sentence. When the two do not pair up, the
    figures map to None: "respectively" says each belongs to a different model, so no figure
    may fall back to the nearest one.

    Args:
        doc: the document.
        figures: candidate figure spans, sorted.
        models: MODEL spans, sorted.

    Returns:
        A dict from figure start token to the model it is paired with, or None.
    """
    out: dict[int, Span | None] = {}
    sent_starts = sorted({f.sent.start for f in figures})
    for start in sent_starts:
        sent = doc[start].sent
        cue = next((t.i for t in sent if t.lower_ in RESPECTIVELY), None)
        if cue is None:
            continue
        # a size inside a name ("Llama 3 70B") is part of the name, not one of the figures
        in_figs = [f for f in figures if f.sent.start == start and f.end <= cue
                   and not any(m.start <= f.start and f.end <= m.end for m in models)]
        if len(in_figs) < 2:
            continue
        figs = _chain(doc, in_figs, frozenset({"parameters", "params", "parameter"}))
        # a sentence split inside a name ("... and Zeta 2 | Large, at 12B, 32B and 110B
        # respectively"): the coordination starts in the sentence where that name begins
        cut = next((m for m in models if m.start < sent.start < m.end), None)
        lo = sent.start if cut is None else cut.sent.start
        before = [m for m in models if lo <= m.start and m.end <= figs[0].start]
        # the coordination of models nearest the figures: walk back from the last one
        chains = [_chain(doc, before[k:]) for k in range(len(before))]
        names = next((c for c in reversed(chains) if len(c) == len(figs)), None)
        if len(figs) < 2:
            continue
        if names is None:
            out.update((fig.start, None) for fig in figs)
            continue
        for fig, model in zip(figs, names, strict=True):
            out[fig.start] = model
    return out


def between_bindings(doc: Doc, figures: Sequence[Span], models: Sequence[Span]
                     ) -> dict[int, Span]:
    """ "grew from 117 million to 175 billion between A and B": the first figure is A's size,
    the second B's (a change from one model to the next, said in order).

    Args:
        doc: the document.
        figures: candidate figure spans, sorted.
        models: MODEL spans, sorted.

    Returns:
        A dict from figure start token to its model, for each pair found.
    """
    out: dict[int, Span] = {}
    by_start = {m.start: m for m in models}
    for first, second in pairwise(figures):
        versus = _versus_pair(doc, first, second, models)
        if versus is not None:
            out[first.start], out[second.start] = versus
            continue
        if first.start == 0 or doc[first.start - 1].lower_ != "from":
            continue
        if [t.lower_ for t in doc[first.end : second.start]] != ["to"]:
            continue
        k = second.end
        while k < len(doc) and is_param_word(doc[k].lower_):
            k += 1
        if k >= len(doc) or doc[k].lower_ != "between" or k + 1 not in by_start:
            continue
        a = by_start[k + 1]
        if a.end < len(doc) and doc[a.end].lower_ == "and" and a.end + 1 in by_start:
            out[first.start] = a
            out[second.start] = by_start[a.end + 1]
    return out


VERSUS = frozenset({"vs", "vs.", "versus", "v.", "against"})


def _versus_pair(doc: Doc, first: Span, second: Span, models: Sequence[Span]
                 ) -> tuple[Span, Span] | None:
    """ "X has ten times as many parameters as Y (1.2 trillion vs 120 billion)": two figures
    set against each other in parentheses after a sentence that names exactly two models
    pair up in order (X 1.2T, Y 120B), like "respectively"."""
    if first.start == 0 or doc[first.start - 1].text != "(":
        return None
    gap = [t.lower_ for t in doc[first.end : second.start] if not is_param_word(t.lower_)]
    if len(gap) != 1 or gap[0] not in VERSUS:
        return None
    k = second.end
    while k < len(doc) and is_param_word(doc[k].lower_):
        k += 1
    if k >= len(doc) or doc[k].text != ")":
        return None
    sent_start = first.sent.start
    named: list[Span] = []
    for m in models:
        if sent_start <= m.start and m.end < first.start and (m._.canonical or m.text) not in {
                (n._.canonical or n.text) for n in named}:
            named.append(m)
    return (named[0], named[1]) if len(named) == 2 else None
