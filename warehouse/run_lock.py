"""One extract run per warehouse at a time.

DuckDB's file lock is held per batch, not per run, so two runs started together both planned
the same new files and both did all the work. The run lock (``flock`` on ``<db>.lock`` beside
the warehouse, released by the kernel even when a run is killed) covers a run from its plan to
its last write: a second run waits for the first, then plans, and finds the files unchanged.
Readers (``facts``, ``report``) never take it.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from extractors.errors import WarehouseError

LOGGER = logging.getLogger(__name__)


def lock_path(db_path: Path | str) -> Path:
    """The run-lock file of a warehouse: ``facts.duckdb`` -> ``facts.duckdb.lock``."""
    path = Path(db_path)
    return path.with_name(path.name + ".lock")


@contextmanager
def exclusive_run(db_path: Path | str, timeout_s: float, poll_s: float = 0.5) -> Iterator[None]:
    """Hold the warehouse's run lock for the block, waiting up to ``timeout_s`` for it.

    Raises:
        WarehouseError: another run still holds it after ``timeout_s`` (named by its PID).
    """
    if str(db_path) == ":memory:":
        yield
        return
    path = lock_path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("a+")
    except OSError as err:  # a full disk or a read-only folder: reads still work, so go on
        LOGGER.warning("no run lock (%s): %s; concurrent runs are not kept apart", path, err)
        yield
        return
    with handle:
        deadline = time.monotonic() + timeout_s
        logged = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _holder(path)
                if time.monotonic() >= deadline:
                    raise WarehouseError(
                        f"another extract run ({holder}) is working on {db_path}; waited "
                        f"{timeout_s:g} s. Let it finish (this run would find its files "
                        "unchanged), or wait longer with NEWSFACTS_LOCK_TIMEOUT_S=<seconds>."
                    ) from None
                if not logged:
                    LOGGER.warning("another extract run (%s) is working on %s; waiting up to "
                                   "%g s for it to finish", holder, db_path, timeout_s)
                    logged = True
                time.sleep(min(poll_s, max(deadline - time.monotonic(), 0.0)))
        try:
            _write_holder(handle)
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_holder(handle) -> None:
    """Name this process in the lock file (best effort: a full disk must not stop a run)."""
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(f"PID {os.getpid()}\n")
        handle.flush()
    except OSError as err:
        LOGGER.debug("run lock holder not recorded: %s", err)


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    return text or "PID unknown"
