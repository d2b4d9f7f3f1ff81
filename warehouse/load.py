"""Write articles, mentions and claims; idempotent per article.

A file's rows are replaced as a unit: ``replace_paths`` deletes whatever the same path loaded
before (an edited article), then the new rows are inserted. The caller wraps a batch in
``db.transaction`` so a crash leaves whole articles or nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import duckdb

from extractors.types import (
    ArticleResult,
    ArticleStatus,
    Claim,
    DuplicateDecision,
    Quarantined,
)
from warehouse.ids import fact_id_for, fact_key, forms_fact, hash_id, subject_key
from warehouse.near_dups import NUM_PERM

# Enough shared MinHash positions that the pair is worth an exact containment estimate: a
# truncated copy holding 10% of the original shares ~13 of 128 positions; unrelated texts ~0.
MIN_SHARED_POSITIONS = 8
# Rounding room between the database's containment estimate and Python's: the filter may
# keep a few extra candidates, never drop one the judgement would act on.
CONTAINMENT_SLACK = 1e-6


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# Column types of our tables, read once per process (schema.sql is fixed for a version).
_COLUMN_TYPES: dict[str, dict[str, str]] = {}


def _column_types(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    if table not in _COLUMN_TYPES:
        rows = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?",
            [table],
        ).fetchall()
        _COLUMN_TYPES[table] = dict(rows)
    return _COLUMN_TYPES[table]


def insert_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: tuple[str, ...],
    rows: list,
    *,
    replace: bool = False,
) -> None:
    """Insert rows in ONE statement that binds each column as a list and unnests it.

    DuckDB's ``executemany`` runs one statement per row (~0.6 ms each) and a long multi-row
    VALUES statement is slow to bind; a handful of list parameters is fast at any size. Values
    stay bound parameters; only our own table and column names are spliced into the SQL.

    Args:
        con: open connection.
        table: one of our tables (a constant, never user input).
        columns: the columns the row tuples fill, in order.
        rows: value tuples (an empty list is a no-op).
        replace: ``INSERT OR REPLACE`` (rows whose primary key exists are replaced).
    """
    if not rows:
        return
    types = _column_types(con, table)
    columns_sql = ", ".join(columns)
    placeholders = ", ".join(f"unnest(?::{types[c]}[])" for c in columns)
    params = [list(column) for column in zip(*rows, strict=True)]
    if replace:
        con.execute(f"INSERT OR REPLACE INTO {table} ({columns_sql}) SELECT {placeholders}", params)
    else:
        con.execute(f"INSERT INTO {table} ({columns_sql}) SELECT {placeholders}", params)


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


def replace_paths(con: duckdb.DuckDBPyConnection, paths: list[str]) -> set[str]:
    """Delete every row these paths loaded before; return the claim subjects that lost rows.

    An edited file replaces exactly its own rows; an unchanged file never reaches here.
    """
    if not paths:
        return set()
    ids = [
        r[0]
        for r in con.execute(
            "SELECT article_id FROM article_rows WHERE path IN (SELECT unnest(?::VARCHAR[]))",
            [paths],
        ).fetchall()
    ]
    if not ids:
        return set()
    touched = {
        r[0]
        for r in con.execute(
            "SELECT DISTINCT subject FROM claim_rows"
            " WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [ids],
        ).fetchall()
    }
    for table in ("claim_rows", "mention_rows", "article_minhash", "article_rows"):
        con.execute(
            f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        )
    return touched


def write_quarantined(con: duckdb.DuckDBPyConnection, item: Quarantined) -> set[str]:
    """Record a file that could not be read, with its reason, replacing what the path held.

    Returns:
        The claim subjects that lost rows (a readable version of the file was loaded before).
    """
    touched = replace_paths(con, [item.path])
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


def stored_paths(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> dict[str, str]:
    """Article id -> the path stored under it, for the ids already in the warehouse."""
    return dict(
        con.execute(
            "SELECT article_id, path FROM article_rows"
            " WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [article_ids],
        ).fetchall()
    )


class Candidate(NamedTuple):
    """A stored article another one may copy: its signature and its stated publication date
    (None when the date is unknown or was inferred from the file's mtime)."""

    article_id: str
    minhash: list[int]
    shingle_count: int
    published_at: dt.date | None = None


def duplicate_candidates(
    con: duckdb.DuckDBPyConnection,
    signatures: list[tuple[tuple[int, ...], int]],
    min_containment: float,
) -> list[list[Candidate]]:
    """For each ``(minhash, shingle_count)``, the stored non-duplicate articles that may
    contain it or be contained in it.

    One query for a whole batch (a query per article scanned ``article_minhash`` once per
    article). The database counts the equal MinHash positions and keeps only pairs whose
    estimated containment, either way, reaches ``min_containment`` (the estimate
    ``extractors.ingest.containment`` makes from the same count), so only real candidates'
    signatures travel back: a corpus on one topic shares a few positions with hundreds of
    articles (222 per article among 2,000 bench articles).

    Returns:
        Per signature, in input order: a ``Candidate`` per stored article, ordered by
        article id.
    """
    probes = [(i, pos, val, n_shingles) for i, (minhash, n_shingles) in enumerate(signatures)
              for pos, val in enumerate(minhash)]
    found: list[list[Candidate]] = [[] for _ in signatures]
    if not probes:
        return found
    columns = [list(col) for col in zip(*probes, strict=True)]
    rows = con.execute(
        """
        WITH probe_minhash AS (
            SELECT unnest(?::INTEGER[]) AS probe, unnest(?::SMALLINT[]) AS pos,
                   unnest(?::UBIGINT[]) AS val, unnest(?::INTEGER[]) AS n_shingles
        ),
        shared AS (
            SELECT p.probe, p.n_shingles, m.article_id, count(*) / ? AS j
            FROM article_minhash m
            JOIN probe_minhash p ON m.pos = p.pos AND m.val = p.val
            GROUP BY p.probe, p.n_shingles, m.article_id HAVING count(*) >= ?
        ),
        hits AS (
            SELECT s.probe, s.article_id FROM shared s
            JOIN article_rows a ON a.article_id = s.article_id AND a.status = 'ok'
            WHERE s.n_shingles > 0 AND a.shingle_count > 0
              AND s.j * (s.n_shingles + a.shingle_count) / (1 + s.j)
                  >= ? * least(s.n_shingles, a.shingle_count)
        )
        SELECT h.probe, a.article_id, list(m.val ORDER BY m.pos), a.shingle_count,
               CASE WHEN a.published_inferred THEN NULL ELSE a.published_at END
        FROM hits h
        JOIN article_rows a ON a.article_id = h.article_id
        JOIN article_minhash m ON m.article_id = h.article_id
        GROUP BY h.probe, a.article_id, a.shingle_count, a.published_at, a.published_inferred
        ORDER BY h.probe, a.article_id
        """,
        [*columns, float(NUM_PERM), MIN_SHARED_POSITIONS, min_containment - CONTAINMENT_SLACK],
    ).fetchall()
    for probe, article_id, minhash, shingle_count, published in rows:
        found[probe].append(
            Candidate(article_id, list(minhash), int(shingle_count or 0), published)
        )
    return found


ARTICLE_COLUMNS = (
    "article_id", "path", "title", "publisher", "url", "published_at", "published_inferred",
    "published_text", "text", "status", "duplicate_of", "source_sha256", "shingle_count",
    "extractor_version", "loaded_at",
)


def write_articles(
    con: duckdb.DuckDBPyConnection,
    entries: list[tuple[ArticleResult, str, DuplicateDecision]],
) -> set[str]:
    """Insert articles with their mentions, claims and signatures: one statement per table.

    Args:
        con: open connection, inside the caller's transaction; the paths' old rows are
            already replaced (``replace_paths``).
        entries: ``(result, stored_id, decision)``: the id to store differs from the text hash
            for an exact duplicate, whose hash the original holds.

    Returns:
        The claim subjects whose facts must be recomputed.
    """
    now = _now()
    articles, minhashes, mentions, claims = [], [], [], []
    for result, stored_id, decision in entries:
        article = result.article
        status = ArticleStatus.DUPLICATE if decision.duplicate_of else ArticleStatus.OK
        articles.append((
            stored_id, article.path, article.title, article.publisher, article.url,
            article.published_at, article.published_inferred, article.published_text,
            article.text, status.value, decision.duplicate_of, article.source_sha256,
            result.shingle_count, result.records.extractor_version, now,
        ))
        if status is ArticleStatus.OK:
            minhashes.extend((stored_id, pos, val) for pos, val in enumerate(result.minhash))
        mentions.extend(
            (stored_id, m.name, m.type.value, m.span.text, m.span.start, m.span.end)
            for m in result.records.mentions
        )
        claims.extend(
            _claim_row(stored_id, c, result.records.extractor_version, article.published_at)
            for c in result.records.claims
        )
    insert_rows(con, "article_rows", ARTICLE_COLUMNS, articles)
    insert_rows(con, "article_minhash", ("article_id", "pos", "val"), minhashes)
    insert_rows(con, "mention_rows",
                ("article_id", "name", "type", "text", "char_start", "char_end"), mentions)
    insert_rows(con, "claim_rows", CLAIM_COLUMNS, claims, replace=True)
    return {c.subject for result, _, _ in entries for c in result.records.claims}


def write_article(
    con: duckdb.DuckDBPyConnection,
    result: ArticleResult,
    stored_id: str,
    decision: DuplicateDecision,
) -> set[str]:
    """Replace one path's rows with this article (``write_articles`` for a single article)."""
    touched = replace_paths(con, [result.article.path])
    return touched | write_articles(con, [(result, stored_id, decision)])


# claim_rows columns in the order _claim_row fills them (schema.sql order).
CLAIM_COLUMNS = (
    "claim_id", "fact_id", "article_id", "subject", "subject_type", "predicate", "value",
    "value_low", "value_high", "bound", "unit", "scope", "event", "date_start", "date_end",
    "date_granularity", "value_text", "char_start", "char_end", "sentence", "sentence_start",
    "sentence_end", "subject_text", "subject_start", "subject_end", "hedged", "hedge_cues",
    "hedge_cue_starts", "hedge_cue_ends", "attribution", "confidence", "binding", "alignment",
    "extractor_version", "subject_key", "measure", "part_of_whole", "published_at",
    "revised_to_start", "revised_to_end", "revised_to_text", "revised_to_value", "size_role",
    "denied",
)


_FACT_ID_COLUMN = CLAIM_COLUMNS.index("fact_id")


def _claim_row(article_id: str, c: Claim, version: str,
               published_at: dt.date | None = None) -> tuple:
    """The claim's row, with the id of the fact it belongs to: a fact's identity depends on
    its claims' own columns only, so claims are final when loaded; the fact rows themselves
    are recomputed at the end of the run. ``published_at`` is its article's date (the order
    in which plans replaced each other)."""
    row = _claim_row_without_fact(article_id, c, version, published_at)
    columns = dict(zip(CLAIM_COLUMNS, row, strict=True))
    fact_id = fact_id_for(fact_key(columns)) if forms_fact(columns) else None
    return (*row[:_FACT_ID_COLUMN], fact_id, *row[_FACT_ID_COLUMN + 1 :])


def _claim_row_without_fact(article_id: str, c: Claim, version: str,
                            published_at: dt.date | None) -> tuple:
    subject = c.subject_span
    revised = c.revised_to
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
        c.measure,
        c.part_of_whole,
        published_at,
        revised.date_start if revised else None,
        revised.date_end if revised else None,
        revised.span.text if revised else None,
        revised.value if revised else None,
        c.size_role.value if c.size_role else None,
        c.denied,
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
