"""What is at ``--db`` before DuckDB opens it, and what to tell the user when it is wrong.

DuckDB opens more than its own files: handed a SQLite file it tries to install and load the
``sqlite_scanner`` extension (from the network) and may then write into the user's SQLite
database. A warehouse path must hold a DuckDB file or nothing; anything else is reported, with
what to do, and never opened, let alone rewritten.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from extractors.errors import WarehouseError

# A DuckDB database file carries "DUCK" at byte 8 (after the 8-byte checksum of its header).
DUCKDB_MAGIC_OFFSET = 8
DUCKDB_MAGIC = b"DUCK"
# Formats people plausibly point --db at, named in the message. Each is (prefix, name).
KNOWN_HEADERS: tuple[tuple[bytes, str], ...] = (
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"PAR1", "a Parquet file"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"%PDF", "a PDF document"),
)
HEADER_BYTES = max(DUCKDB_MAGIC_OFFSET + len(DUCKDB_MAGIC), *(len(p) for p, _ in KNOWN_HEADERS))
# DuckDB's own words for a file whose blocks do not match their checksums.
CORRUPTION_MARKERS = ("checksum", "corrupt", "invalid block", "Failed to read database header")


def check_warehouse_file(path: Path) -> None:
    """Refuse a file that is not a DuckDB database (an empty or missing file is fine).

    Raises:
        WarehouseError: naming what the file looks like and what to do.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(HEADER_BYTES)
    except FileNotFoundError:
        return
    except IsADirectoryError as err:
        raise WarehouseError(f"--db {path} is a folder; give a file path such as "
                             f"{path / 'facts.duckdb'}") from err
    except OSError as err:
        raise WarehouseError(f"cannot read warehouse {path}: {err}") from err
    if not head or head[DUCKDB_MAGIC_OFFSET : DUCKDB_MAGIC_OFFSET + 4] == DUCKDB_MAGIC:
        return
    kind = next((name for prefix, name in KNOWN_HEADERS if head.startswith(prefix)),
                "not a DuckDB database")
    raise WarehouseError(
        f"{path} is {kind}, not a newsfacts warehouse; it was not opened or changed. "
        "Pass another --db path (a new file is created there), or move that file away.")


def is_corruption(err: BaseException) -> bool:
    """Whether a DuckDB error says the file's contents are damaged."""
    text = str(err)
    return any(marker.lower() in text.lower() for marker in CORRUPTION_MARKERS)


def corruption_error(path: Path | str, err: BaseException) -> WarehouseError:
    """The message for a damaged warehouse: what happened and how to recover."""
    return WarehouseError(
        f"warehouse {path} is damaged ({type(err).__name__}: {str(err).splitlines()[0]}). "
        "It was not rewritten. Restore it from a backup, or move it away and run extract "
        "again: the warehouse is rebuilt from the articles folder.")


# How an exhausted disk shows in DuckDB's errors (an IOException, or a TransactionException
# wrapping it at commit).
DISK_FULL_MARKERS = ("No space left on device", "Disk full", "ENOSPC", "disk is full")
# Headroom asked for beyond the pending write-ahead log: a checkpoint rewrites whole blocks.
CHECKPOINT_HEADROOM_BYTES = 64 * 1024 * 1024


def is_disk_full(err: BaseException) -> bool:
    """Whether an error (or what it wraps) says the disk is full."""
    seen: set[int] = set()
    current: BaseException | None = err
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if getattr(current, "errno", None) == errno.ENOSPC or any(
                marker.lower() in str(current).lower() for marker in DISK_FULL_MARKERS):
            return True
        current = current.__cause__ or current.__context__
    return False


def disk_full_error(path: Path | str, err: BaseException) -> WarehouseError:
    """The message for a full disk: which file, how much space to free, and that nothing is
    lost (whole batches were committed before; the next run picks up the rest)."""
    path = Path(path)
    wal = path.with_name(path.name + ".wal")
    pending = wal.stat().st_size if wal.exists() else 0
    needed = pending + CHECKPOINT_HEADROOM_BYTES
    try:
        free = shutil.disk_usage(path.parent if str(path.parent) else ".").free
    except OSError:
        free = 0
    return WarehouseError(
        f"the disk holding {path} is full ({_first_line(err)}). Free at least "
        f"{_mib(needed)} there ({_mib(free)} free now), then run extract again: every batch "
        "committed before is kept, and the warehouse opens and reads as before.")


def _first_line(err: BaseException) -> str:
    lines = str(err).splitlines()
    return f"{type(err).__name__}: {lines[0] if lines else ''}"


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f} MiB"
