"""Rules for a figure whose model is named before it in the clause, by the words between.

``left_rule`` names the construction ("arrow", "colon_list", "with_params", "possessive",
"apposition", "copula", "nearest_same_clause"); ``coordination`` says a figure continues the
one before it ("141B total parameters, 39B active").

Notes:
    Left-to-right gap patterns after ReVerb-style relation phrases.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import partial

from spacy.tokens import Doc, Span

from extractors.params.gaps import gap_words, has_value, strip_fillers
from extractors.params.lexicon import ParamLexicon
from extractors.params.stand_ins import indefinite, stands_for
from extractors.params.syntax import dep_agrees

MAX_COPULA_GAP = 24
MAX_LINK_GAP = 8
MAX_NEAREST_GAP = 4
DETERMINERS = frozenset({"a", "an", "the", "its", "their"})


def left_rule(doc: Doc, value: Span, model: Span, values: Sequence[Span],
               asides: Sequence[tuple[int, int]], lex: ParamLexicon, strength: str, *,
               gap_start: int | None = None) -> str | None:
    """The rule that binds ``value`` to ``model`` named before it, or None.

    ``gap_start`` is where the words between begin when not at the model's end (after the
    parentheses of an alias: "Wenlu (or "Zeta 5"), a model with 260B")."""
    start = model.end if gap_start is None else gap_start
    if has_value(values, start, value.start):
        return None  # checked before the gap is built: that gap spans every figure between
    raw = gap_words(doc, start, value.start, asides)
    # Bound cues right before the figure ("more than", "fewer than") are checked after they
    # are stripped: their "than" is the figure's bound, not a comparison with another model.
    gap = strip_fillers(raw, lex)
    if not _gap_clear(gap, lex):
        return None
    if any(lex.has("ARROW", w) for w in gap):
        return "arrow"
    if ":" in gap and gap.index(":") <= 6 and len(gap) <= MAX_COPULA_GAP:
        return "colon_list"
    if gap and lex.has("WITH_LINK", gap[-1]) and len(gap) <= MAX_LINK_GAP:
        return "with_params"
    if gap in (["'s"], ["\u2019s"], ["\u2019"], ["'"]):
        return "possessive"
    links = [k for k, w in enumerate(gap) if lex.has("LINK_VERB", w)]
    if gap and lex.has("APPOSITION", gap[0]) and not links and len(gap) <= MAX_LINK_GAP:
        return "apposition"
    if links and len(gap) <= MAX_COPULA_GAP:
        if indefinite(doc, value, lex) and len(gap) - links[-1] > 4:
            return None  # "X is training ... a new 1T model": the figure describes another model
        if not dep_agrees(doc, value, model, stand_in=partial(stands_for, lex=lex)):
            return None
        return "copula"
    if strength == "strong" and len(gap) <= MAX_NEAREST_GAP and not any(
            w in {"to", "from", "and", "or", "then", "(", ")", ","} for w in gap):
        return "nearest_same_clause"
    return None


def _gap_clear(gap: Sequence[str], lex: ParamLexicon) -> bool:
    """No clause break, comparison or negation between model and figure ("but it" continues)."""
    for k, w in enumerate(gap):
        nxt = gap[k + 1] if k + 1 < len(gap) else ""
        if w == "," and nxt in {"and", "or"} and k + 2 < len(gap) and gap[k + 2] in DETERMINERS:
            return False  # ", and the full version with 1T ...": a new clause, a new subject
        if lex.has("CLAUSE_BREAK", w) and not (w == "but" and nxt in {"it", "its"}):
            return False
        if (lex.has("COMPARISON", w) and w not in {"x", "like"}) or lex.ending_at(
                "NEGATION", gap, k + 1):
            return False
    return True


def coordination(doc: Doc, value: Span, values: Sequence[Span],
                  asides: Sequence[tuple[int, int]], lex: ParamLexicon) -> bool:
    last = _last_value_before(values, value)
    if last is None:
        return False
    gap = gap_words(doc, last.end, value.start, asides)
    after = doc[value.end].lower_ if value.end < len(doc) else ""
    return len(gap) <= MAX_LINK_GAP and all(lex.has("COORD", w) for w in gap) and not lex.has(
        "MODEL_NOUN", after)


def _last_value_before(values: Sequence[Span], value: Span) -> Span | None:
    """The last figure (in ``values``, sorted by start) that ends before ``value`` in its
    sentence: found by bisection and a walk back over this sentence's figures only."""
    sent_start = value.sent.start
    k = bisect.bisect_left(values, value.start, key=lambda v: v.start) - 1
    while k >= 0 and values[k].start >= sent_start:
        if values[k].end <= value.start:
            return values[k]
        k -= 1
    return None
