"""``news_revisions``: planned dates that the same text says were replaced by a later plan.

"Musk originally targeted late 2025, then Q1 2026. ... updated the projection to Q2 2026":
three planned windows of one model, and one current plan. Without this step the warehouse
would show them as three sources that disagree; they are one source telling how a plan moved.

Cue rules (``patterns/revision_cues.json``) have a role:

* ``earlier`` ("originally", "initially", "first planned"): the date after it was a plan
  that was later replaced;
* ``later`` ("now", "pushed back to", "delayed until", "moved up to"): the date after it is
  the plan that replaced the previous one;
* ``chain`` ("then"): a further step, but only inside a chain an ``earlier`` cue opened
  ("public beta in Q2, then API access in H2" is a sequence, not a revision).

A planned release date bound to a model is revised to the next date (unbound or bound to the
same model, within ``max_sentence_gap`` sentences) that a ``later`` cue, or inside a chain a
``chain`` cue, introduces; after an ``earlier`` cue, the next date of the same sentence also
replaces it ("initially expected in March, the model will ship in June"), and when no later
date does, the nearest earlier plan of the same model in the sentence ("will ship in June,
a delay from the original March target"). The result is
``span._.revised_to`` (the replacing date span); the warehouse marks the revised plan's fact
``superseded``. Parameter counts get the same treatment (``find_size_revisions``): "initially
planned at 2 trillion parameters, the model now has 3 trillion" changes a size; a size two
sources give differently stays a contest. Notes: cue direction and scope after medspaCy ConText.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.common.json_rule_component import JsonRuleComponent
from extractors.common.rule_files import (
    validate_document,
    validate_rules,
)

PATTERNS_FILE = "revision_cues.json"
DATES_KEY = "dates"
PARAMS_KEY = "param_counts"
PLANNED = "planned"

Role = Literal["earlier", "later", "chain"]


class RevisionCue(BaseModel):
    """Phrases with one role in a plan's history."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    role: Role
    phrases: list[str] = Field(min_length=1)


