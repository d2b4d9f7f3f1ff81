"""DuckDB access: connect (with lock retry), schema, transactions, small reads.

Every function takes an injected ``duckdb.DuckDBPyConnection`` (splink style), so tests use
``duckdb.connect(":memory:")``. Values are always bound parameters, never formatted into SQL.
DuckDB lets one process hold a database file at a time (even readers are blocked while a
writer holds it), so the pipeline holds the file for a few seconds at a time (a
``ConnectionLease`` spanning consecutive batches) and retries on a lock.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb

from extractors.errors import WarehouseError
from extractors.types import EXTRACTOR_VERSION, ArticleStatus
from warehouse import guard

LOGGER = logging.getLogger(__name__)

# Files are written in a storage format old DuckDB CLIs can read: the PyPI `duckdb-cli` lags the
# Python package (1.5.x vs 2.0), and a user opening facts.duckdb in the CLI must not be refused.
STORAGE_COMPATIBILITY_VERSION = "v1.1.0"

# How long ``connect`` waits for another process's lock by default; override per call or with
# this environment variable (seconds), e.g. NEWSFACTS_LOCK_TIMEOUT_S=5 for an impatient shell.
LOCK_TIMEOUT_ENV_VAR = "NEWSFACTS_LOCK_TIMEOUT_S"
DEFAULT_LOCK_TIMEOUT_S = 60.0

# Nothing reaches the network at run time: DuckDB must not fetch or load extensions on its own
# (handed a foreign file, it would try to install a scanner for it).
NO_EXTENSIONS_CONFIG = {"autoinstall_known_extensions": False,
                        "autoload_known_extensions": False}
SCHEMA_KEY = "schema_sha256"

# DuckDB's lock error names the holder: "Conflicting lock is held in /usr/bin/python3 (PID 4242)"
LOCK_HOLDER_RE = re.compile(r"Conflicting lock is held in (?P<holder>.+?\(PID \d+\))")


def default_lock_timeout_s() -> float:
    """The lock wait: ``$NEWSFACTS_LOCK_TIMEOUT_S`` when set, else ``DEFAULT_LOCK_TIMEOUT_S``.

    Raises:
        WarehouseError: the variable is not a non-negative number.
    """
    raw = os.environ.get(LOCK_TIMEOUT_ENV_VAR)
    if raw is None or not raw.strip():
        return DEFAULT_LOCK_TIMEOUT_S
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value >= 0:  # also rejects NaN
        raise WarehouseError(
            f"{LOCK_TIMEOUT_ENV_VAR}={raw!r} is not a number of seconds (expected e.g. 30)"
        )
    return value


def _lock_holder(message: str) -> str | None:
    match = LOCK_HOLDER_RE.search(message)
    return match.group("holder") if match else None


def connect(
    path: Path | str,
    *,
    read_only: bool = False,
    lock_timeout_s: float | None = None,
    initial_backoff_s: float = 0.2,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse file, waiting (with backoff) while another process holds it.

    Args:
        path: the DuckDB file, or ``":memory:"``.
        read_only: open without write access (still blocked by a writer in another process).
        lock_timeout_s: how long to keep retrying when the file is locked; default
            ``default_lock_timeout_s()`` (60 s, or ``$NEWSFACTS_LOCK_TIMEOUT_S``).
        initial_backoff_s: first wait; doubles up to 2 s.

    Returns:
        An open connection; the schema is applied when ``read_only`` is False.

    Raises:
        WarehouseError: the lock was not released in time (the message names the holder), or
            the file is not a DuckDB database.
    """
    target = str(path)
    if target != ":memory:":
        guard.check_warehouse_file(Path(target))
        if not read_only:  # a reader never creates folders
            Path(target).parent.mkdir(parents=True, exist_ok=True)
    config = dict(NO_EXTENSIONS_CONFIG)
    if not read_only:
        config["storage_compatibility_version"] = STORAGE_COMPATIBILITY_VERSION
    if lock_timeout_s is None:
        lock_timeout_s = default_lock_timeout_s()
    deadline = time.monotonic() + lock_timeout_s
    backoff = initial_backoff_s
    waiting_logged = False
    while True:
        try:
            con = duckdb.connect(target, read_only=read_only, config=config)
            break
        except duckdb.IOException as err:
            holder = _lock_holder(str(err))
            if holder is None and guard.is_corruption(err):
                raise guard.corruption_error(target, err) from err
            if holder is None:
                raise WarehouseError(f"cannot open warehouse {target}: {err}") from err
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise WarehouseError(
                    f"warehouse {target} is locked by {holder}; waited {lock_timeout_s:g} s. "
                    "Close that process (a DuckDB shell or another run) and try again, or wait "
                    f"longer with {LOCK_TIMEOUT_ENV_VAR}=<seconds>."
                ) from err
            if not waiting_logged:
                LOGGER.warning("warehouse %s is locked by %s; waiting up to %g s",
                               target, holder, lock_timeout_s)
                waiting_logged = True
            time.sleep(min(backoff, remaining))
            backoff = min(backoff * 2, 2.0)
        except duckdb.Error as err:  # a damaged header, a file DuckDB cannot read
            if guard.is_corruption(err):
                raise guard.corruption_error(target, err) from err
            raise WarehouseError(f"cannot open warehouse {target}: {err}") from err
    if not read_only:
        try:
            apply_schema(con)
        except duckdb.Error as err:
            con.close()
            if guard.is_corruption(err):
                raise guard.corruption_error(target, err) from err
            raise
    return con


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables and (re)create the contract views, only when the stored schema
    differs from ``schema.sql`` (by hash): opening the warehouse to read, or for a run with
    nothing new, then writes nothing (a full disk still opens; a damaged file is not
    rewritten by a no-op run)."""
    sql = resources.files("warehouse").joinpath("schema.sql").read_text(encoding="utf-8")
    digest = hashlib.sha256(sql.encode("utf-8")).hexdigest()
    try:
        row = con.execute("SELECT value FROM warehouse_meta WHERE key = ?", [SCHEMA_KEY]).fetchone()
    except duckdb.CatalogException:
        row = None
    if row is not None and row[0] == digest:
        return
    con.execute(sql)
    con.execute("INSERT OR REPLACE INTO warehouse_meta VALUES (?, ?)", [SCHEMA_KEY, digest])


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """Run a block in one transaction: all of it lands, or none of it (dlt style)."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


