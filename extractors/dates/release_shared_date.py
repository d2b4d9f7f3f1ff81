"""A date that opens a sentence dates its later clauses too: "In May, Grok 4.4 will be released,
while OpenAI is likely to counter with Nova 5" gives Nova 5 a May plan as well.

Release binding ties one date to one model. When the date leads the sentence (binding
``date_first``) it sets the time for every clause of it, so a later clause joined by ", while",
", and", ", but" or ", whereas" that releases another model gets the same date (binding
``shared_date``). The later clause must say so itself: a release cue before its model
("..., and Meta launched Orca 2") or a future marker ("is likely to counter with Orca 2", a plan).
A clause that only names a model ("..., while Orca 2 still leads the benchmarks") gets nothing.

spaCy keys a span's custom attributes by its character offsets, so a second span over the same
words would share the first one's subject. The shared claim's surface therefore takes the
preposition that leads the date ("In May" beside "May"); a date with no preposition before it,
and clauses after the first one that qualifies, get no shared claim (one extra surface only).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from extractors.dates.release_binding import LEADING_DATE_WORDS, Cue, ReleaseBinding, is_negated

CLAUSE_JOINERS = frozenset({"while", "and", "but", "whereas"})
CLAUSE_ENDS = frozenset({",", ";", ":"})
BINDING = "shared_date"


def shared_date_bindings(
    date: Span,
    binding: ReleaseBinding,
    cues: Sequence[Cue],
    models: Sequence[Span],
    future_markers: frozenset[str],
) -> list[ReleaseBinding]:
    """Bindings of a sentence-leading date to the models of the sentence's later clauses.

    Args:
        date: a date span already bound by ``bind_release_dates``.
        binding: its binding (only ``date_first`` ones lead their sentence).
        cues: release-cue matches of the document.
        models: MODEL spans in document order.
        future_markers: words that make a clause a plan ("will", "likely").

    Returns:
        One binding per later clause that releases or plans another model (may be empty).
    """
    if binding.rule != "date_first" or binding.subject is None or shared_surface(date) is None:
        return []
    doc, sent = date.doc, date.sent
    start = max(binding.subject.end, binding.cue.span.end if binding.cue else date.end)
    out: list[ReleaseBinding] = []
    taken = {binding.subject.start}
    for i in range(start, sent.end - 1):
        if doc[i].text != "," or doc[i + 1].lower_ not in CLAUSE_JOINERS:
            continue
        first = i + 2
        end = next((j for j in range(first, sent.end) if doc[j].text in CLAUSE_ENDS), sent.end)
        model = next(
            (m for m in models if first <= m.start and m.end <= end and m.start not in taken),
            None,
        )
        if model is None:
            continue
        clause_cues = [
            c
            for c in cues
            if first <= c.span.start
            and c.span.end <= model.start
            and c.event != "inherit"
            and not is_negated(c.span)
        ]
        if clause_cues:
            cue = clause_cues[-1]
            out.append(ReleaseBinding(model, cue.event, BINDING, cue))
        elif any(t.lower_ in future_markers for t in doc[first : model.start]):
            out.append(ReleaseBinding(model, "planned", BINDING))
        else:
            continue
        taken.add(model.start)
        break  # one shared surface per date (see the module docstring)
    return out


def shared_surface(date: Span) -> Span | None:
    """The date with the preposition that leads it ("In May"), or None when none does."""
    before = date.start - 1
    if before < date.sent.start or date.doc[before].lower_ not in LEADING_DATE_WORDS:
        return None
    return Span(date.doc, before, date.end, label=date.label_)
