"""Decide whether an incoming article copies one the warehouse already holds."""

from __future__ import annotations

import duckdb

from extractors import ingest
from extractors.types import ArticleResult, DuplicateDecision
from warehouse import load
from warehouse.ids import hash_id

# A copy keeps this share of the original's 5-word shingles (syndicated or truncated text).
NEAR_DUPLICATE_CONTAINMENT = 0.8


def stored_id_and_decision(
    con: duckdb.DuckDBPyConnection, result: ArticleResult
) -> tuple[str, DuplicateDecision, list[str]]:
    """The article id to store, whether the article duplicates another, and which stored
    articles it supersedes.

    An exact copy (same normalised text under another path) points at the original's text hash
    and gets an id derived from its path. A near copy (most of its 5-word shingles appear in
    another article) points at the article it copies. When a stored article turns out to be a
    truncated copy of the incoming one, the stored one is the copy: its id is returned in the
    third element so the caller can demote it. So which file is "the original" does not depend
    on the order files arrive in.
    """
    article = result.article
    holder = load.existing_article_path(con, article.article_id)
    if holder is not None and holder != article.path:
        return (
            hash_id("duplicate", article.path, article.article_id),
            DuplicateDecision(duplicate_of=article.article_id, containment=1.0),
            [],
        )
    mine = ingest.Signature(n_shingles=result.shingle_count, minhashes=result.minhash)
    best: tuple[float, str] | None = None
    superseded: list[str] = []
    for other_id, minhash, shingle_count in load.duplicate_candidates(con, result.minhash):
        if other_id == article.article_id:
            continue
        other = ingest.Signature(n_shingles=shingle_count, minhashes=tuple(minhash))
        mine_in_other = ingest.containment(mine, other)
        other_in_mine = ingest.containment(other, mine)
        if mine_in_other >= NEAR_DUPLICATE_CONTAINMENT and mine_in_other >= other_in_mine:
            if best is None or mine_in_other > best[0]:
                best = (mine_in_other, other_id)
        elif other_in_mine >= NEAR_DUPLICATE_CONTAINMENT:
            superseded.append(other_id)
    if best is not None:
        decision = DuplicateDecision(duplicate_of=best[1], containment=round(best[0], 3))
        return article.article_id, decision, []
    return article.article_id, DuplicateDecision(), superseded
