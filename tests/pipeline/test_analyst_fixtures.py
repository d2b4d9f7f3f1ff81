"""The invented articles of tests/fixtures/analyst/ read as a careful analyst reads them.

Each article (or pair) is one kind of language the facts layer must not misread as sources
disagreeing: a family's member sizes, a total and active size given by two sources, a size and
a component's size in one text, a decimal slip, a planned size a later figure replaced, plans
that move inside one text and across articles, measures and parts of a whole; and two pairs
of sources that really disagree the same week (on a size, on a planned date). The run is
real: the trained pipeline extracts the folder into a DuckDB file, and the assertions read
the contract's views.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from pipeline.history import SLIP_NOTE, subject_history

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "analyst"
B, T = 1e9, 1e12


@pytest.fixture(scope="module")
def analyst_db(extracted_db) -> duckdb.DuckDBPyConnection:
    return extracted_db(FIXTURES)


def sizes(con: duckdb.DuckDBPyConnection, subject: str) -> dict[tuple[float, str], dict]:
    """(value, scope group) -> fact row of the subject's parameter counts."""
    cursor = con.execute("SELECT * FROM facts WHERE subject = ? AND predicate = 'parameter_count'",
                         [subject])
    columns = [d[0] for d in cursor.description]
    rows = [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]
    return {(r["value"], "active" if r["scope"] == "active" else "total"): r for r in rows}


def plans(con: duckdb.DuckDBPyConnection, subject: str) -> dict[dt.date, dict]:
    cursor = con.execute("SELECT * FROM facts WHERE subject = ? AND predicate = 'release_date'",
                         [subject])
    columns = [d[0] for d in cursor.description]
    return {r["date_start"]: r for r in (dict(zip(columns, v, strict=True))
                                         for v in cursor.fetchall())}


def test_every_fixture_is_read(analyst_db: duckdb.DuckDBPyConnection) -> None:
    read = analyst_db.execute("SELECT count(*) FROM articles WHERE published_at IS NOT NULL")
    assert read.fetchone()[0] == len(list(FIXTURES.glob("*.txt")))


def test_only_the_sources_that_disagree_are_contested(
        analyst_db: duckdb.DuckDBPyConnection) -> None:
    questions = analyst_db.execute(
        "SELECT DISTINCT subject, predicate FROM facts WHERE status = 'contested'").fetchall()
    assert sorted(questions) == [("Corvus 6", "release_date"), ("Helios-3", "parameter_count")]
    helios = sizes(analyst_db, "Helios-3")
    assert set(helios) == {(1.2 * T, "total"), (3 * T, "total")}
    assert helios[(1.2 * T, "total")]["contested_with"] == [helios[(3 * T, "total")]["fact_id"]]


def test_two_sources_two_days_apart_disagree_on_a_plan(
        analyst_db: duckdb.DuckDBPyConnection) -> None:
    corvus = plans(analyst_db, "Corvus 6")
    q2, q4 = corvus[dt.date(2026, 4, 1)], corvus[dt.date(2026, 10, 1)]
    assert (q2["status"], q4["status"]) == ("contested", "contested")
    assert q2["superseded_by"] is None and q4["superseded_by"] is None


def test_member_sizes_of_a_family_are_each_a_member(analyst_db: duckdb.DuckDBPyConnection) -> None:
    lumora = sizes(analyst_db, "Lumora 4")
    assert set(lumora) == {(3 * B, "total"), (14 * B, "total"), (70 * B, "total")}
    assert {f["status"] for f in lumora.values()} == {"single_source"}


def test_a_version_list_gives_member_sizes(analyst_db: duckdb.DuckDBPyConnection) -> None:
    assert set(sizes(analyst_db, "Nova 3")) == {(8 * B, "total"), (32 * B, "total"),
                                                (120 * B, "total")}


