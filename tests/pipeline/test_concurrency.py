"""Two writers on one warehouse: the second waits for the lock (with backoff) and proceeds, or
fails with a message naming the holder; the file is never corrupted (issue 7)."""

from __future__ import annotations

import contextlib
import io
import logging
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from extractors.errors import WarehouseError
from warehouse import db, run_lock

HOLDER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
print("HELD", flush=True)
time.sleep(float(sys.argv[3]))
con.close()
print("RELEASED", flush=True)
"""


@contextlib.contextmanager
def holding(path: Path, seconds: float, mode: str = "rw"):
    """Another process (a user's DuckDB shell) holding the file open; yields its pid."""
    if not path.exists():
        duckdb.connect(str(path)).close()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), mode, str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "HELD"
        yield proc.pid
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["rw", "ro"], ids=["writer_holds", "reader_holds"])
def test_locked_file_fails_with_holder_named(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "w.duckdb"
    with holding(path, 60, mode) as pid:
        start = time.monotonic()
        with pytest.raises(WarehouseError) as err:
            db.connect(path, lock_timeout_s=1.0)
        assert time.monotonic() - start >= 0.9  # it waited before giving up
    message = str(err.value)
    assert f"PID {pid}" in message and "locked by" in message
    assert db.LOCK_TIMEOUT_ENV_VAR in message


@pytest.mark.slow
def test_waits_for_lock_then_proceeds(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with holding(path, 1.5):
        start = time.monotonic()
        con = db.connect(path, lock_timeout_s=30)
        waited = time.monotonic() - start
    try:
        assert waited >= 0.5
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    finally:
        con.close()


def test_lock_timeout_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(db.LOCK_TIMEOUT_ENV_VAR, "2.5")
    assert db.default_lock_timeout_s() == 2.5
    monkeypatch.setenv(db.LOCK_TIMEOUT_ENV_VAR, "soon")
    with pytest.raises(WarehouseError, match="NEWSFACTS_LOCK_TIMEOUT_S='soon'"):
        db.default_lock_timeout_s()
    monkeypatch.delenv(db.LOCK_TIMEOUT_ENV_VAR)
    assert db.default_lock_timeout_s() == db.DEFAULT_LOCK_TIMEOUT_S


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("my notes, not a database\n" * 100)
    with pytest.raises(WarehouseError, match=r"is not a DuckDB database.*not opened or changed"):
        db.connect(path, lock_timeout_s=0)
    assert path.read_text().startswith("my notes")  # left untouched


@pytest.mark.slow
def test_cli_on_a_held_file_exits_2_naming_holder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, wh, use_light_nlp, capsys
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Acme said Zeta-3 has 7 billion parameters.\n")
    path = tmp_path / "w.duckdb"
    monkeypatch.setenv(db.LOCK_TIMEOUT_ENV_VAR, "1")
    with holding(path, 60) as pid:
        code = wh.run_cli(seeds, path)
    err = capsys.readouterr().err
    assert code == 2
    assert f"PID {pid}" in err and "locked by" in err


@pytest.mark.slow
def test_two_runs_at_once_equal_one_run(tmp_path: Path, wh, driver, real_nlp,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Run A (a subprocess) stalls inside a load transaction, holding the file. Run B (in this
    process) first gives up with A named, then waits and proceeds once A moves on. Both end with
    exit 0 and the warehouse equals one uninterrupted run's."""
    seeds = wh.make_crash_corpus(tmp_path / "seeds", n_seeds=2)
    baseline = tmp_path / "baseline.duckdb"
    wh.patch_in_process(monkeypatch, real_nlp)
    with contextlib.redirect_stdout(io.StringIO()):
        assert wh.run_cli(seeds, baseline, "--batch", "2") == 0

    shared = tmp_path / "shared.duckdb"
    release = tmp_path / "release"
    run_a = driver(seeds, shared, stall="load:1", release=release, batch=2)
    run_a.wait_for("RELIABILITY-STALLED load")

    monkeypatch.setenv(db.LOCK_TIMEOUT_ENV_VAR, "1")
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert wh.run_cli(seeds, shared, "--batch", "2") == 2
    assert f"PID {run_a.proc.pid}" in err.getvalue()

    monkeypatch.setenv(db.LOCK_TIMEOUT_ENV_VAR, "600")
    outcome: dict[str, int] = {}
    b_out = io.StringIO()
    waiting = threading.Event()

    class WaitingSignal(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "another extract run" in record.getMessage():
                waiting.set()

    signal_handler = WaitingSignal()
    logging.getLogger(run_lock.__name__).addHandler(signal_handler)

    def run_b() -> None:
        with contextlib.redirect_stdout(b_out):
            outcome["b"] = wh.run_cli(seeds, shared, "--batch", "2")

    thread = threading.Thread(target=run_b)
    try:
        thread.start()
        assert waiting.wait(timeout=600), "run B never reported waiting for run A"
        release.touch()
        code_a, out_a = run_a.finish()
        thread.join(timeout=900)
    finally:
        logging.getLogger(run_lock.__name__).removeHandler(signal_handler)
    assert code_a == 0, out_a
    assert outcome.get("b") == 0
    # B planned only after A finished: it found every file unchanged and repeated nothing
    assert "0 new, 4 unchanged" in b_out.getvalue()
    assert wh.digest(shared) == wh.digest(baseline)


def _other_process_can_open(path: Path) -> bool:
    """Whether a separate process (a user's shell) can open the file right now."""
    probe = "import sys, duckdb\ntry:\n    duckdb.connect(sys.argv[1]).close()\nexcept duckdb.IOException:\n    sys.exit(1)\n"  # noqa: E501
    return subprocess.run([sys.executable, "-c", probe, str(path)], timeout=60).returncode == 0


def test_lease_reuses_one_connection_until_its_hold_ends(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    lease = db.ConnectionLease(path, hold_s=3600)
    first = lease.acquire()
    lease.release()
    assert lease.held and lease.acquire() is first  # the next batch reuses it
    assert not _other_process_can_open(path)  # held: others wait (connect retries)
    lease.release(close=True)
    assert not lease.held and _other_process_can_open(path)
    expired = db.ConnectionLease(path, hold_s=0)
    expired.acquire()
    expired.release()  # held for >= 0 s: closed at the first release
    assert not expired.held


def test_a_run_releases_the_file_when_it_ends(tmp_path: Path, use_light_nlp, wh) -> None:
    seeds = wh.make_crash_corpus(tmp_path / "seeds", n_seeds=2)
    path = tmp_path / "w.duckdb"
    with contextlib.redirect_stdout(io.StringIO()):
        assert wh.run_cli(seeds, path, "--batch", "1") == 0
    assert _other_process_can_open(path)


def test_a_failed_run_releases_the_file(tmp_path: Path, use_light_nlp, wh,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The second batch's extraction fails while the first batch's load still holds the file:
    the run ends with the error and the file free."""
    from pipeline import flows, tasks

    real_extract, calls = tasks.extract_articles, [0]

    def extract_then_fail(nlp, articles):
        calls[0] += 1
        if calls[0] == 2:
            raise RuntimeError("worker lost")
        return real_extract(nlp, articles)

    monkeypatch.setattr(tasks, "extract_articles", extract_then_fail)
    seeds = wh.make_crash_corpus(tmp_path / "seeds", n_seeds=1)
    path = tmp_path / "w.duckdb"
    with pytest.raises(RuntimeError, match="worker lost"):
        flows.extract_in_process(seeds, path, files_per_batch=1, workers=1)
    assert _other_process_can_open(path)
