"""The DocConsumer boundary: turn an annotated Doc into frozen ``ArticleRecords`` records.

Everything after this point (warehouse, pipeline) sees pydantic models only. A value span
becomes a claim only when a component bound it to a named entity (``span._.subject``);
unbound figures ("a 1.5T model would be among the largest") are not facts.
"""

from __future__ import annotations

import math
from functools import cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Span

from extractors.common.rule_files import packaged, read_json_file, validate_document
from extractors.errors import AlignmentError
from extractors.hedges import component as hedging
from extractors.types import (
    Alignment,
    Article,
    ArticleRecords,
    Bound,
    CharSpan,
    Claim,
    EntityType,
    Granularity,
    Mention,
    Predicate,
    ReleaseEvent,
    Revision,
    Scope,
    SizeRole,
)

CONFIDENCE_FILE = "confidence.json"
ENTITY_TYPES = {t.value for t in EntityType}


class ConfidenceTable(BaseModel):
    """Claim confidence = P(the claim is a correct reading), by the rule that bound it.

    Fitted on the dev gold by ``bench/fit_confidence.py``; the model is in docs/confidence.md.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    version: str
    default: float = Field(ge=0, le=1)
    by_predicate_binding: dict[str, dict[str, float]]
    expanded_alignment_factor: float = Field(ge=0, le=1)
    # log-odds shift per predicate and binary claim feature (see claim_features)
    feature_log_odds: dict[str, dict[str, float]] = Field(default_factory=dict)
    # log-odds shift per predicate fitted on articles no rule was written against
    # (bench/recalibration.py): the dev-fitted rates run high on unseen news
    unseen_log_odds: dict[str, float] = Field(default_factory=dict)


@cache
def confidence_table() -> ConfidenceTable:
    """Load and validate ``patterns/confidence.json`` once per process."""
    source = packaged(CONFIDENCE_FILE)
    return validate_document(read_json_file(source, "the confidence table"), ConfidenceTable,
                             CONFIDENCE_FILE, whole="confidence")


def claim_features(span: Span, subject: Span | None, hedged: bool) -> frozenset[str]:
    """The binary features the confidence fit may weigh (bench/fit_confidence.py computes the
    same from the warehouse columns): the claim is hedged; its subject sits outside the value's
    sentence (bound by reference across sentences)."""
    features = {"hedged"} if hedged else set()
    sentence = _sentence(span)
    if subject is not None and not sentence.start <= subject.start_char < sentence.end:
        features.add("cross_sentence")
    return frozenset(features)


def claim_confidence(
    predicate: Predicate,
    binding: str,
    alignment: Alignment,
    features: frozenset[str] = frozenset(),
) -> float:
    """Probability that a claim bound by ``binding`` is a correct reading of its text."""
    table = confidence_table()
    by_binding = table.by_predicate_binding.get(predicate.value, {})
    # a rule the fit never saw gets its predicate's overall rate ("*"), else the default
    value = by_binding.get(binding, by_binding.get("*", table.default))
    shifts = table.feature_log_odds.get(predicate.value, {})
    shift = sum(shifts.get(f, 0.0) for f in features)
    shift += table.unseen_log_odds.get(predicate.value, 0.0)
    if shift:
        value = min(max(value, 1e-4), 1 - 1e-4)
        value = 1.0 / (1.0 + math.exp(-(math.log(value / (1.0 - value)) + shift)))
    if alignment is not Alignment.EXACT:
        value *= table.expanded_alignment_factor
    return round(value, 4)


def char_span(span: Span) -> CharSpan:
    """A spaCy span as offsets into ``doc.text``."""
    return CharSpan(start=span.start_char, end=span.end_char, text=span.text)


def _shift(span: CharSpan, offset: int) -> CharSpan:
    return CharSpan(start=span.start + offset, end=span.end + offset, text=span.text)


def shift_claim(claim: Claim, offset: int) -> Claim:
    """The same claim with every offset moved by ``offset`` (a Doc over a piece of the text)."""
    return claim.model_copy(
        update={
            "value_span": _shift(claim.value_span, offset),
            "sentence": _shift(claim.sentence, offset),
            "subject_span": _shift(claim.subject_span, offset) if claim.subject_span else None,
            "hedge_cue_spans": tuple(_shift(s, offset) for s in claim.hedge_cue_spans),
            "revised_to": (claim.revised_to.model_copy(
                update={"span": _shift(claim.revised_to.span, offset)})
                if claim.revised_to else None),
        }
    )


def _sentence(span: Span) -> CharSpan:
    doc = span.doc
    first, last = doc[span.start].sent, doc[max(span.end - 1, span.start)].sent
    return char_span(doc[first.start : last.end])


def _subject_fields(span: Span) -> dict | None:
    subject: Span | None = span._.subject
    if subject is None or subject.label_ not in ENTITY_TYPES:
        return None
    return {
        "subject": subject._.canonical or subject.text,
        "subject_type": EntityType(subject.label_),
        "subject_span": char_span(subject),
    }


def _hedge_fields(span: Span) -> dict:
    assessment = hedging.hedges_for(span.doc, span, subject=span._.subject,
                                    in_name=span._.binding == "name_size")
    cues = tuple(assessment.cues)
    return {
        "hedged": assessment.hedged,
        "hedge_cues": tuple(c.text for c in cues),
        "hedge_cue_spans": tuple(char_span(c) for c in cues),
        "attribution": assessment.attribution,
        "denied": assessment.denied,
    }


def _claim(span: Span, predicate: Predicate, **fields: object) -> Claim | None:
    subject = _subject_fields(span)
    if subject is None:
        return None
    binding = span._.binding or "unknown"
    alignment = Alignment(span._.alignment or Alignment.EXACT)
    hedge = _hedge_fields(span)
    features = claim_features(span, span._.subject, hedge["hedged"])
    return Claim(
        predicate=predicate,
        value_span=char_span(span),
        sentence=_sentence(span),
        binding=binding,
        alignment=alignment,
        confidence=claim_confidence(predicate, binding, alignment, features),
        **subject,
        **hedge,
        **fields,
    )


def param_count_claim(span: Span) -> Claim | None:
    """A ``parameter_count`` claim from a ``param_counts`` span, or None when unbound."""
    bound = Bound(span._.param_bound or Bound.EXACT)
    value = span._.param_value
    return _claim(
        span,
        Predicate.PARAMETER_COUNT,
        value=value,
        value_low=span._.param_low if span._.param_low is not None else value,
        value_high=span._.param_high if span._.param_high is not None else value,
        bound=bound,
        unit="parameters",
        scope=Scope(span._.param_scope or Scope.UNSPECIFIED),
        size_role=SizeRole(span._.size_role) if span._.size_role else None,
        revised_to=Revision(span=char_span(span._.revised_to),
                            value=span._.revised_to._.param_value)
        if span._.revised_to is not None else None,
    )


def release_claim(span: Span) -> Claim | None:
    """A ``release_date`` claim from a ``dates`` span bound to a model and an event."""
    if span._.event is None:
        return None
    granularity = span._.date_granularity
    replacement: Span | None = span._.revised_to
    return _claim(
        span,
        Predicate.RELEASE_DATE,
        event=ReleaseEvent(span._.event),
        date_start=span._.date_start,
        date_end=span._.date_end,
        date_granularity=Granularity(granularity) if granularity else None,
        revised_to=Revision(span=char_span(replacement), date_start=replacement._.date_start,
                            date_end=replacement._.date_end) if replacement is not None else None,
    )


def quantity_claim(span: Span) -> Claim | None:
    """A ``quantity`` claim (GPUs, GW, USD, tokens…) from a ``quantities`` span."""
    value = span._.quantity_value
    return _claim(
        span,
        Predicate.QUANTITY,
        value=value,
        value_low=value,
        value_high=value,
        bound=Bound(span._.quantity_bound or Bound.EXACT),
        unit=span._.quantity_unit,
        measure=span._.measure,
        part_of_whole=span._.part_of is not None,
        # "expanded from 100,000 to 200,000 GPUs": the figure the change replaced this one with
        revised_to=Revision(span=char_span(span._.revised_to),
                            value=span._.revised_to._.quantity_value)
        if span._.revised_to is not None else None,
    )


# A sentence that does not end like one: a headline, a title or a list label.
_SENTENCE_END = (".", "!", "?", '."', ".”", "!”", "?”", ".'", ")")


def is_headline(sentence: CharSpan) -> bool:
    """Whether a claim's "sentence" is a headline or label rather than a sentence."""
    return not sentence.text.rstrip().endswith(_SENTENCE_END)


