"""Loading articles: idempotent per article, an edited file replaces exactly its rows."""

from __future__ import annotations

import datetime as dt
import random

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
    Mention,
    Predicate,
    Quarantined,
    Scope,
)
from warehouse import db, load, near_dups
from warehouse.ids import hash_id

T = 1e12
TABLES = ("article_rows", "mention_rows", "claim_rows")


def result(path: str, text: str, subject: str, surface: str, value: float) -> ArticleResult:
    """One article with one mention and one claim; offsets located here only for the fixture."""
    s, v = text.index(subject), text.index(surface)
    subject_span = CharSpan(start=s, end=s + len(subject), text=subject)
    art = Article(
        article_id=hash_id(text),
        path=path,
        text=text,
        published_at=dt.date(2026, 4, 20),
    )
    records = ArticleRecords(
        article_id=art.article_id,
        mentions=(Mention(name=subject, type=EntityType.MODEL, span=subject_span),),
        claims=(
            Claim(
                predicate=Predicate.PARAMETER_COUNT,
                subject=subject,
                subject_type=EntityType.MODEL,
                subject_span=subject_span,
                value_span=CharSpan(start=v, end=v + len(surface), text=surface),
                sentence=CharSpan(start=0, end=len(text), text=text),
                value=value,
                value_low=value,
                value_high=value,
                bound=Bound.EXACT,
                unit="parameters",
                scope=Scope.UNSPECIFIED,
                hedged="reportedly" in text,
                hedge_cues=("reportedly",) if "reportedly" in text else (),
                binding="copula",
                confidence=0.9,
            ),
        ),
    )
    return ArticleResult(article=art, records=records)


A = result("a.txt", "Grok 5 has 6 trillion parameters.", "Grok 5", "6 trillion", 6 * T)
A_EDITED = result("a.txt", "Grok 5 reportedly has 10T parameters.", "Grok 5", "10T", 10 * T)
B = result("b.txt", "Grok 4.2 uses 0.5T parameters.", "Grok 4.2", "0.5T", 0.5 * T)


