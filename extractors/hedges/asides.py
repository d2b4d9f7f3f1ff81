"""Release asides and factive clauses: parts of a sentence closed to hedge cues outside them.

"Researchers wrote that Zeta 5, launched on Jan. 10, used older chips" hedges what the
researchers wrote, not the launch date; "Given that Zeta 5 was released in March, we could have
expected more" presupposes the release and hedges only what follows.

A comma-delimited participial aside right after a model's name ("Zeta 5, released in March,")
is the writer's own background, set off from the sentence it sits in: a hedge or attribution cue
outside it does not reach a claim inside it. Cues inside still do ("Zeta 5, reportedly launched
in March, ..."). The aside opens with a comma at most ``NAME_TAIL`` tokens after the subject (a
head noun may follow the name: "the Zeta 5 model, launched ..."), its first word is a release
participle (``release_participles``), and a comma closes it before the sentence ends (an
open trailing clause "..., released in March" is left to the ordinary scope).

A descriptive apposition that states a past release ("... would succeed Zeta 5, a 400B system
that the lab released in March") is closed the same way, up to the next comma or the sentence
end: the release it reports is a fact of the past, so a modal about the other model ("would
succeed") does not reach its size or date. Without such a release verb the apposition stays
open ("The lab will launch Zeta 6, a 2T model, in May": the 2T is part of the plan).

A factive clause (``factive_openers``: "given that ...", "now that ...") states what the
writer takes as known: from its opener to the comma that closes it, it is closed the same way.

Both word lists are rule data in ``patterns/hedge_cues.json``, validated by
``rules.HedgeRuleFile``.

Notes:
    A clause-boundary refinement of ConText scope (medspaCy), like the parenthesis clip in
    ``component.compute_scope``.
"""

from __future__ import annotations

from spacy.tokens import Span

from extractors.hedges.rules import AsideWords, load_aside_words

NAME_TAIL = 2  # tokens between the name and the comma ("model", "LLM")


def factive_clause(target: Span, words: AsideWords | None = None) -> tuple[int, int] | None:
    """Token bounds ``[start, end)`` of the factive clause holding the target, or None.

    Args:
        target: the claim's value span.
        words: the aside openers (default: those of ``patterns/hedge_cues.json``).

    Returns:
        From the opener to the closing comma, when the target lies inside a closed clause.
    """
    openers = (words or load_aside_words()).factive_openers
    doc, sent = target.doc, target.sent
    opener = None
    for i in range(target.start - 1, sent.start, -1):
        if doc[i].text in {",", ";"}:
            break
        if (doc[i - 1].lower_, doc[i].lower_) in openers:
            opener = i - 1
            break
    if opener is None:
        return None
    close = next((i for i in range(target.end, sent.end) if doc[i].text in {",", ";"}), None)
    return (opener, close) if close is not None else None


def release_aside(
    target: Span, subject: Span | None, words: AsideWords | None = None
) -> tuple[int, int] | None:
    """Token bounds ``[start, end)`` of the release aside holding the target, or None.

    Args:
        target: the claim's value span (a release date).
        subject: the claim's subject mention.
        words: the aside openers (default: those of ``patterns/hedge_cues.json``).

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
    if comma is None or doc[comma + 1].lower_ not in (
        words or load_aside_words()
    ).release_participles:
        return None
    if any(t.text in {",", ";"} for t in doc[comma + 1 : target.start]):
        return None
    close = next((i for i in range(target.end, sent.end) if doc[i].text == ","), None)
    if close is None:
        return None
    return comma + 1, close


APPOSITION_OPENERS = frozenset({"a", "an", "the", "its", "their"})


def described_aside(
    target: Span, subject: Span | None, words: AsideWords | None = None
) -> tuple[int, int] | None:
    """Token bounds ``[start, end)`` of a descriptive apposition after the subject that holds
    the target and reports a past release ("Zeta 5, a 400B system that the lab released in
    March"), or None.
    """
    if subject is None or subject.sent.start != target.sent.start or subject.end > target.start:
        return None
    doc, sent = target.doc, target.sent
    comma = subject.end
    if comma + 1 >= sent.end or doc[comma].text != "," or (
            doc[comma + 1].lower_ not in APPOSITION_OPENERS):
        return None
    if any(t.text in {",", ";"} for t in doc[comma + 1 : target.start]):
        return None
    close = next((i for i in range(target.end, sent.end) if doc[i].text in {",", ";"}), sent.end)
    participles = (words or load_aside_words()).release_participles
    tagged = doc.has_annotation("TAG")  # without tags, a participle word is taken as one
    if not any(t.lower_ in participles and (not tagged or t.tag_ in {"VBD", "VBN"})
               for t in doc[comma + 1 : close]):
        return None
    return comma + 1, close
