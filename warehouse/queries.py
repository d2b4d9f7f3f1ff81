"""Every read the outputs make: the facts browser, the end-of-run overview, the evidence report
and the Prefect artifacts.

One place, so the outputs agree on what "current", "contested" and "a model's facts" mean, and
a schema change has one module to follow. Reads only; each function takes an open connection
(read-only is enough) and returns plain rows (dicts or tuples). Values are bound parameters;
user text is matched with ``contains`` (a substring), never as a LIKE pattern, so ``%`` and
``_`` in ``--subject`` mean themselves.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

from warehouse.db import fetch_rows
from warehouse.ids import subject_key

# Facts that a newer reading has replaced are kept for history but are not current.
NOT_CURRENT = ("superseded",)

# The facts view's columns in the three fact reads below are spelled out, not formatted in:
# no SQL here is built by formatting (tests/pipeline/test_hostile_files.py checks).
_BROWSE_SQL = """
SELECT f.fact_id, f.subject, f.subject_type, f.predicate, f.value, f.value_low, f.value_high,
       f.bound, f.unit, f.scope, f.event, f.date_start, f.date_end, f.date_granularity,
       f.hedged, f.confidence, f.n_claims, f.n_articles, f.n_sources, f.status,
       f.contested_with, f.first_published, f.last_published
FROM facts f
WHERE f.status NOT IN (SELECT unnest(?::VARCHAR[]))
  AND (?::VARCHAR IS NULL OR contains(lower(f.subject), lower(?))
       OR f.fact_id IN (SELECT fact_id FROM fact_rows WHERE contains(subject_key, ?)))
  AND (?::VARCHAR IS NULL OR f.predicate = ?)
  AND (?::VARCHAR IS NULL OR f.status = ?)
ORDER BY f.subject, f.predicate, f.scope = 'active', f.event,
         coalesce(f.value, f.value_low), f.date_start
LIMIT ?
"""

_CONTESTED_SQL = """
SELECT f.fact_id, f.subject, f.subject_type, f.predicate, f.value, f.value_low, f.value_high,
       f.bound, f.unit, f.scope, f.event, f.date_start, f.date_end, f.date_granularity,
       f.hedged, f.confidence, f.n_claims, f.n_articles, f.n_sources, f.status,
       f.contested_with, f.first_published, f.last_published
FROM facts f WHERE f.status = 'contested'
ORDER BY f.subject, f.predicate, f.scope = 'active', f.event, f.confidence DESC,
         coalesce(f.value, f.value_low), f.date_start
"""

_MODEL_HEADLINES_SQL = """
SELECT f.fact_id, f.subject, f.subject_type, f.predicate, f.value, f.value_low, f.value_high,
       f.bound, f.unit, f.scope, f.event, f.date_start, f.date_end, f.date_granularity,
       f.hedged, f.confidence, f.n_claims, f.n_articles, f.n_sources, f.status,
       f.contested_with, f.first_published, f.last_published
FROM facts f
WHERE f.subject_type = 'MODEL'
  AND f.predicate IN ('parameter_count', 'release_date')
  AND f.status NOT IN (SELECT unnest(?::VARCHAR[]))
ORDER BY max(f.confidence) OVER (PARTITION BY f.subject) DESC, f.subject,
         f.predicate, f.confidence DESC, coalesce(f.value, f.value_low), f.date_start
"""

_EVIDENCE_SQL = """
SELECT c.fact_id, c.claim_id, c.value_text, c.sentence, c.sentence_start, c.char_start,
       c.char_end, c.hedged, c.hedge_cues, cr.hedge_cue_starts, cr.hedge_cue_ends,
       c.attribution, c.confidence, c.binding, a.path, a.title, a.publisher, a.published_at,
       a.status AS article_status
