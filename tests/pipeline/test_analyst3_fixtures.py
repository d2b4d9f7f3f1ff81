"""The invented articles of tests/fixtures/analyst3/ read as a careful analyst reads them.

A third fixture set, written before reading the first two (tests/fixtures/analyst/,
analyst2/), with new phrasings of each kind: a round and a valuation ("raised ... in a Series C
round", "the deal values X at", "closed a ... round at a valuation of"); revenue next to an
annualised run-rate, and "a stake of" (three measures, no contest); parts of a whole ("of
which", "the remaining", "among them", "a further") across sentences; a cluster that "doubled
to 64,000 GPUs ..., up from 32,000" (a before and after); training tokens, a context window, a
price per million tokens and a power draw next to a parameter count; a size a maker planned in
March and stated differently in September (a revision, not a contest); two outlets two days
apart giving 2T and 600B (a real contest) and a syndicated copy of one of them that adds a
credit line; a correction line; a retraction a few days after the report. Labs and clusters
are invented, so no name list knows them. The run is real: the trained pipeline extracts the
folder into a DuckDB file and the assertions read the contract's views and ``facts --history``.

What the extractors do not read yet is marked xfail with the gap named.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipeline.history import subject_history

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "analyst3"
B, T = 1e9, 1e12


@pytest.fixture(scope="module")
def db(extracted_db) -> duckdb.DuckDBPyConnection:
    return extracted_db(FIXTURES)


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    cursor = con.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]


def sizes(con: duckdb.DuckDBPyConnection, subject: str) -> dict[float, dict]:
    return {f["value"]: f for f in rows(
        con, "SELECT * FROM facts WHERE subject = ? AND predicate = 'parameter_count'",
        [subject])}


def quantities(con: duckdb.DuckDBPyConnection, subject: str) -> dict[tuple, dict]:
    """(measure, value, part) -> the subject's quantity fact."""
    found = rows(con, "SELECT f.*, bool_or(c.part_of_whole) AS part FROM facts f"
                 " JOIN claims c USING (fact_id) WHERE f.subject = ? AND f.predicate = 'quantity'"
                 " GROUP BY ALL", [subject])
    return {(f["measure"], f["value"], bool(f["part"])): f for f in found}


def path_id(con: duckdb.DuckDBPyConnection, prefix: str) -> str:
    (article_id,), = con.execute("SELECT article_id FROM articles WHERE path LIKE ?",
                                 [f"%{prefix}_%"]).fetchall()
    return article_id


def test_every_fixture_is_read_with_its_date(db: duckdb.DuckDBPyConnection) -> None:
    read = db.execute("SELECT count(*) FROM articles WHERE published_at IS NOT NULL")
    assert read.fetchone()[0] == len(list(FIXTURES.glob("*.txt")))


def test_the_syndicated_copy_is_the_duplicate_not_the_original(
        db: duckdb.DuckDBPyConnection) -> None:
    """The copy adds a credit line, so by text alone it holds the original whole; it was
    published a day later, so it is the copy."""
    (status, original), = db.execute(
        "SELECT status, duplicate_of FROM articles WHERE path LIKE '%c10_%'").fetchall()
    assert (status, original) == ("duplicate", path_id(db, "c09"))
    (first,), = db.execute("SELECT status FROM articles WHERE path LIKE '%c09_%'").fetchall()
    assert first == "ok"


def test_rounds_and_valuations_are_two_measures(db: duckdb.DuckDBPyConnection) -> None:
    zephyr, corvid = quantities(db, "Zephyr Labs"), quantities(db, "Corvid AI")
    assert {("funding", 2.5 * B, False), ("valuation", 40 * B, False)} <= set(zephyr)
    assert {("funding", 0.6 * B, False), ("valuation", 9 * B, False)} <= set(corvid)


def test_revenue_run_rate_and_a_stake_are_three_measures(db: duckdb.DuckDBPyConnection) -> None:
    halden = quantities(db, "Halden AI")
    assert {("revenue", 0.4 * B, False), ("run_rate", 1.1 * B, False)} <= set(halden)
    assert all(f["status"] == "single_source" for f in halden.values())
    assert ("stake", 0.75 * B, False) in quantities(db, "Arcturus Cloud")


def test_parts_of_a_whole_are_parts(db: duckdb.DuckDBPyConnection) -> None:
    """"holds 180,000 GPUs, of which 60,000 ... The remaining 120,000 ... Among them are 20,000
    ... A further 50,000 GPUs will be added": one total, four parts and additions."""
    bright = quantities(db, "Brightwater")
    assert set(bright) == {("gpus", 180_000, False), ("gpus", 60_000, True),
                           ("gpus", 120_000, True), ("gpus", 20_000, True),
                           ("gpus", 50_000, True)}
    history = subject_history(db, "Brightwater")[("quantity", "gpus")]
    assert [r["role"] for r in history] == ["new", "part", "part", "part", "part"]


