"""The one loader of rule files (``extractors/patterns/*``) for every extractor family.

Every rule file is data with a stable ``id`` per rule; a bad file must fail at load time with
a message naming the file, the rule id and the bad key (spaCy / textacy style), never later
inside a component. Packaged files are found with ``importlib.resources`` (they work from a
wheel or a zip as well as from the source tree); a family may also be handed a path of its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from extractors.errors import RuleFileError

# A rule file: a packaged resource or any path a caller passes.
RulePath = Path | Traversable


class _HasId(Protocol):
    id: str


RuleT = TypeVar("RuleT", bound=BaseModel)
DocumentT = TypeVar("DocumentT", bound=BaseModel)


def packaged(name: str) -> Traversable:
    """The rule file ``name`` shipped in ``extractors/patterns/``."""
    return resources.files("extractors").joinpath("patterns", name)


def read_rule_text(path: RulePath, what: str) -> str:
    """The text of a rule file.

    Raises:
        RuleFileError: the file cannot be read ("<path>: cannot read <what> (...)").
    """
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise RuleFileError(f"{path}: cannot read {what} ({err})") from err


def read_json_file(path: RulePath, what: str) -> object:
    """A rule file decoded as one JSON document.

    Raises:
        RuleFileError: the file cannot be read or is not JSON (the message names the file).
    """
    text = read_rule_text(path, what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise RuleFileError(f"{path}: cannot read {what}: invalid JSON ({err})") from err


def locate_error(raw: object, loc: Sequence[str | int], whole: str) -> tuple[str, str]:
    """``(rule id, key)`` of a validation error at ``loc`` inside the raw document: the rule is
    the innermost object on the way that has an ``id`` (else ``whole``, the document's own
    name), the key is the rest of the path below it."""
    rule_id, key_from, node = whole, 0, raw
    for depth, part in enumerate(loc):
        if isinstance(node, dict) and isinstance(part, str):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            break
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            rule_id, key_from = node["id"], depth + 1
    key = ".".join(str(part) for part in loc[key_from:]) or "<root>"
    return rule_id, key


def validate_document(raw: object, model: type[DocumentT], source: str, *,
                      whole: str = "-") -> DocumentT:
    """Validate a whole rule file (a JSON object) against ``model``.

    Args:
        raw: the decoded JSON.
        model: the pydantic model of the file (``extra="forbid"``).
        source: the file name, for error messages.
        whole: what to call the document when the bad key belongs to no rule.

    Raises:
        RuleFileError: "<source>: rule '<id>': key '<key>': <message>".
    """
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        first = err.errors()[0]
        rule_id, key = locate_error(raw, first["loc"], whole)
        raise RuleFileError(f"{source}: rule {rule_id!r}: key {key!r}: {first['msg']}") from err


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
