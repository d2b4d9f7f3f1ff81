"""The cue lexicon of the parameter-count extractor, loaded from ``patterns/param_counts.jsonl``.

Each rule is spaCy-shaped (``{"id", "label", "pattern"}``) with a phrase as ``pattern``; the
label says what the phrase signals (``PARAM_NOUN``, ``AT_LEAST``, ``ACTIVE``, ``LINK_VERB``...).
Rules are validated with pydantic on load; an error names the file, the rule id and the key.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from extractors.common.rule_files import RulePath, packaged, read_json_lines, read_rule_text
from extractors.common.rule_files import validate_rules as validate_rule_models
from extractors.errors import RuleFileError

RULES_NAME = "news.param_counts.v1"
DEFAULT_PATTERNS = packaged("param_counts.jsonl")

Label = Literal[
    "PARAM_NOUN", "MODEL_NOUN", "NOT_PARAM", "AT_LEAST", "AT_LEAST_AFTER", "AT_MOST", "APPROX",
    "TOTAL", "ACTIVE", "COMPARISON", "NEGATION", "GROUP", "LINK_VERB", "WITH_LINK", "APPOSITION",
    "FILLER", "CLAUSE_BREAK", "COORD", "RIGHT_GAP", "ARROW", "ANAPHOR", "SIZE_LIST",
    "SIZE_LINK", "THRESHOLD", "FRONTED", "STAND_IN", "ALIAS_CUE",
    "OTHER_MODEL", "WHOLE_OF", "APPOSITION_SKIP", "SIZE_OFFER", "SIZE_HEADER",
    "SUBORDINATOR", "CHANGE_VERB", "GROUP_NOUN", "OFFER_LIST_NOUN", "SIZE_LIST_MODIFIER",
    "LIST_LEAD_VERB", "GENERIC_MODELS", "RIVAL_NOUN", "COUNT_NOUN", "SIZE_VERB", "MODAL",
    "RETRACTED", "TIER", "SIZE_TALK", "SIZE_COPULA", "SUCCESSOR_NOUN", "NAMED_AS",
    "OTHER_QUANTITY", "SOURCE_LEAD", "SOURCE_VERB", "SOURCE_SKIP", "SOURCE_VOID",
    "SOURCE_STOP", "RIVAL_VERB", "SMALL_EMPHASIS",
    "FAMILY_NOUN", "SIZE_GROUP_NOUN", "ALIAS_CUE_FILLER",
]


class ParamRule(BaseModel):
    """One cue phrase, e.g. ``{"id": "at_least.more_than", "label": "AT_LEAST",
    "pattern": "more than"}``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    label: Label
    pattern: str = Field(min_length=1, pattern=r"\S")


def load_rules(path: RulePath = DEFAULT_PATTERNS) -> list[ParamRule]:
    """Read and validate a JSONL rule file.

    Args:
        path: the file; one JSON object per line, blank lines allowed.

    Returns:
        The rules in file order.

    Raises:
        RuleFileError: the file is missing, a line is not JSON, a rule breaks the schema or
            reuses an id (the message names the file, the line, the rule id and the key).
    """
    return _parse_lines(path, read_rule_text(path, "parameter-count rules").splitlines())


def _parse_lines(path: RulePath, lines: Sequence[str]) -> list[ParamRule]:
    return validate_rules(read_json_lines(lines, str(path)), source=str(path))


def validate_rules(raw: Iterable[dict[str, object]], *,
                   source: str = "<patterns>") -> list[ParamRule]:
    """Validate rule dicts (from a file or passed to ``initialize(patterns=...)``).

    Args:
        raw: rule dicts.
        source: where they came from, for error messages.

    Returns:
        The validated rules.

    Raises:
        RuleFileError: a rule breaks the schema, an id repeats, or a label lists the same
            phrase twice (a copy left behind when a word list is edited).
    """
    rules = validate_rule_models(raw, ParamRule, source)
    seen: dict[tuple[str, str], str] = {}
    for rule in rules:
        key = (rule.label, " ".join(rule.pattern.lower().split()))
        if key in seen:
            raise RuleFileError(f"{source}: rule {rule.id!r}: key 'pattern': {rule.pattern!r} "
                                f"is already a {rule.label} phrase (rule {seen[key]!r})")
        seen[key] = rule.id
    return rules


@dataclass(frozen=True)
class ParamLexicon:
    """Cue phrases by label, as lower-cased token tuples (``("more", "than")``)."""

    phrases: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)

    @classmethod
    def from_rules(cls, rules: Iterable[ParamRule]) -> ParamLexicon:
        """Group validated rules by label."""
        grouped: dict[str, set[tuple[str, ...]]] = {}
        for rule in rules:
            grouped.setdefault(rule.label, set()).add(tuple(rule.pattern.lower().split()))
        return cls({label: frozenset(items) for label, items in grouped.items()})

    def has(self, label: str, word: str) -> bool:
        """True when the single token ``word`` is a phrase of ``label``."""
        return (word.lower(),) in self.phrases.get(label, frozenset())

    def __post_init__(self) -> None:
        # Phrase lengths per label, longest first: a lookup per length instead of a comparison
        # per phrase (ending_at runs several times per figure).
        lengths = {label: tuple(sorted({len(p) for p in items}, reverse=True))
                   for label, items in self.phrases.items()}
        object.__setattr__(self, "_lengths", lengths)

    def ending_at(self, label: str, words: Sequence[str], end: int) -> int:
        """Length of the longest ``label`` phrase that ends just before ``words[end]``, or 0."""
        phrases = self.phrases.get(label, frozenset())
        for n in self._lengths.get(label, ()):
            if n <= end and tuple(w.lower() for w in words[end - n : end]) in phrases:
                return n
        return 0

    def starting_at(self, label: str, words: Sequence[str], start: int) -> int:
        """Length of the longest ``label`` phrase that starts at ``words[start]``, or 0."""
        phrases = self.phrases.get(label, frozenset())
        for n in self._lengths.get(label, ()):
            if start + n <= len(words) and tuple(
                    w.lower() for w in words[start : start + n]) in phrases:
                return n
        return 0
