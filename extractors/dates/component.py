"""news_dates: date expressions -> ``doc.spans["dates"]`` with intervals and release bindings.

Candidates come from the grammar in ``date_normalise.FORMS`` (matched on the doc text and mapped
onto tokens with ``doc.char_span``) plus spaCy ``DATE`` entities when the trained NER ran. Guards
drop bare numbers, versions ("4.5"), parameter counts ("5T") and the modal "may". Each span gets
``date_start/date_end/date_granularity/date_status``; ``release_binding`` ties some of them to a
MODEL and an event (``subject``, ``event``, ``binding``); ``release_announcements`` adds a span
for a dateless first-person announcement ("We are excited to introduce X"), dated by the post,
and ``release_just_now`` one for a dateless news-present release ("Now, Meta has released X");
``release_shared_date`` gives a sentence-leading date to a later clause's model ("In May, A ...,
while B is likely to counter with C"); ``release_period_with`` reads "kicked off 2021 with X".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractors.common.rule_files import RulePath, packaged, read_json_file, validate_document
from extractors.dates.normalise import FORMS, DateValue, Prefer, normalise_date
from extractors.dates.release_announcements import bind_announcements, curly_variants
from extractors.dates.release_binding import Cue, ReleaseBinding, bind_release_dates, model_mentions
from extractors.dates.release_just_now import BINDING as JUST_NOW_BINDING
from extractors.dates.release_just_now import find_just_now_releases, just_now_matcher
from extractors.dates.release_period_with import bind_period_with
from extractors.dates.release_shared_date import shared_date_bindings, shared_surface
from extractors.errors import NotInitialisedError
from extractors.vocab import DATES_KEY

SPANS_KEY = DATES_KEY
CUES_FILE = "date_release_cues.json"

# Where a grammar form may start/end inside running text: not glued to a word, a version
# ("Grok-1.5"), a thousands separator ("30,000") or a slash date.
LEFT_EDGE = r"(?<![\w.,$/\-])"
RIGHT_EDGE = r"(?![\w/]|\.\d)"
CANDIDATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (fid, re.compile(LEFT_EDGE + rf"(?:{rx})" + RIGHT_EDGE, re.IGNORECASE)) for fid, rx in FORMS
)
# Words before a bare capitalised "May" that make it the month ("in May", "by May", "early May").
MAY_CONTEXT = frozenset(
    {
        "in",
        "by",
        "of",
        "until",
        "till",
        "since",
        "from",
        "before",
        "after",
        "during",
        "early",
        "mid",
        "late",
        "end",
        "this",
        "next",
        "last",
        "for",
        "around",
        "through",
        "and",
        "to",
        "between",
        "-",
        "\u2013",
        "(",
    }
)
# Before a bare year these make "2023" a date even when a word follows ("in 2023 the lab...").
YEAR_PREPS = frozenset(
    {"in", "since", "by", "until", "till", "from", "before", "after", "during", "around"}
)
# Not a date: a bare number, a version or a parameter count that NER sometimes labels DATE.
NOT_A_DATE = re.compile(r"[\d.,\s]+|[\d.]+\s?[BMTK]|\d+(?:\.\d+)+|(?-i:may)", re.IGNORECASE)
BARE_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)")


class CueRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    event: Literal["released", "announced", "planned", "neutral", "inherit"]
    phrases: list[str]


class BlockerRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    phrases: list[str]
    # tokens allowed between the phrase and the date it blocks ("told analysts on Tuesday")
    window: int = Field(default=1, ge=1, le=6)


class CueFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    cues: list[CueRule]
    blockers: list[BlockerRule] = []
    future_markers: list[str] = []
    # "we are excited to introduce": a dateless announcement dated by the post itself
    first_person_announcements: list[str] = []
    # "Meta has just released X", "Now, Meta has released X": a dateless release of the day
    just_now_release_verbs: list[str] = []
    just_now_adverbs: list[str] = []
    just_now_openers: list[str] = []
    # "kicked off 2021 with X" (early 2021), "ended 2023 with X" (late 2023)
    period_openers: list[str] = []
    period_closers: list[str] = []


def load_cue_file(path: RulePath) -> CueFile:
    """Read and validate a cue file.

    Raises:
        RuleFileError: naming the file, the rule id and the bad key.
    """
    return validate_document(read_json_file(path, "cue rules"), CueFile, str(path))


def _keep_candidate(span: Span, value: DateValue) -> bool:
    """Guards against the traps: modal 'may', bare numbers, versions, parameter counts."""
    text = span.text.strip()
    doc = span.doc
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    nxt = doc[span.end] if span.end < len(doc) else None
    if BARE_YEAR.fullmatch(text):
        # "2048 experts", "2000 GPUs": a year needs a preposition or no word after it
        return not (nxt is not None and nxt.is_alpha and prev not in YEAR_PREPS)
    if NOT_A_DATE.fullmatch(text):
        return False
    if text == "May" and value.form == "month":
        return prev in MAY_CONTEXT or (
            nxt is not None and BARE_YEAR.fullmatch(nxt.text) is not None
        )
    return True


def find_date_candidates(doc: Doc, anchor: dt.date | None) -> list[tuple[Span, DateValue]]:
    """Date expressions in a doc: grammar matches + spaCy DATE entities, longest recognised wins.

    Args:
        doc: a processed Doc (DATE entities used when present).
        anchor: the publication date (for the preliminary reading).

    Returns:
        Non-overlapping ``(span, value)`` pairs in document order; unrecognised NER dates are
        kept with granularity None (the surface is never dropped).
    """
    found: list[tuple[Span, DateValue]] = []
    text = doc.text  # Doc.text joins every token on each access
    for _, pattern in CANDIDATE_PATTERNS:
        for m in pattern.finditer(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is None or len(span) == 0:
                continue
            value = normalise_date(span.text, anchor)
            if value.granularity is not None:  # the grammar's own finds must read as dates
                found.append((span, value))
    for ent in doc.ents:
        if ent.label_ == "DATE":
            found.append((ent, normalise_date(ent.text, anchor)))
    found = [(s, v) for s, v in found if _keep_candidate(s, v)]
    found.sort(key=lambda sv: (sv[1].granularity is not None, len(sv[0].text)), reverse=True)
    taken: set[int] = set()
    chosen: list[tuple[Span, DateValue]] = []
    for span, value in found:
        if taken.isdisjoint(range(span.start, span.end)):
            taken.update(range(span.start, span.end))
            chosen.append((span, value))
    return sorted(chosen, key=lambda sv: sv[0].start)


def prefer_for(event: str | None) -> Prefer:
    """Year placement for a year-less date: plans look ahead, releases look back."""
    return {"planned": "future", "released": "past", "announced": "past"}.get(
        event or "", "nearest"
    )


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
            "planned" if open_ended or any(t.lower_ in future_markers for t in sent) else "released"
        )
    if (
        event in {"released", "announced"}
        and anchor is not None
        and value.start is not None
        and value.start > anchor
    ):
        return "planned"
    return event


def dedupe_release_facts(spans: list[Span]) -> None:
    """One fact per (model, event, period): unbind a span whose interval holds a narrower one."""
    bound = [s for s in spans if s._.subject is not None and s._.date_start is not None]
    for s in bound:
        key = ((s._.subject._.canonical or s._.subject.text).lower(), s._.event)
        for o in bound:
            if o is s or o._.subject is None or s._.subject is None:
                continue
            if ((o._.subject._.canonical or o._.subject.text).lower(), o._.event) != key:
                continue
            if s._.date_start <= o._.date_start and o._.date_end <= s._.date_end:
                wider = (s._.date_end - s._.date_start) > (o._.date_end - o._.date_start)
                if wider or o.start < s.start:  # same period: keep the first mention
                    s._.subject, s._.event, s._.binding = None, None, "duplicate"
                    break


class DateExtractor:
    """Finds date expressions, normalises them and binds release dates to models."""

    def __init__(self, nlp: Language, name: str, *, cues_file: str) -> None:
        self.name = name
        self.cues_file = cues_file
        self.rules: CueFile | None = None
        self.cue_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.blocker_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.announcement_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.just_now_matcher = just_now_matcher(nlp.vocab, [], [])
        self.period_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.nlp = nlp

    def initialize(
        self, get_examples=None, *, nlp: Language | None = None, patterns: dict | None = None
    ) -> None:
        """Load cue rules (from ``patterns`` or ``extractors/patterns/<cues_file>``)."""
        if patterns is not None:
            self.set_rules(CueFile.model_validate(patterns))
        else:
            self.set_rules(load_cue_file(packaged(self.cues_file)))

    def set_rules(self, rules: CueFile) -> None:
        """Compile validated cue rules into phrase matchers."""
        self.rules = rules
        self.cue_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.blocker_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.announcement_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.announcement_matcher.add(
            "announcement",
            list(self.nlp.tokenizer.pipe(curly_variants(rules.first_person_announcements))),
        )
        self.period_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.period_matcher.add("open", list(self.nlp.tokenizer.pipe(rules.period_openers)))
        self.period_matcher.add("close", list(self.nlp.tokenizer.pipe(rules.period_closers)))
        self.just_now_matcher = just_now_matcher(
            self.nlp.vocab,
            [[t.text for t in self.nlp.make_doc(v)] for v in rules.just_now_release_verbs],
            rules.just_now_adverbs,
        )
        for rule in rules.cues:
            self.cue_matcher.add(
                f"{rule.event}|{rule.id}", list(self.nlp.tokenizer.pipe(rule.phrases))
            )
        for rule in rules.blockers:
            self.blocker_matcher.add(
                f"{rule.window}|{rule.id}", list(self.nlp.tokenizer.pipe(rule.phrases))
            )

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            raise NotInitialisedError(self.name)
        spans = extract_dates(
            doc, self.find_cues(doc), self.find_blockers(doc), frozenset(self.rules.future_markers)
        )
        if doc.has_annotation("SENT_START"):
            models = model_mentions(doc)
            periods = [Span(doc, s, e, label=m) for m, s, e in self.period_matcher(doc)]
            spans += bind_period_with(doc, spans, filter_spans(periods), models)
            phrases = filter_spans(
                [Span(doc, s, e) for _, s, e in self.announcement_matcher(doc)]
            )
            announced = bind_announcements(doc, phrases, models, spans, doc._.published_at)
            just_now = find_just_now_releases(
                doc, self.just_now_matcher, self.rules.just_now_openers
            )
            spans += announced + bind_announcements(
                doc, just_now, models, spans + announced, doc._.published_at,
                event="released", binding=JUST_NOW_BINDING,
            )
        doc.spans[SPANS_KEY] = spans
        return doc

    def find_cues(self, doc: Doc) -> list[Cue]:
        """Release cues, longest match wins ("will be released" over "released")."""
        spans = [Span(doc, s, e, label=mid) for mid, s, e in self.cue_matcher(doc)]
        out = []
        for span in filter_spans(spans):
            event, rule_id = span.label_.split("|", 1)
            out.append(Cue(span, event, rule_id))
        return out

    def find_blockers(self, doc: Doc) -> list[Span]:
        return [Span(doc, s, e, label=mid) for mid, s, e in self.blocker_matcher(doc)]

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.rules is not None:
            (path / CUES_FILE).write_text(self.rules.model_dump_json(indent=2), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> DateExtractor:
        self.set_rules(load_cue_file(Path(path) / CUES_FILE))
        return self


def extract_dates(
    doc: Doc, cues: list[Cue], blockers: list[Span], future_markers: frozenset[str]
) -> list[Span]:
    """Candidates -> release bindings -> final intervals (event-aware year, event anchors).

    Args:
        doc: the Doc (needs sentence boundaries for binding).
        cues: release-cue matches; blockers: "as of"-type phrases.
        future_markers: words that make a neutral release cue a plan ("will", "expected").

    Returns:
        Date spans with every ``date_*`` attribute set, release facts bound.
    """
    anchor: dt.date | None = doc._.published_at
    candidates = find_date_candidates(doc, anchor)
    spans = [span for span, _ in candidates]
    recognised = [s for s, v in candidates if v.granularity is not None]
    models = model_mentions(doc)
    bindings = dict(
        zip(
            [s.start for s in recognised],
            bind_release_dates(recognised, cues, blockers, models)
            if doc.has_annotation("SENT_START")
            else [ReleaseBinding()] * len(recognised),
            strict=True,
        )
    )
    last_day: Span | None = None
    out: list[Span] = []
    for span in spans:
        binding = bindings.get(span.start, ReleaseBinding())
        value = normalise_date(span.text, anchor, prefer_for(binding.event))
        if value.relative_to_event:
            event_anchor = last_day._.date_start if last_day is not None else anchor
            value = normalise_date(span.text, event_anchor, prefer_for(binding.event))
        span._.date_start, span._.date_end = value.start, value.end
        span._.date_granularity, span._.date_status = value.granularity, value.status
        if binding.subject is not None:
            span._.subject = binding.subject
            span._.event = resolve_event(binding, value, anchor, span.sent, future_markers)
            span._.binding = binding.rule
        if value.granularity == "day" and value.start is not None:
            last_day = span
        out.append(span)
        surface = shared_surface(span)
        for shared in shared_date_bindings(span, binding, cues, models, future_markers):
            out.append(bound_twin(span, surface, shared, value, anchor, future_markers))
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


@Language.factory(
    "news_dates",
    default_config={"cues_file": CUES_FILE},
    assigns=["doc.spans"],
    requires=["doc.sents"],
)
def make_dates(nlp: Language, name: str, *, cues_file: str) -> DateExtractor:
    """spaCy factory for ``DateExtractor`` (rules load in ``initialize``)."""
    return DateExtractor(nlp, name, cues_file=cues_file)
