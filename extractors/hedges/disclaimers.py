"""A short sentence right after a claim that doubts it: "The figure could not be independently
verified.", "Reuters could not confirm the report.", "That has not been verified."

News puts the disclaimer in its own sentence, so a cue that governs only inside its sentence
misses it. A disclaimer hedges the claims of the sentence before it when it is short, gives no
figure of its own and points back at what was said (a word of ``disclaimer_referents`` after
"the"/"that"/"its"..., or a pronoun: "the figure", "the report", "it"), and its cue is one
of ``disclaimer_rules`` (hedge_cues.json).
"Halcyon has not confirmed a release date." points at nothing said before and hedges nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.hedges.cue_index import cues_starting_in
from extractors.hedges.rules import AsideWords, Subcategory

# A disclaimer is a short sentence of its own; a longer one makes claims of its own.
DISCLAIMER_MAX_TOKENS = 20


def following_disclaimers(doc: Doc, sent: Span, spans_key: str,
                          words: AsideWords) -> list[Span]:
    """The disclaimer cues of the sentence after ``sent`` that doubt ``sent``'s claims.

    Args:
        doc: a Doc processed by ``news_hedges``.
        sent: the claim's sentence.
        spans_key: the span group of the hedge cues.
        words: the rule file's word lists (``disclaimer_rules``, ``disclaimer_referents``).
    """
    end = sent.end
    while end < len(doc) and doc[end].is_space:  # a paragraph break reads as a sentence
        end += 1
    if end >= len(doc) or not words.disclaimer_rules:
        return []
    following = doc[end].sent
    if len(following) > DISCLAIMER_MAX_TOKENS or any(t.like_num for t in following):
        return []
    if not any(_points_back(t, words.disclaimer_referents) for t in following):
        return []
    return [c for c in cues_starting_in(doc, spans_key, following.start, following.end)
            if c._.hedge_rule_id in words.disclaimer_rules
            and c._.hedge_subcategory != Subcategory.NEGATED]


# A noun points back at what was said with a definite word before it ("the figure", "that
# date"); "a release date" is something new.
_POINTERS = frozenset({"the", "that", "this", "these", "those", "its", "such", "either",
                       "neither", "both"})
_PRONOUNS = frozenset({"it", "this", "that", "them", "these", "those"})


def _points_back(token: Token, referents: frozenset[str]) -> bool:
    if token.lower_ not in referents:
        return False
    if token.lower_ in _PRONOUNS:
        return True
    return token.i > 0 and token.doc[token.i - 1].lower_ in _POINTERS