def _same_statement(claim: Claim) -> tuple:
    return (
        claim.predicate,
        claim.subject,
        claim.value,
        claim.value_low,
        claim.value_high,
        claim.scope,
        claim.event,
        claim.date_start,
        claim.date_end,
    )


def inherit_headline_hedges(claims: list[Claim]) -> list[Claim]:
    """Give a headline claim the hedge of the body sentence that states the same claim.

    Headlines compress: "Grok 4.20 at 0.5T Params" drops the "reportedly" that the article's
    own sentence carries. The headline asserts no more than the body does, so an unhedged
    headline claim takes the hedge (cues, attribution) of a hedged body claim with the same
    subject and value. A body sentence never inherits: its own wording decides.
    """
    hedged_body: dict[tuple, Claim] = {}
    for claim in claims:
        if claim.hedged and not is_headline(claim.sentence):
            hedged_body.setdefault(_same_statement(claim), claim)
    out = []
    for claim in claims:
        source = hedged_body.get(_same_statement(claim))
        if source is not None and not claim.hedged and is_headline(claim.sentence):
            claim = claim.model_copy(
                update={
                    "hedged": True,
                    "hedge_cues": source.hedge_cues,
                    "hedge_cue_spans": source.hedge_cue_spans,
                    "attribution": source.attribution,
                }
            )
        out.append(claim)
    return out


