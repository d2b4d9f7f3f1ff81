"""Runs that have little to do stay light, and long runs say how far they are.

A run with nothing new imports neither spaCy nor Prefect; a run of quarantined files only
loads no model and starts no worker; a run of more than one batch reports progress, a run of
one batch does not. No test here measures time.
"""

from __future__ import annotations

import io
import logging
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from rich.console import Console

from pipeline import flows, parallel, progress, tasks
from pipeline.planning import unchanged_run

ARTICLE = "Zeta {n} has {n}0 billion parameters, the lab said on Monday.\n"


def _seeds(root: Path, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"a{i}.txt").write_text(ARTICLE.format(n=i + 1), encoding="utf-8")
    return root


def test_noop_run_imports_neither_spacy_nor_prefect(
        tmp_path: Path, use_light_nlp, wh) -> None:
    seeds, db = _seeds(tmp_path / "seeds", 2), tmp_path / "facts.duckdb"
    assert wh.run_cli(seeds, db) == 0
    code = (
        "import sys\nfrom pipeline.cli import main\n"
        f"code = main(['extract', '--seeds', {str(seeds)!r}, '--db', {str(db)!r}])\n"
        "print('LOADED', [m for m in ('spacy', 'thinc', 'prefect') if m in sys.modules], code)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=wh.project_root, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "0 new, 2 unchanged, 0 quarantined" in proc.stdout
    assert proc.stdout.strip().splitlines()[-1] == "LOADED [] 0"


@pytest.mark.parametrize(("change", "has_work"), [
    pytest.param("nothing", False, id="unchanged"),
    pytest.param("edit", True, id="edited_file"),
    pytest.param("add", True, id="new_file"),
    pytest.param("stale", True, id="stale_marks_left_by_an_interrupted_run"),
])
def test_unchanged_run_only_when_there_is_nothing_to_do(
        tmp_path: Path, use_light_nlp, wh, change: str, has_work: bool) -> None:
    seeds, db = _seeds(tmp_path / "seeds", 2), tmp_path / "facts.duckdb"
    assert wh.run_cli(seeds, db) == 0
    if change == "edit":
        (seeds / "a0.txt").write_text(ARTICLE.format(n=7), encoding="utf-8")
    elif change == "add":
        (seeds / "new.txt").write_text(ARTICLE.format(n=9), encoding="utf-8")
    elif change == "stale":
        con = duckdb.connect(str(db))
        con.execute("INSERT INTO stale_subjects VALUES ('zeta 1')")
        con.close()
    assert (unchanged_run(seeds, db) is None) == has_work


def test_quarantine_only_run_loads_no_model_and_starts_no_worker(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "paper.txt").write_bytes(b"%PDF-1.4\x00\x01\x02 binary")
    (seeds / "blank.md").write_bytes(b"   \n\n  ")

    def no_model():
        raise AssertionError("the model was loaded")

    def no_pool(workers: int):
        raise AssertionError("a worker pool was started")

    monkeypatch.setattr(tasks, "pipeline_nlp", no_model)
    monkeypatch.setattr(parallel, "process_pool", no_pool)
    summary = flows.extract_in_process(seeds, tmp_path / "facts.duckdb", files_per_batch=1,
                                       workers=2)
    assert (summary.new, summary.quarantined) == (0, 3)


@pytest.mark.parametrize(("n_articles", "batch", "expected"), [
    pytest.param(1, 32, [], id="single_batch_silent"),
    pytest.param(3, 32, [], id="one_batch_of_three_silent"),
    pytest.param(3, 1, ["progress: 3/3 articles (100%), 0 quarantined"], id="three_batches"),
    pytest.param(9, 1, ["progress: 4/9 articles (44%), 0 quarantined",
                        "progress: 8/9 articles (89%), 0 quarantined",
                        "progress: 9/9 articles (100%), 0 quarantined"], id="nine_batches"),
])
def test_progress_lines_for_multi_batch_runs_only(
        tmp_path: Path, use_light_nlp, wh, caplog: pytest.LogCaptureFixture,
        n_articles: int, batch: int, expected: list[str]) -> None:
    seeds = _seeds(tmp_path / "seeds", n_articles)
    with caplog.at_level(logging.INFO):
        assert wh.run_cli(seeds, tmp_path / "facts.duckdb", "--batch", str(batch)) == 0
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("progress:")]
    assert [line.split(", ")[0] + ", " + line.split(", ")[1] for line in lines] == expected


def test_progress_line_counts_rate_after_the_first_batch() -> None:
    now = [0.0]
    records: list[str] = []
    log = logging.getLogger("test-progress")
    log.info = lambda message, *a: records.append(message)  # type: ignore[method-assign]
    report = progress.LogProgress(total=100, n_batches=4, log=log, every=2, clock=lambda: now[0])
    now[0] = 30.0  # the first batch also loaded the model
    report.advance(25, 1)
    now[0] = 35.0
    report.advance(25, 0)  # 25 articles in 5 s after the first batch
    assert records == ["progress: 50/100 articles (50%), 1 quarantined, 5.0 articles/s, "
                       "0m10s left"]


def test_bar_on_a_terminal() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120, color_system=None)
    report = progress.progress_for(4, 2, logging.getLogger("x"), console=console)
    assert isinstance(report, progress.BarProgress)
    report.advance(2, 1)
    report.advance(2, 0)
    report.close()
    assert "4/4" in out.getvalue() and "1 quarantined" in out.getvalue()


@pytest.mark.parametrize(("terminal", "in_flow_run", "n_batches", "kind"), [
    pytest.param(True, False, 1, progress.NoProgress, id="single_batch"),
    pytest.param(True, False, 2, progress.BarProgress, id="terminal"),
    pytest.param(False, False, 2, progress.LogProgress, id="pipe"),
    pytest.param(True, True, 2, progress.LogProgress, id="prefect_run"),
])
def test_progress_kind(terminal: bool, in_flow_run: bool, n_batches: int, kind: type) -> None:
    console = Console(file=io.StringIO(), force_terminal=terminal)
    report = progress.progress_for(10, n_batches, logging.getLogger("x"), console=console,
                                   in_flow_run=in_flow_run)
    report.close()
    assert type(report) is kind
