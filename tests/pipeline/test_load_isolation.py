"""One article the warehouse rejects cannot fail its batch (issue 20, "nothing about one file
can fail a batch"): the batch is retried item by item, the rejected article is quarantined with
the reason, the others load, and the next run finds every file unchanged."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from warehouse import isolation, load

TEXTS = {
    "a.txt": "Quanta Labs said its model Orion-7 has 70 billion parameters.\n",
    "poison.txt": "Northwind Research released Atlas 2 with 1.2 trillion parameters.\n",
    "c.txt": "Helix AI said Vega 3 has 400 billion parameters.\n",
}


@pytest.fixture
def poisoned(monkeypatch: pytest.MonkeyPatch) -> None:
    """The warehouse rejects any insert that carries poison.txt: a real DuckDB error raised
    inside the load transaction, as a value the database refuses would raise it."""
    original = load.write_articles

    def write_articles(con, entries):
        if any(result.article.path == "poison.txt" for result, _, _ in entries):
            con.execute("SELECT error('value out of range for this column')")
        return original(con, entries)

    monkeypatch.setattr(load, "write_articles", write_articles)


def _rows(db: Path) -> dict[str, tuple[str, str | None]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {p: (s, e) for p, s, e in
                con.execute("SELECT path, status, error FROM articles").fetchall()}
    finally:
        con.close()


@pytest.mark.parametrize("batch", [pytest.param("3", id="one-batch"),
                                   pytest.param("2", id="first-of-two-batches")])
def test_rejected_article_is_quarantined_and_the_rest_load(
        tmp_path: Path, use_light_nlp, wh, poisoned, capsys, batch: str) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in TEXTS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    assert wh.run_cli(seeds, db, "--batch", batch) == 0
    rows = _rows(db)
    assert {p: s for p, (s, _) in rows.items()} == {
        "a.txt": "ok", "c.txt": "ok", "poison.txt": "quarantined"}
    assert "value out of range" in rows["poison.txt"][1]
    capsys.readouterr()
    assert wh.run_cli(seeds, db, "--batch", batch) == 0
    assert "0 new, 3 unchanged" in capsys.readouterr().out


@pytest.mark.parametrize(("error", "warehouse"), [
    pytest.param(duckdb.IOException("No space left on device"), True, id="disk-full"),
    pytest.param(duckdb.IOException('Could not set lock on file "w.duckdb"'), True, id="lock"),
    pytest.param(duckdb.ConnectionException("Connection already closed"), True, id="closed"),
    pytest.param(duckdb.InvalidInputException("value out of range"), False, id="bad-value"),
    pytest.param(duckdb.ConstraintException("Duplicate key"), False, id="constraint"),
])
def test_warehouse_failures_are_not_blamed_on_an_article(error: Exception,
                                                         warehouse: bool) -> None:
    assert isolation.is_warehouse_failure(error) is warehouse
