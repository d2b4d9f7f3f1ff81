"""Rules for a figure whose model is named after it: "the 10T-parameter Zeta 5",
"At 3.8B parameters, Nova 2 is ...", "up from 3T for Zeta 4".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.common.parameter_words import is_param_word
from extractors.common.unicode_forms import fold_hyphens
from extractors.params.gaps import gap_words, has_value, strip_fillers
from extractors.params.lexicon import ParamLexicon

MAX_RIGHT_GAP = 6


def n_param_model(doc: Doc, value: Span, right: Sequence[Span], values: Sequence[Span],
                   lex: ParamLexicon) -> Span | None:
    """ "the 10T-parameter Zeta 5", "a 280B parameter model called Gopher": only parameter words,
    model nouns and right-gap words between figure and name."""
    if not right:
        return None
    model = right[0]
    # "70\u2011billion\u2011parameter": a non-breaking hyphen reads as "-"
    gap = [fold_hyphens(doc[i].lower_) for i in range(value.end, model.start)]
    if len(gap) > MAX_RIGHT_GAP or has_value(values, value.end, model.start):
        return None
    ok = all(is_param_word(w) or lex.has("RIGHT_GAP", w) or lex.has("MODEL_NOUN", w)
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
    if len(head) > 4 or not any(is_param_word(w) for w in head):
        return None
    if not all(is_param_word(w) or fold_hyphens(w) == "-" or lex.has("TOTAL", w)
               or lex.has("ACTIVE", w) for w in head):
        return None
    # the model opens the main clause: "..., Phi-5-mini", "..., the new Nova 2", "..., Acme's X"
    possessor = len(tail) == 2 and tail[1] in {"'s", "\u2019s"}
    modifiers = len(tail) <= 3 and all(w in {"the", "this"} or lex.has("RIGHT_GAP", w)
                                       for w in tail)
    return right[0] if modifiers or possessor else None


CONTRAST_LEADS = frozenset({"from", "versus", "vs", "vs.", "against", "with", "to", "and"})
OWNER_LINKS = frozenset({"for", "in"})
SIZE_WORDS = frozenset({"-", "total", "active"})


def contrast_owner(doc: Doc, value: Span, right: Sequence[Span], lex: ParamLexicon
                   ) -> Span | None:
    """ "Zeta 5 has 10T parameters, up from 3T for Zeta 4", "versus 70B in Nova 3": the
    figure of a contrast, owned by the model after "for"/"in". Local, like a parenthetical:
    the comparison or "from" before it does not block it."""
    if not right or value.start == 0:
        return None
    model = right[0]
    gap = [fold_hyphens(doc[i].lower_) for i in range(value.end, model.start)
           if not doc[i].is_space]
    while gap and (is_param_word(gap[0]) or gap[0] in SIZE_WORDS):
        gap.pop(0)
    if len(gap) != 1 or gap[0] not in OWNER_LINKS:
        return None
    before = strip_fillers([t.lower_ for t in doc[max(value.sent.start, value.start - 4)
                                                  : value.start]], lex)
    after = doc[model.end] if model.end < len(doc) else None
    if not before or before[-1] not in CONTRAST_LEADS or (
            after is not None and not after.is_punct and after.lower_ not in {"and", "but"}):
        return None
    return model