FROM claims c
JOIN articles a USING (article_id)
JOIN claim_rows cr USING (claim_id)
WHERE c.fact_id IN (SELECT unnest(?::VARCHAR[]))
ORDER BY a.published_at NULLS LAST, a.path, c.char_start
"""


def browse_facts(
    con: duckdb.DuckDBPyConnection,
    *,
    subject: str | None = None,
    predicate: str | None = None,
    status: str | None = None,
    limit: int = 200,
) -> list[dict]:
    """Current facts matching the filters, grouped by subject (the browser's order).

    Args:
        subject: a substring of the subject, case-insensitive, or of its spelling-free key
            (``grok-5`` finds ``Grok 5``).
        predicate: ``parameter_count``, ``release_date`` or ``quantity``.
        status: ``contested``, ``corroborated`` or ``single_source``.
        limit: at most this many facts.
    """
    # A filter of only punctuation ("_", "%") has an empty key, which every key contains.
    key = (subject_key(subject) if subject else None) or None
    return fetch_rows(con, _BROWSE_SQL, [
        list(NOT_CURRENT), subject, subject, key, predicate, predicate, status, status, limit])


def evidence_for(con: duckdb.DuckDBPyConnection, fact_ids: Sequence[str]) -> list[dict]:
    """The claims behind these facts, with their article and hedge-cue offsets."""
    if not fact_ids:
        return []
    return fetch_rows(con, _EVIDENCE_SQL, [list(fact_ids)])


def count_current_facts(con: duckdb.DuckDBPyConnection) -> int:
    """How many current facts the warehouse holds."""
    row = con.execute(
        "SELECT count(*) FROM facts WHERE status NOT IN (SELECT unnest(?::VARCHAR[]))",
        [list(NOT_CURRENT)],
    ).fetchone()
    return int(row[0]) if row else 0


def contested_facts(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Current contested facts, a question's rival values next to each other (a parameter
    count's ``total`` and ``unspecified`` readings are one question, ``active`` another)."""
    return fetch_rows(con, _CONTESTED_SQL)


def model_headline_facts(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Each model's current parameter counts and release dates, highest confidence first
    within a model; models with the most supported facts come first."""
    return fetch_rows(con, _MODEL_HEADLINES_SQL, [list(NOT_CURRENT)])


# --- the evidence report ------------------------------------------------------------------

_REPORT_FACTS_SQL = """
SELECT * FROM facts
ORDER BY subject, predicate, (status <> 'contested'), (status = 'superseded'), scope,
         coalesce(value, value_low), date_start
"""
_REPORT_CLAIMS_SQL = """
SELECT c.*, a.title, a.publisher, a.published_at, a.path, a.status AS article_status,
       f.status, f.superseded_by, cr.hedge_cue_starts, cr.hedge_cue_ends
FROM claims c JOIN articles a USING (article_id)
LEFT JOIN facts f USING (fact_id) LEFT JOIN claim_rows cr USING (claim_id)
ORDER BY c.subject, c.predicate, a.published_at NULLS LAST, a.path, c.char_start
"""
_REPORT_ARTICLES_SQL = """
SELECT article_id, path, title, publisher, published_at, status, duplicate_of, error
FROM articles ORDER BY path
"""


def report_facts(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Every fact, superseded ones too (the report greys them on the release chart; only
    current facts can be contested)."""
    return fetch_rows(con, _REPORT_FACTS_SQL)


def report_claims(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Every claim with its article, its fact's status and its hedge-cue offsets."""
    return fetch_rows(con, _REPORT_CLAIMS_SQL)


def report_articles(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Every article read, with its status and problem."""
    return fetch_rows(con, _REPORT_ARTICLES_SQL)


# --- the Prefect run artifact --------------------------------------------------------------

def facts_of_subjects(con: duckdb.DuckDBPyConnection, subjects: Sequence[str]) -> list[tuple]:
    """(subject, predicate, value as text, status, confidence, sources) of the subjects' facts."""
    keys = [subject_key(s) for s in subjects]
    return con.execute(
        "SELECT subject, predicate, coalesce(cast(value AS VARCHAR),"
        " cast(value_low AS VARCHAR) || '\u2013' || cast(value_high AS VARCHAR),"
        " cast(date_start AS VARCHAR) || '…' || cast(date_end AS VARCHAR)) AS value,"
        " status, round(confidence, 2), n_sources FROM fact_rows"
        " WHERE subject_key IN (SELECT unnest(?::VARCHAR[]))"
        " ORDER BY subject, predicate, value",
        [keys],
    ).fetchall()


def quarantined_files(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """(path, reason) of every quarantined file."""
    return con.execute(
        "SELECT path, error FROM article_rows WHERE status = 'quarantined' ORDER BY path"
    ).fetchall()
