"""Write articles, mentions and claims; idempotent per article.

A file's rows are replaced as a unit: ``replace_path`` deletes whatever the same path loaded
before (an edited article), then the new rows are inserted. The caller wraps a batch in
``db.transaction`` so a crash leaves whole articles or nothing.
"""

from __future__ import annotations

import datetime as dt

import duckdb

from extractors.types import (
    ArticleResult,
    ArticleStatus,
    Claim,
    DuplicateDecision,
    Quarantined,
)
from warehouse.ids import hash_id, subject_key

# Enough shared MinHash positions that the pair is worth an exact containment estimate: a
# truncated copy holding 10% of the original shares ~13 of 128 positions; unrelated texts ~0.
MIN_SHARED_POSITIONS = 8


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# Rows per multi-row INSERT: DuckDB's executemany runs one statement per row (~0.6 ms each),
# while one statement of many rows costs about the same as one row.
INSERT_CHUNK_ROWS = 256


def insert_many(con: duckdb.DuckDBPyConnection, sql: str, rows: list) -> None:
    """Insert rows with a few multi-row statements; an empty list is a no-op.

    Args:
        con: open connection.
        sql: ``INSERT ... VALUES (?, ?, ...)`` with one row's placeholder group at the end.
        rows: parameter tuples, one per row (values are still bound, never formatted).
    """
    if not rows:
        return
    head, _, group = sql.rpartition("VALUES")
    group = group.strip()
    for start in range(0, len(rows), INSERT_CHUNK_ROWS):
        part = rows[start : start + INSERT_CHUNK_ROWS]
        values = ", ".join([group] * len(part))
        con.execute(f"{head}VALUES {values}", [v for row in part for v in row])


def quarantine_id(path: str) -> str:
    """A quarantined file has no usable text, so its id derives from its path."""
    return "q" + hash_id("quarantined", path)[1:]


def claim_id(article_id: str, claim: Claim) -> str:
    """Deterministic claim id: article + predicate + where the value and subject are."""
    subject_start = claim.subject_span.start if claim.subject_span else None
    return hash_id(
        article_id,
        claim.predicate.value,
        claim.value_span.start,
        claim.value_span.end,
        claim.subject,
        subject_start,
    )


def replace_path(con: duckdb.DuckDBPyConnection, path: str) -> set[str]:
    """Delete every row a path loaded before; return the claim subjects that lost rows."""
    ids = [
        r[0]
        for r in con.execute(
            "SELECT article_id FROM article_rows WHERE path = ?", [path]
        ).fetchall()
    ]
    touched: set[str] = set()
    for article_id in ids:
        touched.update(
            r[0]
            for r in con.execute(
                "SELECT DISTINCT subject FROM claim_rows WHERE article_id = ?", [article_id]
            ).fetchall()
        )
        for table in ("claim_rows", "mention_rows", "article_minhash", "article_rows"):
            con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
    return touched


def write_quarantined(con: duckdb.DuckDBPyConnection, item: Quarantined) -> set[str]:
    """Record a file that could not be read, with its reason; returns touched subjects."""
    touched = replace_path(con, item.path)
    con.execute(
        "INSERT INTO article_rows (article_id, path, status, error, source_sha256, loaded_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            quarantine_id(item.path),
            item.path,
            ArticleStatus.QUARANTINED.value,
            item.error,
            item.source_sha256,
            _now(),
        ],
    )
    return touched


def existing_article_path(con: duckdb.DuckDBPyConnection, article_id: str) -> str | None:
    """The path already stored under an article id (an exact duplicate), if any."""
    row = con.execute("SELECT path FROM article_rows WHERE article_id = ?", [article_id]).fetchone()
    return row[0] if row else None


def duplicate_candidates(
    con: duckdb.DuckDBPyConnection, minhash: tuple[int, ...]
) -> list[tuple[str, list[int], int]]:
    """Non-duplicate articles sharing enough MinHash positions with ``minhash``.

    Returns:
        ``(article_id, signature, shingle_count)`` per candidate, ordered by article id.
    """
    if not minhash:
        return []
    rows = con.execute(
        """
        WITH probe_minhash AS (
            SELECT unnest(range(len(?::UBIGINT[])))::SMALLINT AS pos, unnest(?::UBIGINT[]) AS val
        ),
        hits AS (
            SELECT m.article_id FROM article_minhash m
            JOIN probe_minhash p ON m.pos = p.pos AND m.val = p.val
            GROUP BY m.article_id HAVING count(*) >= ?
        )
        SELECT a.article_id, list(m.val ORDER BY m.pos), a.shingle_count
        FROM hits h
        JOIN article_rows a ON a.article_id = h.article_id AND a.status = 'ok'
        JOIN article_minhash m ON m.article_id = h.article_id
        GROUP BY a.article_id, a.shingle_count
        ORDER BY a.article_id
        """,
        [list(minhash), list(minhash), MIN_SHARED_POSITIONS],
    ).fetchall()
    return [(r[0], list(r[1]), int(r[2] or 0)) for r in rows]


