"""Rule files of the entity extractor: span_ruler-shaped patterns and the name lexicon.

``patterns/entities.jsonl`` holds one spaCy ``span_ruler`` rule per line (``{"id", "label",
"pattern"}``) for known model families, labs, people, clusters, hardware and products.
``patterns/aliases.json`` is the name lexicon: canonical aliases, family spelling styles,
variant words, lab prefixes and the words that are never model names. Both are validated with
pydantic (``extra="forbid"``); errors name the file, the rule id and the bad key.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from extractors.common.rule_files import (
    RulePath,
    packaged,
    read_json_file,
    read_json_lines,
    read_rule_text,
    validate_document,
    validate_rules,
)
from extractors.types import EntityType

PATTERNS_FILE = packaged("entities.jsonl")
LEXICON_FILE = packaged("aliases.json")


class EntityPattern(BaseModel):
    """One span_ruler rule: a stable id, an entity label and a token pattern."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    label: EntityType
    pattern: list[dict[str, Any]] = Field(min_length=1)


class FamilyStyle(BaseModel):
    """How a known family spells its names: ``GPT-4`` (joiner "-"), ``Grok 4`` (" ")."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    joiner: str = Field(pattern=r"^[ -]?$")
    variant_joiner: str = Field(pattern=r"^[ -]?$")


EVIDENCE_KEYS = ("size", "glued", "glued_variant", "variant", "version", "decimal", "release",
                 "topic", "count", "siblings", "used", "article", "product", "big_version",
                 "title_before", "place", "label")


class EvidenceWeights(BaseModel):
    """The weights of the unseen-name evidence (``evidence_names``) and the sum that decides."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    comment: str = ""
    threshold: float = Field(gt=0)
    weights: dict[str, float]

    @model_validator(mode="after")
    def _every_cue_weighed(self) -> EvidenceWeights:
        missing = [k for k in EVIDENCE_KEYS if k not in self.weights]
        unknown = [k for k in self.weights if k not in EVIDENCE_KEYS]
        if missing or unknown:
            raise ValueError(f"weights: missing {missing}, unknown {unknown}")
        return self


class ClauseWords(BaseModel):
    """Function words the clause finders read (``stated_names``, ``context_names``): what opens a
    model statement about a name, what ends one, what lists names and what glues a long form.
    Lower-case; every list must say something (an empty one would silently switch a finder off).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    comment: str = ""
    statement_openers: list[str] = Field(min_length=1)  # "Nova Premier is ...", ", a model"
    statement_prepositions: list[str] = Field(min_length=1)  # "a platform for models": not it
    copulas: list[str] = Field(min_length=1)  # "Kestrel is a new model"
    copula_determiners: list[str] = Field(min_length=1)  # "is a", "is its"
    after_model_head: list[str] = Field(min_length=1)  # "a model from the startup"
    list_joiners: list[str] = Field(min_length=1)  # "models like A, B and C"
    actor_verbs: list[str] = Field(min_length=1)  # "Kestrel said": the one who acts
    long_form_heads: list[str] = Field(min_length=1)  # "Pathways Language Model"
    long_form_glue: list[str] = Field(min_length=1)  # "Models for Dialogue Applications"
    member_nouns: list[str] = Field(min_length=1)  # "Elda 4 Deep, a reasoning variant"
    bare_head_ordinals: list[str] = Field(min_length=1)  # "the first Halden"
    bare_head_groups: list[str] = Field(min_length=1)  # "its Alder models"
    fronting_words: list[str] = Field(min_length=1)  # "With 480 billion parameters, Borealis"
    business_words: list[str] = Field(min_length=1)  # "Stripe (95B) valuation": money, no model
    release_verbs: list[str] = Field(min_length=1)  # "announcing Kestrel", "Kestrel rolls out"
    release_links: list[str] = Field(min_length=1)  # "Kestrel is now out": between name and verb
    release_states: list[str] = Field(min_length=1)  # "is coming", "went live"
    release_followers: list[str] = Field(min_length=1)  # "launched in May": no object
    release_time_openers: list[str] = Field(min_length=1)  # "ships this summer"
    release_time_words: list[str] = Field(min_length=1)  # the "summer" of "this summer"
    subject_openers: list[str] = Field(min_length=1)  # "whose Corvid 4 is rumoured"
    release_phrasal_verbs: list[str] = Field(min_length=1)  # "came out"
    reporting_words: list[str] = Field(min_length=1)  # "Acme said Kestrel ships next week"
    appositive_determiners: list[str] = Field(min_length=1)  # "Kestrel, our fastest model"
    product_nouns: list[str] = Field(min_length=1)  # "Orbit, an app for travel": no model
    sentence_adverbs: list[str] = Field(min_length=1)  # "Today Zorvex has ...": no name
    not_insert_openers: list[str] = Field(min_length=1)  # "Smith, who led the team, ..."
    scope_words: list[str] = Field(min_length=1)  # "(52B total / 12B active)"
    bracket_joiners: list[str] = Field(min_length=1)  # the "/" in "(52B total / 12B active)"
    carried_subjects: list[str] = Field(min_length=1)  # "It has 52 billion ...", "The model has"
    phrasal_links: list[str] = Field(min_length=1)  # "weighs in at 1.2 trillion parameters"
    link_particles: list[str] = Field(min_length=1)  # the "in at" of "weighs in at"


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
    comparison_cues: list[str] = []
    architecture_heads: list[str] = []
    colon_labels: list[str] = []  # "Update: the 70B model ...": a label word, not a name
    release_cues: list[str] = []  # "Zeta 2 debuted ...": evidence that a shaped name is a model
    topic_cues: list[str] = []  # "leaderboard", "experts": a sentence about AI models
    glued_suffixes: list[str] = []  # lower-case name pieces: "Pica-2-27B-it", "-oss"
    model_modifiers: list[str] = []  # "language" in "a language model": the noun still heads
    evidence: EvidenceWeights
    clause_words: ClauseWords


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


def load_patterns(path: RulePath = PATTERNS_FILE) -> list[EntityPattern]:
    """Read and validate ``entities.jsonl`` (see ``parse_patterns``).

    Raises:
        RuleFileError: the file is missing or invalid.
    """
    return parse_patterns(read_rule_text(path, "entity patterns").splitlines(), str(path))


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
    return validate_document(raw, NameLexicon, source, whole="lexicon")


def load_lexicon(path: RulePath = LEXICON_FILE) -> NameLexicon:
    """Read and validate ``aliases.json`` (see ``parse_lexicon``).

    Raises:
        RuleFileError: the file is missing, not JSON, or invalid.
    """
    return parse_lexicon(read_json_file(path, "the name lexicon"), str(path))
