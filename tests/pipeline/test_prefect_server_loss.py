"""The Prefect server lost mid-run (issue 20, item 8): the data lands and the flow process ends
with exit code 3 and a clear message, instead of waiting for the server to return.

The slow test starts a real Prefect server, runs the real flow against it in a subprocess, and
kills the server once the flow prints that its data has landed. Every wait is on a printed line
or on the server's health answer; the bounds only stop something that never happens.
"""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from pipeline import api_watchdog, artifacts
from pipeline.summary import RunSummary

NEVER = 600.0  # a bound for something that never happens, not a timing


def _watchdog(answers, **kwargs) -> tuple[api_watchdog.ApiWatchdog, queue.Queue]:
    said: queue.Queue = queue.Queue()
    dog = api_watchdog.ApiWatchdog("http://api.invalid/api", lost_after=0.05, poll=0.01,
                                   on_lost=said.put, answers=answers, **kwargs)
    return dog, said


def test_lost_api_ends_the_run_with_a_message_naming_what_landed() -> None:
    dog, said = _watchdog(lambda _url: False)
    dog.batches_loaded = 2
    dog.start()
    message = said.get(timeout=NEVER)
    assert "has not answered" in message and "api.invalid" in message
    assert "2 batch(es) were loaded whole" in message
    assert f"code {api_watchdog.EXIT_API_LOST}" in message


def test_lost_api_waits_for_the_batch_being_loaded() -> None:
    dog, said = _watchdog(lambda _url: False)
    with dog.loading:  # a batch's transaction is open
        dog.start()
        assert dog.lost.wait(timeout=NEVER)  # the API counts as lost ...
        assert said.empty()  # ... and the watchdog waits for the batch
        dog.data_done = True
    assert "the run's data is loaded" in said.get(timeout=NEVER)


def test_answering_api_is_never_lost() -> None:
    checks: queue.Queue = queue.Queue()
    dog, said = _watchdog(lambda _url: checks.put(True) or True)
    dog.start()
    for _ in range(20):
        checks.get(timeout=NEVER)
    dog.stop()
    assert said.empty() and not dog.api_down


