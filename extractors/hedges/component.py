"""``news_hedges``: ConText-style hedge cues with direction, scope, terminators and attribution.

Cue rules (``patterns/hedge_cues.json``, registry name ``news.hedge_cues.v1``) are matched with
one ``TokenMatcher`` (spaCy ``Matcher`` semantics, cheaper); overlapping matches keep the
longest, so PSEUDO cues ("no doubt", "as expected", "that said") swallow the shorter cue
inside them. A cue word that is only mentioned in quotes ("no 'probably,' 'perhaps'")
becomes PSEUDO too. Each remaining HEDGE or
ATTRIBUTION cue governs the tokens of its sentence on its side, clipped by ``max_scope``, cut
at TERMINATE cues ("but", "however", ";") and kept inside an enclosing parenthesis.

``hedges_for(doc, target)`` answers, for one claim, whether a cue governs it; a release aside
("Zeta 5, launched on Jan. 10, ...") and a factive clause ("given that ...,") are closed to
cues outside them (``asides``).
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractors.common.token_matcher import TokenMatcher
from extractors.errors import MissingSentencesError, NotInitialisedError
from extractors.hedges.asides import described_aside, factive_clause, release_aside
from extractors.hedges.attribution import find_attribution, is_first_party
from extractors.hedges.cue_index import cues_starting_in, forget_cue_index
from extractors.hedges.disclaimers import following_disclaimers
from extractors.hedges.name_sizes import modifies_name
from extractors.hedges.reach import governs, governs_via_subject, plans_its_subject
from extractors.hedges.rules import (
    DEFAULT_RULES_PATH,
    GOVERNING,
    RULES_NAME,
    Category,
    Direction,
    HedgeRule,
    Subcategory,
    load_aside_words,
    load_rules,
    parse_rules,
)
from extractors.vocab import HEDGES_KEY, QUOTES

SPANS_KEY = HEDGES_KEY
RULES_FILENAME = "hedge_cues.json"
# How far after a negation ("not a", "no longer") a cue may start and still be negated.
NEGATION_WINDOW = 2
_OPEN, _CLOSE = "([", ")]"


@dataclass(frozen=True)
class HedgeAssessment:
    """How the text presents one claim.

    Attributes:
        hedged: a HEDGE or ATTRIBUTION cue (not negated, not pseudo) governs the claim.
        cues: the governing cue spans, in text order.
        attribution: who the text says made the claim, from the nearest ATTRIBUTION cue.
        denied: a governing cue reports the claim only to deny or withdraw it.
    """

    hedged: bool
    cues: tuple[Span, ...] = ()
    attribution: str | None = None
    denied: bool = False

    @property
    def cue_texts(self) -> tuple[str, ...]:
        """The cue surfaces, e.g. ``("reportedly", "according to")``."""
        return tuple(c.text for c in self.cues)


def build_matcher(nlp: Language, rules: Sequence[HedgeRule]) -> TokenMatcher:
    """Compile rules into one Matcher keyed by rule id (literals match case-insensitively)."""
    matcher = TokenMatcher(nlp.vocab, validate=True)
    for rule in rules:
        pattern = rule.pattern or [{"LOWER": t.lower_} for t in nlp.make_doc(rule.literal)]
        matcher.add(rule.id, [pattern])
    return matcher


def is_quoted_mention(span: Span) -> bool:
    """True for a cue word that is quoted rather than used: ``no 'probably,' 'perhaps'``."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text not in QUOTES:
        return False
    for token in doc[span.end : span.end + 3]:
        if token.text in QUOTES:
            return True
        if not token.is_punct:
            return False
    return False