@pytest.fixture
def wh(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    db.apply_schema(con)
    return con


def write(con: duckdb.DuckDBPyConnection, r: ArticleResult) -> set[str]:
    with db.transaction(con):
        return load.write_article(con, r, r.article.article_id, DuplicateDecision())


def rows(con: duckdb.DuckDBPyConnection, table: str, path: str | None = None) -> list[tuple]:
    """A table's rows (without the load timestamp), optionally of one path's article only."""
    sql = (
        f"SELECT * EXCLUDE (loaded_at) FROM {table}"
        if table == "article_rows"
        else f"SELECT * FROM {table}"
    )
    if path is not None:
        sql += " WHERE article_id IN (SELECT article_id FROM article_rows WHERE path = ?)"
    return sorted(con.execute(sql, [path] if path else []).fetchall(), key=repr)


def test_writing_twice_changes_nothing(wh: duckdb.DuckDBPyConnection) -> None:
    write(wh, A)
    before = {t: rows(wh, t) for t in TABLES}
    assert write(wh, A) == {"Grok 5"}
    assert {t: rows(wh, t) for t in TABLES} == before


@pytest.mark.parametrize("table", [pytest.param(t, id=t) for t in TABLES])
def test_edited_article_replaces_exactly_its_rows(
    wh: duckdb.DuckDBPyConnection, table: str
) -> None:
    write(wh, A)
    write(wh, B)
    other = rows(wh, table, "b.txt")
    touched = write(wh, A_EDITED)
    assert touched == {"Grok 5"}
    assert rows(wh, table, "b.txt") == other
    mine = rows(wh, table, "a.txt")
    assert mine and all(A_EDITED.article.article_id in r for r in mine)
    assert not any(A.article.article_id in r for r in rows(wh, table))


def test_edited_claims_are_the_new_ones(wh: duckdb.DuckDBPyConnection) -> None:
    write(wh, A)
    write(wh, A_EDITED)
    assert wh.execute("SELECT value_text, value, hedged, hedge_cues FROM claims").fetchall() == [
        ("10T", 10 * T, True, ["reportedly"])
    ]


def test_claim_offsets_slice_the_article_text(wh: duckdb.DuckDBPyConnection) -> None:
    for r in (A, B):
        write(wh, r)
    bad = wh.execute(
        "SELECT c.claim_id FROM claims c JOIN articles a USING (article_id)"
        " WHERE substr(a.text, c.char_start + 1, c.char_end - c.char_start) <> c.value_text"
        " OR substr(a.text, c.subject_start + 1, c.subject_end - c.subject_start)"
        "    <> c.subject_text"
    ).fetchall()
    assert bad == []


def test_claim_ids_are_deterministic() -> None:
    claim = A.records.claims[0]
    assert load.claim_id("x", claim) == load.claim_id("x", claim) != load.claim_id("y", claim)


def test_quarantine_replaces_the_readable_version(wh: duckdb.DuckDBPyConnection) -> None:
    write(wh, A)
    with db.transaction(wh):
        touched = load.write_quarantined(wh, Quarantined(path="a.txt", error="not text"))
    assert touched == {"Grok 5"}
    assert wh.execute("SELECT status, error FROM articles").fetchall() == [
        ("quarantined", "not text")
    ]
    assert wh.execute("SELECT count(*) FROM claims").fetchone() == (0,)


def test_failed_write_leaves_nothing(wh: duckdb.DuckDBPyConnection) -> None:
    write(wh, A)
    before = {t: rows(wh, t) for t in TABLES}
    with pytest.raises(RuntimeError), db.transaction(wh):
        load.write_article(wh, A_EDITED, A_EDITED.article.article_id, DuplicateDecision())
        raise RuntimeError("crash mid-batch")
    assert {t: rows(wh, t) for t in TABLES} == before


def signed(path: str, text: str) -> ArticleResult:
    """An article without facts, carrying its real MinHash signature."""
    art = Article(article_id=hash_id(text), path=path, text=text)
    sig = near_dups.text_signature(text)
    return ArticleResult(
        article=art,
        records=ArticleRecords(article_id=art.article_id),
        minhash=tuple(sig.minhashes),
        shingle_count=sig.n_shingles,
    )


def test_candidate_filter_keeps_exactly_the_pairs_the_judgement_acts_on(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    # The database pre-filters by estimated containment; Python then judges. The filter must
    # keep every pair Python would act on (containment >= threshold either way) and no other.
    rng = random.Random(7)
    words = [f"w{i}" for i in range(5000)]
    base = " ".join(rng.choice(words) for _ in range(400))
    stored = {
        "base": base,
        "excerpt": " ".join(base.split()[:60]),  # mostly inside the probe
        "half": " ".join(base.split()[:200] + [rng.choice(words) for _ in range(200)]),
        "other": " ".join(rng.choice(words) for _ in range(400)),
    }
    for name, text in stored.items():
        write(wh, signed(f"{name}.txt", text))
    probe = signed("probe.txt", " ".join(base.split()[:380]))  # a truncated copy of base
    mine = near_dups.Signature(n_shingles=probe.shingle_count, minhashes=probe.minhash)
    for threshold in (0.3, 0.5, 0.8, 0.95):
        (found,) = load.duplicate_candidates(
            wh, [(probe.minhash, probe.shingle_count)], threshold
        )
        expected = set()
        for text in stored.values():
            sig = near_dups.text_signature(text)
            best = max(near_dups.containment(mine, sig), near_dups.containment(sig, mine))
            if best >= threshold:
                expected.add(hash_id(text))
        assert {candidate.article_id for candidate in found} == expected
    (found,) = load.duplicate_candidates(wh, [(probe.minhash, probe.shingle_count)], 0.8)
    assert {c.article_id for c in found} == {hash_id(base), hash_id(stored["excerpt"])}
