"""A run re-reads files extracted by another extractor version (warehouse.db.known_sources)."""

from __future__ import annotations

import datetime as dt

import duckdb

from extractors.types import EXTRACTOR_VERSION
from pipeline.planning import split_files
from warehouse import db


def _store(con: duckdb.DuckDBPyConnection, path: str, status: str, version: str | None) -> None:
    con.execute(
        "INSERT INTO article_rows (article_id, path, status, source_sha256, extractor_version,"
        " loaded_at) VALUES (?, ?, ?, ?, ?, ?)",
        [f"id-{path}", path, status, f"sha-{path}", version, dt.datetime.now(dt.UTC)])


def test_files_of_another_extractor_version_are_read_again(con: duckdb.DuckDBPyConnection
                                                           ) -> None:
    db.apply_schema(con)
    _store(con, "current.txt", "ok", EXTRACTOR_VERSION)
    _store(con, "older.txt", "ok", "newsfacts.extract.v0")
    _store(con, "before_versions.txt", "duplicate", None)
    _store(con, "broken.txt", "quarantined", None)  # no extraction to redo
    hashes = {p: f"sha-{p}" for p in ("current.txt", "older.txt", "before_versions.txt",
                                      "broken.txt")}
    plan = split_files(hashes, db.known_sources(con))
    assert sorted(plan.todo) == ["before_versions.txt", "older.txt"]
    assert sorted(plan.unchanged) == ["broken.txt", "current.txt"]
