"""Which incoming article copies another (warehouse.dedup): copies at any distance in time,
rewrites of one report only when both are dated within a few days of each other."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from extractors.types import Article, ArticleRecords, ArticleResult
from warehouse import dedup, near_dups
from warehouse.ids import hash_id
from warehouse.load import Candidate

WORDS = [chr(ord("a") + i) * 3 for i in range(26)]
DAY = dt.date(2025, 6, 10)


def _words(seed: int, n: int) -> list[str]:
    """Deterministic pseudo-prose without repeated 5-grams, one sequence per seed."""
    picks = (hashlib.sha256(f"{seed}:{i}".encode()).digest() for i in range(n))
    return [WORDS[d[0] % len(WORDS)] + str(d[1] % 10) for d in picks]


ORIGINAL = _words(1, 400)


def _sharing(share: float) -> str:
    """A 400-word text whose first ``share`` of words are the original's, the rest new."""
    kept = int(400 * share)
    return " ".join(ORIGINAL[:kept] + _words(2, 400 - kept))


def _result(path: str, text: str, published: dt.date | None, inferred: bool = False):
    article = Article(article_id=hash_id(text), path=path, text=text, published_at=published,
                      published_inferred=inferred)
    sig = near_dups.text_signature(text)
    return ArticleResult(article=article, records=ArticleRecords(article_id=article.article_id),
                         minhash=tuple(sig.minhashes), shingle_count=sig.n_shingles)


def _stored(text: str, published: dt.date | None) -> Candidate:
    sig = near_dups.text_signature(text)
    return Candidate(hash_id(text), list(sig.minhashes), sig.n_shingles, published)


@pytest.mark.parametrize(
    ("share", "days_apart", "inferred", "copies"),
    [
        pytest.param(0.95, 0, False, True, id="syndicated_copy_same_day"),
        pytest.param(0.95, 40, False, True, id="copy_republished_weeks_later"),
        pytest.param(0.5, 0, False, True, id="rewrite_same_day"),
        pytest.param(0.5, 2, False, True, id="rewrite_two_days_later"),
        pytest.param(0.5, 10, False, False, id="shared_passage_ten_days_later"),
        pytest.param(0.5, 0, True, False, id="rewrite_with_a_guessed_date"),
        pytest.param(0.15, 0, False, False, id="one_shared_quote_same_day"),
        pytest.param(0.0, 0, False, False, id="independent_story_same_day"),
    ],
)  # fmt: skip
def test_a_copy_or_a_same_week_rewrite_is_a_duplicate(
    share: float, days_apart: int, inferred: bool, copies: bool
) -> None:
    original = " ".join(ORIGINAL)
    incoming = _result("b.txt", _sharing(share), DAY + dt.timedelta(days=days_apart), inferred)
    verdict = dedup.judge(incoming, None, [_stored(original, DAY)])
    assert (verdict.decision.duplicate_of == hash_id(original)) is copies


def test_without_dates_only_a_copy_counts() -> None:
    original = " ".join(ORIGINAL)
    for share, copies in ((0.95, True), (0.5, False)):
        verdict = dedup.judge(_result("b.txt", _sharing(share), None), None,
                              [_stored(original, None)])
        assert (verdict.decision.duplicate_of is not None) is copies


def test_the_stored_rewrite_of_a_longer_original_becomes_its_duplicate() -> None:
    # The stored article holds most of its text inside the incoming one: it is the copy, so
    # which file arrives first does not decide which is the original.
    short = " ".join(ORIGINAL[:150] + _words(3, 60))
    verdict = dedup.judge(_result("long.txt", " ".join(ORIGINAL), DAY), None,
                          [_stored(short, DAY)])
    assert verdict.decision.duplicate_of is None
    assert verdict.superseded == [hash_id(short)]


# Which of two near-identical articles is the copy: a syndicated copy that only adds a credit
# line holds the original whole, so by text alone it reads as the original.
OCT8, OCT9 = dt.date(2025, 10, 8), dt.date(2025, 10, 9)
BODY = " ".join(_words(7, 300))
CREDIT = " This story was first published by Signal and Noise."


def _dated(article_id: str, text: str, published: dt.date | None) -> ArticleResult:
    sig = near_dups.text_signature(text)
    article = Article(article_id=article_id, path=f"{article_id}.txt", text=text,
                      published_at=published)
    return ArticleResult(article=article, records=ArticleRecords(article_id=article_id),
                         minhash=tuple(sig.minhashes), shingle_count=sig.n_shingles)


def _candidate(r: ArticleResult) -> Candidate:
    return Candidate(r.article.article_id, list(r.minhash), r.shingle_count,
                     r.article.published_at)


@pytest.mark.parametrize(("copy_date", "original_date", "copy_is_duplicate"), [
    pytest.param(OCT9, OCT8, True, id="the_later_copy_with_a_credit_line_is_the_copy"),
    pytest.param(None, OCT8, False, id="undated_copy_longer_text_wins"),
])
def test_a_syndicated_copy_that_adds_a_credit_line(copy_date, original_date,
                                                    copy_is_duplicate) -> None:
    """With both dates known, the one published first is the original."""
    original = _dated("orig", BODY, original_date)
    copy = _dated("copy", BODY + CREDIT, copy_date)
    verdict = dedup.judge(copy, None, [_candidate(original)])
    if copy_is_duplicate:
        assert verdict.decision.duplicate_of == "orig" and verdict.superseded == []
    else:
        assert verdict.decision.duplicate_of is None and verdict.superseded == ["orig"]


def test_the_original_arriving_second_supersedes_the_later_copy() -> None:
    copy = _dated("copy", BODY + CREDIT, OCT9)
    original = _dated("orig", BODY, OCT8)
    verdict = dedup.judge(original, None, [_candidate(copy)])
    assert verdict.decision.duplicate_of is None and verdict.superseded == ["copy"]


def test_a_truncated_copy_is_a_copy_whatever_its_date() -> None:
    """Half of a text is not the original of the whole, even when dated earlier."""
    original = _dated("orig", BODY, OCT9)
    excerpt = _dated("excerpt", " ".join(BODY.split()[:150]), OCT8)
    verdict = dedup.judge(excerpt, None, [_candidate(original)])
    assert verdict.decision.duplicate_of == "orig"
