"""Rule files of the entity extractor: span_ruler-shaped patterns and the name lexicon.

``patterns/entities.jsonl`` holds one spaCy ``span_ruler`` rule per line (``{"id", "label",
"pattern"}``) for known model families, labs, people, clusters, hardware and products.
``patterns/aliases.json`` is the name lexicon: canonical aliases, family spelling styles,
variant words, lab prefixes and the words that are never model names. Both are validated with
pydantic (``extra="forbid"``); errors name the file, the rule id and the bad key.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from extractors.common.rule_files import describe_error, read_json_lines, validate_rules
from extractors.errors import RuleFileError

PATTERNS_DIR = Path(__file__).parent.parent / "patterns"
PATTERNS_FILE = PATTERNS_DIR / "entities.jsonl"
LEXICON_FILE = PATTERNS_DIR / "aliases.json"


class EntityLabel(StrEnum):
    """The entity types the extractor writes into ``doc.spans["entities"]``."""

    MODEL = "MODEL"
    ORG = "ORG"
    PERSON = "PERSON"
    CLUSTER = "CLUSTER"
    HARDWARE = "HARDWARE"
    PRODUCT = "PRODUCT"


class EntityPattern(BaseModel):
    """One span_ruler rule: a stable id, an entity label and a token pattern."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    label: EntityLabel
    pattern: list[dict[str, Any]] = Field(min_length=1)


class FamilyStyle(BaseModel):
    """How a known family spells its names: ``GPT-4`` (joiner "-"), ``Grok 4`` (" ")."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    joiner: str = Field(pattern=r"^[ -]?$")
    variant_joiner: str = Field(pattern=r"^[ -]?$")


class NameLexicon(BaseModel):
    """The canonical-name table (``aliases.json``); users extend ``aliases`` freely."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    aliases: dict[str, str]
    families: dict[str, FamilyStyle]
    variants: list[str]
    lab_prefixes: list[str]
    not_models: list[str]
    model_cues: list[str]
    non_model_heads: list[str]


def parse_patterns(lines: list[str], source: str) -> list[EntityPattern]:
    """Validate span_ruler rules given as JSON lines.

    Args:
        lines: the file's lines (blank lines are skipped).
        source: the file name, used in error messages.

    Returns:
        The validated rules in file order.

    Raises:
        RuleFileError: bad JSON, a bad or unknown key, or a duplicate id (names file, rule id
            and key).
    """
    return validate_rules(read_json_lines(lines, source), EntityPattern, source)


def load_patterns(path: Path = PATTERNS_FILE) -> list[EntityPattern]:
    """Read and validate ``entities.jsonl`` (see ``parse_patterns``).

    Raises:
        RuleFileError: the file is missing or invalid.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise RuleFileError(f"{path}: cannot read entity patterns ({err})") from err
    return parse_patterns(text.splitlines(), str(path))


def parse_lexicon(raw: object, source: str) -> NameLexicon:
    """Validate the name lexicon.

    Args:
        raw: the decoded JSON object.
        source: the file name, used in error messages.

    Returns:
        The lexicon.

    Raises:
        RuleFileError: a missing, unknown or badly typed key (named in the message).
    """
    try:
        return NameLexicon.model_validate(raw)
    except ValidationError as err:
        raise RuleFileError(f"{source}: rule 'lexicon': {describe_error(err)}") from err


def load_lexicon(path: Path = LEXICON_FILE) -> NameLexicon:
    """Read and validate ``aliases.json`` (see ``parse_lexicon``).

    Raises:
        RuleFileError: the file is missing, not JSON, or invalid.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise RuleFileError(f"{path}: cannot read the name lexicon ({err})") from err
    return parse_lexicon(raw, str(path))