def find_cues(
    doc: Doc, matcher: TokenMatcher, rules: dict[str, HedgeRule]
) -> list[tuple[Span, HedgeRule]]:
    """Match cue rules and resolve overlaps (longest wins, as in medspaCy's ConText).

    Args:
        doc: a Doc with sentence boundaries.
        matcher: from ``build_matcher``.
        rules: rule id -> rule.

    Returns:
        (cue span labelled with the rule id, rule) pairs in text order.
    """
    spans = [Span(doc, s, e, label=match_id) for match_id, s, e in matcher(doc)]
    return [(_trim_punct(span) if rules[span.label_].category in GOVERNING else span,
             rules[span.label_]) for span in sorted(filter_spans(spans))]


def _trim_punct(span: Span) -> Span:
    """The cue without punctuation at its edges: a rule may match the comma or full stop
    that bounds its clause (", which the lab has not confirmed."), the cue is the words."""
    start, end = span.start, span.end
    while end - start > 1 and span.doc[start].is_punct:
        start += 1
    while end - start > 1 and span.doc[end - 1].is_punct:
        end -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(span.doc, start, end, label=span.label)


def compute_scope(
    cue: Span, direction: Direction, max_scope: int | None, terminators: Iterable[Span]
) -> Span:
    """The tokens a cue governs.

    Args:
        cue: the cue span.
        direction: FORWARD (after the cue), BACKWARD (before it) or BIDIRECTIONAL (both, cue
            included).
        max_scope: the most tokens on each governed side, or None for the whole sentence side.
        terminators: TERMINATE cue spans; the first one on each side ends the scope.

    Returns:
        A (possibly empty) Span inside the cue's sentence.

    Notes:
        Adapted from medspaCy ``ConTextModifier.set_scope`` / ``limit_scope``; the
        parenthesis clip is ours ("Gemini 1.5 Pro (reportedly 500B)" hedges only the aside).
    """
    sent = cue.sent
    left = cue.end if direction == Direction.FORWARD else sent.start
    right = cue.start if direction == Direction.BACKWARD else sent.end
    if max_scope is not None:
        left = max(left, cue.start - max_scope)
        right = min(right, cue.end + max_scope)
    for term in terminators:
        if term.sent.start != sent.start:
            continue
        if term.start >= cue.end:
            right = min(right, term.start)
        elif term.end <= cue.start:
            left = max(left, term.end)
    enclosing = enclosing_parenthesis(cue)
    if enclosing is not None and enclosing == (cue.start, cue.end):
        right = min(right, enclosing[1])  # "300B parameters (unconfirmed)": the aside is only
        # the cue, so it qualifies what it follows
    elif enclosing is not None:
        left, right = max(left, enclosing[0]), min(right, enclosing[1])
    own_conjunct = coordinated_predicate_start(cue)
    if own_conjunct is not None:
        left = max(left, own_conjunct)
    return cue.doc[left : max(left, right)]


def coordinated_predicate_start(cue: Span) -> int | None:
    """Where the conjunct of a coordinated cue verb starts: "Aerie pits Kestrel against Zeta 5
    (1.2T parameters) and claims a win" - "claims" speaks of the win, not of the first
    predicate's figure; so does an adverb or auxiliary of such a verb ("... with 2T parameters
    and reportedly cost $1 billion"). None when the cue's predicate is not coordinated to an
    earlier one (or the Doc has no parse)."""
    root = cue.root
    if root.dep_ in _PREDICATE_MODIFIERS:
        root = root.head
    if (not cue.doc.has_annotation("DEP") or root.dep_ != "conj"
            or root.pos_ not in _PREDICATE_POS or root.head.pos_ not in _PREDICATE_POS
            or root.head.i > root.i):
        return None
    joiners = [t.i for t in root.head.children if t.dep_ == "cc" and root.head.i < t.i < root.i]
    return max(joiners) + 1 if joiners else None


_PREDICATE_POS = frozenset({"VERB", "AUX"})
_PREDICATE_MODIFIERS = frozenset({"advmod", "aux", "auxpass"})