def test_a_doubled_cluster_is_a_before_and_after(db: duckdb.DuckDBPyConnection) -> None:
    kestrel = quantities(db, "Kestrel")
    before, after = kestrel[("gpus", 32_000, False)], kestrel[("gpus", 64_000, False)]
    assert before["status"] == "superseded" and before["superseded_by"] == after["fact_id"]
    assert after["status"] == "single_source"
    assert ("power", 90, False) in kestrel


def test_no_quantity_is_contested(db: duckdb.DuckDBPyConnection) -> None:
    contested = db.execute("SELECT DISTINCT subject FROM facts"
                           " WHERE status = 'contested' AND predicate = 'quantity'")
    assert contested.fetchall() == []


def test_other_measures_next_to_a_size_are_not_sizes(db: duckdb.DuckDBPyConnection) -> None:
    """22 trillion training tokens, a 256K context window and a price per million tokens."""
    assert set(sizes(db, "Talon 3")) == {340 * B}
    talon = quantities(db, "Talon 3")
    assert {("training_tokens", 22 * T, False), ("context_window", 256_000, False)} <= set(talon)
    assert not any(m in ("funding", "valuation", "revenue", "run_rate") for m, _, _ in talon)


def test_a_planned_size_the_maker_changed_is_a_revision(db: duckdb.DuckDBPyConnection) -> None:
    """March: "plans to build Talon 4 with about 1 trillion parameters"; September: "Talon 4
    has 800 billion parameters": the plan is history, not a rival of the released size."""
    talon = sizes(db, "Talon 4")
    assert talon[1 * T]["status"] == "superseded"
    assert talon[1 * T]["superseded_by"] == talon[800 * B]["fact_id"]
    assert talon[800 * B]["status"] == "single_source"
    history = subject_history(db, "Talon 4")[("parameter_count", "total")]
    assert [(str(r["published_at"]), r["role"]) for r in history] == [
        ("2025-03-03", "new"), ("2025-09-15", "revises")]


@pytest.mark.xfail(reason="extractor (dates): 'fewer than it had planned in March' gives a "
                          "planned release date of March 2025 for Talon 4 (the month the size "
                          "was planned, not a release plan)")
def test_the_released_model_has_no_current_plan(db: duckdb.DuckDBPyConnection) -> None:
    plans = rows(db, "SELECT status FROM facts WHERE subject = 'Talon 4'"
                     " AND predicate = 'release_date' AND event = 'planned'", [])
    assert all(p["status"] == "superseded" for p in plans)


def test_two_outlets_the_same_week_disagree_on_a_size(db: duckdb.DuckDBPyConnection) -> None:
    pellucid = sizes(db, "Pellucid 2")
    assert set(pellucid) == {2 * T, 600 * B}
    large, small = pellucid[2 * T], pellucid[600 * B]
    assert large["status"] == small["status"] == "contested"
    assert large["contested_with"] == [small["fact_id"]]
    # The syndicated copy repeats its original: one source, one article.
    assert (small["n_sources"], small["n_articles"]) == (1, 1)
    history = subject_history(db, "Pellucid 2")[("parameter_count", "total")]
    assert [(str(r["published_at"]), r["value_text"], r["role"]) for r in history] == [
        ("2025-10-06", "2 trillion", "new"), ("2025-10-08", "600 billion", "contests")]


def test_a_corrected_size_leaves_only_the_correct_one(db: duckdb.DuckDBPyConnection) -> None:
    myrtle = sizes(db, "Myrtle 6")
    assert {v for v, f in myrtle.items() if f["status"] != "superseded"} == {90 * B}


def test_a_retracted_report_is_withdrawn(db: duckdb.DuckDBPyConnection) -> None:
    """Nov 18: "Quasar 7 ... has 5 trillion parameters, according to a person ..."; Nov 20:
    "has retracted its Nov 18 report that Quasar 7 has 5 trillion parameters ... Lyra Systems
    said ... 1.5 trillion": the 5T is no longer anyone's claim and contests nothing."""
    quasar = sizes(db, "Quasar 7")
    assert quasar[5 * T]["status"] == "superseded"
    assert quasar[5 * T]["superseded_by"] == quasar[1.5 * T]["fact_id"]
    assert quasar[1.5 * T]["status"] == "single_source"
    denied = db.execute("SELECT count(*) FROM claims WHERE subject = 'Quasar 7' AND denied"
                        " AND fact_id IS NULL").fetchone()[0]
    assert denied == 1  # the retraction's own mention stays as evidence


def test_the_contested_questions_are_the_real_ones(db: duckdb.DuckDBPyConnection) -> None:
    questions = db.execute("SELECT DISTINCT subject, predicate FROM facts"
                           " WHERE status = 'contested' ORDER BY ALL").fetchall()
    assert questions == [("Pellucid 2", "parameter_count")]


def test_every_claim_is_grounded_in_its_article(db: duckdb.DuckDBPyConnection) -> None:
    found = db.execute("SELECT a.text, c.char_start, c.char_end, c.value_text"
                       " FROM claims c JOIN articles a USING (article_id)").fetchall()
    assert found and all(text[s:e] == surface for text, s, e, surface in found)
