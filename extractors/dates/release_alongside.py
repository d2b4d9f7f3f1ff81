"""A release that shares another's date: "Zeta 5 Max launched on May 2. Zeta 5 Air launched
alongside it" (or "alongside Zeta 5 Max", "alongside Max") gives Zeta 5 Air the date of Zeta 5
Max's release.

The phrase is a release cue, then a joiner ("alongside", "together with", "along with") and the
partner: a MODEL, the pronoun "it" (the last model of the sentence before), or a bare variant
word that ends a dated model's name ("Max" for "Zeta 5 Max"). The subject is the MODEL nearest
before the cue in the same sentence. The partner's date is its own release fact earlier in the
article; with none, or when the sentence already dates the subject, nothing is claimed. The
surface is the phrase from the cue to the partner; binding ``shared_date``.

Notes:
    Event-event simultaneity (TimeML's SIMULTANEOUS TLINK), resolved only against a date the
    article gives, like ``release_offsets``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.dates.release_binding import Cue, carried_subject

BINDING = "shared_date"
# Grammar (prepositions of accompaniment), one or two tokens after the cue.
JOINERS = (("alongside",), ("together", "with"), ("along", "with"))
PARTNER_LEADS = frozenset({"the", "its", "their"})  # "alongside the Max", "alongside its sibling"
PRONOUNS = frozenset({"it"})
CUE_EVENTS = frozenset({"released", "announced", "neutral"})


def _name(model: Span) -> str:
    return (model._.canonical or model.text).lower()


def _joiner_end(doc: Doc, start: int, end: int) -> int | None:
    """The token after a joiner that starts at ``start`` (before ``end``), else None."""
    for words in JOINERS:
        stop = start + len(words)
        if stop <= end and tuple(t.lower_ for t in doc[start:stop]) == words:
            return stop
    return None


def _partner(doc: Doc, i: int, sent: Span, models: Sequence[Span], dated: dict[str, Span]
             ) -> tuple[Span | None, int]:
    """The partner model whose name starts at token ``i`` (after leads) and where it ends."""
    while i < sent.end and doc[i].lower_ in PARTNER_LEADS:
        i += 1
    if i >= sent.end:
        return None, i
    model = next((m for m in models if m.start == i), None)
    if model is not None:
        return model, model.end
    word = doc[i].lower_
    if word in PRONOUNS:
        return carried_subject(doc[i : i + 1], models), i + 1
    variants = [s._.subject for n, s in dated.items() if re.split(r"[\s\-]+", n)[-1] == word]
    return (variants[-1] if variants else None), i + 1


def bind_alongside_releases(
    doc: Doc, dates: Sequence[Span], cues: Sequence[Cue], models: Sequence[Span]
) -> list[Span]:
    """Release spans for "X launched alongside Y" in sentences that do not date X.

    Args:
        doc: the Doc (sentence boundaries set).
        dates: the date spans found so far (release facts carry ``subject``).
        cues: release-cue matches.
        models: MODEL spans in document order.

    Returns:
        New spans over "launched alongside Y" with Y's interval, subject X, event of Y's fact.
    """
    out: list[Span] = []
    for cue in cues:
        if cue.event not in CUE_EVENTS:
            continue
        sent, span = cue.span.sent, cue.span
        joined = _joiner_end(doc, span.end, sent.end)
        if joined is None:
            continue
        subject = next((m for m in reversed(models)
                        if m.sent == sent and m.end <= span.start), None)
        if subject is None or any(
            d._.subject is not None and _name(d._.subject) == _name(subject) and d.sent == sent
            for d in dates
        ):
            continue
        dated = {_name(d._.subject): d for d in dates
                 if d._.subject is not None and d._.date_start is not None
                 and d.end <= span.start and d._.event in {"released", "announced"}}
        partner, end = _partner(doc, joined, sent, models, dated)
        if partner is None or _name(partner) == _name(subject) or _name(partner) not in dated:
            continue
        source = dated[_name(partner)]
        new = Span(doc, span.start, end, label="DATE")
        new._.date_start, new._.date_end = source._.date_start, source._.date_end
        new._.date_granularity, new._.date_status = source._.date_granularity, "parsed"
        new._.subject, new._.event, new._.binding = subject, source._.event, BINDING
        out.append(new)
    return out
