"""facts --history: a subject's statements in publication order, and the release chart."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.history import (
    UNREAD_REPLACEMENT,
    claim_roles,
    one_per_article,
    plan_paths,
    slip_notes,
)
from pipeline.report.charts import release_timeline

JAN, MAR = dt.date(2026, 1, 5), dt.date(2026, 3, 5)


def row(fact: str, text: str, published: dt.date | None, status: str, *, path: str = "a.txt",
        superseded_by: str | None = None, contested_with: tuple = (), start: int = 0,
        window: tuple[dt.date, dt.date] = (dt.date(2026, 4, 1), dt.date(2026, 6, 30))) -> dict:
    return {"fact_id": fact, "claim_id": f"{fact}-{path}-{start}", "predicate": "release_date",
            "event": "planned", "value_text": text, "published_at": published, "path": path,
            "status": status, "superseded_by": superseded_by, "contested_with": contested_with,
            "char_start": start, "date_start": window[0], "date_end": window[1],
            "hedged": False}


def test_plan_history_reads_old_to_current() -> None:
    rows = one_per_article([
        row("q2", "Q2 2026", MAR, "single_source", path="b.txt", start=0),  # a headline first
        row("late", "late 2025", JAN, "superseded", superseded_by="q1"),
        row("q1", "Q1 2026", MAR, "superseded", path="b.txt", superseded_by="q2", start=90),
        row("q2", "Q2 2026", MAR, "single_source", path="b.txt", start=200),  # repeated
    ])
    assert [r["value_text"] for r in rows] == ["late 2025", "Q1 2026", "Q2 2026"]
    assert claim_roles(rows) == ["new", "revises", "revises"]
    assert plan_paths(rows) == [
        "2026-01-05 planned late 2025 \u2192 2026-03-05 planned Q1 2026 \u2192 "
        "2026-03-05 planned Q2 2026 (current)"]


def test_contests_and_agreement_and_undated_last() -> None:
    rows = one_per_article([
        row("ten", "10T", None, "contested", path="c.txt", contested_with=("six",)),
        row("six", "6T", JAN, "contested", contested_with=("ten",)),
        row("six", "6T", MAR, "contested", path="b.txt", contested_with=("ten",)),
    ])
    assert [(r["path"], role) for r, role in zip(rows, claim_roles(rows), strict=True)] == [
        ("a.txt", "new"), ("b.txt", "agrees"), ("c.txt", "contests")]
    assert plan_paths(rows)[1] == "undated planned 10T (contested)"


def test_a_part_of_a_whole_reads_as_a_part() -> None:
    """"180,000 GPUs, of which 60,000 are H200s": the part is not a new value of the whole."""
    whole = row("whole", "180,000 GPUs", JAN, "single_source") | {"predicate": "quantity"}
    part = row("part", "60,000", JAN, "single_source", start=40) | {
        "predicate": "quantity", "part_of_whole": True}
    assert claim_roles([whole, part]) == ["new", "part"]


@pytest.mark.parametrize(("told_as_replaced", "role"), [
    pytest.param({"revised_to_start": dt.date(2026, 7, 1)}, "recalls", id="plan_told_as_moved"),
    pytest.param({"revised_to_value": 3e12}, "recalls", id="size_told_as_revised"),
    pytest.param({}, "agrees", id="plain_restatement"),
])
def test_a_plan_told_again_only_as_history_recalls_it(told_as_replaced: dict, role: str) -> None:
    """"Originally expected in late 2025, now Q1 2026": the later text restates the old plan
    to say it moved; it does not agree with it."""
    rows = one_per_article([
        row("late", "late 2025", JAN, "superseded", superseded_by="q1"),
        row("late", "late 2025", MAR, "superseded", path="b.txt", superseded_by="q1",
            start=10) | told_as_replaced,
        row("q1", "Q1 2026", MAR, "single_source", path="b.txt", start=90),
    ])
    assert claim_roles(rows) == ["new", role, "revises"]


def test_a_plan_replaced_by_an_unread_plan_says_so() -> None:
    """The text moved the plan again, to a window no claim states: no step is current."""
    rows = one_per_article([
        row("mar", "March", JAN, "superseded", superseded_by="jun", start=0),
        row("jun", "June", JAN, "superseded", start=50),
    ])
    assert plan_paths(rows) == [
        "2026-01-05 planned March \u2192 2026-01-05 planned June" + UNREAD_REPLACEMENT]


def test_release_chart_greys_a_superseded_plan_and_points_at_its_replacement() -> None:
    svg = release_timeline([
        row("q1", "Q1 2026", JAN, "superseded", superseded_by="q2",
            window=(dt.date(2026, 1, 1), dt.date(2026, 3, 31))),
        row("q2", "Q2 2026", MAR, "single_source"),
    ])
    assert svg.count('marker-end="url(#arrow-replaced)"') == 1
    assert "superseded by a later plan" in svg


def size_row(fact: str, value: float, path: str, slip_with: tuple = ()) -> dict:
    return {"fact_id": fact, "predicate": "parameter_count", "value": value, "path": path,
            "slip_with": list(slip_with)}


def test_a_size_the_judge_marked_a_slip_is_noted_where_its_article_gives_both() -> None:
    # The judge (facts.judge) decides what is a slip; the history only shows it, on the rows
    # of an article that gives both figures: "e" comes from another article than "d".
    rows = [size_row("a", 1.8e12, "a.txt", ("b",)), size_row("b", 1.8e13, "a.txt", ("a",)),
            size_row("c", 6e12, "a.txt"), size_row("d", 1.76e11, "b.txt", ("e",)),
            size_row("e", 1.76e12, "c.txt", ("d",)), size_row("f", 7e9, "c.txt"),
            size_row("g", 7e10, "c.txt")]
    assert slip_notes(rows) == ["decimal slip?", "decimal slip?", "", "", "", "", ""]
