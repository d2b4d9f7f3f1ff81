"""Plans that move are revisions, not contests; quantities contest only within one measure.

Claims are dicts as ``refresh_facts`` reads them; the end-to-end part runs the seed articles.
"""

from __future__ import annotations

import datetime as dt
from itertools import count
from pathlib import Path

import duckdb
import pytest

from warehouse import facts

_ids = count()
JAN, FEB, MAR = dt.date(2026, 1, 10), dt.date(2026, 2, 10), dt.date(2026, 3, 10)
H2_2025 = (dt.date(2025, 7, 1), dt.date(2025, 12, 31))
Q1_2026 = (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
Q2_2026 = (dt.date(2026, 4, 1), dt.date(2026, 6, 30))


def claim(**fields: object) -> dict:
    """A claim row with the columns the facts layer reads; ``fields`` override."""
    n = next(_ids)
    row = {
        "claim_id": f"c{n:04d}", "article_id": f"a{n}", "subject": "Nova 3",
        "subject_text": "Nova 3", "subject_type": "MODEL", "predicate": "release_date",
        "value": None, "value_low": None, "value_high": None, "bound": None, "unit": None,
        "scope": None, "event": "planned", "date_start": None, "date_end": None,
        "date_granularity": "quarter", "value_text": "x", "hedged": False, "confidence": 0.8,
        "article_status": "ok", "duplicate_of": None, "publisher": f"outlet{n}",
        "original_publisher": None, "published_at": None, "measure": None,
        "part_of_whole": False, "revised_to_start": None, "revised_to_end": None,
    }
    row.update(fields)
    return row


def plan(window: tuple[dt.date, dt.date], published: dt.date | None, **fields: object) -> dict:
    return claim(date_start=window[0], date_end=window[1], published_at=published, **fields)


def by_window(claims: list[dict]) -> dict[tuple, dict]:
    built, _ = facts.build_facts(claims)
    return {(f["date_start"], f["date_end"]): f for f in built}


def statuses(claims: list[dict]) -> dict[tuple, str]:
    return {k: f["status"] for k, f in by_window(claims).items()}


ACROSS_ARTICLES = [
    pytest.param([plan(H2_2025, JAN), plan(Q1_2026, FEB)],
                 {H2_2025: "superseded", Q1_2026: "single_source"}, id="later_article_replaces"),
    pytest.param([plan(Q1_2026, FEB), plan(H2_2025, JAN)],
                 {H2_2025: "superseded", Q1_2026: "single_source"}, id="loaded_out_of_order"),
    pytest.param([plan(H2_2025, JAN), plan(Q1_2026, FEB), plan(Q2_2026, MAR)],
                 {H2_2025: "superseded", Q1_2026: "superseded", Q2_2026: "single_source"},
                 id="chain_of_three"),
    pytest.param([plan(H2_2025, None), plan(Q1_2026, FEB)],
                 {H2_2025: "contested", Q1_2026: "contested"}, id="old_plan_undated_no_order"),
    pytest.param([plan(H2_2025, JAN), plan(Q1_2026, None)],
                 {H2_2025: "contested", Q1_2026: "contested"}, id="new_plan_undated_no_order"),
    pytest.param([plan(H2_2025, FEB), plan(Q1_2026, FEB)],
                 {H2_2025: "contested", Q1_2026: "contested"}, id="same_day_sources_disagree"),
    pytest.param([plan(H2_2025, FEB), plan(Q1_2026, FEB + dt.timedelta(days=5))],
                 {H2_2025: "contested", Q1_2026: "contested"}, id="same_week_sources_disagree"),
    pytest.param([plan(H2_2025, JAN), plan(Q1_2026, FEB), plan(H2_2025, MAR)],
                 {H2_2025: "corroborated", Q1_2026: "superseded"},
                 id="latest_statement_wins_even_a_return_to_the_old_plan"),
    pytest.param([plan(Q1_2026, JAN), plan(Q2_2026, FEB, event="released")],
                 {Q1_2026: "superseded", Q2_2026: "single_source"}, id="later_release_ends_plan"),
    pytest.param([plan(Q2_2026, FEB), plan(Q1_2026, JAN, event="released")],
                 {Q1_2026: "single_source", Q2_2026: "single_source"},
                 id="earlier_release_does_not_end_a_later_plan"),
    pytest.param([plan(Q1_2026, JAN), plan((dt.date(2026, 3, 1), dt.date(2026, 3, 31)), FEB)],
                 {Q1_2026: "single_source", (dt.date(2026, 3, 1), dt.date(2026, 3, 31)):
                  "single_source"}, id="narrowing_is_no_revision"),
]


@pytest.mark.parametrize(("claims", "expected"), ACROSS_ARTICLES)
def test_supersession_across_articles(claims: list[dict], expected: dict) -> None:
    assert statuses(claims) == expected


def test_superseded_by_names_the_next_step_and_keeps_its_confidence() -> None:
    built = by_window([plan(H2_2025, JAN), plan(Q1_2026, FEB), plan(Q2_2026, MAR)])
    assert built[H2_2025]["superseded_by"] == built[Q1_2026]["fact_id"]
    assert built[Q1_2026]["superseded_by"] == built[Q2_2026]["fact_id"]
    assert built[Q2_2026]["superseded_by"] is None
    # what its source said at the time: the support of one 0.8 claim, not a contest share
    assert built[H2_2025]["confidence"] == pytest.approx(0.8)
    assert built[H2_2025]["contested_with"] == []


def test_revision_inside_one_text_supersedes_without_dates() -> None:
    article = {"article_id": "a-one", "publisher": "one outlet"}
    built = by_window([
        plan(H2_2025, None, revised_to_start=Q1_2026[0], revised_to_end=Q1_2026[1], **article),
        plan(Q1_2026, None, revised_to_start=Q2_2026[0], revised_to_end=Q2_2026[1], **article),
        plan(Q2_2026, None, **article),
    ])
    assert [built[w]["status"] for w in (H2_2025, Q1_2026, Q2_2026)] == [
        "superseded", "superseded", "single_source"]
    assert built[H2_2025]["superseded_by"] == built[Q1_2026]["fact_id"]
    assert built[Q1_2026]["superseded_by"] == built[Q2_2026]["fact_id"]


def test_one_source_two_windows_is_a_sequence_not_a_contest() -> None:
    article = {"article_id": "a-one", "publisher": "one outlet"}
    assert set(statuses([plan(Q1_2026, JAN, **article), plan(Q2_2026, JAN, **article)]
                        ).values()) == {"single_source"}


def test_a_plan_revised_in_one_text_but_current_in_another_is_not_superseded() -> None:
    revised = plan(H2_2025, None, revised_to_start=Q1_2026[0], revised_to_end=Q1_2026[1],
                   article_id="a-one", publisher="one")
    assert statuses([revised, plan(Q1_2026, None, article_id="a-one", publisher="one"),
                     plan(H2_2025, None)])[H2_2025] != "superseded"


def revised(window: tuple[dt.date, dt.date], to: tuple[dt.date, dt.date],
            published: dt.date | None, **fields: object) -> dict:
    """A plan its own text says moved to ``to`` ("first expected in ..., now ...")."""
    return plan(window, published, revised_to_start=to[0], revised_to_end=to[1], **fields)


LATER = {"article_id": "a-later", "publisher": "later outlet"}
# A later text that tells an earlier plan as history revises the articles that stated it.
TOLD_AS_HISTORY = [
    pytest.param([plan(H2_2025, JAN), revised(H2_2025, Q1_2026, MAR, **LATER),
                  plan(Q1_2026, MAR, **LATER)],
                 {H2_2025: "superseded", Q1_2026: "single_source"},
                 id="later_text_tells_the_plan_as_history"),
    pytest.param([plan(H2_2025, JAN), plan(Q2_2026, JAN + dt.timedelta(days=2)),
                  revised(H2_2025, Q1_2026, MAR, **LATER), plan(Q1_2026, MAR, **LATER)],
                 {H2_2025: "superseded", Q2_2026: "superseded", Q1_2026: "single_source"},
                 id="old_contest_ends_when_a_later_text_moves_the_plan"),
    pytest.param([plan(H2_2025, MAR), revised(H2_2025, Q1_2026, MAR, **LATER),
                  plan(Q1_2026, MAR, **LATER)],
                 {H2_2025: "superseded", Q1_2026: "single_source"},
                 id="same_day_statement_is_what_the_revision_moved"),
    pytest.param([revised(H2_2025, Q1_2026, JAN, **LATER), plan(Q1_2026, JAN, **LATER),
                  plan(H2_2025, MAR)],
                 {H2_2025: "corroborated", Q1_2026: "superseded"},
                 id="plain_statement_after_the_revision_revives_the_plan"),
    pytest.param([plan(H2_2025, None), revised(H2_2025, Q1_2026, MAR, **LATER),
                  plan(Q1_2026, MAR, **LATER)],
                 {H2_2025: "contested", Q1_2026: "contested"},
                 id="undated_statement_no_order_guessed"),
]


@pytest.mark.parametrize(("claims", "expected"), TOLD_AS_HISTORY)
def test_a_plan_a_later_text_tells_as_history(claims: list[dict], expected: dict) -> None:
    assert statuses(claims) == expected


def test_the_plan_told_as_history_is_replaced_by_what_the_text_names() -> None:
    built = by_window([plan(H2_2025, JAN), revised(H2_2025, Q1_2026, MAR, **LATER),
                       plan(Q1_2026, MAR, **LATER)])
    assert built[H2_2025]["superseded_by"] == built[Q1_2026]["fact_id"]


def copy_of(original: dict, published: dt.date) -> dict:
    """A syndicated copy of ``original``'s article, published on another day."""
    return {**original, "claim_id": original["claim_id"] + "-copy",
            "article_id": original["article_id"] + "-copy", "publisher": "syndicator",
            "article_status": "duplicate", "duplicate_of": original["article_id"],
            "original_publisher": original["publisher"], "published_at": published}


def _copy_cases() -> list:
    first, rival = plan(H2_2025, FEB), plan(Q1_2026, FEB + dt.timedelta(days=2))
    old, new = plan(H2_2025, JAN), plan(Q1_2026, FEB)
    return [
        pytest.param([first, rival, copy_of(first, MAR)],
                     {H2_2025: "contested", Q1_2026: "contested"},
                     id="a_late_copy_is_no_later_statement"),
        pytest.param([old, new, copy_of(old, MAR)],
                     {H2_2025: "superseded", Q1_2026: "single_source"},
                     id="a_late_copy_does_not_revive_an_old_plan"),
    ]


@pytest.mark.parametrize(("claims", "expected"), _copy_cases())
def test_a_syndicated_copy_is_dated_by_its_original(claims: list[dict], expected: dict) -> None:
    assert statuses(claims) == expected


def size(value: float, published: dt.date | None, **fields: object) -> dict:
    return claim(predicate="parameter_count", event=None, value=value, value_low=value,
                 value_high=value, bound="exact", unit="parameters", scope="unspecified",
                 date_granularity=None, published_at=published, **fields)


def test_a_size_a_later_text_tells_as_revised_is_superseded() -> None:
    built, _ = facts.build_facts([
        size(2e12, JAN), size(2e12, MAR, revised_to_value=3e12, **LATER),
        size(3e12, MAR, **LATER)])
    by_value = {f["value"]: f for f in built}
    assert by_value[2e12]["status"] == "superseded"
    assert by_value[2e12]["superseded_by"] == by_value[3e12]["fact_id"]
    assert by_value[3e12]["status"] == "single_source"


def money(value: float, measure: str | None, **fields: object) -> dict:
    return claim(predicate="quantity", event=None, subject="Helix Labs", subject_type="ORG",
                 value=value, value_low=value, value_high=value, bound="exact", unit="USD",
                 measure=measure, **fields)


def test_a_later_figure_updates_a_quantity_of_the_same_measure() -> None:
    built, _ = facts.build_facts([money(5e9, "valuation", published_at=JAN),
                                  money(4e10, "valuation", published_at=MAR),
                                  money(3e9, "funding", published_at=JAN),
                                  money(4e9, "funding", published_at=JAN)])
    status = {(f["measure"], f["value"]): f["status"] for f in built}
    assert status == {("valuation", 5e9): "superseded", ("valuation", 4e10): "single_source",
                      ("funding", 3e9): "contested", ("funding", 4e9): "contested"}


def test_a_quantity_its_text_says_changed_is_superseded_without_dates() -> None:
    """"expanded the cluster from 100,000 to 200,000 GPUs": a before and an after, not a
    contest; no publication date is needed, the text gives the order."""
    def gpus(value: float, **fields: object) -> dict:
        return claim(predicate="quantity", event=None, subject="Halcyon",
                     subject_type="CLUSTER", value=value, value_low=value, value_high=value,
                     bound="exact", unit="GPU", measure="gpus", article_id="one", **fields)

    before, after = gpus(1e5, revised_to_value=2e5), gpus(2e5)
    built, _ = facts.build_facts([before, after])
    by_value = {f["value"]: f for f in built}
    assert by_value[1e5]["status"] == "superseded"
    assert by_value[1e5]["superseded_by"] == by_value[2e5]["fact_id"]
    assert by_value[2e5]["status"] == "single_source"


QUANTITY_CASES = [
    pytest.param([money(2e9, "funding"), money(4e10, "valuation")],
                 {"single_source"}, id="different_measures_never_contest"),
    pytest.param([money(2e9, "funding"), money(3e9, "funding")],
                 {"contested"}, id="same_measure_contests"),
    pytest.param([money(2e9, None), money(4e10, None)],
                 {"single_source"}, id="no_measure_no_contest"),
    pytest.param([money(2e9, "funding"), money(5e8, "funding", part_of_whole=True)],
                 {"single_source"}, id="part_never_contests_its_whole"),
]


@pytest.mark.parametrize(("claims", "expected"), QUANTITY_CASES)
def test_quantities_contest_within_one_measure(claims: list[dict], expected: set) -> None:
    built, _ = facts.build_facts(claims)
    assert len(built) == len(claims)  # different measures (or a part) never merge either
    assert {f["status"] for f in built} == expected


@pytest.mark.parametrize(("a", "b", "contested"), [
    pytest.param(1e12, 1.02e12, False, id="a_trillion_rounds_1.02T"),
    pytest.param(1e12, 1.6e12, True, id="a_trillion_is_not_1.6T"),
    pytest.param(1.7e11, 1.75e11, True, id="170B_vs_175B"),
    pytest.param(6e12, 1e13, True, id="6T_vs_10T"),
])
def test_round_figures_agree_with_their_roundings(a: float, b: float, contested: bool) -> None:
    sizes = [claim(predicate="parameter_count", event=None, value=v, value_low=v, value_high=v,
                   bound="exact", unit="parameters", scope="unspecified") for v in (a, b)]
    built, _ = facts.build_facts(sizes)
    assert {f["status"] == "contested" for f in built} == {contested}


# ---- end to end on the seed articles

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seeds_db(extracted_db) -> duckdb.DuckDBPyConnection:
    return extracted_db(SEEDS)


@pytest.mark.slow
def test_seeds_only_real_contests(seeds_db: duckdb.DuckDBPyConnection) -> None:
    questions = seeds_db.execute(
        "SELECT DISTINCT subject, predicate FROM facts WHERE status = 'contested'").fetchall()
    assert questions == [("Grok 5", "parameter_count")]
    sizes = seeds_db.execute(
        "SELECT value FROM facts WHERE status = 'contested' ORDER BY value").fetchall()
    assert [v for (v,) in sizes] == [6e12, 1e13]


@pytest.mark.slow
@pytest.mark.parametrize("subject", ["Anthropic", "Colossus 1"])
def test_seeds_no_contested_quantities(seeds_db: duckdb.DuckDBPyConnection, subject: str) -> None:
    rows = seeds_db.execute(
        "SELECT status, measure FROM facts WHERE subject = ? AND predicate = 'quantity'",
        [subject]).fetchall()
    assert rows and all(status != "contested" for status, _ in rows)
    assert all(measure is not None for _, measure in rows)


@pytest.mark.slow
def test_seeds_grok5_original_targets_superseded(seeds_db: duckdb.DuckDBPyConnection) -> None:
    rows = seeds_db.execute(
        "SELECT c.value_text, f.status, f.superseded_by FROM claims c JOIN facts f USING (fact_id)"
        " WHERE c.subject = 'Grok 5' AND c.predicate = 'release_date'").fetchall()
    by_text = {text: (status, replaced_by) for text, status, replaced_by in rows}
    assert by_text["late 2025"][0] == by_text["Q1 2026"][0] == "superseded"
    current = seeds_db.execute("SELECT fact_id FROM facts WHERE subject = 'Grok 5'"
                               " AND predicate = 'release_date' AND date_start = DATE '2026-04-01'"
                               " AND date_end = DATE '2026-06-30'").fetchone()
    assert by_text["Q1 2026"][1] == current[0]


@pytest.mark.slow
def test_seeds_claims_carry_their_articles_date(seeds_db: duckdb.DuckDBPyConnection) -> None:
    mismatched = seeds_db.execute(
        "SELECT count(*) FROM claims c JOIN articles a USING (article_id)"
        " WHERE c.published_at IS DISTINCT FROM a.published_at").fetchone()[0]
    assert mismatched == 0


def test_an_unresolved_date_stays_evidence_but_forms_no_fact() -> None:
    unresolved = claim(value_text="early May", published_at=None)
    resolved = plan(Q2_2026, JAN)
    built, claim_to_fact = facts.build_facts([unresolved, resolved])
    assert [(f["date_start"], f["date_end"]) for f in built] == [Q2_2026]
    assert unresolved["claim_id"] not in claim_to_fact


def test_a_size_changed_in_its_own_text_is_superseded_not_contested() -> None:
    def size(value: float, **fields: object) -> dict:
        return claim(predicate="parameter_count", event=None, value=value, value_low=value,
                     value_high=value, bound="exact", unit="parameters", scope="unspecified",
                     article_id="a-one", publisher="one", **fields)

    built, _ = facts.build_facts([size(2e12, revised_to_value=3e12), size(3e12)])
    by_value = {f["value"]: f for f in built}
    assert by_value[2e12]["status"] == "superseded"
    assert by_value[2e12]["superseded_by"] == by_value[3e12]["fact_id"]
    assert by_value[3e12]["status"] == "single_source"


@pytest.mark.parametrize(
    ("bindings", "expected"),
    [
        pytest.param(["size_list"] * 3, {"single_source"}, id="member_sizes_of_one_family"),
        pytest.param(["copula", "copula"], {"contested"}, id="two_readings_of_one_size"),
        pytest.param(["size_list", "copula"], {"single_source"}, id="list_beside_a_reading"),
    ],
)
def test_a_family_size_list_is_not_a_contest(bindings: list[str], expected: set[str]) -> None:
    sizes = [7e9, 13e9, 65e9]
    built, _ = facts.build_facts([
        claim(predicate="parameter_count", event=None, value=v, value_low=v, value_high=v,
              bound="exact", unit="parameters", scope="unspecified", subject="Lumen",
              subject_text="Lumen", binding=b, date_granularity=None)
        for v, b in zip(sizes, bindings, strict=False)])
    assert {f["status"] for f in built} == expected


# ---- figures reported only to be denied or withdrawn (``claims.denied``)

NOV18, NOV20 = dt.date(2025, 11, 18), dt.date(2025, 11, 20)


def test_a_denied_rumour_forms_no_fact() -> None:
    """"Halcyon denied a rumour that Corax 2 has 10 trillion parameters ... Corax 2 has 400
    billion": the rumour is evidence, the company's figure the only fact."""
    rumour = size(1e13, NOV18, article_id="one", denied=True, hedged=True)
    stated = size(4e11, NOV18, article_id="one")
    built, claim_to_fact = facts.build_facts([rumour, stated])
    assert [(f["value"], f["status"]) for f in built] == [(4e11, "single_source")]
    assert rumour["claim_id"] not in claim_to_fact


@pytest.mark.parametrize(("retracted_on", "expected"), [
    pytest.param(NOV20, "superseded", id="retraction_after_the_report"),
    pytest.param(dt.date(2025, 11, 1), "contested", id="a_denial_before_the_report"),
    pytest.param(None, "contested", id="undated_retraction_no_order"),
])
def test_a_retraction_withdraws_the_reported_figure(retracted_on: dt.date | None,
                                                     expected: str) -> None:
    report = size(5e12, NOV18, hedged=True)
    retraction = size(5e12, retracted_on, article_id="retraction", denied=True, hedged=True)
    maker = size(1.5e12, retracted_on, article_id="retraction")
    built, _ = facts.build_facts([report, retraction, maker])
    by_value = {f["value"]: f for f in built}
    assert by_value[5e12]["status"] == expected
    if expected == "superseded":
        assert by_value[5e12]["superseded_by"] == by_value[1.5e12]["fact_id"]
        assert by_value[1.5e12]["status"] == "single_source"
