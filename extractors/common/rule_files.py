"""Shared loading and validation of rule files (``extractors/patterns/*``).

Every rule file is data with a stable ``id`` per rule; a bad file must fail at load time with
a message naming the file, the rule id and the bad key (spaCy / textacy style), never later
inside a component.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from extractors.errors import RuleFileError


class _HasId(Protocol):
    id: str


RuleT = TypeVar("RuleT", bound=BaseModel)


def describe_error(err: ValidationError) -> str:
    """The first validation problem as "key 'a.b': message"."""
    first = err.errors()[0]
    key = ".".join(str(part) for part in first["loc"]) or "<root>"
    return f"key {key!r}: {first['msg']}"


def read_json_lines(lines: Sequence[str], source: str) -> list[dict]:
    """Parse JSONL text (blank lines skipped); a bad line names the file and line number."""
    items: list[dict] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise RuleFileError(f"{source}:{lineno}: invalid JSON ({err.msg})") from err
    return items


def validate_rules(items: Iterable[object], model: type[RuleT], source: str) -> list[RuleT]:
    """Validate rule dicts against ``model`` and check that ids are unique.

    Args:
        items: rule dicts, in file order.
        model: the pydantic model of one rule (``extra="forbid"``, with an ``id`` field).
        source: the file name (or "<patterns>"), for error messages.

    Returns:
        The validated rules, in order.

    Raises:
        RuleFileError: a rule breaks the schema or repeats an id; the message names the
            file, the rule id and the key.
    """
    rules: list[RuleT] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        fallback = f"<rule #{index}>"
        rule_id = item.get("id", fallback) if isinstance(item, dict) else fallback
        try:
            rule = model.model_validate(item)
        except ValidationError as err:
            raise RuleFileError(f"{source}: rule {rule_id!r}: {describe_error(err)}") from err
        if rule.id in seen:  # type: ignore[attr-defined]
            raise RuleFileError(f"{source}: rule {rule.id!r}: key 'id' is duplicated")  # type: ignore[attr-defined]
        seen.add(rule.id)  # type: ignore[attr-defined]
        rules.append(rule)
    return rules
