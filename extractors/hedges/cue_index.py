"""Cues by position: a claim looks only at the cues of its own sentence (and, for a
disclaimer, the next one), not at every cue of the article."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

_CUE_INDEX_KEY = "newsfacts.hedge_cue_index."


def cues_starting_in(doc: Doc, spans_key: str, start: int, end: int) -> list[Span]:
    """The cues of ``doc.spans[spans_key]`` whose first token lies in ``start:end``, in group
    order. The cue starts are sorted once per Doc (kept in ``doc.user_data``), so a claim
    looks at the cues of its own sentence, not at every cue of the article."""
    group = doc.spans[spans_key]
    key = _CUE_INDEX_KEY + spans_key
    cached = doc.user_data.get(key)
    if cached is None or cached[0] != len(group):
        order = sorted(range(len(group)), key=lambda i: group[i].start)
        cached = (len(group), [group[i].start for i in order], order)
        doc.user_data[key] = cached
    _, starts, order = cached
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    return [group[i] for i in sorted(order[lo:hi])]


def forget_cue_index(doc: Doc, spans_key: str) -> None:
    """Drop the index after the cue group is rewritten."""
    doc.user_data.pop(_CUE_INDEX_KEY + spans_key, None)
