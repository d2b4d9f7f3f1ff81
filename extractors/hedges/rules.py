"""ConText-style hedge cue rules: pydantic models and loading from ``patterns/hedge_cues.json``.

The file follows medspaCy's ``context_rules.json`` shape (a ``context_rules`` list of objects with
``literal``, ``category``, ``direction``, optional ``pattern`` and ``max_scope``), plus a stable
``id``, a ``subcategory`` (speculative | reported | unverified | planned | negated | denied)
and, for ATTRIBUTION cues, ``source_side``: where the text names who made the claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from extractors.common.rule_files import (
    RulePath,
    packaged,
    read_json_file,
    validate_document,
    validate_rules,
)

RULES_NAME = "news.hedge_cues.v1"
DEFAULT_RULES_PATH = packaged("hedge_cues.json")


class Category(StrEnum):
    """What a cue does (medspaCy ConText categories, plus ATTRIBUTION)."""

    HEDGE = "HEDGE"
    ATTRIBUTION = "ATTRIBUTION"
    NEGATION = "NEGATION"
    PSEUDO = "PSEUDO"
    TERMINATE = "TERMINATE"


class Direction(StrEnum):
    """Which side of the cue, inside its sentence, the cue governs."""

    FORWARD = "FORWARD"
    BACKWARD = "BACKWARD"
    BIDIRECTIONAL = "BIDIRECTIONAL"


class Subcategory(StrEnum):
    """Why a claim is uncertain; ``negated`` also marks a hedge cue cancelled by a negation."""

    SPECULATIVE = "speculative"
    REPORTED = "reported"
    UNVERIFIED = "unverified"
    PLANNED = "planned"
    NEGATED = "negated"
    # the text reports the claim only to deny or withdraw it ("denied a rumour that ...",
    # "has retracted its report that ..."): the figure is not what anyone now says
    DENIED = "denied"
    # a maker speaking of its own model ("the company said"): who said it, not a hedge
    FIRST_PARTY = "first_party"


class SourceSide(StrEnum):
    """Where an ATTRIBUTION cue's source is written.

    ``AFTER``: "according to Reuters"; ``BEFORE``: "Musk said"; ``SELF``: the cue names the
    source itself ("sources familiar with the matter").
    """

    AFTER = "AFTER"
    BEFORE = "BEFORE"
    SELF = "SELF"


GOVERNING = frozenset({Category.HEDGE, Category.ATTRIBUTION})


class HedgeRule(BaseModel):
    """One cue rule.

    Attributes:
        id: stable identifier (tests and claim rows refer to it).
        literal: the cue phrase; matched case-insensitively when ``pattern`` is absent.
        category: HEDGE, ATTRIBUTION, NEGATION, PSEUDO or TERMINATE.
        subcategory: required for HEDGE, ATTRIBUTION and NEGATION cues.
        direction: the side of the sentence the cue governs.
        pattern: a spaCy ``Matcher`` token pattern, used instead of the literal.
        max_scope: the most tokens the scope may reach on each governed side.
        source_side: ATTRIBUTION only: where the source is named.
        terminates: TERMINATE only: the categories of cue whose scope it ends (None: all). A
            coordinated predicate ("... and is expected to ...") ends a HEDGE's reach, not a
            speaker's ("... and is designed to run on one server, the person said").
        first_party_exempt: ATTRIBUTION only: a plain speech verb ("said") or "according to"
            whose source is the model's maker or its own document states the claim first-hand,
            so it names the source but does not hedge (GUIDELINES: hedged = "uncertain or
            second-hand"); ``attribution.is_first_party`` decides.
        comment: why the rule is shaped as it is (for the reader of the rule file).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    literal: str
    category: Category
    subcategory: Subcategory | None = None
    direction: Direction = Direction.BIDIRECTIONAL
    pattern: list[dict[str, Any]] | None = None
    max_scope: int | None = None
    source_side: SourceSide | None = None
    terminates: list[Category] | None = None
    first_party_exempt: bool = False
    comment: str = ""

    @model_validator(mode="after")
    def _check_consistency(self) -> HedgeRule:
        needs_sub = {Category.HEDGE, Category.ATTRIBUTION, Category.NEGATION}
        if self.category in needs_sub and self.subcategory is None:
            raise ValueError(f"category {self.category} needs a subcategory")
        if self.source_side is not None and self.category != Category.ATTRIBUTION:
            raise ValueError("source_side is only allowed on ATTRIBUTION rules")
        if self.terminates is not None and self.category != Category.TERMINATE:
            raise ValueError("terminates is only allowed on TERMINATE rules")
        if self.first_party_exempt and self.category != Category.ATTRIBUTION:
            raise ValueError("first_party_exempt is only allowed on ATTRIBUTION rules")
        if self.max_scope is not None and self.max_scope < 1:
            raise ValueError(f"max_scope must be >= 1, got {self.max_scope}")
        if not self.literal.strip():
            raise ValueError("literal must not be empty")
        return self


class HedgeRuleFile(BaseModel):
    """The whole rule file: a versioned name and the rules."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    context_rules: list[dict[str, Any]]
    # participles that open a release aside ("Zeta 5, launched on Jan. 10, ...": asides.py)
    release_participles: list[str] = []
    # two-word openers of a factive clause ("given that Zeta 5 was released in March, ...")
    factive_openers: list[str] = []
    # a speaker that is the model's maker: "the company", "its developer" (head nouns after a
    # definite or possessive determiner), and words that make an organisation a news outlet
    # instead ("Reuters", "The Daily Wire": second-hand, so still a hedge)
    first_party_nouns: list[str] = []
    first_party_documents: list[str] = []
    # an officer's title in the speaker's phrase ("CEO Jane Doe") unless an outsider's word is
    # there too ("former CEO", "lead analyst")
    first_party_roles: list[str] = []
    third_party_roles: list[str] = []
    news_outlet_words: list[str] = []
    # a short sentence after a claim that doubts it ("The figure could not be independently
    # verified."): the rules whose cue does it, and the words that point back at the claim
    disclaimer_rules: list[str] = []
    disclaimer_referents: list[str] = []
    # two-word documents only a model's maker writes ("the technical report", "the model card")
    maker_documents: list[str] = []

    @model_validator(mode="after")
    def _check_openers(self) -> HedgeRuleFile:
        for opener in self.factive_openers:
            if len(opener.split()) != 2:
                raise ValueError(f"factive opener {opener!r} must be two words")
        for word in self.release_participles:
            if len(word.split()) != 1:
                raise ValueError(f"release participle {word!r} must be one word")
        unknown = set(self.disclaimer_rules) - {r.get("id") for r in self.context_rules}
        if unknown:
            raise ValueError(f"disclaimer_rules name no rule: {sorted(unknown)}")
        return self


@dataclass(frozen=True)
class AsideWords:
    """The words that open parts of a sentence closed to outside cues (``asides``)."""

    release_participles: frozenset[str]
    factive_openers: frozenset[tuple[str, str]]
    first_party_nouns: frozenset[str] = frozenset()
    first_party_documents: frozenset[str] = frozenset()
    first_party_roles: frozenset[str] = frozenset()
    third_party_roles: frozenset[str] = frozenset()
    news_outlet_words: frozenset[str] = frozenset()
    disclaimer_rules: frozenset[str] = frozenset()
    disclaimer_referents: frozenset[str] = frozenset()
    maker_documents: frozenset[str] = frozenset()


def parse_rules(raw: list[dict[str, Any]], *, source: str) -> list[HedgeRule]:
    """Validate raw rule dicts.

    Args:
        raw: rule objects as read from JSON.
        source: the file name (or other origin) used in error messages.

    Returns:
        The validated rules, in file order.

    Raises:
        RuleFileError: a rule is malformed or an id repeats; names the file, rule id and key.
    """
    return validate_rules(raw, HedgeRule, source)


def load_rules(path: RulePath | str = DEFAULT_RULES_PATH) -> list[HedgeRule]:
    """Read and validate a ConText-shaped hedge rule file.

    Args:
        path: a JSON file ``{"name": ..., "context_rules": [...]}``.

    Returns:
        The validated rules.

    Raises:
        RuleFileError: the file is missing, not JSON, or holds an invalid rule.
    """
    path = Path(path) if isinstance(path, str) else path
    file = validate_document(read_json_file(path, "hedge rules"), HedgeRuleFile, str(path))
    return parse_rules(file.context_rules, source=path.name)


def load_aside_words(path: RulePath | str = DEFAULT_RULES_PATH) -> AsideWords:
    """The aside openers of a hedge rule file, lower-cased (read once per path).

    Raises:
        RuleFileError: the file is missing, not JSON, or its opener lists are malformed.
    """
    return _aside_words(str(path))


@cache
def _aside_words(path: str) -> AsideWords:
    file = validate_document(read_json_file(Path(path), "hedge rules"), HedgeRuleFile, path)
    return AsideWords(
        frozenset(w.lower() for w in file.release_participles),
        frozenset((o.lower().split()[0], o.lower().split()[1]) for o in file.factive_openers),
        frozenset(w.lower() for w in file.first_party_nouns),
        frozenset(w.lower() for w in file.first_party_documents),
        frozenset(w.lower() for w in file.first_party_roles),
        frozenset(w.lower() for w in file.third_party_roles),
        frozenset(w.lower() for w in file.news_outlet_words),
        frozenset(file.disclaimer_rules),
        frozenset(w.lower() for w in file.disclaimer_referents),
        frozenset(w.lower() for w in file.maker_documents),
    )
