"""``news_measures``: what each quantity measures, and whether it is a part of another figure.

"Anthropic's $30 billion funding round at a $380 billion valuation" holds two USD figures of
one company that are not rival readings of one number: one is ``funding``, the other
``valuation``. The measure is read from cue words next to the figure, from a closed
vocabulary in ``patterns/measures.json`` (users extend it there): each measure lists the units
it applies to and the phrases that name it before the figure ("valued at $N", "raised $N")
or after it ("$N round", "$N valuation"). A unit can carry a default measure (GPUs count
``gpus``, gigawatts ``power``). A figure no cue names keeps ``measure`` None: the warehouse
keeps it as evidence and lets it contest nothing.

"230,000 GPUs including 30,000 GB200s": a figure that a part cue ("including", "of which",
"among them"; "30,000 of them") introduces after a figure of the same unit is a part of
that figure (``span._.part_of``), never a rival of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
from extractors.errors import RuleFileError

PATTERNS_FILE = "measures.json"
QUANTITIES_KEY = "quantities"
# A cue past one of these belongs to another clause ("$2B in revenue; a $40B valuation").
CLAUSE_BREAKS = frozenset({";", "but", "while", "whereas", "although"})
# Between a part cue and its figure: "including about 30,000", "of which some 5,000".
PART_GAP_WORDS = frozenset({"about", "approximately", "around", "roughly", "nearly", "some",
                            "over", "more", "than", "up", "to", ",", ":", "another", "are",
                            "were", "is"})
# How many sentences back a sentence-opening part cue may find its whole.
PART_LOOKBACK = 3


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MeasureRule(_Strict):
    """One measure of the vocabulary: its id is the ``measure`` value written to claims."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    units: list[str] = Field(min_length=1)
    comment: str = ""  # for rule editors: what the measure is and what it is not
    before: list[str] = []  # phrases that name the measure before the figure
    after: list[str] = []  # ... and after it
    default: bool = False  # the measure of these units when no cue names another


class PartCue(_Strict):
    """Phrases that introduce a figure as a part of an earlier one."""

    id: str
    side: Literal["before", "after"]  # the cue stands before the part ("including N") or after
    phrases: list[str] = Field(min_length=1)


class MeasureRules(_Strict):
    """The whole ``measures.json`` file."""

    name: str
    max_cue_distance: int = Field(ge=0)
    measures: list[dict]
    part_cues: list[dict]


@dataclass(frozen=True)
class CompiledRules:
    """Rules with their phrases tokenized as the pipeline tokenizes text."""

    name: str
    max_cue_distance: int
    measures: tuple[MeasureRule, ...]
    part_cues: tuple[PartCue, ...]
    phrases: dict[tuple[str, str], tuple[tuple[str, ...], ...]]  # (rule id, side) -> phrases


def validate_measure_rules(data: object, *, source: str) -> tuple[MeasureRules, list[MeasureRule],
                                                                  list[PartCue]]:
    """Validate the file's data; errors name the file, the rule id and the key.

    Raises:
        RuleFileError: the data breaks the schema.
    """
    rules = validate_document(data, MeasureRules, source)
    measures = validate_rules(rules.measures, MeasureRule, source)
    parts = validate_rules(rules.part_cues, PartCue, source)
    for m in measures:
        if not (m.default or m.before or m.after):
            raise RuleFileError(f"{source}: rule {m.id!r}: key 'before': a measure needs cue "
                                "phrases or default=true")
    return rules, measures, parts


