"""A variant's size under its family's name is no rival of the family's other sizes.

Invented names and sentences: "Zeta 3 8B" and "Zeta 3 70B" are the family "Zeta 3"'s members;
an article that calls the small one "Zeta 3" ("the 8-billion-parameter Zeta 3") gives that
member's size, not a second opinion on the family's size.
"""

from __future__ import annotations

import duckdb
import pytest

from extractors.types import Bound
from tests.warehouse.test_contests import B, T, size
from tests.warehouse.test_facts import article, ingest
from warehouse import db, facts, variants


@pytest.mark.parametrize(("name", "expected"), [
    ("Zeta 3 8B", ("Zeta 3", 8 * B)),
    ("Orca-1.5T", ("Orca", 1.5 * T)),
    ("nova_oss_120b", ("nova_oss", 120 * B)),
    ("Kestrel 2 350M", ("Kestrel 2", 350e6)),
    ("Mixtral 8x7B", None),       # experts times size: no one figure to repeat
    ("GPT-4", None),              # a version, not a size
    ("Zeta 3 8B Instruct", None),  # the size is not the name's end
    ("70B", None),                # the size is the whole name
])
def test_split_variant(name: str, expected: tuple[str, float] | None) -> None:
    assert variants.split_variant(name) == expected


def test_families_of_lists_only_sized_subjects() -> None:
    assert variants.families_of(["Zeta 3 8B", "Zeta 3", "Orca-2", "Orca-2 70B"]) == {
        "Zeta 3", "Orca-2"}


def _family_sizes() -> list[dict]:
    return [
        size("Zeta 3 has 70 billion parameters.", "70 billion", 70 * B, subject="Zeta 3"),
        size("The 8-billion-parameter Zeta 3 runs on a laptop.", "8-billion", 8 * B,
             subject="Zeta 3"),
    ]


def statuses(claims: list[dict], sizes: dict[str, set[float]] | None) -> dict[float, str]:
    built, _ = facts.build_facts(claims, sizes)
    return {f["value"]: f["status"] for f in built}


def test_without_a_named_variant_two_sizes_contest() -> None:
    assert statuses(_family_sizes(), None) == {70 * B: "contested", 8 * B: "contested"}


@pytest.mark.parametrize(("named", "expected"), [
    ({8 * B}, {70 * B: "single_source", 8 * B: "single_source"}),    # "Zeta 3 8B" is named
    ({8.03 * B}, {70 * B: "single_source", 8 * B: "single_source"}),  # the name rounds
    ({70 * B}, {70 * B: "single_source", 8 * B: "single_source"}),   # the other member named
    ({13 * B}, {70 * B: "contested", 8 * B: "contested"}),           # a member of another size
])
def test_a_size_a_variant_is_named_by_does_not_contest(named: set[float],
                                                       expected: dict[float, str]) -> None:
    assert statuses(_family_sizes(), {"zeta3": named}) == expected


def test_a_bound_is_not_read_as_a_variants_size() -> None:
    claims = _family_sizes()
    claims[1] |= {"bound": "at_most", "value_low": None}
    assert statuses(claims, {"zeta3": {8 * B}})[8 * B] == "contested"


# ---- the warehouse path: the variant named in a third article lifts the contest

ZETA_70 = article("a.txt", "Zeta 3 has 70 billion parameters.",
                  [("Zeta 3", "70 billion", 70 * B, Bound.EXACT)])
ZETA_8 = article("b.txt", "The small Zeta 3 has 8 billion parameters.",
                 [("Zeta 3", "8 billion", 8 * B, Bound.EXACT)])
ZETA_8B_NAMED = article("c.txt", "Zeta 3 8B has 8 billion parameters.",
                        [("Zeta 3 8B", "8 billion", 8 * B, Bound.EXACT)])


@pytest.fixture
def wh(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    db.apply_schema(con)
    return con


def family_statuses(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute(
        "SELECT value, status FROM facts WHERE subject = 'Zeta 3' ORDER BY value").fetchall()


def test_loading_a_named_variant_refreshes_its_family(wh: duckdb.DuckDBPyConnection) -> None:
    ingest(wh, ZETA_70, ZETA_8)
    assert family_statuses(wh) == [(8 * B, "contested"), (70 * B, "contested")]
    ingest(wh, ZETA_8B_NAMED)
    assert family_statuses(wh) == [(8 * B, "single_source"), (70 * B, "single_source")]


def test_the_stale_marks_include_the_family(wh: duckdb.DuckDBPyConnection) -> None:
    facts.mark_stale(wh, {"Zeta 3 8B"})
    marked = {k for (k,) in wh.execute("SELECT subject_key FROM stale_subjects").fetchall()}
    assert marked == {"zeta38b", "zeta3"}