@pytest.mark.parametrize("raw", ["0", "-1", "soon"])
def test_lost_after_setting_rejects_nonsense(raw: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(api_watchdog.LOST_AFTER_ENV_VAR, raw)
    with pytest.raises(ValueError, match=api_watchdog.LOST_AFTER_ENV_VAR):
        api_watchdog.lost_after_s()


def test_artifacts_skipped_with_one_warning_when_the_api_is_down(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    dog, _ = _watchdog(lambda _url: False)
    dog.api_down = True
    monkeypatch.setattr(api_watchdog, "_current", dog)
    monkeypatch.setattr(artifacts, "write_report", lambda db: tmp_path / "report.html")
    made: list[str] = []
    monkeypatch.setattr(artifacts, "create_markdown_artifact", lambda **kw: made.append("md"))
    monkeypatch.setattr(artifacts, "create_link_artifact", lambda **kw: made.append("link"))
    summary = RunSummary(new=1, unchanged=0, quarantined=0, duplicates=0, claims=1, subjects=())
    with caplog.at_level("WARNING"):
        artifacts.publish_run_artifact(tmp_path / "w.duckdb", summary)
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert made == [] and len(warnings) == 1 and "data is loaded" in warnings[0]


# The flow process: the real `extract` flow against the server in PREFECT_API_URL, held after
# its data work (before the artifacts) until the test has killed the server.
FLOW_DRIVER = '''
import sys, time
from pathlib import Path
import pipeline.flows as flows

seeds, db, release, hold = sys.argv[1:5]
original = flows.run_extract

def wait_release(marker):
    print(marker, flush=True)
    deadline = time.monotonic() + 600
    while not Path(release).exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    print("RELEASED", flush=True)

def run_extract(seeds_dir, db_path, files_per_batch, steps, **kwargs):
    publish, load = steps.publish, steps.load

    def held_publish(db_path, summary):
        wait_release("DATA-LANDED " + summary.line())
        return publish(db_path, summary)

    def held_load(db_path, result):
        loaded = load(db_path, result)
        wait_release("BATCH-LOADED")  # after the first batch the server dies (once)
        return loaded

    steps = (steps._replace(publish=held_publish) if hold == "publish"
             else steps._replace(load=held_load))
    return original(seeds_dir, db_path, files_per_batch, steps, **kwargs)

flows.run_extract = run_extract
flows.extract(seeds_dir=Path(seeds), db_path=Path(db), files_per_batch=1)
print("FLOW-RETURNED", flush=True)
'''


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _lines(proc: subprocess.Popen) -> queue.Queue:
    """The process's output lines, read on a thread (None at its end)."""
    lines: queue.Queue = queue.Queue()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    return lines


def _wait_for(lines: queue.Queue, marker: str, seen: list[str]) -> None:
    while True:
        line = lines.get(timeout=NEVER)
        if line is None:
            pytest.fail(f"no {marker!r} in output:\n{''.join(seen)}")
        seen.append(line)
        if marker in line:
            return


def _health(url: str) -> bool:
    return api_watchdog.api_answers(url, timeout=10)


@pytest.mark.slow
@pytest.mark.parametrize(("hold", "marker", "landed", "articles"), [
    ("publish", "DATA-LANDED", "the run's data is loaded", 2),
    # Prefect's tasks run on without the server (their states are sent in the background),
    # so the batches after the loss still load before the exit
    ("load", "BATCH-LOADED", "the run's data is loaded", 2),
], ids=["after-the-data", "between-batches"])
def test_flow_exits_with_code_3_when_the_server_dies(
        tmp_path: Path, hold: str, marker: str, landed: str, articles: int) -> None:
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
         "--port", str(port)],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True)
    flow: subprocess.Popen | None = None
    try:
        deadline = time.monotonic() + NEVER  # only stops a server that never starts
        while not _health(api):
            assert server.poll() is None, "the Prefect server exited at start"
            assert time.monotonic() < deadline, "the Prefect server never answered"
            time.sleep(0.5)
        seeds, db, release = tmp_path / "seeds", tmp_path / "w.duckdb", tmp_path / "release"
        seeds.mkdir()
        (seeds / "a.txt").write_text("Orion-7 has 70 billion parameters, Quanta Labs said.\n",
                                     encoding="utf-8")
        (seeds / "b.txt").write_text("Nova 3 has 12 billion parameters, Vela AI said.\n",
                                     encoding="utf-8")
        script = tmp_path / "flow_driver.py"
        script.write_text(FLOW_DRIVER, encoding="utf-8")
        flow = subprocess.Popen(
            [sys.executable, str(script), str(seeds), str(db), str(release), hold],
            cwd=tmp_path, env={**env, api_watchdog.LOST_AFTER_ENV_VAR: "5"},
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        lines, seen = _lines(flow), []
        _wait_for(lines, marker, seen)
        os.killpg(server.pid, signal.SIGKILL)  # the server is lost, not stopped politely
        server.wait(timeout=NEVER)
        assert not _health(api)
        release.touch()
        _wait_for(lines, "has not answered", seen)
        returncode = flow.wait(timeout=NEVER)
        while (line := lines.get(timeout=NEVER)) is not None:
            seen.append(line)
        output = "".join(seen)
        assert returncode == api_watchdog.EXIT_API_LOST, output
        assert landed in output, output
        con = duckdb.connect(str(db), read_only=True)
        try:
            assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == articles
            assert con.execute("SELECT count(*) FROM claims").fetchone()[0] >= articles
        finally:
            con.close()
    finally:
        if flow is not None and flow.poll() is None:
            flow.kill()
            flow.wait(timeout=60)
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=60)


def test_health_check_of_a_closed_port_is_no_answer() -> None:
    assert not api_watchdog.api_answers(f"http://127.0.0.1:{_free_port()}/api", timeout=5)
