"""A tier word standing for a model named before it: "The Mini has 8 billion parameters".

Launch stories name a family's tiers once ("Zeta 5 Ultra and Zeta 5 Mini launched today") and
then call each by its tier alone ("Ultra has roughly 400 billion parameters", "the mini has
8B"). The tier word is the subject of the size verb right before the figure, and it is the
last word of a model the document named earlier: that model is the one meant.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.params.gaps import QUOTES, strip_fillers
from extractors.params.lexicon import ParamLexicon

MAX_TIER_LEAD = 8  # words before the tier word in its clause: "The Acme-based lab said"
# Grammar, not vocabulary: what may stand before the tier word ("the Mini", "its Ultra",
# "Acme said Ultra has", "says that the Pro has").
TIER_LEADS = frozenset({"the", "its", "their", "said", "says", "that"})
# A noun the tier word may modify ("the Mini version has"): words that name a tier as a tier.
TIER_NOUNS = frozenset({"version", "model", "tier", "variant", "edition"})


def tier_model(doc: Doc, value: Span, models: Sequence[Span], lex: ParamLexicon) -> Span | None:
    """The model a tier word before the figure stands for, or None.

    The clause before the figure (from the sentence start or its last comma) reads
    [determiner] TIER [tier noun] SIZE_VERB [bound cues]: "Ultra has roughly", "the mini has",
    "The Pro version uses". The model is the latest one before the figure whose name ends in
    that tier word ("Zeta 5 Ultra"); a family name alone ("Zeta 5") gives none.

    Args:
        doc: the document.
        value: the figure.
        models: MODEL spans of the doc, sorted by start.
        lex: the cue lexicon (``TIER``, ``SIZE_VERB``, fillers and bound cues).

    Returns:
        The model, or None.
    """
    words: list[str] = []
    for tok in reversed(doc[value.sent.start : value.start]):
        if tok.text in {",", ";", ":"}:
            break
        if not tok.is_space and tok.text not in QUOTES:
            words.append(tok.lower_)
    clause = strip_fillers(words[::-1], lex)
    if len(clause) < 2 or not lex.has("SIZE_VERB", clause[-1]):
        return None
    k = len(clause) - 2
    if clause[k] in TIER_NOUNS and k > 0:
        k -= 1
    tier = clause[k]
    if not lex.has("TIER", tier) or k > MAX_TIER_LEAD:
        return None
    if k and clause[k - 1] not in TIER_LEADS:
        return None
    for model in reversed(models):
        if model.end > value.start:
            continue
        last = doc[model.end - 1].lower_
        if last == tier and model.end - model.start > 1:
            return model
    return None
