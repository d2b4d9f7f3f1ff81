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
    """ "At 3.8 billion parameters, Phi-5-mini is ...", "Boasting 500B parameters, Zeta 5
    ...", "Built with 70B parameters, Orca-2 ...": a figure in the phrase that opens the
    sentence (a ``FRONTED`` cue, then the figure) describes the subject right after its comma.
    """
    if not right:
        return None
    before = strip_fillers(gap_words(doc, value.sent.start, value.start, ()), lex)
    if not before or lex.ending_at("FRONTED", before, len(before)) != len(before):
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
    # the model opens the main clause: "..., Phi-5-mini", "..., the new Nova 2", "..., Acme's X"
    possessor = len(tail) == 2 and tail[1] in {"'s", "\u2019s"}
    modifiers = len(tail) <= 3 and all(w in {"the", "this"} or lex.has("RIGHT_GAP", w)
                                       for w in tail)
    return right[0] if modifiers or possessor else None
