"""DuckDB access: connect (with lock retry), schema, transactions, small reads.

Every function takes an injected ``duckdb.DuckDBPyConnection`` (splink style), so tests use
``duckdb.connect(":memory:")``. Values are always bound parameters, never formatted into SQL.
DuckDB lets one process hold a database file at a time (even readers are blocked while a
writer holds it), so the pipeline opens the file briefly, per batch, and retries on a lock.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb

from extractors.errors import WarehouseError

# Files are written in a storage format old DuckDB CLIs can read: the PyPI `duckdb-cli` lags the
# Python package (1.5.x vs 2.0), and a user opening facts.duckdb in the CLI must not be refused.
STORAGE_COMPATIBILITY_VERSION = "v1.1.0"

# DuckDB's lock error names the holder: "Conflicting lock is held in /usr/bin/python3 (PID 4242)"
LOCK_HOLDER_RE = re.compile(r"Conflicting lock is held in (?P<holder>.+?\(PID \d+\))")


def _lock_holder(message: str) -> str | None:
    match = LOCK_HOLDER_RE.search(message)
    return match.group("holder") if match else None


def connect(
    path: Path | str,
    *,
    read_only: bool = False,
    lock_timeout_s: float = 60.0,
    initial_backoff_s: float = 0.2,
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse file, waiting (with backoff) while another process holds it.

    Args:
        path: the DuckDB file, or ``":memory:"``.
        read_only: open without write access (still blocked by a writer in another process).
        lock_timeout_s: how long to keep retrying when the file is locked.
        initial_backoff_s: first wait; doubles up to 2 s.

    Returns:
        An open connection; the schema is applied when ``read_only`` is False.

    Raises:
        WarehouseError: the lock was not released in time (the message names the holder), or
            the file is not a DuckDB database.
    """
    target = str(path)
    if target != ":memory:":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    config = {} if read_only else {"storage_compatibility_version": STORAGE_COMPATIBILITY_VERSION}
    deadline = time.monotonic() + lock_timeout_s
    backoff = initial_backoff_s
    while True:
        try:
            con = duckdb.connect(target, read_only=read_only, config=config)
            break
        except duckdb.IOException as err:
            holder = _lock_holder(str(err))
            if holder is None:
                raise WarehouseError(f"cannot open warehouse {target}: {err}") from err
            if time.monotonic() >= deadline:
                raise WarehouseError(
                    f"warehouse {target} is locked by {holder}; waited {lock_timeout_s:.0f} s. "
                    "Close that process (a DuckDB shell or another run) and try again."
                ) from err
            time.sleep(backoff)
            backoff = min(backoff * 2, 2.0)
    if not read_only:
        apply_schema(con)
    return con


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables and (re)create the contract views; idempotent."""
    sql = resources.files("warehouse").joinpath("schema.sql").read_text(encoding="utf-8")
    con.execute(sql)


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


def known_sources(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Map each loaded file's relative path to the hash of the bytes it was loaded from."""
    return dict(con.execute("SELECT path, source_sha256 FROM article_rows").fetchall())


def fetch_rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    """Run a query and return rows as dicts (column name -> value)."""
    cursor = con.execute(sql, params or [])
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
