"""Load a batch so that one article the warehouse rejects cannot fail the others.

A batch is written in one transaction (fast, and a crash keeps whole batches). When that
transaction fails for a reason that belongs to one article (a value DuckDB rejects, a
constraint), rolling back the whole batch would lose its good articles too, and since nothing
of the batch was stored, every later run would try, and fail on, the same batch again. So the
batch is retried one item per transaction: the items that load are kept, the one that fails
is quarantined with the reason, and the next run sees it as unchanged.

A failure that is about the warehouse rather than an article (the disk is full, the file is
damaged or locked, the connection is gone) is not retried item by item: every item would fail
the same way, and the caller reports it as what it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import duckdb

from extractors.errors import WarehouseError
from extractors.types import ArticleResult, Quarantined
from warehouse import batches, db, guard
from warehouse.batches import BatchLoad

LOGGER = logging.getLogger("newsfacts")

# Words of DuckDB's errors that concern the file or the connection, never one article's rows.
WAREHOUSE_FAILURE_MARKERS = ("lock", "connection", "database has been invalidated")


def is_warehouse_failure(err: BaseException) -> bool:
    """Whether a failed load is about the warehouse (disk, file, lock, connection) rather than
    about the rows of one article."""
    if isinstance(err, WarehouseError | duckdb.IOException | duckdb.ConnectionException):
        return True
    if guard.is_disk_full(err) or guard.is_corruption(err):
        return True
    text = str(err).lower()
    return any(marker in text for marker in WAREHOUSE_FAILURE_MARKERS)


def write_batch_isolating(
    con: duckdb.DuckDBPyConnection,
    items: list[ArticleResult | Quarantined],
    warn: Callable[[str], object] = LOGGER.warning,
) -> BatchLoad:
    """Write a batch in one transaction; if an article makes it fail, write the batch again
    one item per transaction and quarantine the items that still fail.

    Args:
        con: open writable connection (no transaction open).
        items: the batch, extracted.
        warn: where to say which file was quarantined and why (the run's logger).

    Returns:
        What was written, the isolated items counted as quarantined.

    Raises:
        The first error when it is a warehouse failure (``is_warehouse_failure``).
    """
    try:
        with db.transaction(con):
            return batches.write_items(con, items)
    except Exception as err:
        if is_warehouse_failure(err):
            raise
        warn(f"a batch of {len(items)} files did not load ({_reason(err)}); "
             "loading its files one by one to set the failing one aside")
    outcomes = [_write_one(con, item, warn) for item in items]
    return _combine(outcomes)


def _write_one(con: duckdb.DuckDBPyConnection, item: ArticleResult | Quarantined,
               warn: Callable[[str], object]) -> BatchLoad:
    try:
        with db.transaction(con):
            return batches.write_items(con, [item])
    except Exception as err:
        if is_warehouse_failure(err):
            raise
        reason = f"the warehouse rejected this article: {_reason(err)}"
        path = item.article.path if isinstance(item, ArticleResult) else item.path
        sha = item.article.source_sha256 if isinstance(item, ArticleResult) else item.source_sha256
    warn(f"quarantined {path!r}: {reason}")
    set_aside = Quarantined(path=path, error=reason, source_sha256=sha)
    try:
        with db.transaction(con):
            return batches.write_items(con, [set_aside])
    except Exception as err:
        if is_warehouse_failure(err):
            raise
        # Not even its quarantine row loads: leave the file out; the next run tries it again.
        warn(f"{path!r} could not be recorded as quarantined either ({_reason(err)}); "
             "it is left out of this run")
        return BatchLoad()


def _combine(outcomes: list[BatchLoad]) -> BatchLoad:
    return BatchLoad(
        ok=sum(o.ok for o in outcomes),
        duplicates=sum(o.duplicates for o in outcomes),
        quarantined=sum(o.quarantined for o in outcomes),
        claims=sum(o.claims for o in outcomes),
        subjects=tuple(sorted({s for o in outcomes for s in o.subjects})),
    )


def _reason(err: BaseException) -> str:
    lines = str(err).strip().splitlines()
    return f"{type(err).__name__}: {lines[0] if lines else ''}"[:300]

