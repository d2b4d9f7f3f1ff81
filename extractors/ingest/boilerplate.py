"""Line-level web boilerplate removal driven by ``patterns/boilerplate.json``.

Removal happens before extraction, so ``Article.text`` is the cleaned text and every offset the
pipeline records points into it (there is no mapping back to the raw file, by design).
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from extractors.common.rule_files import RulePath, packaged, read_json_file, validate_document
from extractors.errors import RuleFileError

RULES_PATH = packaged("boilerplate.json")
# Runs of blank lines left behind by removed lines collapse to one paragraph break.
_BLANK_RUN_RE = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")


class RuleKind(StrEnum):
    LINE = "line"
    INLINE = "inline"
    TAIL = "tail"


class BoilerplateRule(BaseModel):
    """One boilerplate rule (see the ``description`` in the JSON file for the semantics)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    kind: RuleKind
    pattern: str = Field(min_length=1)
    example: str
    case_sensitive: bool = False
    min_position: float = Field(default=0.5, ge=0.0, le=1.0)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as err:
            raise ValueError(f"invalid regex: {err}") from err
        return value

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once per rule)."""
        return re.compile(self.pattern, 0 if self.case_sensitive else re.IGNORECASE)


class BoilerplateRuleSet(BaseModel):
    """The whole rule file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Literal["news.boilerplate.v1"]
    description: str = ""
    rules: tuple[BoilerplateRule, ...]


def load_rules(path: RulePath = RULES_PATH) -> tuple[BoilerplateRule, ...]:
    """Load and validate boilerplate rules.

    Args:
        path: The JSON rule file.

    Returns:
        The rules in file order.

    Raises:
        RuleFileError: The file is missing, not JSON, has an unknown key, a bad regex, a
            duplicate id, or a rule whose ``example`` it does not itself remove. The message
            names the file, the rule id and the key.
    """
    ruleset = validate_document(read_json_file(path, "boilerplate rules"), BoilerplateRuleSet,
                                str(path))
    seen: set[str] = set()
    for rule in ruleset.rules:
        if rule.id in seen:
            raise RuleFileError(f"{path}: rule {rule.id!r}, key 'id': duplicate id")
        seen.add(rule.id)
        if _strip_line(rule.example, (rule,)) == rule.example:
            raise RuleFileError(
                f"{path}: rule {rule.id!r}, key 'example': the rule does not match its example"
            )
    return ruleset.rules


@functools.cache
def default_rules() -> tuple[BoilerplateRule, ...]:
    """The packaged rule set, loaded once per process."""
    return load_rules(RULES_PATH)


def _strip_line(line: str, rules: tuple[BoilerplateRule, ...]) -> str | None:
    """Apply line/inline rules to one line: ``None`` drops it, else the (possibly cut) line."""
    for rule in rules:
        if rule.kind is RuleKind.INLINE:
            line = rule.regex.sub("", line)
        elif rule.regex.fullmatch(line.strip()):
            return None
    return line


def remove_boilerplate(
    text: str, rules: tuple[BoilerplateRule, ...] | None = None
) -> tuple[str, tuple[str, ...]]:
    """Remove boilerplate lines from an article.

    Args:
        text: Normalised article text (``\\n`` newlines).
        rules: Rules to apply; the packaged set when ``None``.

    Returns:
        ``(cleaned_text, fired_rule_ids)``. The cleaned text keeps every other line
        byte-for-byte; runs of blank lines left by removals collapse to one blank line and
        leading/trailing whitespace is dropped. ``fired_rule_ids`` lists each rule that
        removed something, in first-fired order (for logs and tests).

    Notes:
        A ``tail`` rule (e.g. "Related Articles") cuts the rest of the text only when its line
        starts after ``min_position`` of the text: the same words in a site's top navigation
        must not delete the article.
    """
    rules = default_rules() if rules is None else rules
    fired: list[str] = []
    kept: list[str] = []
    position = 0
    total = max(len(text), 1)
    for line in text.split("\n"):
        line_start, position = position, position + len(line) + 1
        stripped = line.strip()
        tail_rule = next(
            (r for r in rules if r.kind is RuleKind.TAIL and r.regex.fullmatch(stripped)), None
        )
        if tail_rule is not None:
            _note(fired, tail_rule.id)
            if line_start / total >= tail_rule.min_position:
                break
            continue
        new_line = line
        for rule in rules:
            if rule.kind is RuleKind.INLINE:
                cut = rule.regex.sub("", new_line)
                if cut != new_line:
                    _note(fired, rule.id)
                    new_line = cut
            elif rule.kind is RuleKind.LINE and stripped and rule.regex.fullmatch(stripped):
                _note(fired, rule.id)
                new_line = None
                break
        if new_line is not None:
            kept.append(new_line)
    # Outer whitespace is dropped too: it carries nothing and an all-blank result must be ""
    # ("nothing left"), never an article.
    return _BLANK_RUN_RE.sub("\n\n", "\n".join(kept)).strip(), tuple(fired)


def _note(fired: list[str], rule_id: str) -> None:
    if rule_id not in fired:
        fired.append(rule_id)