def test_an_active_size_read_as_the_total_is_no_rival(
        analyst_db: duckdb.DuckDBPyConnection) -> None:
    zephra = sizes(analyst_db, "Zephra 2")
    assert zephra[(480 * B, "total")]["status"] == "single_source"
    assert zephra[(32 * B, "active")]["status"] == "single_source"
    assert zephra[(32 * B, "total")]["status"] == "single_source"  # the misread one


def test_a_component_size_is_not_the_models_size(analyst_db: duckdb.DuckDBPyConnection) -> None:
    orca = sizes(analyst_db, "Orca-2")
    assert orca[(90 * B, "total")]["status"] == "single_source"
    assert orca[(90 * B, "total")]["contested_with"] == []


def test_a_decimal_slip_is_one_source_and_marked(analyst_db: duckdb.DuckDBPyConnection) -> None:
    vega = sizes(analyst_db, "Vega-4")
    assert set(vega) == {(1.8 * T, "total"), (18 * T, "total")}
    assert {f["status"] for f in vega.values()} == {"single_source"}
    history = subject_history(analyst_db, "Vega-4")[("parameter_count", "total")]
    assert {r["note"] for r in history} == {SLIP_NOTE}


def test_a_slip_of_three_places_is_read_too(analyst_db: duckdb.DuckDBPyConnection) -> None:
    assert set(sizes(analyst_db, "Vega-3")) == {(1.76 * T, "total"), (176 * B, "total")}


def test_a_planned_size_a_later_figure_replaced_is_superseded(
        analyst_db: duckdb.DuckDBPyConnection) -> None:
    titan = sizes(analyst_db, "Titan-5")
    planned, stated = titan[(4 * T, "total")], titan[(3.2 * T, "total")]
    assert planned["status"] == "superseded"
    assert planned["superseded_by"] == stated["fact_id"]
    assert stated["status"] == "single_source"
    history = subject_history(analyst_db, "Titan-5")[("parameter_count", "total")]
    assert [(r["value_text"], r["role"]) for r in history] == [
        ("4 trillion", "new"), ("3.2 trillion", "revises")]


def test_a_planned_release_the_release_replaced_is_superseded(
        analyst_db: duckdb.DuckDBPyConnection) -> None:
    titan = plans(analyst_db, "Titan-5")
    released = titan[dt.date(2026, 4, 21)]
    assert released["event"] == "released" and released["status"] == "single_source"
    assert titan[dt.date(2026, 4, 1)]["superseded_by"] == released["fact_id"]


def test_a_plan_that_moved_in_one_text_and_then_across_articles(
        analyst_db: duckdb.DuckDBPyConnection) -> None:
    kestrel = plans(analyst_db, "Kestrel 2")
    q1, q2, q3, q4 = (kestrel[dt.date(2026, m, 1)] for m in (1, 4, 7, 10))
    assert [q1["superseded_by"], q2["superseded_by"], q3["superseded_by"]] == [
        q2["fact_id"], q3["fact_id"], q4["fact_id"]]
    assert q4["status"] == "single_source" and q4["superseded_by"] is None


def test_measures_and_parts_never_contest(analyst_db: duckdb.DuckDBPyConnection) -> None:
    rows = analyst_db.execute(
        "SELECT subject, measure, value, status FROM facts WHERE predicate = 'quantity'"
        " ORDER BY subject, value").fetchall()
    assert rows == [
        ("Beacon", "gpus", 20_000.0, "single_source"),
        ("Beacon", "gpus", 100_000.0, "single_source"),
        ("Brightwave Labs", "funding", 0.5 * B, "single_source"),  # an earlier round
        ("Brightwave Labs", "funding", 2 * B, "single_source"),
        ("Brightwave Labs", "valuation", 20 * B, "single_source"),
    ]


def test_every_claim_is_grounded_in_its_article(analyst_db: duckdb.DuckDBPyConnection) -> None:
    rows = analyst_db.execute(
        "SELECT a.text, c.char_start, c.char_end, c.value_text"
        " FROM claims c JOIN articles a USING (article_id)").fetchall()
    assert rows and all(text[s:e] == surface for text, s, e, surface in rows)
