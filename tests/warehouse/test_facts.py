"""Facts across articles: identity, compatibility, independence, confidence, refresh."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from extractors.types import (
    Article,
    ArticleRecords,
    ArticleResult,
    Bound,
    CharSpan,
    Claim,
    DuplicateDecision,
    EntityType,
    Predicate,
    Scope,
)
from warehouse import db, facts, load

T, B = 1e12, 1e9
MAY = dt.date(2026, 5, 1)


def claim(
    value: float | None = None,
    bound: str = "exact",
    scope: str = "unspecified",
    *,
    subject: str = "Grok 5",
    predicate: str = "parameter_count",
    **extra: object,
) -> dict:
    """A claim dict as ``refresh_facts`` reads it from the warehouse."""
    row = {
        "claim_id": extra.pop("claim_id", f"c{id(extra)}"),
        "article_id": "a1",
        "subject": subject,
        "subject_text": subject,
        "subject_type": "MODEL",
        "predicate": predicate,
        "value": value,
        "value_low": value,
        "value_high": value,
        "bound": bound,
        "unit": "parameters",
        "scope": scope,
        "event": None,
        "date_start": None,
        "date_end": None,
        "date_granularity": None,
        "value_text": "x",
        "hedged": False,
        "confidence": 0.9,
        "article_status": "ok",
        "duplicate_of": None,
        "publisher": None,
        "original_publisher": None,
        "published_at": None,
    }
    row.update(extra)
    return row


def span_range(low: float, high: float, scope: str = "unspecified") -> dict:
    return claim(None, "range", scope, value_low=low, value_high=high)


def release(start: dt.date, end: dt.date, event: str = "planned") -> dict:
    return claim(
        predicate="release_date",
        bound=None,
        scope=None,
        event=event,
        date_start=start,
        date_end=end,
        unit=None,
    )


SAME, COMPATIBLE, CONTESTED, UNRELATED = (
    facts.Relation.SAME_FACT,
    facts.Relation.COMPATIBLE,
    facts.Relation.CONTESTED,
    facts.Relation.UNRELATED,
)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(claim(0.5 * T), claim(500 * B, "approx"), SAME, id="about_500B_is_0.5T"),
        pytest.param(claim(0.5 * T), claim(500 * B), SAME, id="0.5T_is_500B"),
        pytest.param(
            claim(1.76 * T),
            claim(1.760 * T, scope="total"),
            SAME,
            id="unspecified_scope_reads_as_total",
        ),
        pytest.param(
            claim(1 * T, "at_least"), claim(1.76 * T), COMPATIBLE, id="over_1T_and_1.76T_agree"
        ),
        pytest.param(
            claim(1.8 * T, "approx"), claim(1.76 * T), COMPATIBLE, id="about_1.8T_and_1.76T_agree"
        ),
        pytest.param(span_range(1 * T, 2 * T), claim(1.76 * T), COMPATIBLE, id="range_holds_value"),
        pytest.param(
            claim(1 * T, "at_most"), claim(0.5 * T), COMPATIBLE, id="at_most_holds_smaller"
        ),
        pytest.param(
            claim(1 * T, "at_least"), claim(1 * T), COMPATIBLE, id="over_1T_and_1T_are_two_facts"
        ),
        pytest.param(claim(6 * T), claim(10 * T), CONTESTED, id="grok5_6T_vs_10T"),
        pytest.param(
            claim(6 * T, scope="total"), claim(10 * T), CONTESTED, id="total_vs_unspecified_contest"
        ),
        pytest.param(
            claim(1.76 * T), claim(1.8 * T), CONTESTED, id="exact_figures_beyond_rounding"
        ),
        pytest.param(
            claim(1 * T, "at_most"), claim(6 * T), CONTESTED, id="at_most_excludes_larger"
        ),
        pytest.param(span_range(1 * T, 2 * T), claim(6 * T), CONTESTED, id="range_excludes_value"),
        pytest.param(
            claim(671 * B, scope="total"),
            claim(37 * B, scope="active"),
            UNRELATED,
            id="total_and_active_never_contest",
        ),
        pytest.param(
            claim(671 * B),
            claim(37 * B, scope="active"),
            UNRELATED,
            id="unspecified_and_active_never_contest",
        ),
        pytest.param(
            claim(6 * T, subject="Grok-5"), claim(6 * T), SAME, id="hyphen_spelling_merges"
        ),
        pytest.param(
            claim(0.5 * T, subject="Grok 4.2"),
            claim(0.5 * T, subject="Grok 4.20"),
            UNRELATED,
            id="versions_never_merge",
        ),
        pytest.param(
            claim(8 * B, subject="Llama 3 8B"),
            claim(405 * B, subject="Llama 3 405B"),
            UNRELATED,
            id="size_in_name_is_a_variant",
        ),
        pytest.param(
            claim(8 * B, subject="Llama 3", subject_text="Llama 3 8B"),
            claim(405 * B, subject="Llama 3", subject_text="Llama 3 405B"),
            UNRELATED,
            id="variant_size_dropped_by_alias_still_a_variant",
        ),
        pytest.param(
            claim(405 * B, subject="Llama 3", subject_text="Llama 3 405B"),
            claim(70 * B, subject="Llama 3"),
            UNRELATED,
            id="variant_never_contests_base_name",
        ),
        pytest.param(
            release(MAY, dt.date(2026, 5, 10)),
            release(dt.date(2026, 5, 5), dt.date(2026, 5, 5)),
            COMPATIBLE,
            id="early_may_holds_may_5",
        ),
        pytest.param(
            release(MAY, dt.date(2026, 5, 31)),
            release(dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
            CONTESTED,
            id="planned_may_vs_q4",
        ),
        pytest.param(
            release(MAY, MAY, "released"),
            release(dt.date(2026, 7, 1), dt.date(2026, 7, 1)),
            COMPATIBLE,
            id="different_events_never_contest",
        ),
        pytest.param(
            claim(200e3, predicate="quantity", unit="GPU"),
            claim(1.2e9, predicate="quantity", unit="W"),
            COMPATIBLE,
            id="different_units_never_contest",
        ),
    ],
)
def test_relation(a: dict, b: dict, expected: facts.Relation) -> None:
    assert facts.relation(a, b) is expected
    assert facts.relation(b, a) is expected


def test_fact_id_is_deterministic_and_order_free() -> None:
    claims = [
        claim(6 * T, claim_id="c1"),
        claim(6.0 * T, "approx", claim_id="c2"),
        claim(10 * T, claim_id="c3", article_id="a2"),
    ]
    first, mapping = facts.build_facts(claims)
    again, mapping_again = facts.build_facts(list(reversed(claims)))
    assert first == again
    assert mapping == mapping_again
    assert mapping["c1"] == mapping["c2"] != mapping["c3"]
    assert mapping["c1"] == facts.fact_id_for(facts.fact_key(claims[0]))


def _one_fact(claims: list[dict]) -> dict:
    built, _ = facts.build_facts(claims)
    assert len(built) == 1
    return built[0]


@pytest.mark.parametrize(
    ("second", "status", "n_articles", "n_sources"),
    [
        pytest.param(
            {"article_id": "a2", "publisher": "wired"}, "corroborated", 2, 2, id="two_publishers"
        ),
        pytest.param(
            {"article_id": "a2", "publisher": None},
            "corroborated",
            2,
            2,
            id="two_unattributed_articles",
        ),
        pytest.param(
            {"article_id": "a2", "publisher": "Noze"},
            "single_source",
            2,
            1,
            id="same_publisher_two_articles",
        ),
        pytest.param(
            {"article_id": "a2", "publisher": "www.noze"},
            "single_source",
            2,
            1,
            id="same_publisher_other_spelling",
        ),
        pytest.param(
            {
                "article_id": "a2",
                "publisher": "wired",
                "article_status": "duplicate",
                "duplicate_of": "a1",
                "original_publisher": "noze",
            },
            "single_source",
            1,
            1,
            id="syndicated_copy_adds_nothing",
        ),
        pytest.param({"article_id": "a1"}, "single_source", 1, 1, id="repeat_in_one_article"),
    ],
)
def test_independence(second: dict, status: str, n_articles: int, n_sources: int) -> None:
    first = claim(0.5 * T, claim_id="c1", publisher="noze")
    fact = _one_fact([first, claim(0.5 * T, claim_id="c2", **{"publisher": "noze"} | second)])
    assert (fact["status"], fact["n_articles"], fact["n_sources"]) == (
        status,
        n_articles,
        n_sources,
    )


def test_copy_alone_still_supports_its_fact() -> None:
    """A fact only the copy states (its original's reading missed it) keeps that source."""
    fact = _one_fact(
        [
            claim(
                0.5 * T,
                claim_id="c1",
                article_id="dup",
                article_status="duplicate",
                duplicate_of="orig",
                publisher="wired",
                original_publisher="noze",
            )
        ]
    )
    assert (fact["n_sources"], fact["n_articles"]) == (1, 1)
    assert fact["confidence"] > 0


def test_confidence_orders_by_support() -> None:
    single = _one_fact([claim(6 * T, claim_id="c1")])["confidence"]
    hedged = _one_fact([claim(6 * T, claim_id="c1", hedged=True)])["confidence"]
    two = _one_fact([claim(6 * T, claim_id="c1"), claim(6 * T, claim_id="c2", article_id="a2")])
    contested, _ = facts.build_facts(
        [claim(6 * T, claim_id="c1"), claim(10 * T, claim_id="c2", article_id="a2")]
    )
    assert hedged < single < two["confidence"] < 1
    assert single == pytest.approx(0.9)
    assert all(f["status"] == "contested" for f in contested)
    assert all(f["confidence"] < single for f in contested)
    assert sorted(f["contested_with"][0] for f in contested) == sorted(
        f["fact_id"] for f in contested
    )


def test_contest_weighs_support() -> None:
    built, _ = facts.build_facts(
        [
            claim(6 * T, claim_id="c1"),
            claim(6 * T, claim_id="c2", article_id="a2"),
            claim(10 * T, claim_id="c3", article_id="a3"),
        ]
    )
    by_value = {f["value"]: f for f in built}
    assert by_value[6 * T]["confidence"] > by_value[10 * T]["confidence"]


# ---- the warehouse path: hand-built records through load + refresh_facts


def article(
    path: str,
    text: str,
    claims: list[tuple[str, str, float, Bound]],
    *,
    publisher: str | None = None,
) -> ArticleResult:
    """An extracted article; offsets are located here only to build the fixture."""
    rows = []
    for subject, surface, value, bound in claims:
        s, v = text.index(subject), text.index(surface)
        rows.append(
            Claim(
                predicate=Predicate.PARAMETER_COUNT,
                subject=subject,
                subject_type=EntityType.MODEL,
                subject_span=CharSpan(start=s, end=s + len(subject), text=subject),
                value_span=CharSpan(start=v, end=v + len(surface), text=surface),
                sentence=CharSpan(start=0, end=len(text), text=text),
                value=value,
                value_low=value,
                value_high=value,
                bound=bound,
                unit="parameters",
                scope=Scope.UNSPECIFIED,
                binding="copula",
                confidence=0.9,
            )
        )
    art = Article(
        article_id=f"id-{path}-{len(text)}",
        path=path,
        text=text,
        publisher=publisher,
        published_at=dt.date(2026, 3, 7),
    )
    return ArticleResult(
        article=art, records=ArticleRecords(article_id=art.article_id, claims=tuple(rows))
    )


GROK5_6T = article(
    "a.txt", "Grok 5 has 6 trillion parameters.", [("Grok 5", "6 trillion", 6 * T, Bound.EXACT)]
)
GROK5_10T = article(
    "b.txt", "Grok 5 will have 10T parameters.", [("Grok 5", "10T", 10 * T, Bound.EXACT)]
)
GROK42 = article(
    "c.txt", "Grok 4.2 uses 0.5T parameters.", [("Grok 4.2", "0.5T", 0.5 * T, Bound.EXACT)]
)


def ingest(
    con: duckdb.DuckDBPyConnection, *results: ArticleResult, duplicate_of: str | None = None
) -> int:
    """Load articles and refresh their facts in one transaction, as the load task does."""
    with db.transaction(con):
        touched: set[str] = set()
        for r in results:
            touched |= load.write_article(
                con, r, r.article.article_id, DuplicateDecision(duplicate_of=duplicate_of)
            )
        return facts.refresh_facts(con, touched)


def fact_table(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT * FROM facts ORDER BY fact_id").fetchall()


@pytest.fixture
def wh(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    db.apply_schema(con)
    return con


def test_adding_an_article_touches_only_its_subjects(wh: duckdb.DuckDBPyConnection) -> None:
    assert ingest(wh, GROK5_6T) == 1
    # a marker that a recompute of Grok 5 would overwrite
    wh.execute("UPDATE fact_rows SET confidence = -1 WHERE subject = 'Grok 5'")
    assert ingest(wh, GROK42) == 1
    assert wh.execute("SELECT confidence FROM facts WHERE subject = 'Grok 5'").fetchall() == [(-1,)]
    assert ingest(wh, GROK5_10T) == 2
    rows = wh.execute(
        "SELECT value, status, confidence FROM facts WHERE subject = 'Grok 5' ORDER BY value"
    ).fetchall()
    assert [(v, s) for v, s, _ in rows] == [(6 * T, "contested"), (10 * T, "contested")]
    assert all(c > 0 for _, _, c in rows)


def test_rerun_adds_nothing(wh: duckdb.DuckDBPyConnection) -> None:
    ingest(wh, GROK5_6T, GROK5_10T, GROK42)
    before = fact_table(wh)
    claims_before = wh.execute("SELECT * FROM claims ORDER BY claim_id").fetchall()
    ingest(wh, GROK5_6T, GROK5_10T, GROK42)
    assert fact_table(wh) == before
    assert wh.execute("SELECT * FROM claims ORDER BY claim_id").fetchall() == claims_before


def test_every_claim_points_at_its_fact(wh: duckdb.DuckDBPyConnection) -> None:
    ingest(wh, GROK5_6T, GROK5_10T, GROK42)
    orphans = wh.execute(
        "SELECT count(*) FROM claims c LEFT JOIN facts f USING (fact_id) WHERE f.fact_id IS NULL"
    ).fetchone()
    assert orphans == (0,)


def test_removing_the_rival_lifts_the_contest(wh: duckdb.DuckDBPyConnection) -> None:
    ingest(wh, GROK5_6T, GROK5_10T)
    edited = article(
        "b.txt",
        "Grok 5 will have 6 trillion parameters, sources say.",
        [("Grok 5", "6 trillion", 6 * T, Bound.EXACT)],
    )
    ingest(wh, edited)
    assert wh.execute("SELECT value, status, n_articles FROM facts").fetchall() == [
        (6 * T, "corroborated", 2)
    ]


def test_duplicate_article_does_not_corroborate(wh: duckdb.DuckDBPyConnection) -> None:
    ingest(wh, GROK42)
    copy = article(
        "copy.txt",
        "Grok 4.2 uses 0.5T parameters. Syndicated.",
        [("Grok 4.2", "0.5T", 0.5 * T, Bound.EXACT)],
        publisher="wire",
    )
    ingest(wh, copy, duplicate_of=GROK42.article.article_id)
    assert wh.execute("SELECT status, n_claims, n_articles, n_sources FROM facts").fetchall() == [
        ("single_source", 2, 1, 1)
    ]


def _mark(con: duckdb.DuckDBPyConnection, *results: ArticleResult) -> None:
    """Load articles the way the load task does: claims in, subjects marked stale."""
    with db.transaction(con):
        for r in results:
            facts.mark_stale(con, load.write_article(
                con, r, r.article.article_id, DuplicateDecision()))


def test_marked_subjects_get_their_facts_at_refresh(wh: duckdb.DuckDBPyConnection) -> None:
    _mark(wh, GROK5_6T, GROK42)
    _mark(wh, GROK5_10T)  # a second batch touching Grok 5 again: one mark, not two
    assert fact_table(wh) == []  # nothing until the run's refresh
    assert wh.execute("SELECT count(*) FROM stale_subjects").fetchone() == (2,)
    with db.transaction(wh):
        assert facts.refresh_stale(wh) == 3
    assert wh.execute("SELECT count(*) FROM stale_subjects").fetchone() == (0,)
    stale_way = fact_table(wh)
    with db.transaction(wh):  # nothing marked: a second refresh writes nothing, changes nothing
        assert facts.refresh_stale(wh) == 0
    assert fact_table(wh) == stale_way


def test_refresh_stale_equals_refreshing_each_batch(
    wh: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    _mark(wh, GROK5_6T, GROK42)
    _mark(wh, GROK5_10T)
    with db.transaction(wh):
        facts.refresh_stale(wh)
    per_batch = db.connect(tmp_path / "per_batch.duckdb")
    try:
        ingest(per_batch, GROK5_6T, GROK42)
        ingest(per_batch, GROK5_10T)
        assert fact_table(wh) == fact_table(per_batch)
    finally:
        per_batch.close()


def test_rolled_back_batch_leaves_no_mark(wh: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(RuntimeError), db.transaction(wh):
        facts.mark_stale(wh, ["Grok 5"])
        raise RuntimeError("load failed")
    assert wh.execute("SELECT count(*) FROM stale_subjects").fetchone() == (0,)


# ---- end to end on the seed articles

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# What the seed texts say (what a correct extractor must produce): model -> claimed sizes.
SEED_SIZES = {
    "Grok 5": {6 * T, 10 * T},
    "Grok 4.2": {0.5 * T},
    "Grok 4.20": {0.5 * T},
    "Grok 4.3": {0.5 * T},
    "Grok 4.4": {1 * T},
    "Grok 4.5": {1.5 * T},
    "Grok-1": {314 * B},
    "GPT-3": {175 * B},
    "Llama 3 405B": {405 * B},
}


@pytest.fixture(scope="module")
def seeds_db(extracted_db) -> duckdb.DuckDBPyConnection:
    return extracted_db(SEEDS)


def _param_facts(con: duckdb.DuckDBPyConnection, subject: str) -> list[dict]:
    return db.fetch_rows(
        con,
        "SELECT * FROM facts WHERE predicate = 'parameter_count' AND subject = ? ORDER BY value",
        [subject],
    )


@pytest.mark.slow
def test_seeds_grok5_is_contested(seeds_db: duckdb.DuckDBPyConnection) -> None:
    found = {f["value"]: f for f in _param_facts(seeds_db, "Grok 5")}
    assert set(found) == {6 * T, 10 * T}
    assert {f["status"] for f in found.values()} == {"contested"}
    # three seed articles say six trillion, one says 10T
    assert found[6 * T]["n_articles"] >= 2
    assert found[6 * T]["confidence"] > found[10 * T]["confidence"]
    assert found[6 * T]["contested_with"] == [found[10 * T]["fact_id"]]


@pytest.mark.slow
@pytest.mark.parametrize(
    "subject", [pytest.param("Grok 4.2", id="grok_4_2"), pytest.param("Grok 4.20", id="grok_4_20")]
)
def test_seeds_half_trillion_grok4_is_one_fact(
    seeds_db: duckdb.DuckDBPyConnection, subject: str
) -> None:
    (fact,) = _param_facts(seeds_db, subject)
    assert fact["value"] == pytest.approx(0.5 * T)
    assert fact["status"] != "contested"
    assert not fact["hedged"]  # "confirmed to be a 0.5 trillion" / a plain "0.5T" stand unhedged


@pytest.mark.slow
def test_seeds_grok_4_2_is_corroborated(seeds_db: duckdb.DuckDBPyConnection) -> None:
    (fact,) = _param_facts(seeds_db, "Grok 4.2")
    assert (fact["status"], fact["n_sources"]) == ("corroborated", 2)


@pytest.mark.slow
@pytest.mark.parametrize("subject", [pytest.param(s, id=s.replace(" ", "_")) for s in SEED_SIZES])
def test_seeds_one_fact_per_claimed_size(seeds_db: duckdb.DuckDBPyConnection, subject: str) -> None:
    point = [
        f
        for f in _param_facts(seeds_db, subject)
        if f["bound"] in ("exact", "approx") and f["scope"] != "active"
    ]
    assert sorted(f["value"] for f in point) == pytest.approx(sorted(SEED_SIZES[subject]))


@pytest.mark.slow
def test_seeds_no_two_facts_share_a_size(seeds_db: duckdb.DuckDBPyConnection) -> None:
    """Across every subject: two facts of one slot never state the same figure."""
    rows = db.fetch_rows(seeds_db, "SELECT * FROM facts WHERE predicate = 'parameter_count'")
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            same_slot = (facts.subject_key(a["subject"]), facts.scope_group(a)) == (
                facts.subject_key(b["subject"]),
                facts.scope_group(b),
            )
            if same_slot and a["bound"] == b["bound"] and a["value"] is not None:
                assert b["value"] is None or abs(a["value"] - b["value"]) > (
                    facts.EXACT_TOLERANCE * a["value"]
                ), (a["subject"], a["value"])


@pytest.mark.slow
def test_seeds_claims_agree_with_their_facts(seeds_db: duckdb.DuckDBPyConnection) -> None:
    mismatched = seeds_db.execute(
        "SELECT c.claim_id FROM claims c JOIN facts f USING (fact_id)"
        " WHERE f.predicate <> c.predicate OR lower(replace(f.subject, '-', ' '))"
        "   <> lower(replace(c.subject, '-', ' '))"
    ).fetchall()
    assert mismatched == []
    # only a release date that could not be resolved ("early May", no year known) has no fact
    assert seeds_db.execute(
        "SELECT count(*) FROM claims WHERE fact_id IS NULL"
        " AND NOT (predicate = 'release_date' AND date_start IS NULL)").fetchone() == (0,)
