"""Fixtures for the reliability tests: light pipeline, corpora, warehouse digests, a driver.

The light pipeline (blank English + sentencizer + every newsfacts component) makes in-process
runs over hostile corpora fast; runs that must match a subprocess run use the real model via
``extractors.get_nlp()`` (cached per process, so every slow test shares one load).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest
import spacy
from spacy.language import Language

import extractors
from extractors.types import DuplicateDecision
from pipeline import cli, flows, tasks
from warehouse import db, facts, load

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SEEDS_DIR = PROJECT_ROOT / "seeds"
CONTRACT_VIEWS = ("articles", "mentions", "claims", "facts")
# Columns that legitimately differ between two runs over the same input.
VOLATILE_COLUMNS = frozenset({"loaded_at"})

# A subprocess entry point equal to `python -m pipeline`, plus test hooks that stall the run at a
# chosen point (inside the NLP stage, or inside a load transaction) and print a marker, so a test
# can kill it exactly there instead of guessing with sleeps.
DRIVER = '''
import os, signal, sys, time
from pathlib import Path
from types import SimpleNamespace

# Ctrl-C as a terminal delivers it, however the test runner was started: a runner started in
# the background by a script inherits SIGINT ignored, and Python then never raises
# KeyboardInterrupt, so the interrupted run would stall until its bound.
signal.signal(signal.SIGINT, signal.default_int_handler)

# "parse:N" (Nth doc), "load:N" (Nth batch) or "refresh:1" (the run's facts refresh)
STALL = os.environ.get("RELIABILITY_STALL", "")
RELEASE = os.environ.get("RELIABILITY_RELEASE")  # stall until this file exists (else ~forever)

def _stall(where):
    print(f"RELIABILITY-STALLED {where}", flush=True)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if RELEASE and Path(RELEASE).exists():
            print(f"RELIABILITY-RELEASED {where}", flush=True)
            return
        time.sleep(0.05)

def _hook(module, attr, kind, nth):
    original = getattr(module, attr)
    calls = [0]
    def wrapper(*args, **kwargs):
        result = original(*args, **kwargs)
        calls[0] += 1
        if calls[0] == nth:
            _stall(kind)
        return result
    setattr(module, attr, wrapper)

if STALL:
    kind, nth = STALL.split(":")
    if kind == "parse":
        import extractors.processing as extraction
        _hook(extraction, "doc_to_records", "parse", int(nth))  # after a doc was parsed
    elif kind == "load":
        import warehouse.load as load
        _hook(load, "write_articles", "load", int(nth))  # a batch inserted, transaction open
    elif kind == "refresh":
        import warehouse.facts as facts
        _hook(facts, "refresh_stale", "refresh", int(nth))  # facts rewritten, not committed

# Extraction stays in this process so the hooks above fire (a process pool's workers would
# not see them); loading always happens in this process.
import pipeline.flows as flows
flows.default_workers = lambda: 1

from pipeline.cli import main
sys.exit(main())
'''


@pytest.fixture(scope="session")
def light_nlp() -> Language:
    """Blank English + paragraph breaks + sentencizer + every newsfacts component."""
    nlp = spacy.blank("en")
    nlp.add_pipe("news_paragraph_breaks")
    nlp.add_pipe("sentencizer")
    for component in extractors.NEWS_COMPONENTS:
        nlp.add_pipe(component)
    for name, proc in nlp.pipeline:
        if name.startswith("news_") and hasattr(proc, "initialize"):
            proc.initialize(lambda: [], nlp=nlp)
    return nlp


@pytest.fixture
def use_light_nlp(monkeypatch: pytest.MonkeyPatch, light_nlp: Language) -> Language:
    """Make in-process runs (``pipeline.tasks``) use the light pipeline, in this process."""
    patch_in_process(monkeypatch, light_nlp)
    return light_nlp


def patch_in_process(mp: pytest.MonkeyPatch, nlp: Language | None) -> None:
    """Runs extract in this process (no worker pool), with ``nlp`` when given."""
    mp.setattr(flows, "default_workers", lambda: 1)
    if nlp is not None:
        mp.setattr(tasks, "pipeline_nlp", lambda: nlp)


@pytest.fixture(scope="session")
def real_nlp() -> Language:
    """The trained pipeline, shared with in-process runs (``pipeline_nlp`` is cached)."""
    return tasks.pipeline_nlp()


def run_cli(seeds: Path, db: Path, *extra: str) -> int:
    """``python -m pipeline extract`` in-process; returns the exit code."""
    return cli.main(["extract", "--seeds", str(seeds), "--db", str(db), *extra])


def _canonical(value: object) -> object:
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return str(value) if value is not None else None


def view_rows(db: Path, view: str) -> list[str]:
    """Every row of a contract view (minus volatile columns) as sorted canonical JSON."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        cursor = con.execute(f"SELECT * FROM {view}")  # view names are the constants above
        columns = [d[0] for d in cursor.description]
        rows = [
            json.dumps({c: _canonical(v) for c, v in zip(columns, row, strict=True)
                        if c not in VOLATILE_COLUMNS}, sort_keys=True, ensure_ascii=False)
            for row in cursor.fetchall()
        ]
    finally:
        con.close()
    return sorted(rows)


