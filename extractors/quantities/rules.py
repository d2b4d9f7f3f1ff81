"""The quantity unit rules (``patterns/quantity_units.json``, ``news.quantity_units.v1``).

The file whitelists the units ``news_quantities`` keeps (quantulum3 unit names and the nouns
that follow a number, as spaCy token patterns), the bound and percent cues, and the word lists
``quantity_binding`` needs. A bad file fails at load time with a message naming the file, the
rule id and the bad key.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Span

from extractors.common.rule_files import RulePath, packaged, read_json_file, validate_document
from extractors.common.token_matcher import TokenMatcher
from extractors.errors import RuleFileError
from extractors.quantities.binding import BindingRules
from extractors.quantities.subjects import ShapeRules

PATTERNS_FILE = "quantity_units.json"
DEFAULT_PATTERNS = packaged(PATTERNS_FILE)


class _Rule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    pattern: list[dict]


class NounUnit(_Rule):
    unit: str


class BoundCue(_Rule):
    bound: str = Field(pattern="^(approx|at_least|at_most)$")


class QuantulumUnit(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    names: list[str]
    unit: str


class ShapedSubjects(BaseModel):
    """Word lists of the subject shapes (``subjects.py``): "Corvid AI", "the Halcyon cluster"."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    comment: str = ""
    org_suffixes: list[str]
    site_nouns: list[str]
    determiners: list[str]
    company_verbs: list[str]
    owned_measures: list[str]
    not_names: list[str]

    def shape_rules(self) -> ShapeRules:
        """The frozen word sets ``subjects.shaped_subjects`` reads."""
        return ShapeRules(
            org_suffixes=frozenset(self.org_suffixes), site_nouns=frozenset(self.site_nouns),
            determiners=frozenset(self.determiners),
            company_verbs=frozenset(self.company_verbs),
            owned_measures=frozenset(self.owned_measures), not_names=frozenset(self.not_names))


class UnitRules(BaseModel):
    """The whole ``quantity_units.json`` file (``news.quantity_units.v1``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    name: str
    quantulum_units: list[QuantulumUnit]
    # surfaces of the whitelisted quantulum3 units: a sentence without one of these (or a
    # noun unit such as "GPUs") cannot yield a kept quantity, so quantulum3 never sees it
    unit_cue_words: list[str]
    power_misread_units: list[str]
    noun_units: list[NounUnit]
    blocked_nouns: list[_Rule]
    hardware_unit: str
    noun_gap_words: list[str]
    max_noun_gap: int = Field(ge=0)
    scale_suffixes: dict[str, float]
    bound_cues: list[BoundCue]
    percent_metric_cues: list[_Rule]
    percent_blockers: list[_Rule]
    unit_subject_labels: dict[str, list[str]]
    copula_verbs: list[str]
    subject_verbs: list[str]
    clause_breaks: list[str]
    relative_pronouns: list[str]
    pronoun_subjects: list[str]
    max_subject_distance: int = Field(ge=1)
    shaped_subjects: ShapedSubjects
    # a sentence opening with one of these continues the figures of the sentence before
    # ("... holds 180,000 GPUs. The remaining 120,000 GPUs are H100s.")
    continuation_openers: list[str]

    def binding_rules(self) -> BindingRules:
        """The word lists ``bind_quantity`` needs."""
        return BindingRules(
            copula_verbs=frozenset(self.copula_verbs),
            subject_verbs=frozenset(self.subject_verbs),
            clause_breaks=frozenset(self.clause_breaks),
            relative_pronouns=frozenset(self.relative_pronouns),
            pronoun_subjects=tuple(tuple(p.split()) for p in self.pronoun_subjects),
            max_subject_distance=self.max_subject_distance,
            possessed=frozenset(self.shaped_subjects.owned_measures),
        )


def validate_rules(data: object, *, source: str) -> UnitRules:
    """Validate the unit file; errors name the file, the rule id and the bad key.

    Raises:
        RuleFileError: the data does not match ``UnitRules``.
    """
    return validate_document(data, UnitRules, source)


def load_rules(path: RulePath) -> UnitRules:
    """Read and validate a unit file.

    Raises:
        RuleFileError: the file is missing, not JSON, or malformed.
    """
    return validate_rules(read_json_file(path, "unit rules"), source=path.name)


class UnitLexicon:
    """Compiled unit rules: token matchers for nouns, bound cues and percent context."""

    def __init__(self, rules: UnitRules, vocab) -> None:
        self.rules = rules
        self.quantulum = {n.lower(): u.unit for u in rules.quantulum_units for n in u.names}
        self.unit_cues = frozenset(w.lower() for w in rules.unit_cue_words)
        self.power_misread = frozenset(rules.power_misread_units)
        self.gap_words = frozenset(rules.noun_gap_words)
        self.labels = {u: frozenset(ls) for u, ls in rules.unit_subject_labels.items()}
        self.binding = rules.binding_rules()
        self.shapes = rules.shaped_subjects.shape_rules()
        self.openers = tuple(tuple(p.split()) for p in rules.continuation_openers)
        self.scale_letters = frozenset(rules.scale_suffixes)
        self.matchers: dict[str, TokenMatcher] = {}
        groups = {"noun": rules.noun_units, "blocked": rules.blocked_nouns,
                  "bound": rules.bound_cues, "metric": rules.percent_metric_cues,
                  "pct_block": rules.percent_blockers}
        self.rule_by_id = {r.id: r for group in groups.values() for r in group}
        for key, group in groups.items():
            matcher = TokenMatcher(vocab)
            for rule in group:
                try:
                    matcher.add(rule.id, [rule.pattern])
                except ValueError as err:
                    raise RuleFileError(
                        f"{PATTERNS_FILE}: rule {rule.id!r} key pattern: {err}") from err
            self.matchers[key] = matcher

    def matches(self, key: str, doc: Doc | Span) -> list[tuple[str, int, int]]:
        """``(rule_id, start, end)`` of the ``key`` matcher over ``doc``, longest first."""
        found = [(doc.vocab.strings[m], s, e) for m, s, e in self.matchers[key](doc)]
        return sorted(found, key=lambda m: (m[1], -(m[2] - m[1])))