def enclosing_parenthesis(cue: Span) -> tuple[int, int] | None:
    """Token bounds (inside, exclusive) of the parenthesis holding the cue, if any."""
    doc, sent = cue.doc, cue.sent
    depth, open_i = 0, None
    for i in range(cue.start - 1, sent.start - 1, -1):
        text = doc[i].text
        if text in _CLOSE:
            depth += 1
        elif text in _OPEN:
            if depth == 0:
                open_i = i
                break
            depth -= 1
    if open_i is None:
        return None
    for i in range(cue.end, sent.end):
        if doc[i].text in _CLOSE:
            return open_i + 1, i
    return None


def is_negated(cue: Span, rule: HedgeRule, negations: Iterable[Span]) -> bool:
    """A speculative/reported noun or adjective right after a negation: "not a rumor".

    Future and modal cues stay hedges ("not expected until 2026", "could not"); a denial
    after a negation is none ("did not deny that").
    """
    if rule.subcategory == Subcategory.DENIED:
        return any(0 <= cue.start - neg.end < NEGATION_WINDOW for neg in negations)
    if rule.subcategory == Subcategory.PLANNED or rule.direction == Direction.FORWARD:
        return False
    return any(0 <= cue.start - neg.end < NEGATION_WINDOW for neg in negations)


def set_annotations(
    doc: Doc, cues: list[tuple[Span, HedgeRule]], spans_key: str = SPANS_KEY
) -> None:
    """Write the cue spans (label = category) with rule id, direction, scope and attribution."""
    category = {
        id(span): Category.PSEUDO
        if rule.category in GOVERNING and is_quoted_mention(span)
        else rule.category
        for span, rule in cues
    }
    terminators = [(s, r) for s, r in cues if category[id(s)] == Category.TERMINATE]
    negations = [s for s, _ in cues if category[id(s)] == Category.NEGATION]
    out: list[Span] = []
    for span, rule in cues:
        cat = category[id(span)]
        cue = Span(doc, span.start, span.end, label=cat.value)
        cue._.hedge_rule_id = rule.id
        cue._.hedge_category = cat.value
        cue._.hedge_direction = rule.direction.value
        sub = rule.subcategory
        if cat in GOVERNING and is_negated(span, rule, negations):
            sub = Subcategory.NEGATED
        cue._.hedge_subcategory = sub.value if sub else None
        if cat in GOVERNING or cat == Category.NEGATION:
            ends = [t for t, r in terminators if r.terminates is None or cat in r.terminates]
            cue._.hedge_scope = compute_scope(span, rule.direction, rule.max_scope, ends)
        if cat == Category.ATTRIBUTION:
            cue._.attribution = find_attribution(span, rule.source_side)
            if rule.first_party_exempt and is_first_party(span, cue._.attribution):
                cue._.hedge_subcategory = Subcategory.FIRST_PARTY.value
        out.append(cue)
    doc.spans[spans_key] = out
    forget_cue_index(doc, spans_key)


