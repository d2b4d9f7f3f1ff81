"""What is at --db (issue 20, item 4): DuckDB never fetches or loads extensions, a foreign or
damaged file is reported with what to do and never rewritten, and a run with nothing new
writes nothing to the file."""

from __future__ import annotations

import hashlib
import socket
from pathlib import Path

import duckdb
import pytest

from extractors.errors import WarehouseError
from pipeline import cli
from warehouse import db

ORION = "Quanta Labs said its model Orion-7 has 70 billion parameters.\n"

FOREIGN = [
    pytest.param(b"SQLite format 3\x00" + bytes(4080), "a SQLite database", id="sqlite"),
    pytest.param(b"PAR1" + bytes(100), "a Parquet file", id="parquet"),
    pytest.param(b"just some notes\n" * 10, "not a DuckDB database", id="text"),
]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list:
    attempts: list = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


@pytest.mark.parametrize(("content", "named"), FOREIGN)
def test_foreign_file_is_refused_untouched(tmp_path: Path, no_network, capsys,
                                           content: bytes, named: str) -> None:
    target = tmp_path / "facts.duckdb"
    target.write_bytes(content)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    assert cli.main(["extract", "--seeds", str(seeds), "--db", str(target)]) == 2
    err = capsys.readouterr().err
    assert named in err and "not opened or changed" in err and "--db" in err
    assert target.read_bytes() == content
    assert no_network == []
    with pytest.raises(WarehouseError, match=named):
        db.connect(target, read_only=True)


@pytest.mark.parametrize("read_only", [False, True], ids=["write", "read"])
def test_extensions_are_never_installed_or_loaded(tmp_path: Path, read_only: bool) -> None:
    db.connect(tmp_path / "w.duckdb").close()
    con = db.connect(tmp_path / "w.duckdb", read_only=read_only)
    try:
        settings = dict(con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN "
            "('autoinstall_known_extensions', 'autoload_known_extensions')").fetchall())
    finally:
        con.close()
    assert settings == {"autoinstall_known_extensions": "false",
                        "autoload_known_extensions": "false"}


def test_run_with_nothing_new_writes_nothing(tmp_path: Path, use_light_nlp, wh) -> None:
    seeds, target = tmp_path / "seeds", tmp_path / "w.duckdb"
    seeds.mkdir()
    (seeds / "a.txt").write_text(ORION, encoding="utf-8")
    assert wh.run_cli(seeds, target) == 0
    before = (_sha(target), target.stat().st_mtime_ns)
    assert wh.run_cli(seeds, target) == 0
    db.connect(target).close()  # a plain open applies no schema either
    assert (_sha(target), target.stat().st_mtime_ns) == before


def test_schema_is_applied_when_it_changed(tmp_path: Path) -> None:
    target = tmp_path / "w.duckdb"
    db.connect(target).close()
    con = duckdb.connect(str(target))
    con.execute("UPDATE warehouse_meta SET value = 'old' WHERE key = ?", [db.SCHEMA_KEY])
    con.execute("DROP VIEW facts")
    con.close()
    db.connect(target).close()
    con = duckdb.connect(str(target), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM facts").fetchone() == (0,)
    finally:
        con.close()


def test_damaged_file_is_reported_and_not_rewritten(tmp_path: Path, use_light_nlp, wh,
                                                    capsys) -> None:
    seeds, target = tmp_path / "seeds", tmp_path / "w.duckdb"
    seeds.mkdir()
    for i in range(3):
        (seeds / f"a{i}.txt").write_text(ORION.replace("70", str(70 + i)) * 50, encoding="utf-8")
    assert wh.run_cli(seeds, target) == 0
    data = bytearray(target.read_bytes())
    for offset in range(4096, len(data), 4096):  # every block but the file header
        data[offset + 100 : offset + 200] = b"\xab" * 100
    target.write_bytes(bytes(data))
    damaged = _sha(target)
    capsys.readouterr()
    for argv in (["extract", "--seeds", str(seeds), "--db", str(target)],
                 ["facts", "--db", str(target)]):
        assert cli.main(argv) == 2
        err = capsys.readouterr().err
        assert "is damaged" in err and "backup" in err
        assert _sha(target) == damaged
