"""Pure release binding: tie a date span to a named MODEL and a release event.

A date is a release fact only when a release cue governs it (``launched``, ``unveiled``,
``expected``, ``a release in``...) and a MODEL entity is the thing released. Other dates in the
same sentence (a funding round, a tweet, a cluster going live, "as of March 2026") stay plain
dates. The rules run in order and the first that fires names the binding (it drives confidence):

- ``cue_object``      "released Kimi K2 on July 11" / "launching Grok 4.4 ... in early May"
- ``date_first``      "On July 11, 2025, ... Moonshot AI released Kimi K2"
- ``apposition``      "GPT-5.4, launched March 5, 2026" / "Switch Transformer, introduced in ..."
- ``in_sentence``     the cue's nearest MODEL in the sentence
- ``paren_model``     "GPT-3 (175 billion, 2020)" / "Grok 4.4 (early May)": no cue needed
- ``coordinated``     "targeted late 2025, then Q1 2026": the second date inherits the first
- ``carried_over``    no MODEL in the sentence: the model of the sentences just before
                      ("The timeline for Grok 5 has slipped. Musk originally targeted late 2025";
                      "Acme showed off Zeta 5. It went on sale the same month": release_carry)

Not release dates: a date right after a blocker ("as of March 2026") or up to 3 tokens after a
speech verb ("told analysts on Tuesday that ..."); a date whose only cue is negated ("not
available today") or sits in another clause (";"); a date after "the release of <no model>".

Notes:
    Window-and-nearest-cue heuristics after the trigger/scope idea of ConText (medspaCy); the
    dependency parse is used only to drop adjectival cues ("the currently launched Grok 4.3").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extractors.common.sentence_index import spans_starting_in
from extractors.dates.release_antecedent import carried_antecedent, may_carry
from extractors.dates.release_carry import full_name_for, list_item_head
from extractors.dates.release_objects import (
    clause_skipped,
    describes_generic_model,
    is_audience,
    names_other_object,
    releases_other,
    untold_release,
)
from extractors.dates.release_speech import speech_document
from extractors.dates.release_successors import dates_another_model

CUE_WINDOW_BEFORE = 10  # tokens between a cue and a date that follows it
CUE_WINDOW_AFTER = 4  # tokens between a date and a cue that follows it ("Q2 2026 beta")
SUBJECT_WINDOW = 8  # tokens between a cue and its MODEL
CARRY_SENTENCES = 1  # how far back a sentence without a MODEL looks for one
ADJECTIVAL_PRECEDERS = frozenset({"currently", "newly", "recently", "already", "the", "a", "an"})
LEADING_DATE_WORDS = frozenset({"on", "in", "by", "at", "during", "around", "since", "from"})
# Words that open a clause a date may lead: "noticed that last week, X announced ...".
CLAUSE_OPENERS = frozenset({"that", "when", "and", "but", "so", "while", "because", "after"})
# A cue right after one of these did not happen: "it is not available today".
NEGATORS = frozenset({"not", "n't", "never", "no"})
NEGATION_WINDOW = 3  # tokens before a cue that may negate it ("is not generally available")
APPOSITIVE_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her"})


@dataclass(frozen=True)
class Cue:
    """A release-cue match: its span, the event it signals and the rule id it came from."""

    span: Span
    event: str  # released | announced | planned | neutral | inherit
    rule_id: str


@dataclass(frozen=True)
class ReleaseBinding:
    """The outcome for one date span (all None when the date is not a release fact)."""

    subject: Span | None = None
    event: str | None = None  # released | announced | planned | neutral (resolved later)
    rule: str | None = None
    cue: Cue | None = None


def model_mentions(doc: Doc) -> list[Span]:
    """MODEL spans from the entity component, in document order."""
    group = doc.spans.get("entities", [])
    return sorted((e for e in group if e.label_ == "MODEL"), key=lambda e: e.start)


def is_adjectival(cue: Span) -> bool:
    """'the currently launched Grok 4.3 Beta': a participle modifying a noun, not an event."""
    head = cue[-1]
    if cue.doc.has_annotation("DEP") and len(cue) == 1 and head.dep_ == "amod":
        # a participle ("launched"); an adjective cue still names a plan ("Zeta 5, due next
        # quarter," parses "due" as a modifier of the date), and a verb with its own subject
        # is an event however it attached ("Acme unveiled Zeta 5" misparsed as "unveiled Zeta")
        return head.pos_ != "ADJ" and not any(c.dep_ == "nsubj" for c in head.children)
    prev = cue.doc[cue.start - 1].lower_ if cue.start > 0 else ""
    return prev in {"currently", "newly", "recently"}


def is_negated(cue: Span) -> bool:
    """'not available today', 'has never been released': the cue names no event."""
    doc, first = cue.doc, max(cue.sent.start, cue.start - NEGATION_WINDOW)
    return any(t.lower_ in NEGATORS for t in doc[first : cue.start])


def blocked(date: Span, blockers: Sequence[Span], cues: Sequence[Cue] = ()) -> bool:
    """'as of March 2026', 'since 2024', 'knowledge cutoff of December 2023' are not events
    (a blocker inside a cue, "available since Monday", blocks nothing);
    nor is the day someone spoke ("told analysts on Tuesday that ..."), unless a release cue
    sits between the speech verb and the date ("said it launched Nova on Tuesday") or right
    behind the date ("said its March launch ...").

    A blocker's label is ``"<window>|<rule id>"``: how many tokens may separate it from the date.
    """
    for b in blockers:
        window = int(b.label_.split("|", 1)[0]) if "|" in b.label_ else 1
        if b.label_.endswith("|speech") and speech_document(
            b, date, [c.span for c in cues]
        ):
            return True  # "said in a report published on June 2 that ...": the report's day
        glued = window > 1 and b.start == date.end
        # distances first: they are arithmetic, while a span's sentence is a look-up, and a
        # long article holds hundreds of dates and blockers
        if not glued and not 0 <= date.start - b.end <= window:
            continue
        if b.sent != date.sent or any(
            c.span.start <= b.start and b.end <= c.span.end for c in cues
        ):  # "available since Monday": the blocker is part of a release cue
            continue
        if any(t.text == ")" for t in date.doc[b.end : date.start]):
            continue  # "(a 7B model, as the name says) on May 30": the aside closed before
        if glued:
            # "Acme on Wednesday said ...": the day of the speech, told right before the verb
            # (not "..., said the people" nor "... on May 5 and said it had ...")
            return True
        # "said it launched Nova on Tuesday", "said its March launch of Nova": a cue after the
        # speech verb, before the date or glued behind it, makes the date the release's
        if window == 1 or not any(b.end <= c.span.start <= date.end for c in cues):
            return True
    return False


def appositive_tokens(doc: Doc, start: int, end: int) -> int:
    """Tokens of ", a/an/the/its ... ," and "( ... )" asides inside ``[start, end)``:
    "open-sourced Grok-1, a 314-billion-parameter MoE model, in March 2024" and "released Zeta 5
    (a 7-billion-parameter model, as the name says) on May 30" put the date 3 words from the
    cue."""
    total, i = 0, start
    while i < end:
        if doc[i].text == "(":
            close = next((k for k in range(i + 1, end) if doc[k].text == ")"), None)
            if close is not None:
                total += close - i + 1
                i = close + 1
                continue
        if doc[i].text == "," and i + 1 < end and doc[i + 1].lower_ in APPOSITIVE_OPENERS:
            close = next((k for k in range(i + 1, end) if doc[k].text == ","), None)
            if close is not None:
                total += close - i + 1
                i = close + 1
                continue
        i += 1
    return total


def opens_clause(date: Span) -> bool:
    """The date (with its preposition) opens the sentence, or the clause after an introductory
    phrase: "On July 11, 2025, ...", "Less than a month later, on January 20, 2025, ...",
    "At Acme Con in Paris on Tuesday, ..."."""
    doc, sent = date.doc, date.sent
    i = date.start - 1
    if i >= sent.start and doc[i].lower_ in LEADING_DATE_WORDS:
        i -= 1
    if i < sent.start:
        return True
    comma_after = date.end < sent.end and doc[date.end].text == ","
    if comma_after and doc.has_annotation("TAG") and doc[sent.start].lower_ in LEADING_DATE_WORDS:
        # "At Acme Con in Paris on Tuesday, the company unveiled X": a verbless opening
        # phrase that ends with the date
        return not any(t.pos_ in {"VERB", "AUX"} for t in doc[sent.start : date.start])
    return comma_after and (doc[i].text == "," or doc[i].lower_ in CLAUSE_OPENERS)


def _gap(a: Span, b: Span) -> int:
    """Tokens strictly between two non-overlapping spans."""
    return b.start - a.end if a.end <= b.start else a.start - b.end


def pick_cue(date: Span, cues: Sequence[Cue], other_dates: Sequence[Span]) -> Cue | None:
    """The cue that governs a date: nearest in the window, not claimed by a closer date."""
    sent = date.sent
    sentence_initial = opens_clause(date)
    options: list[tuple[int, Cue]] = []
    # dates and cues come in document order: the sentence's own are found by bisection rather
    # than asking every cue, and every date per cue, for its sentence (dates x cues x dates)
    other_dates = spans_starting_in(other_dates, sent.start, sent.end)
    for cue in _cues_starting_in(cues, sent.start, sent.end):
        if cue.span.sent != sent or is_adjectival(cue.span) or is_negated(cue.span):
            continue
        if cue.span.end <= date.start:
            if any(t.text == ";" for t in date.doc[cue.span.end : date.start]):
                continue  # "delayed rollout; it is not downloadable today": another clause
            gap = date.start - cue.span.end - appositive_tokens(date.doc, cue.span.end, date.start)
            if gap > CUE_WINDOW_BEFORE:
                continue
        elif cue.span.start >= date.end and cue.event != "inherit":
            # a cue after the date governs it only right behind it ("Q2 2026 beta") or when
            # the date opens the sentence ("On July 11, 2025, ... released Kimi K2")
            gap = cue.span.start - date.end
            glued = gap <= CUE_WINDOW_AFTER and not any(
                t.is_punct for t in date.doc[date.end : cue.span.start]
            )
            if not (glued or sentence_initial):
                continue
            gap += CUE_WINDOW_BEFORE  # a cue before the date wins over one after it
        else:
            continue
        closer = any(
            o is not date
            and o.sent == sent
            and _gap(o, cue.span) < gap
            and min(o.start, cue.span.start) >= min(date.start, cue.span.start)
            and max(o.end, cue.span.end) <= max(date.end, cue.span.end)
            for o in other_dates
        )
        if not closer:
            options.append((gap, cue))
    return min(options, key=lambda x: x[0])[1] if options else None


def _cues_starting_in(cues: Sequence[Cue], start: int, end: int) -> Sequence[Cue]:
    """The cues (in document order) whose span starts in tokens ``start:end``."""
    lo = bisect_left(cues, start, key=lambda c: c.span.start)
    return cues[lo : bisect_left(cues, end, lo=lo, key=lambda c: c.span.start)]


def pick_subject(date: Span, cue: Span, models: Sequence[Span]) -> tuple[Span | None, str | None]:
    """The MODEL the cue is about, and the rule that chose it."""
    sent = date.sent
    in_sent = [
        m for m in models if m.sent == sent and not (m.start < date.end and date.start < m.end)
    ]
    if not in_sent:
        return None, None
    if cue.end <= date.start:  # cue ... MODEL ... date
        between = [m for m in in_sent if cue.end <= m.start and m.end <= date.start]
        if between and not is_audience(between[0], cue, in_sent):
            return between[0], "cue_object"
    if date.end <= cue.start:  # date ... cue MODEL
        after = [m for m in in_sent if m.start >= cue.end and m.start - cue.end <= SUBJECT_WINDOW]
        # "A month ago, PaLM came out, followed by ...": a cue with no model right behind it
        # releases its grammatical subject, the model between the date and the cue
        between = [m for m in in_sent if date.end <= m.start and m.end <= cue.start]
        if between and not (after and after[0].start - cue.end <= 1):
            return between[-1], "date_first"
        if after:
            return after[0], "date_first"
    before = [m for m in in_sent if m.end <= cue.start and cue.start - m.end <= SUBJECT_WINDOW]
    before = [m for m in [clause_skipped(cue, in_sent)] if m is not None] or before
    if before:
        return before[-1], "apposition"
    nearest = min(
        in_sent, key=lambda m: _gap(m, cue) if m.end <= cue.start or m.start >= cue.end else 0
    )
    return nearest, "in_sentence"


def paren_model(date: Span, models: Sequence[Span]) -> Span | None:
    """'GPT-3 (175 billion, 2020)': a date inside parentheses that open right after a MODEL."""
    doc = date.doc
    i = date.start - 1
    while i >= date.sent.start and doc[i].text not in "()" and date.start - i <= 6:
        i -= 1
    if i < 1 or doc[i].text != "(":
        return None
    return next((m for m in models if m.end == i), None)


def carried_subject(date: Span, models: Sequence[Span]) -> Span | None:
    """The last MODEL of the previous sentences, for a sentence that names none. ``models`` in
    document order. Each previous sentence is the one holding the token before the next one,
    and its models are found by bisection: listing the Doc's sentences and scanning every
    model per date was quadratic in a long article."""
    doc = date.doc
    if not doc.has_annotation("SENT_START"):
        return None
    sent = date.sent
    for _ in range(CARRY_SENTENCES):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        found = spans_starting_in(models, sent.start, sent.end)
        if found:
            return found[-1]
    return None


def bind_release_dates(
    dates: Sequence[Span], cues: Sequence[Cue], blockers: Sequence[Span], models: Sequence[Span]
) -> list[ReleaseBinding]:
    """Bind each date span (doc order) to a model release event, or to nothing.

    Args:
        dates: date spans in document order, already filtered to recognised expressions.
        cues: release-cue matches (see ``patterns/date_release_cues.json``).
        blockers: phrases that make the next date a non-event ("as of", "since").
        models: MODEL entity spans.

    Returns:
        One ``ReleaseBinding`` per date, in the same order.
    """
    # "Beta" in "Grok 4.3 Beta" names the model; it is not a release cue
    # (the tokens the models cover, gathered once: not a pass over every model per cue)
    in_models = {i for m in models for i in range(m.start, m.end)}
    cues = [c for c in cues if in_models.isdisjoint(range(c.span.start, c.span.end))]
    out: list[ReleaseBinding] = []
    recent: list[Span] = []  # subjects bound so far (for family names and carry-over)
    for date in dates:
        binding = ReleaseBinding()
        if not blocked(date, blockers, cues):
            binding = _bind_one(date, dates, cues, models, out, recent)
        cue = binding.cue.span if binding.cue is not None else None
        if cue is not None and untold_release(date, cue, binding.event, blockers):
            binding = ReleaseBinding()  # "if X ships by May"; "On Monday, Acme said it will"
        if binding.subject is not None and dates_another_model(date, binding.subject):
            binding = ReleaseBinding()  # "Acme launched X in March; it plans a successor"
        if binding.subject is not None:
            recent.append(binding.subject)
        out.append(binding)
    return out


def _bind_one(
    date: Span,
    dates: Sequence[Span],
    cues: Sequence[Cue],
    models: Sequence[Span],
    done: Sequence[ReleaseBinding],
    recent: list[Span],
) -> ReleaseBinding:
    sent = date.sent
    # models in doc order: those starting in the sentence, by bisection, not all of them
    sent_models = [m for m in spans_starting_in(models, sent.start, sent.end) if m.sent == sent]
    cue = pick_cue(date, cues, dates)
    if cue is None:
        model = paren_model(date, models)
        if model is not None:
            return ReleaseBinding(model, "neutral", "paren_model")
        return ReleaseBinding()
    if names_other_object(date, cue.span, models):
        return ReleaseBinding()
    event = cue.event
    if event == "inherit":
        prev = next(
            (
                b
                for d, b in zip(reversed(dates[: len(done)]), reversed(done), strict=True)
                if d.sent == date.sent and b.subject is not None
            ),
            None,
        )
        if (
            prev is not None
            and cue.span.text.lower() == "then"
            and not sent_models_between(prev, date, models)
        ):
            return ReleaseBinding(prev.subject, prev.event, "coordinated", cue)
        event = prev.event if prev is not None and prev.event else "neutral"
    subject, rule = pick_subject(date, cue.span, sent_models)
    if releases_other(date, cue.span, subject, rule, sent_models):
        return ReleaseBinding()  # the cue releases a chip, a benchmark: not this model
    if rule == "in_sentence" and subject is not None and subject.start >= date.end and (
        describes_generic_model(cue.span)
    ):  # "The model, which arrived Tuesday, beats X": the model of the sentence before
        subject, rule = carried_antecedent(date, models, recent), "carried_over"
    if subject is None and (head := list_item_head(date, models)) is not None:
        return ReleaseBinding(head, event, "carried_over", cue)  # "- **X** (Acme). Out Monday."
    if subject is None:
        if not may_carry(date, cue.span, cue.event, models):
            return ReleaseBinding()
        subject, rule = carried_antecedent(date, models, recent), "carried_over"
        if subject is None:
            return ReleaseBinding()
    subject = full_name_for(subject, recent)
    return ReleaseBinding(subject, event, rule, cue)


def sent_models_between(prev: ReleaseBinding, date: Span, models: Sequence[Span]) -> bool:
    """Whether another MODEL sits between the previous bound date's cue and this date."""
    if prev.cue is None:
        return False
    return any(
        prev.cue.span.end <= m.start and m.end <= date.start and m != prev.subject for m in models
    )
