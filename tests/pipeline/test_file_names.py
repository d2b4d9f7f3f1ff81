"""File names that are not valid UTF-8 (issue 20, item 2): processed under a faithful escaped
form of the name, never failing the batch they are in, and skipped as unchanged next run."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from extractors import ingest

TEXT = "Quanta Labs said its model Orion-7 has 70 billion parameters.\n"
OTHER = "Northwind Research released Atlas 2 on 4 June 2024 with 1.2 trillion parameters.\n"

CASES = [
    pytest.param(b"bad\xff.txt", "bad\\xff.txt", id="stray-byte"),
    pytest.param("café".encode("latin-1") + b".txt", "caf\\xe9.txt", id="latin1-name"),
    pytest.param(b"sub\xfe/inner.txt", "sub\\xfe/inner.txt", id="latin1-folder"),
    pytest.param("café.txt".encode(), "café.txt", id="valid-utf8-unchanged"),
]


def _make(seeds: Path, raw_name: bytes, text: str) -> None:
    path = os.path.join(os.fsencode(seeds), raw_name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(text.encode("utf-8"))


def _rows(db: Path) -> dict[str, str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(con.execute("SELECT path, status FROM articles").fetchall())
    finally:
        con.close()


@pytest.mark.parametrize(("raw_name", "stored"), CASES)
def test_name_is_stored_escaped_and_the_batch_loads(
        tmp_path: Path, use_light_nlp, wh, capsys, raw_name: bytes, stored: str) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    _make(seeds, raw_name, TEXT)
    _make(seeds, b"plain.txt", OTHER)
    db = tmp_path / "w.duckdb"
    assert wh.run_cli(seeds, db) == 0
    assert _rows(db) == {stored: "ok", "plain.txt": "ok"}
    capsys.readouterr()
    assert wh.run_cli(seeds, db) == 0
    assert "0 new, 2 unchanged" in capsys.readouterr().out


@pytest.mark.parametrize(("raw_name", "stored"), CASES)
def test_stored_form_reads_back_to_the_same_file(tmp_path: Path, raw_name: bytes,
                                                 stored: str) -> None:
    _make(tmp_path, raw_name, TEXT)
    [found] = ingest.discover_files(tmp_path)
    relative = found.relative_to(tmp_path).as_posix()
    assert ingest.stored_path(relative) == stored
    assert os.fsencode(ingest.file_for(tmp_path, stored)) == os.fsencode(found)


def test_literal_backslash_name_is_its_own_file(tmp_path: Path) -> None:
    """A name that really contains the characters "\\xff" is not read as a byte."""
    _make(tmp_path, b"odd\\xff.txt", TEXT)
    assert ingest.file_for(tmp_path, "odd\\xff.txt") == tmp_path / "odd\\xff.txt"
