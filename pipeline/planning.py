"""Which files a run must process, and the run that has nothing to do.

No Prefect and no spaCy here: a run with nothing new (the common case when a user re-runs)
costs hashing the files and one warehouse read, not seconds of imports and a model load.
"""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb

from extractors.errors import WarehouseError
from extractors.ingest import stored_path
from extractors.ingest.reader import discover_files, file_sha256
from pipeline.summary import RunPlan, RunSummary
from warehouse import db, retire


def hash_files(seeds_dir: Path) -> dict[str, str]:
    """Each file under ``seeds_dir`` by its stored path (lossless, see ``stored_path``) -> the
    hash of its bytes ('' when unreadable: it will be quarantined)."""
    return {stored_path(path.relative_to(seeds_dir).as_posix()): file_sha256(path)
            for path in discover_files(seeds_dir)}


def split_files(hashes: dict[str, str], known: dict[str, str]) -> RunPlan:
    """New or changed files (todo) vs files loaded from the same bytes (unchanged)."""
    todo = [p for p, sha in hashes.items() if not sha or known.get(p) != sha]
    unchanged = [p for p, sha in hashes.items() if sha and known.get(p) == sha]
    return RunPlan(todo=tuple(todo), unchanged=tuple(unchanged))


def gone_files(hashes: dict[str, str], known: dict[str, str]) -> list[str]:
    """Stored paths whose files are no longer in the folder."""
    return [p for p in known if p not in hashes]


def plan_files(seeds_dir: Path, db_path: Path, log: logging.Logger | logging.LoggerAdapter
               ) -> RunPlan:
    """Split the folder's files into todo and unchanged, and retire (in the warehouse) the
    stored files that left it: a rename keeps its rows under the new name, a removal deletes
    them and marks their subjects for this run's facts refresh."""
    hashes = hash_files(seeds_dir)
    con = db.connect(db_path)
    try:
        known = db.known_sources(con)
        plan = split_files(hashes, known)
        gone = gone_files(hashes, known)
        if gone and not hashes:
            # An empty folder is far likelier a wrong --seeds or an unmounted disk than a user
            # who deleted every article: keep the warehouse, say so.
            log.warning("no files under %s: %d stored files kept, not removed", seeds_dir,
                        len(gone))
            gone = []
        renamed, removed, again = retire.retire_gone(con, known, hashes, list(plan.todo), gone)
    finally:
        con.close()
    for old, new in renamed.items():
        log.info("renamed: %s -> %s", old, new)
    for path in removed:
        log.info("removed: %s (no longer in the folder)", path)
    moved = set(renamed.values()) - set(again)  # renamed in place: nothing to read
    todo = sorted({p for p in plan.todo if p not in moved} | set(again))
    unchanged = [p for p in plan.unchanged if p not in again] + sorted(moved)
    return RunPlan(todo=tuple(todo), unchanged=tuple(sorted(unchanged)),
                   removed=tuple(removed), renamed=tuple(sorted(renamed.items())))


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
        # No waiting here: a file another process holds means a run is in progress, and the
        # full run queues behind it under the run lock (and says so).
        con = db.connect(db_path, read_only=True, lock_timeout_s=0)
        try:
            known = db.known_sources(con)
            row = con.execute("SELECT count(*) FROM stale_subjects").fetchone()
        finally:
            con.close()
    except (duckdb.Error, WarehouseError):
        return None  # busy, older or damaged: the full run waits or says what is wrong
    hashes = hash_files(seeds_dir)
    plan = split_files(hashes, known)
    if plan.todo or (row and row[0]) or (hashes and gone_files(hashes, known)):
        return None
    return RunSummary.combine(plan, [])
