"""End to end: the extract flow on the five seeds into a temporary DuckDB file."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pipeline.flows import extract, extract_in_process

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

CONTRACT_COLUMNS = {
    "articles": [
        "article_id",
        "path",
        "title",
        "publisher",
        "published_at",
        "text",
        "status",
        "duplicate_of",
        "error",
    ],
    "mentions": ["article_id", "name", "type", "text", "char_start", "char_end"],
    "claims": [
        "claim_id",
        "fact_id",
        "article_id",
        "subject",
        "subject_type",
        "predicate",
        "value",
        "value_low",
        "value_high",
        "bound",
        "unit",
        "scope",
        "event",
        "date_start",
        "date_end",
        "date_granularity",
        "value_text",
        "char_start",
        "char_end",
        "sentence",
        "hedged",
        "hedge_cues",
        "attribution",
        "confidence",
    ],
    "facts": [
        "fact_id",
        "subject",
        "subject_type",
        "predicate",
        "value",
        "value_low",
        "value_high",
        "bound",
        "unit",
        "scope",
        "event",
        "date_start",
        "date_end",
        "date_granularity",
        "hedged",
        "confidence",
        "n_claims",
        "n_articles",
        "n_sources",
        "status",
        "first_published",
        "last_published",
    ],
}
# Columns that legitimately differ between two runs of the same input.
VOLATILE = {"loaded_at"}


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every contract view's rows, sorted, without run-time columns."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for view in CONTRACT_COLUMNS:
            cols = [
                r[0] for r in con.execute(f"DESCRIBE {view}").fetchall() if r[0] not in VOLATILE
            ]
            out[view] = sorted(
                con.execute(f"SELECT {', '.join(cols)} FROM {view}").fetchall(), key=repr
            )
        return out
    finally:
        con.close()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seeds plus one binary file, extracted once into a fresh warehouse."""
    root = tmp_path_factory.mktemp("e2e")
    seeds = root / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "broken.txt").write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
    db = root / "facts.duckdb"
    summary = extract_in_process(seeds_dir=seeds, db_path=db)
    assert summary.new == 5
    assert summary.quarantined == 1
    return seeds, db


@pytest.mark.slow
def test_contract_views_have_their_columns(seeded: tuple[Path, Path]) -> None:
    con = duckdb.connect(str(seeded[1]), read_only=True)
    for view, columns in CONTRACT_COLUMNS.items():
        present = [r[0] for r in con.execute(f"DESCRIBE {view}").fetchall()]
        assert present[: len(columns)] == columns, view
    con.close()


@pytest.mark.slow
def test_every_view_is_filled_from_the_seeds(seeded: tuple[Path, Path]) -> None:
    con = duckdb.connect(str(seeded[1]), read_only=True)
    counts = {v: con.execute(f"SELECT count(*) FROM {v}").fetchone()[0] for v in CONTRACT_COLUMNS}
    con.close()
    assert counts["articles"] == 6
    assert counts["mentions"] > 50
    assert counts["claims"] > 10
    assert counts["facts"] > 5


@pytest.mark.slow
def test_offsets_slice_the_article_text(seeded: tuple[Path, Path]) -> None:
    """The grounding invariant, on every claim, mention and hedge cue of every seed."""
    con = duckdb.connect(str(seeded[1]), read_only=True)
    texts = dict(con.execute("SELECT article_id, text FROM articles").fetchall())
    claims = con.execute(
        "SELECT article_id, char_start, char_end, value_text, sentence_start, sentence_end,"
        " sentence, subject_start, subject_end, subject_text, hedge_cues, hedge_cue_starts,"
        " hedge_cue_ends FROM claim_rows"
    ).fetchall()
    mentions = con.execute("SELECT article_id, char_start, char_end, text FROM mentions").fetchall()
    con.close()
    for aid, start, end, surface in mentions:
        assert texts[aid][start:end] == surface
    for (
        aid,
        start,
        end,
        value_text,
        s_start,
        s_end,
        sentence,
        subj_start,
        subj_end,
        subj_text,
        cues,
        cue_starts,
        cue_ends,
    ) in claims:
        text = texts[aid]
        assert text[start:end] == value_text
        assert text[s_start:s_end] == sentence
        assert s_start <= start and end <= s_end
        if subj_start is not None:
            assert text[subj_start:subj_end] == subj_text
        for cue, cue_start, cue_end in zip(cues, cue_starts, cue_ends, strict=True):
            assert text[cue_start:cue_end] == cue


@pytest.mark.slow
def test_binary_file_is_quarantined_with_a_reason(seeded: tuple[Path, Path]) -> None:
    con = duckdb.connect(str(seeded[1]), read_only=True)
    status, error = con.execute(
        "SELECT status, error FROM articles WHERE path = 'broken.txt'"
    ).fetchone()
    con.close()
    assert status == "quarantined"
    assert error and "pdf" in error.lower()


@pytest.mark.slow
def test_rerun_adds_nothing(seeded: tuple[Path, Path]) -> None:
    seeds, db = seeded
    before = snapshot(db)
    summary = extract_in_process(seeds_dir=seeds, db_path=db)
    assert (summary.new, summary.unchanged) == (0, 6)
    assert snapshot(db) == before


@pytest.mark.slow
def test_same_input_gives_same_ids_and_rows(seeded: tuple[Path, Path], tmp_path: Path) -> None:
    seeds, db = seeded
    other = tmp_path / "again.duckdb"
    extract_in_process(seeds_dir=seeds, db_path=other)
    assert snapshot(other) == snapshot(db)


@pytest.mark.slow
def test_edited_article_replaces_exactly_its_rows(
    seeded: tuple[Path, Path], tmp_path: Path
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(seeded[0], seeds)
    db = tmp_path / "edit.duckdb"
    extract_in_process(seeds_dir=seeds, db_path=db)
    before = snapshot(db)
    target = seeds / "004_d34739c98715c214.txt"
    # an edit inside the body (text after the page's "related" links is boilerplate, cut)
    original = target.read_text(encoding="utf-8")
    target.write_text(
        original.replace("\n\n", "\n\nAn added neutral paragraph.\n\n", 1), encoding="utf-8"
    )
    summary = extract_in_process(seeds_dir=seeds, db_path=db)
    after = snapshot(db)
    assert (summary.new, summary.unchanged) == (1, 5)
    old_ids = {r[0] for r in before["articles"]}
    new_ids = {r[0] for r in after["articles"]}
    assert len(old_ids - new_ids) == 1 and len(new_ids - old_ids) == 1
    untouched = old_ids & new_ids
    assert [r for r in before["claims"] if r[2] in untouched] == [
        r for r in after["claims"] if r[2] in untouched
    ]


@pytest.mark.slow
def test_prefect_flow_runs_under_the_harness(prefect_harness: None, tmp_path: Path) -> None:
    """The real Prefect flow (tasks, artifact) on one seed, against a throw-away API."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / "004_d34739c98715c214.txt", seeds)
    summary = extract(seeds_dir=seeds, db_path=tmp_path / "flow.duckdb")
    assert summary.new == 1
    con = duckdb.connect(str(tmp_path / "flow.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] > 0
    con.close()
