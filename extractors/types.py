"""Typed records at the extractor boundary.

spaCy ``Span`` objects stay inside the NLP pipeline; ``records.doc_to_records`` turns a Doc into
the frozen pydantic models below. They are the only thing ``warehouse/`` and ``pipeline/`` see.
Every extracted value carries a ``CharSpan`` into ``Article.text`` (end exclusive), with the
surface string beside the normalised value (never replacing it).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

# Bumped whenever what extraction reads changes (a rule, a claim column): a run re-reads every
# file stored under another version (warehouse.db.known_sources), so an upgraded pipeline does
# not leave old claims without the columns and readings the facts layer now relies on.
EXTRACTOR_VERSION = "newsfacts.extract.v3"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Alignment(StrEnum):
    """How a third-party char span was mapped onto spaCy tokens (after langextract)."""

    EXACT = "exact"
    EXPANDED = "expanded"
    NONE = "none"


class EntityType(StrEnum):
    MODEL = "MODEL"
    ORG = "ORG"
    PERSON = "PERSON"
    CLUSTER = "CLUSTER"
    HARDWARE = "HARDWARE"
    PRODUCT = "PRODUCT"


class Predicate(StrEnum):
    PARAMETER_COUNT = "parameter_count"
    RELEASE_DATE = "release_date"
    QUANTITY = "quantity"


class Bound(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"


class Scope(StrEnum):
    TOTAL = "total"
    ACTIVE = "active"
    UNSPECIFIED = "unspecified"


class ReleaseEvent(StrEnum):
    RELEASED = "released"
    ANNOUNCED = "announced"
    PLANNED = "planned"


class SizeRole(StrEnum):
    """What a parameter count is a size of, when not simply the model's (``news_size_roles``)."""

    PLANNED = "planned"  # a plan or target: "will have 4 trillion parameters"
    COMPONENT = "component"  # a part of the model: "its vision encoder has 6 billion"


class Granularity(StrEnum):
    DAY = "day"
    PART_OF_MONTH = "part_of_month"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    PART_OF_YEAR = "part_of_year"
    YEAR = "year"
    RELATIVE = "relative"


class ArticleStatus(StrEnum):
    OK = "ok"
    DUPLICATE = "duplicate"
    QUARANTINED = "quarantined"


class CharSpan(_Frozen):
    """A half-open interval ``[start, end)`` of the article text and the text it covers."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> CharSpan:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class Article(_Frozen):
    """One cleaned input article; bad input is rejected here, before any NLP runs."""

    article_id: str
    path: str
    text: str = Field(min_length=1)
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published_at: dt.date | None = None
    published_inferred: bool = False  # year (or more) was not in the text: inferred from mtime
    published_text: str | None = None  # the surface the date was read from
    source_sha256: str = ""  # hash of the raw file bytes: "unchanged" detection on re-runs


class Quarantined(_Frozen):
    """A file that could not be read as an article, with a human-readable reason."""

    path: str
    error: str
    source_sha256: str = ""


class Mention(_Frozen):
    name: str  # canonical name
    type: EntityType
    span: CharSpan


class Revision(_Frozen):
    """The plan that replaced a claim's planned date, as the same text tells it
    ("originally targeted late 2025, then Q1 2026": late 2025 is revised to Q1 2026)."""

    span: CharSpan  # the replacing value's surface
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    value: float | None = None  # parameter counts: the size that replaced this one


class Claim(_Frozen):
    """One extracted statement, grounded in the article text.

    ``value_span`` is the surface of the value; ``subject_span`` the mention it is bound to;
    ``binding`` names the rule that bound them (it drives confidence).
    """

    predicate: Predicate
    subject: str
    subject_type: EntityType
    subject_span: CharSpan | None = None
    value_span: CharSpan
    sentence: CharSpan
    value: float | None = None
    value_low: float | None = None
    value_high: float | None = None
    bound: Bound | None = None
    unit: str | None = None
    scope: Scope | None = None
    event: ReleaseEvent | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_granularity: Granularity | None = None
    hedged: bool = False
    hedge_cues: tuple[str, ...] = ()
    hedge_cue_spans: tuple[CharSpan, ...] = ()
    attribution: str | None = None
    # reported only to be denied or withdrawn ("denied a rumour that ..."): evidence, no fact
    denied: bool = False
    binding: str = "unknown"
    alignment: Alignment = Alignment.EXACT
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    # quantities: what the figure measures (``patterns/measures.json``), None when no cue
    # says; ``part_of_whole``: the figure is introduced as a part of another ("including").
    measure: str | None = None
    part_of_whole: bool = False
    # parameter counts: a planned size or a component's size (None: the model's own size)
    size_role: SizeRole | None = None
    # planned release dates (and sizes): the later plan the same text says replaced this one
    revised_to: Revision | None = None


class ArticleRecords(_Frozen):
    """Everything extracted from one article: its mentions and claims (per-article evidence;
    cross-article *facts* are the warehouse's)."""

    article_id: str
    mentions: tuple[Mention, ...] = ()
    claims: tuple[Claim, ...] = ()
    extractor_version: str = EXTRACTOR_VERSION


class ArticleResult(_Frozen):
    """What the extract stage hands to the load stage for one readable article."""

    article: Article
    records: ArticleRecords
    # Near-duplicate signature, added by the pipeline's extract task (warehouse.near_dups).
    minhash: tuple[int, ...] = ()
    shingle_count: int = 0


class DuplicateDecision(_Frozen):
    """Whether an article copies one already in the warehouse, and how closely."""

    duplicate_of: str | None = None
    containment: float = 0.0
