"""Decide which incoming articles copy another one (in the warehouse or earlier in the batch)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb

from extractors.types import ArticleResult, DuplicateDecision
from warehouse import load, near_dups
from warehouse.ids import hash_id
from warehouse.load import Candidate

# A copy keeps this share of the original's 5-word shingles (syndicated or truncated text).
NEAR_DUPLICATE_CONTAINMENT = 0.8
# A rewrite of the same story (a reworded lead and headline, trimmed or reordered paragraphs,
# the same quotes) keeps less: 0.26-0.88 of its 5-word shingles in the blind-written synthetic
# and fixture pairs, while independent articles, even on one event, share at most 0.04 (real
# dev articles) to 0.18 (short invented fixtures by one author). Shared text that heavy, dated
# within a few days of the other article, is the same report and no independent source.
REWRITE_CONTAINMENT = 0.3
REWRITE_DAYS = 3


@dataclass
class Verdict:
    """What to store for one article, and which stored articles it turns out to supersede."""

    stored_id: str
    decision: DuplicateDecision
    superseded: list[str] = field(default_factory=list)


def _signature(minhash: tuple[int, ...] | list[int], shingle_count: int) -> near_dups.Signature:
    return near_dups.Signature(n_shingles=shingle_count, minhashes=tuple(minhash))


def copies_at(
    published: dt.date | None, other_published: dt.date | None
) -> float:
    """The containment above which one article copies the other: a rewrite's lower share when
    both have a stated publication date within ``REWRITE_DAYS``, else a copy's."""
    if (published is not None and other_published is not None
            and abs((published - other_published).days) <= REWRITE_DAYS):
        return REWRITE_CONTAINMENT
    return NEAR_DUPLICATE_CONTAINMENT


def _published_first(a: dt.date | None, b: dt.date | None) -> bool:
    """Whether ``a`` is known to be published before ``b``."""
    return a is not None and b is not None and a < b


def stated_date(result: ArticleResult) -> dt.date | None:
    """The article's publication date unless it was guessed from the file's mtime."""
    article = result.article
    return None if article.published_inferred else article.published_at


def judge(
    result: ArticleResult,
    holder_path: str | None,
    candidates: list[Candidate],
) -> Verdict:
    """Judge one article against the texts it may copy.

    An exact copy (same normalised text under another path) points at the original's text hash
    and gets an id derived from its path. A near copy (most of its 5-word shingles appear in
    another article, or a third of them when the two are dated within ``REWRITE_DAYS``: a
    rewrite of the same report) points at the article it copies. When a candidate turns out to be a
    truncated copy of the incoming article, the candidate is the copy: it is listed in
    ``superseded``. So which file is "the original" does not depend on arrival order. When
    each text holds nearly all of the other (a syndicated copy that only adds a credit line
    or a dateline), the one published first is the original, when both dates are known.

    Args:
        result: the incoming article.
        holder_path: the path already holding the article's text hash, if any.
        candidates: the non-duplicate articles that share MinHash positions with it.
    """
    article = result.article
    if holder_path is not None and holder_path != article.path:
        return Verdict(
            hash_id("duplicate", article.path, article.article_id),
            DuplicateDecision(duplicate_of=article.article_id, containment=1.0),
        )
    mine = _signature(result.minhash, result.shingle_count)
    best: tuple[float, str] | None = None
    superseded: list[str] = []
    published = stated_date(result)
    for other_id, minhash, shingle_count, other_published in candidates:
        if other_id == article.article_id:
            continue
        other = _signature(minhash, shingle_count)
        mine_in_other = near_dups.containment(mine, other)
        other_in_mine = near_dups.containment(other, mine)
        threshold = copies_at(published, other_published)
        mutual = min(mine_in_other, other_in_mine) >= NEAR_DUPLICATE_CONTAINMENT
        if mutual and _published_first(published, other_published):
            superseded.append(other_id)  # the other text came later: it is the copy
        elif (mutual and _published_first(other_published, published)) or (
                mine_in_other >= threshold and mine_in_other >= other_in_mine):
            if best is None or mine_in_other > best[0]:
                best = (mine_in_other, other_id)
        elif other_in_mine >= threshold:
            superseded.append(other_id)
    if best is not None:
        decision = DuplicateDecision(duplicate_of=best[1], containment=round(best[0], 3))
        return Verdict(article.article_id, decision)
    return Verdict(article.article_id, DuplicateDecision(), superseded)


def judge_batch(con: duckdb.DuckDBPyConnection, results: list[ArticleResult]) -> list[Verdict]:
    """Judge a batch in order: each article against the warehouse and the batch before it.

    Articles of the batch are not written yet when they are judged (the batch is written with
    one statement per table), so earlier batch members are compared here, in memory. An earlier
    batch member superseded by a later one becomes the later one's duplicate.
    """
    stored = load.stored_paths(con, [r.article.article_id for r in results])
    stored_candidates = load.duplicate_candidates(
        con, [(r.minhash, r.shingle_count) for r in results], REWRITE_CONTAINMENT
    )
    verdicts: list[Verdict] = []
    batch_ok: dict[str, tuple[int, ArticleResult]] = {}  # article_id -> (index, result)
    for index, result in enumerate(results):
        article_id = result.article.article_id
        holder = stored.get(article_id)
        if holder is None and article_id in batch_ok:
            holder = batch_ok[article_id][1].article.path
        candidates = stored_candidates[index] + [
            Candidate(other_id, list(other.minhash), other.shingle_count, stated_date(other))
            for other_id, (_, other) in batch_ok.items()
        ]
        verdict = judge(result, holder, candidates)
        for old_id in list(verdict.superseded):
            if old_id in batch_ok:  # not stored yet: turn its own verdict into "duplicate"
                old_index, _ = batch_ok.pop(old_id)
                verdicts[old_index].decision = DuplicateDecision(duplicate_of=article_id)
                verdict.superseded.remove(old_id)
        if verdict.decision.duplicate_of is None:
            batch_ok[article_id] = (index, result)
        verdicts.append(verdict)
    return verdicts
