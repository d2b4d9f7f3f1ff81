"""The form in which a file's path is stored and shown: lossless, valid UTF-8.

POSIX file names are bytes. Python hands an undecodable byte to us as a lone surrogate
("bad\\udcff.txt"), which no UTF-8 store accepts: DuckDB rejects the whole statement, and with
it the batch. A name that is valid UTF-8 is stored as it is; in any other name each
undecodable byte is written as ``\\xNN`` ("bad\\xff.txt"), which says exactly which byte it was
and reads back to the same file (``file_for``).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_ESCAPED_BYTE_RE = re.compile(r"\\x([0-9a-f]{2})")


def stored_path(relative: str) -> str:
    """The stored form of a relative path as ``os`` gave it (surrogate-escaped bytes)."""
    try:
        relative.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(relative).decode("utf-8", "backslashreplace")
    return relative


def file_for(seeds_root: Path, stored: str) -> Path:
    """The file a stored path names under ``seeds_root`` (the inverse of ``stored_path``).

    A name that really contains the four characters ``\\xff`` is its own stored form, so the
    literal name is tried first.
    """
    literal = seeds_root / stored
    if os.path.lexists(literal) or not _ESCAPED_BYTE_RE.search(stored):
        return literal
    raw = _ESCAPED_BYTE_RE.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), stored)
    return seeds_root / raw