def warehouse_digest(db: Path) -> dict[str, tuple[int, str]]:
    """Per contract view: (row count, SHA-256 over its sorted rows)."""
    digest = {}
    for view in CONTRACT_VIEWS:
        rows = view_rows(db, view)
        digest[view] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return digest


def make_crash_corpus(target: Path, n_seeds: int = 3) -> Path:
    """The first seeds, each also under a second name with a small edit (distinct bytes)."""
    target.mkdir(parents=True, exist_ok=True)
    for i, seed in enumerate(sorted(SEEDS_DIR.glob("*.txt"))[:n_seeds]):
        text = seed.read_text(encoding="utf-8")
        shutil.copyfile(seed, target / f"a{i}_{seed.name}")
        edited = text.replace("\n\n", f"\n\nUpdated copy {i}, lightly edited.\n\n", 1)
        (target / f"b{i}_{seed.name}").write_text(edited, encoding="utf-8")
    return target


class Driver:
    """A ``python -m pipeline extract`` subprocess with an optional stall point."""

    def __init__(self, tmp: Path, seeds: Path, db: Path, *, stall: str = "",
                 release: Path | None = None, batch: int = 2, env: dict | None = None) -> None:
        script = tmp / "reliability_driver.py"
        script.write_text(DRIVER, encoding="utf-8")
        full_env = {**os.environ, "RELIABILITY_STALL": stall, "PYTHONUNBUFFERED": "1", **(env or {})}  # noqa: E501
        if release is not None:
            full_env["RELIABILITY_RELEASE"] = str(release)
        self.proc = subprocess.Popen(
            [sys.executable, str(script), "extract", "--seeds", str(seeds), "--db", str(db),
             "--batch", str(batch)],
            cwd=PROJECT_ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []

    def wait_for(self, marker: str, timeout: float = 240) -> None:
        """Read output until a line contains ``marker``; fail with the output otherwise."""
        deadline = time.monotonic() + timeout
        assert self.proc.stdout is not None
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            self.lines.append(line)
            if marker in line:
                return
        self.proc.kill()
        pytest.fail(f"no {marker!r} in output:\n{''.join(self.lines)}")

    def finish(self, timeout: float = 300) -> tuple[int, str]:
        out, _ = self.proc.communicate(timeout=timeout)
        self.lines.append(out or "")
        return self.proc.returncode, "".join(self.lines)


@pytest.fixture
def driver(tmp_path: Path) -> Iterator[Callable[..., Driver]]:
    """Start driver subprocesses; any still running at teardown are killed (by pid)."""
    started: list[Driver] = []

    def start(seeds: Path, db: Path, **kwargs) -> Driver:
        d = Driver(tmp_path, seeds, db, **kwargs)
        started.append(d)
        return d

    yield start
    for d in started:
        if d.proc.poll() is None:
            d.proc.kill()
            d.proc.wait(timeout=30)


@pytest.fixture(scope="session")
def wh() -> SimpleNamespace:
    """The helpers above, for test modules (tests are not a package: no imports from here)."""
    return SimpleNamespace(run_cli=run_cli, view_rows=view_rows, digest=warehouse_digest,
                           make_crash_corpus=make_crash_corpus, seeds_dir=SEEDS_DIR,
                           patch_in_process=patch_in_process,
                           project_root=PROJECT_ROOT)


@pytest.fixture(scope="module")
def warehouse_file(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A warehouse file holding the test module's ``ARTICLES`` (article results), facts built."""
    path = tmp_path_factory.mktemp("facts") / "facts.duckdb"
    con = db.connect(path)
    with db.transaction(con):
        touched: set[str] = set()
        for r in request.module.ARTICLES:
            touched |= load.write_article(con, r, r.article.article_id, DuplicateDecision())
        facts.refresh_facts(con, touched)
    con.close()
    return path

