"""Release asides and factive clauses: parts of a sentence closed to hedge cues outside them.

"Researchers wrote that Zeta 5, launched on Jan. 10, used older chips" hedges what the
researchers wrote, not the launch date; "Given that Zeta 5 was released in March, we could have
expected more" presupposes the release and hedges only what follows.

A comma-delimited participial aside right after a model's name ("Zeta 5, released in March,")
is the writer's own background, set off from the sentence it sits in: a hedge or attribution cue
outside it does not reach a claim inside it. Cues inside still do ("Zeta 5, reportedly launched
in March, ..."). The aside opens with a comma at most ``NAME_TAIL`` tokens after the subject (a
head noun may follow the name: "the Zeta 5 model, launched ..."), its first word is a release
participle, and a comma closes it before the sentence ends (an open trailing clause "...,
released in March" is left to the ordinary scope).

A factive clause ("given that ...", "considering that ...", "now that ...") states what the
writer takes as known: from its opener to the comma that closes it, it is closed the same way.

Notes:
    A clause-boundary refinement of ConText scope (medspaCy), like the parenthesis clip in
    ``component.compute_scope``.
"""

from __future__ import annotations

from spacy.tokens import Span

# Participles that open a release aside ("Zeta 5, launched on Jan. 10, ...").
RELEASE_PARTICIPLES = frozenset(
    {
        "released",
        "launched",
        "unveiled",
        "introduced",
        "announced",
        "debuted",
        "shipped",
        "open-sourced",
        "published",
        "rolled",
        "made",
        "first",
        "originally",
    }
)
NAME_TAIL = 2  # tokens between the name and the comma ("model", "LLM")
# Two-word openers of a factive clause ("given that Zeta 5 was released in March, ...").
FACTIVE_OPENERS = frozenset({("given", "that"), ("considering", "that"), ("now", "that")})


def factive_clause(target: Span) -> tuple[int, int] | None:
    """Token bounds ``[start, end)`` of the factive clause holding the target, or None.

    Args:
        target: the claim's value span.

    Returns:
        From the opener to the closing comma, when the target lies inside a closed clause.
    """
    doc, sent = target.doc, target.sent
    opener = None
    for i in range(target.start - 1, sent.start, -1):
        if doc[i].text in {",", ";"}:
            break
        if (doc[i - 1].lower_, doc[i].lower_) in FACTIVE_OPENERS:
            opener = i - 1
            break
    if opener is None:
        return None
    close = next((i for i in range(target.end, sent.end) if doc[i].text in {",", ";"}), None)
    return (opener, close) if close is not None else None


def release_aside(target: Span, subject: Span | None) -> tuple[int, int] | None:
    """Token bounds ``[start, end)`` of the release aside holding the target, or None.

    Args:
        target: the claim's value span (a release date).
        subject: the claim's subject mention.

    Returns:
        The aside's tokens between its commas, when the target lies inside one.
    """
    if subject is None or subject.sent.start != target.sent.start or subject.end > target.start:
        return None
    doc, sent = target.doc, target.sent
    comma = next(
        (i for i in range(subject.end, min(subject.end + NAME_TAIL + 1, target.start))
         if doc[i].text == ","),
        None,
    )
    if comma is None or doc[comma + 1].lower_ not in RELEASE_PARTICIPLES:
        return None
    if any(t.text in {",", ";"} for t in doc[comma + 1 : target.start]):
        return None
    close = next((i for i in range(target.end, sent.end) if doc[i].text == ","), None)
    if close is None:
        return None
    return comma + 1, close
