"""Constructions that tie a figure to a model beyond the gap rules of ``param_binding``.

- size lists: "three sizes are offered, with 2B, 9B and 27B parameters" (a family's sizes);
- relative clauses on the parameter noun: "the 175 billion parameters that X is trained on".

Pure functions over a ``Doc`` and figure spans.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.common.unicode_forms import is_hyphen
from extractors.params.lexicon import ParamLexicon


def is_in_size_list(doc: Doc, value: Span, values: Sequence[Span], lex: ParamLexicon) -> bool:
    """The figure is one of a coordination of figures in a sentence about a family's sizes
    ("There are 4 sizes available with 7B, 13B, 33B, and 65B parameters")."""
    sent = value.sent
    if not any(lex.has("SIZE_LIST", t.lower_) for t in sent):
        return False
    in_sent = [v for v in values if v.sent.start == sent.start]
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
