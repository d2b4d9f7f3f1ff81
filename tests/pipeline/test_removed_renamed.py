"""Files that leave the folder (issue 20, item 3): a removed file's rows and its support for
facts go in the same run, a renamed file (same bytes) keeps its rows under the new name, and
the warehouse ends equal to a fresh run over the folder as it now is."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

ORION = "Quanta Labs said its model Orion-7 has 70 billion parameters.\n"
ATLAS = "Northwind Research said Atlas 2 has 1.2 trillion parameters, the company said.\n"
ORION_AGAIN = "Orion-7 has 70 billion parameters, according to a report on Tuesday.\n"


def _seed(seeds: Path, files: dict[str, str]) -> None:
    seeds.mkdir(exist_ok=True)
    for name, text in files.items():
        (seeds / name).write_text(text, encoding="utf-8")


def _query(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _run(wh, capsys, seeds: Path, db: Path) -> str:
    capsys.readouterr()
    assert wh.run_cli(seeds, db) == 0
    return capsys.readouterr().out


CHANGES = [
    pytest.param({"a.txt": ORION, "b.txt": ATLAS}, lambda s: (s / "b.txt").unlink(),
                 "1 removed, 0 renamed", id="removed"),
    pytest.param({"a.txt": ORION, "b.txt": ATLAS},
                 lambda s: (s / "b.txt").rename(s / "c.txt"), "0 removed, 1 renamed",
                 id="renamed"),
    pytest.param({"a.txt": ORION, "b.txt": ORION}, lambda s: (s / "b.txt").rename(s / "c.txt"),
                 "0 removed, 1 renamed", id="exact-copy-renamed"),
    pytest.param({"a.txt": ORION, "b.txt": ORION}, lambda s: (s / "a.txt").unlink(),
                 "1 removed, 0 renamed", id="original-of-a-copy-removed"),
    pytest.param({"a.txt": ORION, "b.txt": ATLAS},
                 lambda s: [(s / "a.txt").rename(s / "sub.txt"), (s / "b.txt").unlink()],
                 "1 removed, 1 renamed", id="renamed-and-removed"),
    pytest.param({"a.txt": ORION, "b.txt": ATLAS}, lambda s: (s / "a.txt").write_bytes(b""),
                 "0 removed, 0 renamed", id="emptied-is-an-edit"),
]


@pytest.mark.parametrize(("files", "change", "counted"), CHANGES)
def test_warehouse_equals_a_fresh_run_after_the_change(
        tmp_path: Path, use_light_nlp, wh, capsys, files, change, counted: str) -> None:
    seeds, db = tmp_path / "seeds", tmp_path / "w.duckdb"
    _seed(seeds, files)
    _run(wh, capsys, seeds, db)
    change(seeds)
    assert counted in _run(wh, capsys, seeds, db)
    fresh = tmp_path / "fresh.duckdb"
    _run(wh, capsys, seeds, fresh)
    assert wh.digest(db) == wh.digest(fresh)
    assert "0 new" in _run(wh, capsys, seeds, db)  # and the next run has nothing to do


def test_removed_file_stops_supporting_its_fact_in_the_same_run(
        tmp_path: Path, use_light_nlp, wh, capsys) -> None:
    seeds, db = tmp_path / "seeds", tmp_path / "w.duckdb"
    _seed(seeds, {"a.txt": ORION, "b.txt": ORION_AGAIN})
    _run(wh, capsys, seeds, db)
    [(before,)] = _query(db, "SELECT n_articles FROM facts WHERE predicate = 'parameter_count'")
    assert before == 2
    (seeds / "b.txt").unlink()
    _run(wh, capsys, seeds, db)
    assert _query(db, "SELECT path FROM articles") == [("a.txt",)]
    assert _query(db, "SELECT n_articles FROM facts WHERE predicate = 'parameter_count'") == [
        (1,)]


def test_renamed_file_is_not_read_again_nor_a_duplicate(
        tmp_path: Path, use_light_nlp, wh, capsys) -> None:
    seeds, db = tmp_path / "seeds", tmp_path / "w.duckdb"
    _seed(seeds, {"a.txt": ORION})
    _run(wh, capsys, seeds, db)
    (seeds / "a.txt").rename(seeds / "moved.txt")
    out = _run(wh, capsys, seeds, db)
    assert "0 new, 1 unchanged" in out and "1 renamed" in out
    assert _query(db, "SELECT path, status FROM articles") == [("moved.txt", "ok")]


def test_empty_folder_removes_nothing(tmp_path: Path, use_light_nlp, wh, capsys) -> None:
    """An empty folder is likelier a wrong --seeds than a deliberate wipe."""
    seeds, db = tmp_path / "seeds", tmp_path / "w.duckdb"
    _seed(seeds, {"a.txt": ORION})
    _run(wh, capsys, seeds, db)
    (seeds / "a.txt").unlink()
    assert "0 removed" in _run(wh, capsys, seeds, db)
    assert _query(db, "SELECT path FROM articles") == [("a.txt",)]
