"""Ingestion: one input file to a clean ``Article`` (or a ``Quarantined`` record with a reason).

Public API used by the pipeline: ``discover_files``, ``read_article``, ``article_id_for`` and
the near-duplicate helpers ``text_signature``, ``containment``, ``is_near_duplicate``.
"""

from __future__ import annotations

from extractors.ingest.near_dups import (
    SIGNATURE_VERSION,
    Signature,
    containment,
    is_near_duplicate,
    text_signature,
)
from extractors.ingest.paths import file_for, stored_path
from extractors.ingest.reader import (
    MAX_FILE_BYTES,
    article_id_for,
    discover_files,
    read_article,
)

__all__ = [
    "MAX_FILE_BYTES",
    "SIGNATURE_VERSION",
    "Signature",
    "article_id_for",
    "containment",
    "discover_files",
    "file_for",
    "is_near_duplicate",
    "read_article",
    "stored_path",
    "text_signature",
]
