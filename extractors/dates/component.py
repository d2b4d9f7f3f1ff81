"""news_dates: date expressions -> ``doc.spans["dates"]`` with intervals and release bindings.

The component is the shell: it loads the cue rules and compiles them into matchers, and runs
``resolve.extract_dates`` (candidates from ``candidates``, each span with
``date_start/date_end/date_granularity/date_status``; ``release_binding`` ties some of them to a
MODEL and an event: ``subject``, ``event``, ``binding``). Then ``release_announcements`` adds a
span for a dateless first-person announcement ("We are excited to introduce X"), dated by the
post, and ``release_just_now`` one for a dateless news-present release ("Now, Meta has released
X"), ``release_now_available`` one for a present release ("X is now available");
``release_period_with`` reads "kicked off 2021 with X", ``release_offsets`` "two weeks after
X landed, ... released Y" when the article dates X, ``release_alongside`` "Y launched alongside
X" (Y shares X's date). ``release_since`` turns "available to developers since <date>" into one
release cue.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractors.common.rule_files import RulePath, packaged, read_json_file, validate_document
from extractors.dates.release_alongside import bind_alongside_releases
from extractors.dates.release_announcements import bind_announcements, curly_variants
from extractors.dates.release_binding import Cue, model_mentions
from extractors.dates.release_just_now import BINDING as JUST_NOW_BINDING
from extractors.dates.release_just_now import find_just_now_releases, just_now_matcher
from extractors.dates.release_now_available import bind_now_available
from extractors.dates.release_objects import is_future_form, plans_other_action
from extractors.dates.release_offsets import bind_offset_releases
from extractors.dates.release_period_with import bind_period_with
from extractors.dates.release_since import availability_since_cues
from extractors.dates.resolve import dedupe_release_facts, extract_dates
from extractors.errors import NotInitialisedError
from extractors.vocab import DATES_KEY

SPANS_KEY = DATES_KEY
CUES_FILE = "date_release_cues.json"


def followed_within(span: Span, words: frozenset[str], window: int) -> bool:
    """One of ``words`` follows ``span`` within ``window`` tokens of its sentence, with no
    punctuation between ("delayed Zeta 5 to ...": "to" two tokens on)."""
    doc = span.doc
    for token in doc[span.end : min(span.end + window, span.sent.end)]:
        if token.lower_ in words:
            return True
        if token.is_punct:
            return False
    return False


class CueRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    event: Literal["released", "announced", "planned", "neutral", "inherit"]
    phrases: list[str]
    # words that, right after the phrase, make it no cue: "due to" is a cause, "due in May" a plan
    not_followed_by: list[str] = []
    # words one of which must follow within ``needs_window`` tokens (no punctuation between):
    # "delayed Zeta 5 to the fourth quarter" is a plan, "was delayed in March" no cue (that
    # "to" leads the date, so the plan-infinitive check, "set to power cars", is not made)
    needs_after: list[str] = []
    needs_window: int = Field(default=4, ge=1, le=8)


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
    # "Zeta 5 is now available", "is now rolling out": a present release, dated by the post
    now_release_phrases: list[str] = []
    # "has been available to developers since February 20", "in customers' hands since April
    # 8": availability since a date is a release on it, with words between ("available since"
    # with none is a plain cue)
    availability_since: list[str] = []
    # fact-sheet label lines ("Release date: June 12, 2025") and the event each label signals
    release_labels: list[CueRule] = []
    # "kicked off 2021 with X" (early 2021), "ended 2023 with X" (late 2023)
    period_openers: list[str] = []
    period_closers: list[str] = []
    # "expected to launch", "plans to release it", "is set to be released": the words that may
    # follow a plan cue's "to" (or "to be") when the plan is a release; "expected to reach 50
    # million users by July", "plans to integrate X into Y in July" plan something else
    plan_infinitives: list[str] = []
    # plan words whose "to" leads a verb ("set to", "due to"), unlike "postponed to" or "moved
    # up to", whose "to" leads the date
    infinitive_plan_words: list[str] = []

    @field_validator(
        "future_markers", "first_person_announcements", "just_now_release_verbs",
        "just_now_adverbs", "just_now_openers", "now_release_phrases", "availability_since",
        "period_openers",
        "period_closers", "plan_infinitives", "infinitive_plan_words",
    )
    @classmethod
    def _words(cls, words: list[str]) -> list[str]:
        """A word list holds no blank entry and no word twice (in any case)."""
        seen: set[str] = set()
        for word in words:
            key = " ".join(word.lower().split())
            if not key:
                raise ValueError("a blank entry")
            if key in seen:
                raise ValueError(f"{word!r} is listed twice")
            seen.add(key)
        return words


def load_cue_file(path: RulePath) -> CueFile:
    """Read and validate a cue file.

    Raises:
        RuleFileError: naming the file, the rule id and the bad key.
    """
    return validate_document(read_json_file(path, "cue rules"), CueFile, str(path))

class DateExtractor:
    """Finds date expressions, normalises them and binds release dates to models."""

    def __init__(self, nlp: Language, name: str, *, cues_file: str) -> None:
        self.name = name
        self.cues_file = cues_file
        self.rules: CueFile | None = None
        self.labels: dict[str, str] = {}
        self.cue_exclusions: dict[str, frozenset[str]] = {}
        self.plan_infinitives: frozenset[str] = frozenset()
        self.infinitive_plan_words: frozenset[str] = frozenset()
        self.cue_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.blocker_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.announcement_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.just_now_matcher = just_now_matcher(nlp.vocab, [], [])
        self.period_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.now_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.since_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
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
        self.labels = {
            " ".join(p.lower().split()): rule.event for rule in rules.release_labels
            for p in rule.phrases
        }
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
        self.now_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.now_matcher.add("now", list(self.nlp.tokenizer.pipe(rules.now_release_phrases)))
        self.since_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.since_matcher.add(
            "since", list(self.nlp.tokenizer.pipe(rules.availability_since))
        )
        self.just_now_matcher = just_now_matcher(
            self.nlp.vocab,
            [[t.text for t in self.nlp.make_doc(v)] for v in rules.just_now_release_verbs],
            rules.just_now_adverbs,
        )
        self.plan_infinitives = frozenset(w.lower() for w in rules.plan_infinitives)
        self.infinitive_plan_words = frozenset(w.lower() for w in rules.infinitive_plan_words)
        self.cue_exclusions = {
            rule.id: frozenset(w.lower() for w in rule.not_followed_by) for rule in rules.cues
        }
        self.cue_needs = {
            rule.id: (frozenset(w.lower() for w in rule.needs_after), rule.needs_window)
            for rule in rules.cues if rule.needs_after
        }
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
        cues = self.find_cues(doc)
        spans = extract_dates(
            doc,
            cues,
            self.find_blockers(doc),
            frozenset(self.rules.future_markers),
            self.labels,
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
            present = filter_spans([Span(doc, s, e) for _, s, e in self.now_matcher(doc)])
            spans += bind_now_available(doc, present, models, spans, doc._.published_at)
            spans += bind_offset_releases(doc, spans, cues, models, doc._.published_at)
            spans += bind_alongside_releases(doc, spans, cues, models)
            # one fact per (model, event, period) across the finders too: a headline's "is out
            # now" and the body's "is rolling out today" are one release
            dedupe_release_facts(spans)
        doc.spans[SPANS_KEY] = spans
        return doc

    def find_cues(self, doc: Doc) -> list[Cue]:
        """Release cues, longest match wins ("will be released" over "released")."""
        spans = [Span(doc, s, e, label=mid) for mid, s, e in self.cue_matcher(doc)]
        out = []
        for span in filter_spans(spans):
            event, rule_id = span.label_.split("|", 1)
            after = doc[span.end].lower_ if span.end < len(doc) else ""
            if after in self.cue_exclusions.get(rule_id, ()):
                continue
            if rule_id in self.cue_needs and not followed_within(span, *self.cue_needs[rule_id]):
                continue
            if event == "planned" and rule_id not in self.cue_needs and plans_other_action(
                    span, self.plan_infinitives, self.infinitive_plan_words):
                continue
            if event in {"released", "announced"} and is_future_form(span):
                event = "planned"  # "is set to be unveiled", "will be open-sourced in July"
            out.append(Cue(span, event, rule_id))
        found = [Span(doc, s, e) for _, s, e in self.since_matcher(doc)]
        out += availability_since_cues(filter_spans(found))
        return sorted(out, key=lambda c: c.span.start)

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


@Language.factory(
    "news_dates",
    default_config={"cues_file": CUES_FILE},
    assigns=["doc.spans"],
    requires=["doc.sents"],
)
def make_dates(nlp: Language, name: str, *, cues_file: str) -> DateExtractor:
    """spaCy factory for ``DateExtractor`` (rules load in ``initialize``)."""
    return DateExtractor(nlp, name, cues_file=cues_file)
