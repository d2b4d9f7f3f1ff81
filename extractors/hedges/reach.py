"""Which claims a cue reaches: its scope over the claim, or over the claim's subject.

``governs`` reads the scope ``news_hedges`` wrote on a cue. ``governs_via_subject`` lets a cue
that governs the claim's model hedge the claim too ("OpenAI is likely to counter with GPT-5.5
in May"), within limits of clause and side.

Notes:
    ConText (medspaCy) scopes a cue over the tokens of its sentence on its side; the subject
    route is this project's, as claims are value spans bound to a subject mention.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from extractors.hedges.rules import Category, Subcategory

# Between a model and the plan cue of its own clause: "Pith-2 400B, will follow",
# "tamber-30b is planned for", "Zeta 6 is now expected to".
PLAN_SUBJECT_GAP = 3
_PLAN_GAP_WORDS = frozenset({",", "is", "are", "was", "were", "will", "now", "also", "still",
                             "currently", "reportedly"})


def governs(cue: Span, target: Span) -> bool:
    """True when the target overlaps the cue's scope or the cue itself."""
    scope = cue._.hedge_scope
    if scope is None or cue.sent.start != target.sent.start:
        return False
    overlaps_scope = len(scope) > 0 and scope.start < target.end and target.start < scope.end
    return overlaps_scope or (cue.start < target.end and target.start < cue.end)


def governs_via_subject(cue: Span, target: Span, subject: Span, cues: Sequence[Span]) -> bool:
    """A cue that governs the claim's subject but not the claim: "OpenAI is likely to counter
    with GPT-5.5 in May" hedges the date through its model. Not when a terminator (";", "but")
    parts the subject from the claim ("Zeta 5 is no longer expected in July; it launched in
    May")."""
    if not governs(cue, subject):
        return False
    if subject.start > target.start:
        return True  # "In May, Zeta ships, while OpenAI is likely to counter with GPT-6": a
        # date fronted before the clauses reads with the model of the later one
    return not any(
        c._.hedge_category == Category.TERMINATE and subject.end <= c.start <= target.start
        for c in cues
    )


def plans_its_subject(cue: Span, subject: Span) -> bool:
    """A plan cue whose clause the model opens: "a 400B-parameter version, Pith-2 400B, will
    follow in Q4", "tamber-30b is planned for early next year". The model itself is a plan, so
    its size is one too, wherever the sentence gives it."""
    if (cue._.hedge_subcategory != Subcategory.PLANNED or cue.sent.start != subject.sent.start
            or not 0 <= cue.start - subject.end <= PLAN_SUBJECT_GAP):
        return False
    return all(t.lower_ in _PLAN_GAP_WORDS for t in cue.doc[subject.end : cue.start])
