"""A size inside a model's name is doubted only by a cue that modifies the name.

"Halcyon claims Nova 4 beats Zeta 3 70B": the claim is the comparison; "Zeta 3 70B" is how the
text refers to the other model, so its "70B" is not hedged by "claims". "The rumoured Zeta 5
400B" and "the upcoming Zeta 3 8B, 70B and 405B models" doubt the names themselves.
``component.hedges_for(..., in_name=True)`` keeps only the cues ``modifies_name`` accepts.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Tokens allowed between a cue and the name it modifies: "the rumoured, unreleased Zeta 5",
# "the upcoming Zeta 3 8B, 70B and 405B models" (the cue modifies the whole list of names).
NAME_MODIFIER_GAP = 8
_LIST_GLUE = frozenset({",", "and", "or", "&", "/"})


def modifies_name(cue: Span, subject: Span) -> bool:
    """Whether a cue is a modifier of the model's name (or of a list of names it is in): it
    ends at most ``NAME_MODIFIER_GAP`` tokens before the name, with only names, sizes,
    adjectives, commas and "and" between (read from the tags when the Doc has them, from
    the shapes otherwise): "Halcyon claims Nova 4 beats Zeta 3 70B" has a verb between."""
    if not 0 <= subject.start - cue.end <= NAME_MODIFIER_GAP:
        return False
    tagged = cue.doc.has_annotation("POS")
    return all(_in_name_list(t, tagged) for t in cue.doc[cue.end : subject.start])


def _in_name_list(token: Token, tagged: bool) -> bool:
    if tagged and token.pos_ in {"VERB", "AUX"}:
        return False
    if (token.text in _LIST_GLUE or token.text[:1].isupper()
            or any(ch.isdigit() for ch in token.text)):
        return True
    return tagged and token.pos_ in {"ADJ", "DET"}
