"""Which files a run must process, and the run that has nothing to do.

No Prefect and no spaCy here: a run with nothing new (the common case when a user re-runs)
costs hashing the files and one warehouse read, not seconds of imports and a model load.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from extractors.ingest.reader import discover_files, file_sha256
from pipeline.summary import RunPlan, RunSummary
from warehouse import db


def split_files(seeds_dir: Path, known: dict[str, str]) -> RunPlan:
    """The files under ``seeds_dir``: new or changed (todo) vs loaded from the same bytes."""
    todo, unchanged = [], []
    for path in discover_files(seeds_dir):
        relative = path.relative_to(seeds_dir).as_posix()
        sha = file_sha256(path)
        (unchanged if sha and known.get(relative) == sha else todo).append(relative)
    return RunPlan(todo=tuple(todo), unchanged=tuple(unchanged))


def plan_files(seeds_dir: Path, db_path: Path) -> RunPlan:
    """Discover the input files and split them into new/changed and unchanged ones."""
    con = db.connect(db_path)
    try:
        known = db.known_sources(con)
    finally:
        con.close()
    return split_files(seeds_dir, known)


def unchanged_run(seeds_dir: Path, db_path: Path) -> RunSummary | None:
    """The summary of a run that has nothing to do, or None when it has work.

    Nothing to do: the warehouse exists, every file is loaded from its current bytes, and no
    subject is waiting for its facts (an interrupted run leaves such marks; the full run
    refreshes them). Reads the warehouse read-only, so it writes nothing.
    """
    seeds_dir, db_path = Path(seeds_dir).resolve(), Path(db_path)
    if not db_path.is_file():
        return None
    try:
        con = db.connect(db_path, read_only=True)
        try:
            known = db.known_sources(con)
            row = con.execute("SELECT count(*) FROM stale_subjects").fetchone()
        finally:
            con.close()
    except duckdb.Error:
        return None  # an older or damaged file: the full run says what is wrong
    plan = split_files(seeds_dir, known)
    if plan.todo or (row and row[0]):
        return None
    return RunSummary.combine(plan, [])
