"""Ingestion: one input file to a clean ``Article`` (or a ``Quarantined`` record with a reason).

Public API used by the pipeline: ``discover_files``, ``read_article``, ``article_id_for``.
Near-duplicate signatures belong to the warehouse, which judges duplicates
(``warehouse.near_dups``).
"""

from __future__ import annotations

from extractors.ingest.reader import (
    MAX_FILE_BYTES,
    article_id_for,
    discover_files,
    file_sha256,
    read_article,
)

# The near-duplicate helpers need numpy; loaded on first use, so a run that only lists and
# hashes files (nothing new) does not pay for it.
_NEAR_DUPS = ("SIGNATURE_VERSION", "Signature", "containment", "is_near_duplicate",
              "text_signature")


def __getattr__(name: str) -> object:
    if name in _NEAR_DUPS:
        from extractors.ingest import near_dups

        return getattr(near_dups, name)
    raise AttributeError(f"module 'extractors.ingest' has no attribute {name!r}")


__all__ = [
    "MAX_FILE_BYTES",
    "article_id_for",
    "discover_files",
    "file_sha256",
    "read_article",
]