class RevisionCueFile(BaseModel):
    """The whole ``revision_cues.json`` file."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    name: str
    max_cue_gap: int = Field(ge=0)  # tokens between a cue's end and its date
    max_sentence_gap: int = Field(ge=0)  # how far after a plan its replacement may come
    cues: list[dict]


@dataclass(frozen=True)
class RevisionRules:
    """The cue phrases tokenized as the pipeline tokenizes text, by role."""

    name: str
    max_cue_gap: int
    max_sentence_gap: int
    phrases: dict[str, tuple[tuple[str, ...], ...]]


def compile_revision_rules(data: object, nlp: Language, *, source: str) -> RevisionRules:
    """Validate the cue file's data and tokenize its phrases.

    Raises:
        RuleFileError: the data breaks the schema (file, rule id and key are named).
    """
    file = validate_document(data, RevisionCueFile, source)
    cues = validate_rules(file.cues, RevisionCue, source)
    phrases: dict[str, list[tuple[str, ...]]] = {"earlier": [], "later": [], "chain": []}
    for cue in cues:
        phrases[cue.role].extend(tuple(t.lower_ for t in nlp.make_doc(p)) for p in cue.phrases)
    return RevisionRules(file.name, file.max_cue_gap, file.max_sentence_gap,
                         {role: tuple(p) for role, p in phrases.items()})


def has_cue(date: Span, role: str, rules: RevisionRules, dates: Sequence[Span]) -> bool:
    """Whether a cue of ``role`` ends at most ``max_cue_gap`` tokens before ``date``, in its
    sentence, with no other date in between."""
    doc, sent = date.doc, date.sent
    floor = max((d.end for d in dates if d.end <= date.start), default=sent.start)
    floor = max(floor, sent.start)
    phrases = rules.phrases[role]
    # the words a cue may use, lower-cased once per date rather than once per gap and phrase
    base = max(floor, date.start - rules.max_cue_gap - max(map(len, phrases), default=0))
    words = [t.lower_ for t in doc[base : date.start]] if base < date.start else []
    for gap in range(rules.max_cue_gap + 1):
        end = date.start - gap
        for phrase in phrases:
            start = end - len(phrase)
            if start >= floor and tuple(words[start - base : end - base]) == phrase:
                return True
    return False


def _subject_key(span: Span) -> str | None:
    subject = span._.subject
    return None if subject is None else (subject._.canonical or subject.text).casefold()


def find_revisions(doc: Doc, rules: RevisionRules) -> list[tuple[Span, Span]]:
    """Pairs ``(plan, replacement)``: planned release dates the text says were replaced.

    Args:
        doc: a Doc with sentence boundaries and ``doc.spans["dates"]`` (release dates bound
            by ``news_dates``).
        rules: the compiled cue rules.

    Returns:
        ``(plan, replacement)`` date spans, in text order of the plan.
    """
    dates = sorted((d for d in doc.spans.get(DATES_KEY, []) if d._.date_start is not None),
                   key=lambda d: d.start)
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    in_chain: set[int] = set()
    pairs: list[tuple[Span, Span]] = []
    for n, plan in enumerate(dates):
        if plan._.event != PLANNED or plan._.subject is None:
            continue
        earlier = has_cue(plan, "earlier", rules, dates)
        chain = earlier or plan.start in in_chain
        here = sent_index[plan.sent.start]
        for candidate in dates[n + 1 :]:
            if sent_index[candidate.sent.start] - here > rules.max_sentence_gap:
                break
            if _subject_key(candidate) not in (None, _subject_key(plan)):
                continue
            if (candidate._.date_start, candidate._.date_end) == (plan._.date_start,
                                                                   plan._.date_end):
                continue  # the same plan said again
            accepted = (has_cue(candidate, "later", rules, dates)
                        or (chain and has_cue(candidate, "chain", rules, dates))
                        or (earlier and candidate.sent.start == plan.sent.start))
            if accepted:
                pairs.append((plan, candidate))
                in_chain.add(candidate.start)
                break
        else:
            if earlier and (replacement := _stated_before(plan, dates[:n])) is not None:
                pairs.append((plan, replacement))
    return pairs


def find_size_revisions(doc: Doc, rules: RevisionRules) -> list[tuple[Span, Span]]:
    """Pairs ``(old size, new size)``: parameter counts of one model that the text says were
    changed ("initially planned at 2 trillion parameters, the model now has 3 trillion").

    The same cues as for dates, but only between sizes bound to the same model: an
    ``earlier`` cue before the old size, or a ``later`` cue before the new one.

    Args:
        doc: a Doc with sentence boundaries and ``doc.spans["param_counts"]``.
        rules: the compiled cue rules.
    """
    sizes = sorted((p for p in doc.spans.get(PARAMS_KEY, [])
                    if p._.subject is not None and p._.param_value is not None),
                   key=lambda p: p.start)
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    pairs: list[tuple[Span, Span]] = []
    for n, old in enumerate(sizes):
        earlier = has_cue(old, "earlier", rules, sizes)
        here = sent_index[old.sent.start]
        replacement = None
        for candidate in sizes[n + 1 :]:
            if sent_index[candidate.sent.start] - here > rules.max_sentence_gap:
                break
            if (_subject_key(candidate) != _subject_key(old)
                    or candidate._.param_scope != old._.param_scope
                    or candidate._.param_value == old._.param_value):
                continue
            if earlier or has_cue(candidate, "later", rules, sizes):
                replacement = candidate  # after "originally 2T", the model's next size
                break
        if replacement is None and earlier:
            replacement = _stated_before(old, sizes[:n], key=lambda p: p._.param_value)
        if replacement is not None:
            pairs.append((old, replacement))
    return pairs


def _stated_before(plan: Span, earlier_dates: Sequence[Span], key=None) -> Span | None:
    """"Nova 3 will arrive in June, a delay from the original March target": the new plan
    may come first; the nearest earlier date of the same sentence and model replaced it."""
    for candidate in reversed(earlier_dates):
        if candidate.sent.start != plan.sent.start:
            return None
        value = key or (lambda d: (d._.date_start, d._.date_end))
        if _subject_key(candidate) == _subject_key(plan) and value(candidate) != value(plan):
            return candidate
    return None


class RevisionFinder(JsonRuleComponent[RevisionRules]):
    """Marks planned release dates replaced by a later plan (rules: ``news.revision_cues.v1``)."""

    patterns_file = PATTERNS_FILE
    what = "revision cues"

    def compile(self, data: object, *, source: str) -> RevisionRules:
        """Validate the cue rules and tokenize their phrases with the pipeline's tokenizer."""
        return compile_revision_rules(data, self.nlp, source=source)

    def __call__(self, doc: Doc) -> Doc:
        """Set ``_.revised_to`` on the revised plans of ``doc.spans["dates"]`` and the changed
        sizes of ``doc.spans["param_counts"]``."""
        rules = self.compiled()
        for plan, replacement in find_revisions(doc, rules):
            plan._.revised_to = replacement
        for old, new in find_size_revisions(doc, rules):
            old._.revised_to = new
        return doc


@Language.factory("news_revisions", default_config={}, assigns=["span._.revised_to"],
                  requires=["doc.spans"])
def make_revisions(nlp: Language, name: str) -> RevisionFinder:
    """Factory of the ``news_revisions`` component."""
    return RevisionFinder(nlp, name)
