"""What is at ``--db`` before DuckDB opens it, and what to tell the user when it is wrong.

DuckDB opens more than its own files: handed a SQLite file it tries to install and load the
``sqlite_scanner`` extension (from the network) and may then write into the user's SQLite
database. A warehouse path must hold a DuckDB file or nothing; anything else is reported, with
what to do, and never opened, let alone rewritten.
"""

from __future__ import annotations

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