def compile_rules(data: object, nlp: Language, *, source: str) -> CompiledRules:
    """Validate the rules and tokenize their phrases with ``nlp``'s tokenizer."""
    rules, measures, parts = validate_measure_rules(data, source=source)

    def tokens(phrases: Iterable[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(t.lower_ for t in nlp.make_doc(p)) for p in phrases)

    phrases = {}
    for m in measures:
        phrases[(m.id, "before")] = tokens(m.before)
        phrases[(m.id, "after")] = tokens(m.after)
    for p in parts:
        phrases[(p.id, p.side)] = tokens(p.phrases)
    return CompiledRules(rules.name, rules.max_cue_distance, tuple(measures), tuple(parts),
                         phrases)


def _ends_at(sent_words: Sequence[str], end: int, phrase: tuple[str, ...]) -> bool:
    return end - len(phrase) >= 0 and tuple(sent_words[end - len(phrase) : end]) == phrase


def _starts_at(sent_words: Sequence[str], start: int, phrase: tuple[str, ...]) -> bool:
    return tuple(sent_words[start : start + len(phrase)]) == phrase


def measure_of(figure: Span, unit: str, rules: CompiledRules, others: Sequence[Span]) -> str | None:
    """The measure the words around ``figure`` name, else the unit's default, else None.

    The nearest cue wins (a cue right after the figure on a tie: "$30B round at a $380B
    valuation"); a cue with another figure or a clause break between it and this figure
    belongs to that other figure or clause.

    Args:
        figure: the quantity span.
        unit: its unit ("USD", "GPU", "tokens", ...).
        rules: the compiled measure rules.
        others: the other quantity spans of the document.
    """
    sent = figure.sent
    words = [t.lower_ for t in sent]
    lo, hi = figure.start - sent.start, figure.end - sent.start
    blocked_before, blocked_after = 0, len(words)
    for i, word in enumerate(words):
        if word in CLAUSE_BREAKS:
            if i < lo:
                blocked_before = i + 1
            elif i >= hi:
                blocked_after = min(blocked_after, i)
    for other in others:
        if other is figure or other.sent.start != sent.start:
            continue
        if other.end <= figure.start:
            blocked_before = max(blocked_before, other.end - sent.start)
        elif other.start >= figure.end:
            blocked_after = min(blocked_after, other.start - sent.start)
    best: tuple[int, int, int, str] | None = None
    default = None
    for rule in rules.measures:
        if unit not in rule.units:
            continue
        if rule.default and default is None:
            default = rule.id
        for gap in range(rules.max_cue_distance + 1):
            end = lo - gap  # a cue ending ``gap`` tokens before the figure
            hit_before = max((len(p) for p in rules.phrases[(rule.id, "before")]
                              if end >= blocked_before and _ends_at(words, end, p)
                              and end - len(p) >= blocked_before), default=0)
            start = hi + gap
            hit_after = max((len(p) for p in rules.phrases[(rule.id, "after")]
                             if _starts_at(words, start, p) and start + len(p) <= blocked_after),
                            default=0)
            if hit_after or hit_before:
                # nearest first, then a cue after the figure, then the longer cue
                # ("annualised revenue" over "revenue")
                candidate = (gap, 0 if hit_after else 1, -max(hit_after, hit_before), rule.id)
                if best is None or candidate < best:
                    best = candidate
                break
    return best[3] if best else default


def whole_of(figure: Span, unit: str, rules: CompiledRules, figures: Sequence[tuple[Span, str]]
             ) -> Span | None:
    """The earlier figure of the same unit that a part cue says ``figure`` is a part of.

    Args:
        figure: the quantity span.
        unit: its unit.
        rules: the compiled rules (``part_cues``).
        figures: ``(span, unit)`` of every quantity in the document, in text order.
    """
    sent = figure.sent
    words = [t.lower_ for t in sent]
    lo, hi = figure.start - sent.start, figure.end - sent.start
    cue_start = None
    for cue in rules.part_cues:
        for phrase in rules.phrases[(cue.id, cue.side)]:
            if cue.side == "after" and _starts_at(words, hi, phrase):
                cue_start = lo
            elif cue.side == "before":
                end = lo
                while end > 0 and words[end - 1] in PART_GAP_WORDS and not _ends_at(
                        words, end, phrase):
                    end -= 1
                if _ends_at(words, end, phrase):
                    cue_start = end - len(phrase)
    if cue_start is None:
        return None
    wholes = [s for s, u in figures if u == unit and s.sent.start == sent.start
              and s.end - sent.start <= cue_start]
    if not wholes and cue_start <= 1:
        # "Of these, 60,000 are H200s." / "The remaining 120,000 GPUs ...": the cue opens
        # the sentence, so the whole is a figure of the sentences before.
        starts = _previous_sentence_starts(sent, PART_LOOKBACK)
        wholes = [s for s, u in figures if u == unit and s.sent.start in starts]
    # a part is not the whole of the next part ("of which 60,000 ...; the remaining 120,000")
    return next((s for s in reversed(wholes) if s._.part_of is None),
                wholes[-1] if wholes else None)


def _previous_sentence_starts(sent: Span, n: int) -> set[int]:
    """Start tokens of the ``n`` sentences before ``sent``."""
    starts: set[int] = set()
    while sent.start > 0 and len(starts) < n:
        sent = sent.doc[sent.start - 1].sent
        starts.add(sent.start)
    return starts


def set_measures(doc: Doc, rules: CompiledRules) -> None:
    """Write ``_.measure`` and ``_.part_of`` on every span of ``doc.spans["quantities"]``."""
    spans = list(doc.spans.get(QUANTITIES_KEY, []))
    figures = [(s, s._.quantity_unit) for s in spans if s._.quantity_unit]
    for span, unit in figures:
        whole = whole_of(span, unit, rules, figures)
        span._.part_of = whole
        measure = measure_of(span, unit, rules, spans)
        if whole is not None and measure == _default_of(unit, rules):
            # "including 30,000 GB200s": a part measures what its whole measures
            measure = whole._.measure or measure
        span._.measure = measure
    for span, _ in figures:
        # "rose to $12 billion, up from $5 billion": the figure a change replaced measures
        # what its replacement measures
        after = span._.revised_to
        if span._.measure is None and after is not None:
            span._.measure = after._.measure
        elif after is not None and after._.measure is None:
            after._.measure = span._.measure


def _default_of(unit: str, rules: CompiledRules) -> str | None:
    return next((m.id for m in rules.measures if m.default and unit in m.units), None)


class MeasureFinder(JsonRuleComponent[CompiledRules]):
    """Names the measure of each quantity (rules: ``news.measures.v1``)."""

    patterns_file = PATTERNS_FILE
    what = "measure rules"

    def compile(self, data: object, *, source: str) -> CompiledRules:
        """Validate the rules and tokenize their phrases with the pipeline's tokenizer."""
        return compile_rules(data, self.nlp, source=source)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate the quantity spans in place."""
        set_measures(doc, self.compiled())
        return doc


@Language.factory("news_measures", default_config={}, assigns=["span._.measure"],
                  requires=["doc.spans"])
def make_measures(nlp: Language, name: str) -> MeasureFinder:
    """Factory of the ``news_measures`` component."""
    return MeasureFinder(nlp, name)
