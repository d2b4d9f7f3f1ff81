"""The Prefect API lost at the end of a run (issue 20, item 7): the data has landed, so an
artifact that cannot be written (an error, or no answer) is a warning and the run returns."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

from pipeline import artifacts
from pipeline.summary import RunSummary

SUMMARY = RunSummary(new=1, unchanged=0, quarantined=0, duplicates=0, claims=1, subjects=())


@pytest.fixture
def warehouse(tmp_path: Path, use_light_nlp, wh) -> Path:
    seeds, db = tmp_path / "seeds", tmp_path / "w.duckdb"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Orion-7 has 70 billion parameters, Quanta Labs said.\n",
                                 encoding="utf-8")
    assert wh.run_cli(seeds, db) == 0
    return db


def _refused(**_):
    raise ConnectionError("All connection attempts failed")


@pytest.mark.parametrize("failure", ["refused", "no-answer"])
def test_unwritable_artifact_is_a_warning(warehouse: Path, monkeypatch: pytest.MonkeyPatch,
                                          caplog: pytest.LogCaptureFixture,
                                          failure: str) -> None:
    never = threading.Event()  # a server that accepted the connection and never answers
    hang = lambda **_: never.wait()  # noqa: E731
    create = _refused if failure == "refused" else hang
    monkeypatch.setattr(artifacts, "create_markdown_artifact", create)
    monkeypatch.setattr(artifacts, "create_link_artifact", create)
    if failure == "no-answer":
        monkeypatch.setattr(artifacts, "ARTIFACT_TIMEOUT_S", 0.2)  # the hang is certain
    with caplog.at_level(logging.WARNING):
        artifacts.publish_run_artifact(warehouse, SUMMARY)  # returns: no exception, no hang
    never.set()
    warnings = [r.getMessage() for r in caplog.records if "artifact" in r.getMessage()]
    assert len(warnings) == 2 and all("not written" in w for w in warnings)
    assert all("data is loaded" in w for w in warnings)


def test_written_artifacts_are_created_once_each(warehouse: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    monkeypatch.setattr(artifacts, "create_markdown_artifact",
                        lambda **kw: made.append(kw["key"]))
    monkeypatch.setattr(artifacts, "create_link_artifact", lambda **kw: made.append(kw["key"]))
    monkeypatch.setattr(artifacts, "ARTIFACT_TIMEOUT_S", 600.0)  # generous: never the limit
    artifacts.publish_run_artifact(warehouse, SUMMARY)
    assert made == [artifacts.ARTIFACT_KEY, artifacts.REPORT_ARTIFACT_KEY]
