"""Constructions that tie a figure to a model beyond the gap rules of ``param_binding``.

- size lists: "three sizes are offered, with 2B, 9B and 27B parameters" (a family's sizes);
- relative clauses on the parameter noun: "the 175 billion parameters that X is trained on".

Pure functions over a ``Doc`` and figure spans.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.common.sentence_index import spans_starting_in
from extractors.common.unicode_forms import is_hyphen
from extractors.params.lexicon import ParamLexicon

_SIZE_LIST_KEY = "newsfacts.size_list_tokens"


def is_in_size_list(doc: Doc, value: Span, values: Sequence[Span], lex: ParamLexicon) -> bool:
    """The figure is one of a coordination of figures in a sentence about a family's sizes
    ("There are 4 sizes available with 7B, 13B, 33B, and 65B parameters").

    ``values`` are in text order (as ``figure_spans`` gives them): the sentence's figures are
    found by bisection and its size-list words from one scan of the Doc, not a scan of the
    sentence and of every figure per figure (quadratic in a figure-dense sentence)."""
    sent = value.sent
    words = _size_list_tokens(doc, lex)
    if bisect_left(words, sent.end, lo=bisect_left(words, sent.start)) == bisect_left(
            words, sent.start):
        return False
    in_sent = list(spans_starting_in(values, sent.start, sent.end))
    k = next((n for n, v in enumerate(in_sent) if v.start == value.start), None)
    if k is None or len(in_sent) < 2:
        return False
    neighbours = ([in_sent[k - 1]] if k else []) + ([in_sent[k + 1]] if k + 1 < len(in_sent)
                                                      else [])
    for other in neighbours:
        lo, hi = sorted((other, value), key=lambda s: s.start)
        if all(t.lower_ in {",", "and", "or"} for t in doc[lo.end : hi.start]):
            return True
    return False


def _size_list_tokens(doc: Doc, lex: ParamLexicon) -> list[int]:
    """Indices of the Doc's SIZE_LIST words, found once per Doc (and length and lexicon)."""
    key = (len(doc), id(lex))
    cached = doc.user_data.get(_SIZE_LIST_KEY)
    if cached is not None and tuple(cached[0]) == key:
        return cached[1]
    found = [t.i for t in doc if lex.has("SIZE_LIST", t.lower_)]
    doc.user_data[_SIZE_LIST_KEY] = (key, found)
    return found


def relative_clause_model(doc: Doc, value: Span, right: Sequence[Span]) -> Span | None:
    """ "the 175 billion parameters that Orca 3 is trained on", "70B parameters, which Orca 3
    uses": the model is the subject of a relative clause on the parameter noun."""
    if not right:
        return None
    j = value.end
    if j < len(doc) and is_hyphen(doc[j]):
        j += 1
    if j >= len(doc) or not doc[j].lower_.startswith("param"):
        return None
    j += 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in {"that", "which"}:
        return None
    model = right[0]
    after = doc[model.end] if model.end < len(doc) else None
    starts = {j + 1, j + 2} if j + 1 < len(doc) and doc[j + 1].lower_ == "the" else {j + 1}
    return model if model.start in starts and after is not None and after.is_lower else None
