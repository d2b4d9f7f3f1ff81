"""Ingestion: one input file to a clean ``Article`` (or a ``Quarantined`` record with a reason).

Public API used by the pipeline: ``discover_files``, ``read_article``, ``article_id_for``,
``file_sha256``, and the lossless stored form of a file name (``stored_path``, ``file_for``).
Near-duplicate signatures belong to the warehouse, which judges duplicates
(``warehouse.near_dups``).
"""

from __future__ import annotations

from extractors.ingest.paths import file_for, stored_path
from extractors.ingest.reader import (
    MAX_FILE_BYTES,
    article_id_for,
    discover_files,
    file_sha256,
    read_article,
)

__all__ = [
    "MAX_FILE_BYTES",
    "article_id_for",
    "discover_files",
    "file_for",
    "file_sha256",
    "read_article",
    "stored_path",
]
