"""Rules for a figure whose model is named after it: "the 10T-parameter Zeta 5",
"At 3.8B parameters, Nova 2 is ...".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.common.unicode_forms import fold_hyphens
from extractors.params.gaps import gap_words, has_value, strip_fillers
from extractors.params.lexicon import ParamLexicon

MAX_RIGHT_GAP = 6


def n_param_model(doc: Doc, value: Span, right: Sequence[Span], values: Sequence[Span],
                   lex: ParamLexicon) -> Span | None:
    if not right:
        return None
    model = right[0]
    gap = [doc[i].lower_ for i in range(value.end, model.start)]
    if len(gap) > MAX_RIGHT_GAP or has_value(values, value.end, model.start):
        return None
    ok = all(w.startswith("param") or lex.has("RIGHT_GAP", w) or lex.has("MODEL_NOUN", w)
             for w in gap)
    return model if ok else None


def fronted_model(doc: Doc, value: Span, right: Sequence[Span], lex: ParamLexicon) -> Span | None:
    """ "At 3.8 billion parameters, Phi-5-mini is ...", "With 48B active parameters, X costs":
    a figure in the phrase that opens the sentence describes the subject right after its comma.
    """
    if not right:
        return None
    before = strip_fillers(gap_words(doc, value.sent.start, value.start, ()), lex)
    if before not in (["at"], ["with"]):
        return None
    words = [doc[i].lower_ for i in range(value.end, right[0].start)]
    if "," not in words:
        return None
    comma = words.index(",")
    head, tail = words[:comma], words[comma + 1:]
    if len(head) > 4 or not any(w.startswith("param") for w in head):
        return None
    if not all(w.startswith("param") or fold_hyphens(w) == "-" or lex.has("TOTAL", w)
               or lex.has("ACTIVE", w) for w in head):
        return None
    # the model opens the main clause: "..., Phi-5-mini", "..., the Nova 2", "..., Meta's Llama"
    possessor = len(tail) == 2 and tail[1] in {"'s", "\u2019s"}
    return right[0] if tail in ([], ["the"]) or possessor else None
