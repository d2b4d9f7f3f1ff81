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

# Holds the file until its stdin closes: the test decides when it lets go (a fixed hold time
# raced the test on a busy machine: the holder could let go before the test even tried).
HOLDER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
print("HELD", flush=True)
sys.stdin.read()
con.close()
print("RELEASED", flush=True)
"""


class Holder:
    """Another process (a user's DuckDB shell) holding the file open until ``release``."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.proc, self.pid = proc, proc.pid

    def release(self) -> None:
        if self.proc.stdin is not None and not self.proc.stdin.closed:
            self.proc.stdin.close()


@contextlib.contextmanager
def holding(path: Path, mode: str = "rw"):
    """Start a holder, wait until it holds the file, yield it; released on exit."""
    if not path.exists():
        duckdb.connect(str(path)).close()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), mode],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    holder = Holder(proc)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "HELD"
        yield holder
    finally:
        holder.release()
        try:
            proc.wait(timeout=600)  # generous: only a holder that hangs on close reaches it
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["rw", "ro"], ids=["writer_holds", "reader_holds"])
def test_locked_file_fails_with_holder_named(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "w.duckdb"
    with holding(path, mode) as holder:
        start = time.monotonic()
        with pytest.raises(WarehouseError) as err:
            db.connect(path, lock_timeout_s=1.0)
        assert time.monotonic() - start >= 0.9  # it waited before giving up (a lower bound)
    message = str(err.value)
    assert f"PID {holder.pid}" in message and "locked by" in message
    assert db.LOCK_TIMEOUT_ENV_VAR in message


@pytest.mark.slow
def test_waits_for_lock_then_proceeds(tmp_path: Path) -> None:
    """The holder lets go only once the connect has said it is waiting (a progress signal, not
    a hold time that a busy machine can outlast)."""
    path = tmp_path / "w.duckdb"
    messages: list[str] = []
    with holding(path) as holder:

        class ReleaseWhenWaiting(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                messages.append(record.getMessage())
                if "waiting up to" in record.getMessage():
                    holder.release()

        handler = ReleaseWhenWaiting()
        db.LOGGER.addHandler(handler)
        try:
            con = db.connect(path, lock_timeout_s=600)
        finally:
            db.LOGGER.removeHandler(handler)
    try:
        assert any("locked by" in m and f"PID {holder.pid}" in m for m in messages), messages
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
    with holding(path) as holder:
        code = wh.run_cli(seeds, path)
    err = capsys.readouterr().err
    assert code == 2
    assert f"PID {holder.pid}" in err and "locked by" in err


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
            waiting.set()

    # B waits either on the run lock or, when it opens the warehouse first, on the file that A
    # holds inside its transaction: either warning says that B is waiting for A.
    signal_handler = WaitingSignal()
    waiting_loggers = [logging.getLogger(run_lock.__name__), db.LOGGER]
    for waiting_logger in waiting_loggers:
        waiting_logger.addHandler(signal_handler)

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
        for waiting_logger in waiting_loggers:
            waiting_logger.removeHandler(signal_handler)
    assert code_a == 0, out_a
    assert outcome.get("b") == 0
    # B planned only after A finished: it found every file unchanged and repeated nothing
    assert "0 new, 4 unchanged" in b_out.getvalue()
    assert wh.digest(shared) == wh.digest(baseline)


def _other_process_can_open(path: Path) -> bool:
    """Whether a separate process (a user's shell) can open the file right now."""
    probe = "import sys, duckdb\ntry:\n    duckdb.connect(sys.argv[1]).close()\nexcept duckdb.IOException:\n    sys.exit(1)\n"  # noqa: E501
    return subprocess.run([sys.executable, "-c", probe, str(path)], timeout=600).returncode == 0


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
