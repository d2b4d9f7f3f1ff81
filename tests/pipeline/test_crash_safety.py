"""Killed runs: the warehouse keeps whole batches only, and a re-run ends exactly where an
uninterrupted run ends (issue 7). Ctrl-C stops cleanly with a message and exit code 130.

Runs are subprocesses of ``python -m pipeline extract`` (through a driver that can stall the
run at a chosen point and print a marker, so the kill lands exactly there).
"""

from __future__ import annotations

import contextlib
import io
import signal
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow


def _articles_whole(wh, db: Path, baseline: Path) -> None:
    """Every article present in ``db`` has exactly the rows the baseline has for it."""
    loaded = {r for r in wh.view_rows(db, "articles")}
    con = duckdb.connect(str(db), read_only=True)
    try:
        ids = [r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()]
    finally:
        con.close()
    for view in ("mentions", "claims"):
        have = [r for r in wh.view_rows(db, view) if any(i in r for i in ids)]
        want = [r for r in wh.view_rows(baseline, view) if any(i in r for i in ids)]
        assert have == want, f"{view}: half an article after a kill"
    # An article's own row may still change later (a near copy arriving in a later batch demotes
    # it to 'duplicate'), so compare which files are loaded, not their status.
    def paths(d):
        con = duckdb.connect(str(d), read_only=True)
        try:
            return {r[0] for r in con.execute("SELECT path FROM articles").fetchall()}
        finally:
            con.close()

    assert len(loaded) == len(paths(db)) and paths(db) <= paths(baseline)


@pytest.fixture
def corpus_and_baseline(tmp_path: Path, wh, real_nlp, monkeypatch: pytest.MonkeyPatch):
    seeds = wh.make_crash_corpus(tmp_path / "seeds", n_seeds=3)  # 6 files, 3 batches of 2
    baseline = tmp_path / "baseline.duckdb"
    with monkeypatch.context() as mp:
        wh.patch_in_process(mp, real_nlp)
        with contextlib.redirect_stdout(io.StringIO()):
            assert wh.run_cli(seeds, baseline, "--batch", "2") == 0
    return seeds, baseline


def _kill_while_stalled(driver, seeds: Path, db: Path, stall: str) -> None:
    """Start a run that stalls at ``stall`` ("parse:3", "load:1", ...) and SIGKILL it there."""
    run = driver(seeds, db, stall=stall)
    run.wait_for(f"RELIABILITY-STALLED {stall.split(':')[0]}")
    run.proc.send_signal(signal.SIGKILL)
    run.finish()


def test_sigkill_at_several_points_then_rerun_equals_uninterrupted(
    tmp_path: Path, wh, driver, corpus_and_baseline
) -> None:
    seeds, baseline = corpus_and_baseline
    db = tmp_path / "killed.duckdb"
    # 1. killed while parsing the first batch: nothing loaded yet
    _kill_while_stalled(driver, seeds, db, "parse:1")
    # 2. killed while parsing the second batch: the first batch is loaded, whole
    _kill_while_stalled(driver, seeds, db, "parse:3")
    _articles_whole(wh, db, baseline)
    # 3. killed inside a load transaction (rows inserted, not committed)
    _kill_while_stalled(driver, seeds, db, "load:1")
    _articles_whole(wh, db, baseline)
    # 4. a run to completion
    code, out = driver(seeds, db).finish()
    assert code == 0, out
    assert wh.digest(db) == wh.digest(baseline)


def test_kill_during_facts_refresh_then_rerun_with_nothing_new_equals_uninterrupted(
    tmp_path: Path, wh, driver, corpus_and_baseline
) -> None:
    """Facts are recomputed once at the end of a run; a kill there leaves every article and
    claim loaded but the facts behind, and the next run (with no new file) catches up."""
    seeds, baseline = corpus_and_baseline
    db = tmp_path / "killed.duckdb"
    _kill_while_stalled(driver, seeds, db, "refresh:1")
    _articles_whole(wh, db, baseline)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM facts").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM stale_subjects").fetchone()[0] > 0
    finally:
        con.close()
    code, out = driver(seeds, db).finish()
    assert code == 0, out
    assert "0 new, 6 unchanged" in out
    assert wh.digest(db) == wh.digest(baseline)


def test_sigint_stops_cleanly_with_message(tmp_path: Path, wh, driver, corpus_and_baseline) -> None:
    seeds, baseline = corpus_and_baseline
    db = tmp_path / "interrupted.duckdb"
    run = driver(seeds, db, stall="load:2")  # inside the second batch's transaction
    run.wait_for("RELIABILITY-STALLED load")
    run.proc.send_signal(signal.SIGINT)
    code, out = run.finish()  # generous default bound: a busy machine is slow, not stuck
    assert code == 130, out
    assert "interrupted" in out and "run again to finish" in out
    assert "Traceback" not in out
    _articles_whole(wh, db, baseline)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (2,)  # batch 1 only
    finally:
        con.close()