def write_article(
    con: duckdb.DuckDBPyConnection,
    result: ArticleResult,
    path_article_id: str,
    decision: DuplicateDecision,
) -> set[str]:
    """Insert one article with its mentions and claims.

    Args:
        con: open connection, inside the caller's transaction.
        result: the extracted article.
        path_article_id: the id to store (differs from ``result.article.article_id`` for an exact
            duplicate, whose text hash is already taken by the original).
        decision: whether the article duplicates another one.

    Returns:
        The claim subjects whose facts must be recomputed.
    """
    article = result.article
    touched = replace_path(con, article.path)
    status = ArticleStatus.DUPLICATE if decision.duplicate_of else ArticleStatus.OK
    con.execute(
        "INSERT INTO article_rows (article_id, path, title, publisher, url, published_at,"
        " published_inferred, published_text, text, status, duplicate_of, error, source_sha256,"
        " shingle_count, extractor_version, loaded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
        [
            path_article_id,
            article.path,
            article.title,
            article.publisher,
            article.url,
            article.published_at,
            article.published_inferred,
            article.published_text,
            article.text,
            status.value,
            decision.duplicate_of,
            article.source_sha256,
            result.shingle_count,
            result.facts.extractor_version,
            _now(),
        ],
    )
    if status is ArticleStatus.OK:
        insert_many(
            con,
            "INSERT INTO article_minhash VALUES (?, ?, ?)",
            [(path_article_id, pos, val) for pos, val in enumerate(result.minhash)],
        )
    insert_many(
        con,
        "INSERT INTO mention_rows VALUES (?, ?, ?, ?, ?, ?)",
        [
            (path_article_id, m.name, m.type.value, m.span.text, m.span.start, m.span.end)
            for m in result.facts.mentions
        ],
    )
    rows = [
        _claim_row(path_article_id, c, result.facts.extractor_version) for c in result.facts.claims
    ]
    if rows:
        placeholders = ", ".join("?" * len(rows[0]))
        insert_many(con, f"INSERT OR REPLACE INTO claim_rows VALUES ({placeholders})", rows)
    touched.update(c.subject for c in result.facts.claims)
    return touched


def _claim_row(article_id: str, c: Claim, version: str) -> tuple:
    subject = c.subject_span
    return (
        claim_id(article_id, c),
        None,
        article_id,
        c.subject,
        c.subject_type.value,
        c.predicate.value,
        c.value,
        c.value_low,
        c.value_high,
        c.bound.value if c.bound else None,
        c.unit,
        c.scope.value if c.scope else None,
        c.event.value if c.event else None,
        c.date_start,
        c.date_end,
        c.date_granularity.value if c.date_granularity else None,
        c.value_span.text,
        c.value_span.start,
        c.value_span.end,
        c.sentence.text,
        c.sentence.start,
        c.sentence.end,
        subject.text if subject else None,
        subject.start if subject else None,
        subject.end if subject else None,
        c.hedged,
        list(c.hedge_cues),
        [s.start for s in c.hedge_cue_spans],
        [s.end for s in c.hedge_cue_spans],
        c.attribution,
        c.confidence,
        c.binding,
        c.alignment.value,
        version,
        subject_key(c.subject),
    )


def demote_to_duplicate(
    con: duckdb.DuckDBPyConnection, article_id: str, original_id: str
) -> set[str]:
    """Mark a stored article as a copy of ``original_id``; returns its claim subjects."""
    con.execute(
        "UPDATE article_rows SET status = ?, duplicate_of = ? WHERE article_id = ?",
        [ArticleStatus.DUPLICATE.value, original_id, article_id],
    )
    con.execute("DELETE FROM article_minhash WHERE article_id = ?", [article_id])
    return {
        r[0]
        for r in con.execute(
            "SELECT DISTINCT subject FROM claim_rows WHERE article_id = ?", [article_id]
        ).fetchall()
    }
