"""The one rule-file loader: packaged files, and errors that name the file, the rule and the key
wherever in the document the bad key sits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from extractors.common.rule_files import (
    locate_error,
    packaged,
    read_json_file,
    read_rule_text,
    validate_document,
)
from extractors.errors import RuleFileError


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    pattern: str


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    rules: list[Rule]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param({"name": "x", "rules": [{"id": "r1", "pattern": "a", "colour": 1}]},
                     "rule 'r1': key 'colour'", id="extra_key_in_rule"),
        pytest.param({"name": "x", "rules": [{"id": "r1", "pattern": "a"}, {"id": "r2"}]},
                     "rule 'r2': key 'pattern'", id="missing_key_second_rule"),
        pytest.param({"rules": []}, "rule 'doc': key 'name'", id="key_of_the_document"),
        pytest.param({"name": "x", "rules": [{"pattern": "a"}]}, "rule 'doc': key 'rules.0.id'",
                     id="rule_without_id"),
    ],
)
def test_errors_name_file_rule_and_key(raw: dict, expected: str) -> None:
    with pytest.raises(RuleFileError, match=rf"^cues\.json: {expected}"):
        validate_document(raw, Document, "cues.json", whole="doc")


def test_locate_error_walks_nested_lists() -> None:
    raw = {"groups": [{"id": "g", "items": [{"id": "deep", "x": 1}]}]}
    assert locate_error(raw, ("groups", 0, "items", 0, "x"), "-") == ("deep", "x")


@pytest.mark.parametrize(
    "name",
    ["entities.jsonl", "aliases.json", "param_counts.jsonl", "date_release_cues.json",
     "hedge_cues.json", "quantity_units.json", "boilerplate.json", "confidence.json",
     "measures.json", "revision_cues.json", "size_roles.json"],
)
def test_every_packaged_rule_file_is_found(name: str) -> None:
    assert read_rule_text(packaged(name), name).strip()


def test_missing_file_and_bad_json_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match=r"absent\.json: cannot read cues"):
        read_json_file(tmp_path / "absent.json", "cues")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"bad\.json: cannot read cues: invalid JSON"):
        read_json_file(bad, "cues")
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"a": 1}), encoding="utf-8")
    assert read_json_file(good, "cues") == {"a": 1}
