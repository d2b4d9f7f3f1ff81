"""From candidates to release facts: bind, place the year by the event, resolve the event.

``extract_dates`` is the algorithm of ``news_dates`` as a pure function over a Doc: date
candidates, release bindings (``release_binding``), the final interval of each date (a year-less
date looks back for a release and ahead for a plan), shared-date twins
(``release_shared_date``) and one fact per (model, event, period).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from spacy.tokens import Doc, Span

from extractors.dates.candidates import find_date_candidates
from extractors.dates.narrative_year import (
    YEARLESS_FORMS,
    in_narrative_year,
    narrative_year,
    same_paragraph,
)
from extractors.dates.normalise import DateValue, Prefer, normalise_date
from extractors.dates.release_binding import (
    Cue,
    ReleaseBinding,
    bind_release_dates,
    blocked,
    model_mentions,
)
from extractors.dates.release_coordinated import coordinated_twins
from extractors.dates.release_labels import fact_sheet_bindings
from extractors.dates.release_lists import list_item_bindings
from extractors.dates.release_objects import is_past_plan
from extractors.dates.release_shared_date import shared_date_bindings, shared_surface
from extractors.dates.release_timelines import timeline_bindings

# "the same month", "that autumn", "late that year": a period of the event told last, so only
# when one was told (for "the same month", in the paragraph)
NARRATIVE_PERIOD_FORMS = frozenset({"event_same_period", "event_season", "event_part_of_year"})


def prefer_for(event: str | None, cue: Span | None = None) -> Prefer:
    """Year placement for a year-less date: plans look ahead, releases look back, and so does
    a plan told in the past tense ("was originally expected in July")."""
    if event == "planned" and cue is not None and is_past_plan(cue):
        return "past"
    return {"planned": "future", "released": "past", "announced": "past"}.get(
        event or "", "nearest"
    )


def shifted_period(value: DateValue, event: Span) -> DateValue:
    """'Two weeks later' after a period ("In March"): the period moved by the offset, not a day
    (the offset was counted from the period's first day)."""
    if value.start is None or event._.date_start is None or event._.date_end is None:
        return value
    if event._.date_end == event._.date_start:
        return value
    end = event._.date_end + (value.start - event._.date_start)
    return DateValue(value.start, end, "relative", value.form, value.relative_to_event)


def has_future_marker(sent: Span, future_markers: frozenset[str]) -> bool:
    """A future marker in the sentence ("will", "may"), never the month "May" itself."""
    return any(t.lower_ in future_markers and t.text != "May" for t in sent)


def resolve_event(
    binding: ReleaseBinding,
    value: DateValue,
    anchor: dt.date | None,
    sent: Span,
    future_markers: frozenset[str],
) -> str | None:
    """Final event: a 'neutral' cue or a release dated after publication becomes planned."""
    event = binding.event
    if event is None:
        return None
    if event == "neutral":  # not over by publication time, or talked about as a plan
        open_ended = anchor is not None and value.end is not None and value.end > anchor
        return (
            "planned" if open_ended or has_future_marker(sent, future_markers) else "released"
        )
    if (
        event in {"released", "announced"}
        and anchor is not None
        and value.start is not None
        and value.start > anchor
    ):
        return "planned"
    return event


def _fact_key(span: Span) -> tuple[str, str | None]:
    return ((span._.subject._.canonical or span._.subject.text).lower(), span._.event)


def dedupe_release_facts(spans: list[Span]) -> None:
    """One fact per (model, event, period): unbind a span whose interval holds a narrower one.

    Spans are grouped by (model, event) and then by interval, so a span is compared with the
    intervals of its own facts, not with every bound span of the article."""
    bound = [s for s in spans if s._.subject is not None and s._.date_start is not None]
    groups: dict[tuple[str, str | None], dict[tuple, list[Span]]] = {}
    for s in bound:
        periods = groups.setdefault(_fact_key(s), {})
        periods.setdefault((s._.date_start, s._.date_end), []).append(s)
    for s in bound:
        if s._.subject is None:
            continue
        for (start, end), members in groups[_fact_key(s)].items():
            if not (s._.date_start <= start and end <= s._.date_end):
                continue
            wider = (s._.date_end - s._.date_start) > (end - start)
            if any(
                o is not s and o._.subject is not None and (wider or o.start < s.start)
                for o in members
            ):  # same period: keep the first mention
                s._.subject, s._.event, s._.binding = None, None, "duplicate"
                break


def extract_dates(
    doc: Doc,
    cues: list[Cue],
    blockers: list[Span],
    future_markers: frozenset[str],
    labels: Mapping[str, str] | None = None,
) -> list[Span]:
    """Candidates -> release bindings -> final intervals (event-aware year, event anchors).

    Args:
        doc: the Doc (needs sentence boundaries for binding).
        cues: release-cue matches; blockers: "as of"-type phrases.
        future_markers: words that make a neutral release cue a plan ("will", "expected").
        labels: fact-sheet label phrases -> event ("release date" -> neutral), see
            ``release_labels``.

    Returns:
        Date spans with every ``date_*`` attribute set, release facts bound.
    """
    anchor: dt.date | None = doc._.published_at
    candidates = find_date_candidates(doc, anchor)
    spans = [span for span, _ in candidates]
    recognised = [s for s, v in candidates if v.granularity is not None]
    models = model_mentions(doc)
    if doc.has_annotation("SENT_START"):
        found = bind_release_dates(recognised, cues, blockers, models)
        found = list_item_bindings(recognised, found, models)
        found = timeline_bindings(recognised, found, models)
        found = fact_sheet_bindings(recognised, found, models, labels or {})
    else:
        found = [ReleaseBinding()] * len(recognised)
    bindings = dict(zip([s.start for s in recognised], found, strict=True))
    last_dated: Span | None = None  # "the same month" counts from any dated event
    setters: list[Span] = []  # dates that may set a narrative year (not "since 2020")
    out: list[Span] = []
    for span in spans:
        binding = bindings.get(span.start, ReleaseBinding())
        prefer = prefer_for(binding.event, binding.cue.span if binding.cue else None)
        if binding.event == "neutral" and has_future_marker(span.sent, future_markers):
            prefer = "future"  # "could arrive as soon as March": a plan looks ahead
        value = normalise_date(span.text, anchor, prefer)
        if value.relative_to_event:
            last = last_dated  # "In March, ... Two weeks later, ...": the latest event
            event_anchor = last._.date_start if last is not None else anchor
            value = normalise_date(span.text, event_anchor, prefer)
            if last is not None and value.form == "event_relative":
                value = shifted_period(value, last)
            if value.form in NARRATIVE_PERIOD_FORMS and (
                last is None
                or (value.form == "event_same_period" and not same_paragraph(last, span))
            ):  # "the same month" with no event just told: nothing to count from; "late that
                # year" may name the year of the last paragraph's event
                value, binding = DateValue(None, None, None, value.form), ReleaseBinding()
        elif value.form in YEARLESS_FORMS:  # "July 18th": the narrative's year?
            planned = binding.event == "planned" or has_future_marker(span.sent, future_markers)
            year = narrative_year(
                span, value, setters, anchor, "planned" if planned else binding.event
            )
            if year is not None:
                value = in_narrative_year(span.text, year, anchor) or value
        span._.date_start, span._.date_end = value.start, value.end
        span._.date_granularity, span._.date_status = value.granularity, value.status
        if binding.subject is not None:
            span._.subject = binding.subject
            span._.event = resolve_event(binding, value, anchor, span.sent, future_markers)
            span._.binding = binding.rule
        if value.start is not None:
            last_dated = span
        out.append(span)
        if not blocked(span, blockers):
            setters.append(span)
        surface = shared_surface(span)
        for shared in shared_date_bindings(span, binding, cues, models, future_markers):
            out.append(bound_twin(span, surface, shared, value, anchor, future_markers))
    out += coordinated_twins(out, models)
    dedupe_release_facts(out)
    return out


def bound_twin(
    span: Span,
    surface: Span,
    binding: ReleaseBinding,
    value: DateValue,
    anchor: dt.date | None,
    future_markers: frozenset[str],
) -> Span:
    """The date bound to another model ("In May, A ..., while B ..."), over ``surface`` (the
    date with its preposition: a span over the same words would share the date's attributes)."""
    twin = surface
    twin._.date_start, twin._.date_end = span._.date_start, span._.date_end
    twin._.date_granularity, twin._.date_status = span._.date_granularity, span._.date_status
    twin._.subject = binding.subject
    twin._.event = resolve_event(binding, value, anchor, span.sent, future_markers)
    twin._.binding = binding.rule
    return twin
