"""Which of two near-identical articles is the copy (warehouse.dedup.judge)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from extractors.types import Article, ArticleRecords, ArticleResult
from warehouse.dedup import judge
from warehouse.near_dups import text_signature

WORDS = [chr(ord("a") + i) * 3 for i in range(26)]
OCT8, OCT9 = dt.date(2025, 10, 8), dt.date(2025, 10, 9)


def _text(seed: int, n_words: int) -> str:
    picks = (hashlib.sha256(f"{seed}:{i}".encode()).digest() for i in range(n_words))
    return " ".join(WORDS[d[0] % len(WORDS)] + str(d[1] % 10) for d in picks)


BODY = _text(7, 300)
CREDIT = " This story was first published by Signal and Noise."


def result(article_id: str, text: str, published: dt.date | None) -> ArticleResult:
    sig = text_signature(text)
    article = Article(article_id=article_id, path=f"{article_id}.txt", text=text,
                      published_at=published)
    return ArticleResult(article=article, records=ArticleRecords(article_id=article_id),
                         minhash=sig.minhashes, shingle_count=sig.n_shingles)


def candidate(r: ArticleResult) -> tuple[str, list[int], int]:
    return (r.article.article_id, list(r.minhash), r.shingle_count)


@pytest.mark.parametrize(("copy_date", "original_date", "copy_is_duplicate"), [
    pytest.param(OCT9, OCT8, True, id="the_later_copy_with_a_credit_line_is_the_copy"),
    pytest.param(None, OCT8, False, id="undated_copy_longer_text_wins"),
])
def test_a_syndicated_copy_that_adds_a_credit_line(copy_date, original_date,
                                                    copy_is_duplicate) -> None:
    """The copy adds a credit line, so it holds the original whole: by text alone it reads as
    the original. With both dates known, the one published first is the original."""
    original = result("orig", BODY, original_date)
    copy = result("copy", BODY + CREDIT, copy_date)
    verdict = judge(copy, None, [candidate(original)],
                    {"orig": original_date, "copy": copy_date})
    if copy_is_duplicate:
        assert verdict.decision.duplicate_of == "orig" and verdict.superseded == []
    else:
        assert verdict.decision.duplicate_of is None and verdict.superseded == ["orig"]


def test_the_original_arriving_second_supersedes_the_later_copy() -> None:
    copy = result("copy", BODY + CREDIT, OCT9)
    original = result("orig", BODY, OCT8)
    verdict = judge(original, None, [candidate(copy)], {"copy": OCT9, "orig": OCT8})
    assert verdict.decision.duplicate_of is None and verdict.superseded == ["copy"]


def test_a_truncated_copy_is_a_copy_whatever_its_date() -> None:
    """Half of a text is not the original of the whole, even when dated earlier."""
    original = result("orig", BODY, OCT9)
    excerpt = result("excerpt", " ".join(BODY.split()[:150]), OCT8)
    verdict = judge(excerpt, None, [candidate(original)], {"orig": OCT9})
    assert verdict.decision.duplicate_of == "orig"