def hedges_for(
    doc: Doc, target: Span, subject: Span | None = None, *, spans_key: str = SPANS_KEY,
    in_name: bool = False,
) -> HedgeAssessment:
    """Decide whether a claim is hedged, by which cues, and who made it.

    Args:
        doc: a Doc processed by ``news_hedges``.
        target: the claim's value span (a parameter count, a date).
        subject: the bound subject mention; cues governing it count too when it shares the
            target's sentence ("OpenAI is likely to counter with GPT-5.5 in May").
        spans_key: the span group written by ``news_hedges``.
        in_name: the target is a size inside the subject's own name ("Zeta 3 70B"): only
            a cue that modifies the name doubts it (``name_sizes``).

    Returns:
        The assessment; ``hedged`` is False when no HEDGE/ATTRIBUTION cue governs the claim.

    Raises:
        ValueError: the Doc has no hedge cue group (``news_hedges`` did not run).
    """
    if spans_key not in doc.spans:
        raise ValueError(f"doc.spans[{spans_key!r}] is missing: add 'news_hedges' to the pipeline")
    sent = target.sent
    aside = (release_aside(target, subject) or described_aside(target, subject)
             or factive_clause(target))
    inside = range(*aside) if aside is not None else range(sent.start, sent.end)
    # A cue governs only inside its own sentence: compare positions before reading any cue's
    # extension attributes or sentence (both cost a lookup per cue, and a doc has dozens).
    cues = cues_starting_in(doc, spans_key, inside.start, inside.stop)
    name = subject  # the mention a size in its own name belongs to (``in_name``)
    if aside is not None or (subject is not None and not sent.start <= subject.start < sent.end):
        subject = None
    governing = [
        cue  # a release aside is closed to cues outside it
        for cue in cues
        if cue._.hedge_category in GOVERNING
        and cue._.hedge_subcategory != Subcategory.NEGATED
        and (
            governs(cue, target)
            or (subject is not None and governs_via_subject(cue, target, subject, cues))
            or (name is not None and plans_its_subject(cue, name))
        )
    ]
    if aside is None:  # "The figure could not be verified." after the claim's sentence
        governing += following_disclaimers(doc, sent, spans_key, load_aside_words())
    if in_name:
        governing = [c for c in governing if name is not None and (
            modifies_name(c, name) or plans_its_subject(c, name))]
    # A maker's own statement names who said it but does not make the claim uncertain.
    hits = [c for c in governing if c._.hedge_subcategory != Subcategory.FIRST_PARTY]
    sources = [c for c in governing if c._.attribution]
    nearest = min(
        sources,
        key=lambda c: min(abs(c.start - target.start), abs(c.end - target.end)),
        default=None,
    )
    return HedgeAssessment(
        bool(hits), tuple(hits), nearest._.attribution if nearest is not None else None,
        denied=any(c._.hedge_subcategory == Subcategory.DENIED for c in hits),
    )


class HedgeDetector:
    """Find hedge, attribution, negation, pseudo and terminate cues (medspaCy ConText shape)."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.rules: list[HedgeRule] = []
        self._by_id: dict[str, HedgeRule] = {}
        self.matcher: TokenMatcher | None = None

    def initialize(
        self,
        get_examples: Any = None,
        *,
        nlp: Language | None = None,
        patterns: list[dict[str, Any]] | None = None,
    ) -> None:
        """Load the cue rules (``patterns`` dicts, else ``patterns/hedge_cues.json``).

        Raises:
            RuleFileError: a rule is malformed (names file, rule id and key).
        """
        rules = (
            parse_rules(patterns, source="patterns")
            if patterns is not None
            else load_rules(DEFAULT_RULES_PATH)
        )
        self._set_rules(rules)

    def _set_rules(self, rules: list[HedgeRule]) -> None:
        if not rules:
            warnings.warn(
                f"{self.name}: no hedge cue rules loaded; no claim will be hedged", stacklevel=2
            )
        self.rules = rules
        self._by_id = {r.id: r for r in rules}
        self.matcher = build_matcher(self.nlp, rules)

    def __call__(self, doc: Doc) -> Doc:
        if self.matcher is None:
            raise NotInitialisedError(self.name)
        if len(doc) and not doc.has_annotation("SENT_START"):
            raise MissingSentencesError(self.name)
        set_annotations(doc, find_cues(doc, self.matcher, self._by_id), self.spans_key)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        data = {
            "name": RULES_NAME,
            "context_rules": [r.model_dump(mode="json", exclude_none=True) for r in self.rules],
        }
        (path / RULES_FILENAME).write_text(json.dumps(data, indent=1), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> HedgeDetector:
        self._set_rules(load_rules(Path(path) / RULES_FILENAME))
        return self


@Language.factory(
    "news_hedges",
    default_config={"spans_key": SPANS_KEY},
    assigns=["doc.spans"],
    requires=["token.is_sent_start"],
)
def make_hedges(nlp: Language, name: str, *, spans_key: str) -> HedgeDetector:
    """Factory of the ``news_hedges`` component (config: ``spans_key``)."""
    return HedgeDetector(nlp, name, spans_key=spans_key)