CLAIM_BUILDERS = (
    ("param_counts", param_count_claim),
    ("dates", release_claim),
    ("quantities", quantity_claim),
)


def doc_to_records(doc: Doc, article: Article, *, offset: int = 0) -> ArticleRecords:
    """Convert an annotated Doc of ``article.text`` (or of a piece of it) into records.

    Args:
        doc: the Doc produced by ``build_nlp()`` over ``article.text[offset:offset+len]``.
        article: the article the Doc was made from.
        offset: where the Doc's text starts in the article (texts longer than spaCy's
            ``max_length`` are processed in pieces).

    Returns:
        Mentions and claims with offsets into ``article.text``; claims sorted by offset.

    Raises:
        AlignmentError: the Doc's text is not that piece of the article (offsets would lie).
    """
    doc_text = doc.text  # Doc.text joins every token on each access
    if article.text[offset : offset + len(doc_text)] != doc_text:
        raise AlignmentError(
            f"Doc text differs from article {article.article_id}'s text at offset {offset}"
        )
    mentions = tuple(
        Mention(
            name=s._.canonical or s.text,
            type=EntityType(s.label_),
            span=_shift(char_span(s), offset),
        )
        for s in sorted(doc.spans.get("entities", []), key=lambda s: (s.start_char, s.end_char))
        if s.label_ in ENTITY_TYPES
    )
    claims: list[Claim] = []
    for key, build in CLAIM_BUILDERS:
        for span in doc.spans.get(key, []):
            claim = build(span)
            if claim is not None:
                claims.append(shift_claim(claim, offset) if offset else claim)
    claims.sort(key=lambda c: (c.value_span.start, c.value_span.end, c.predicate.value, c.subject))
    claims = inherit_headline_hedges(claims)
    return ArticleRecords(article_id=article.article_id, mentions=mentions, claims=tuple(claims))
