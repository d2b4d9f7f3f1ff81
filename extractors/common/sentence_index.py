"""Constant-time ``Span.sent`` and ``Token.sent`` for a Doc whose sentences are set.

spaCy finds a span's sentence by walking the tokens out to the nearest boundaries on every
call: one figure asks several times, so a figure-dense sentence of n tokens cost O(n) per
figure (quadratic overall). ``index_sentences`` computes each token's sentence once and installs
spaCy's own hooks (``doc.user_span_hooks["sent"]``, ``doc.user_token_hooks["sent"]``), which
then answer with the same span spaCy's walk would: the sentence that contains the span's first
token. A Doc retokenised afterwards (a different length) is re-indexed on the next call.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

_KEY = "newsfacts.sentence_index"


def index_sentences(doc: Doc) -> None:
    """Install the indexed ``sent`` hooks on a Doc with sentence boundaries (else no-op)."""
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return
    _bounds(doc)
    doc.user_span_hooks["sent"] = _span_sent
    doc.user_token_hooks["sent"] = _token_sent


def _bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Per token: the start and (exclusive) end of its sentence, built once per Doc length."""
    cached = doc.user_data.get(_KEY)
    if cached is not None and len(cached[0]) == len(doc):
        return cached
    flags = doc.to_array(SENT_START).tolist()
    n = len(doc)
    starts = [0] * n
    current = 0
    for i in range(n):
        if i and flags[i] == 1:
            current = i
        starts[i] = current
    ends = [n] * n
    following = n
    for i in range(n - 1, -1, -1):
        ends[i] = following
        if i and flags[i] == 1:
            following = i
    cached = doc.user_data[_KEY] = (starts, ends)
    return cached


def spans_starting_in(spans: Sequence[Span], start: int, end: int) -> Sequence[Span]:
    """The spans (sorted by start) whose first token lies in tokens ``start:end``: the spans of
    a sentence when given its bounds, found by bisection instead of asking each span's ``.sent``
    (``m.sent == sent`` holds exactly when ``sent.start <= m.start < sent.end``)."""
    lo = bisect_left(spans, start, key=lambda s: s.start)
    hi = bisect_left(spans, end, lo=lo, key=lambda s: s.start)
    return spans[lo:hi]


def _span_sent(span: Span) -> Span:
    starts, ends = _bounds(span.doc)
    i = min(span.start, len(starts) - 1)
    return span.doc[starts[i] : ends[i]]


def _token_sent(token: Token) -> Span:
    starts, ends = _bounds(token.doc)
    return token.doc[starts[token.i] : ends[token.i]]