class ConnectionLease:
    """One writable connection reused by consecutive batches for up to ``hold_s`` seconds.

    Closing a DuckDB file checkpoints it (writes the WAL into the file), and that cost grows
    with the file: per batch it was half the load stage at 4,000 articles (14.7 of 31.6 s).
    Holding the connection across the batches of a few seconds checkpoints once per lease,
    while another process (a reader, a second run) still gets the file within ``hold_s``
    plus one batch, well inside its lock wait.
    """

    def __init__(self, path: Path | str, hold_s: float) -> None:
        self.path, self.hold_s = path, hold_s
        self._con: duckdb.DuckDBPyConnection | None = None
        self._opened_at = 0.0

    def acquire(self) -> duckdb.DuckDBPyConnection:
        """The held connection, opened (with ``connect``'s lock wait) if none is held."""
        if self._con is None:
            self._con = connect(self.path)
            self._opened_at = time.monotonic()
        return self._con

    def release(self, *, close: bool = False) -> None:
        """End a use: close the connection if asked (end of run, after an error) or if it
        has been held ``hold_s`` seconds; otherwise keep it for the next batch."""
        if self._con is None:
            return
        if close or time.monotonic() - self._opened_at >= self.hold_s:
            con, self._con = self._con, None
            con.close()

    @property
    def held(self) -> bool:
        return self._con is not None


def known_sources(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Map each loaded file's relative path to the hash of the bytes it was loaded from.

    A file extracted by another extractor version (``extractors.types.EXTRACTOR_VERSION``)
    maps to its hash tagged with that version, which no file has: the run reads it again, so
    an upgrade re-extracts what the old rules read (a quarantined file has no extraction).
    """
    rows = con.execute(
        "SELECT path, source_sha256, status, extractor_version FROM article_rows").fetchall()
    return {path: sha if status == ArticleStatus.QUARANTINED.value or version == EXTRACTOR_VERSION
            else f"{sha}@{version}" for path, sha, status, version in rows}


def fetch_rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    """Run a query and return rows as dicts (column name -> value)."""
    cursor = con.execute(sql, params or [])
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
