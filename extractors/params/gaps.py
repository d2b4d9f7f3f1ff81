"""What lies between a model and a figure: asides, other figures, fillers.

- asides: "( ... )" and "— ... —" pairs, skipped as in ConText's scope handling (medspacy);
- the gap's words with the asides that lie wholly inside it dropped;
- whether another figure sits in a token range (bisection over sorted figures);
- bound cues and fillers right before a figure ("with over a reported").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.params.lexicon import ParamLexicon

ASIDES_KEY = "newsfacts.param_binding.asides"


def aside_ranges(sent: Span) -> tuple[tuple[int, int], ...]:
    """Token ranges of asides in a sentence: "( ... )" and "— ... —" pairs (inclusive ends).

    Scanned once per sentence and kept in ``doc.user_data``: every figure of a sentence asks,
    and rescanning a long sentence per figure made figure-dense text quadratic.
    """
    cache = sent.doc.user_data.setdefault(ASIDES_KEY, {})
    key = (sent.start, sent.end, len(sent.doc))
    ranges = cache.get(key)
    if ranges is None:
        ranges = cache[key] = tuple(_scan_asides(sent))
    return ranges


def _scan_asides(sent: Span) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    opened: list[int] = []
    dash: int | None = None
    for tok in sent:
        if tok.text == "(":
            opened.append(tok.i)
        elif tok.text == ")" and opened:
            ranges.append((opened.pop(), tok.i))
        elif tok.text in {"—", "\u2013", "--"}:
            if dash is None:
                dash = tok.i
            else:
                ranges.append((dash, tok.i))
                dash = None
    return ranges


def inside(i: int, ranges: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    for s, e in ranges:
        if s <= i <= e:
            return s, e
    return None


def gap_words(doc: Doc, start: int, end: int, asides: Sequence[tuple[int, int]]) -> list[str]:
    """Lower-cased tokens in [start, end) minus the asides that lie wholly inside it."""
    dropped = {i for s, e in asides if start <= s and e < end for i in range(s, e + 1)}
    return [doc[i].lower_ for i in range(start, end) if i not in dropped and not doc[i].is_space]


def has_value(values: Sequence[Span], start: int, end: int) -> bool:
    # values are sorted by start: a bisection, not a scan per figure (quadratic in figures)
    k = bisect.bisect_left(values, start, key=lambda v: v.start)
    return k < len(values) and values[k].start < end


def strip_fillers(gap: list[str], lex: ParamLexicon) -> list[str]:
    """Drop bound cues and fillers that sit right before the figure ("with over a reported")."""
    out = list(gap)
    while out:
        n = max(lex.ending_at(label, out, len(out)) for label in ("AT_LEAST", "AT_MOST", "APPROX"))
        if n:
            del out[-n:]
        elif lex.has("FILLER", out[-1]) and out[-1] not in {"(", "."}:
            out.pop()
        else:
            break
    return out
