"""Near-duplicate signatures and containment (warehouse.near_dups)."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from pathlib import Path

import pytest

from extractors.ingest import read_article
from extractors.types import Article
from warehouse.near_dups import (
    NUM_PERM,
    Signature,
    containment,
    is_near_duplicate,
    shingles,
    text_signature,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
WORDS = [chr(ord("a") + i) * 3 for i in range(26)]  # "aaa", "bbb", … 26 distinct words


def _text(seed: int, n_words: int) -> str:
    """Deterministic pseudo-prose (no repeated 5-grams): a different word sequence per seed."""
    picks = (hashlib.sha256(f"{seed}:{i}".encode()).digest() for i in range(n_words))
    return " ".join(WORDS[d[0] % len(WORDS)] + str(d[1] % 10) for d in picks)


ORIGINAL = _text(3, 600)


@pytest.mark.parametrize(
    ("copy", "original", "expected"),
    [
        pytest.param(ORIGINAL, ORIGINAL, True, id="identical"),
        pytest.param(ORIGINAL[: len(ORIGINAL) // 3], ORIGINAL, True, id="truncated_third"),
        pytest.param("URL: https://mirror.example.com/x\n\n" + ORIGINAL[:2000], ORIGINAL, True,
                     id="syndicated_with_url_line"),
        pytest.param(ORIGINAL.upper().replace(" ", "  \n"), ORIGINAL, True, id="case_and_spacing"),
        pytest.param(ORIGINAL + " " + _text(5, 100), ORIGINAL, True, id="appended_footer"),
        pytest.param(_text(5, 600), ORIGINAL, False, id="different_text"),
        pytest.param(ORIGINAL[:60], ORIGINAL, False, id="too_short_to_call"),
        pytest.param(_text(5, 300) + " " + ORIGINAL[:900], ORIGINAL, False, id="shared_quote_only"),
    ],
)  # fmt: skip
def test_is_near_duplicate(copy: str, original: str, expected: bool) -> None:
    a, b = text_signature(copy), text_signature(original)
    assert is_near_duplicate(a, b) is expected
    assert is_near_duplicate(b, a) is expected  # symmetric


def test_containment_is_directional() -> None:
    part, whole = text_signature(ORIGINAL[: len(ORIGINAL) // 3]), text_signature(ORIGINAL)
    assert containment(part, whole) > 0.85
    assert containment(whole, part) < 0.5


def test_signature_is_deterministic_and_serialisable() -> None:
    sig = text_signature(ORIGINAL)
    again = text_signature(ORIGINAL)
    assert sig == again
    values = sig.to_list()
    assert len(values) == NUM_PERM + 1 and all(isinstance(v, int) for v in values)
    assert all(0 <= v < 2**32 for v in values[1:])  # fits DuckDB BIGINT[]
    assert Signature.from_list(values) == sig


def test_signature_golden_values() -> None:
    # Stored signatures must stay comparable across runs, machines and numpy versions.
    sig = text_signature("one two three four five six")
    assert sig.n_shingles == 2
    assert sig.minhashes[:3] == text_signature("ONE two, three four five six!").minhashes[:3]


def test_from_list_rejects_wrong_length() -> None:
    with pytest.raises(ValueError, match="expected 129"):
        Signature.from_list([1, 2, 3])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", set(), id="empty"),
        pytest.param("Just three words", {"just three words"}, id="shorter_than_shingle"),
        pytest.param("a b c d e f", {"a b c d e", "b c d e f"}, id="two_shingles"),
        pytest.param("A, b. C d; E", {"a b c d e"}, id="punctuation_and_case_ignored"),
    ],
)
def test_shingles(text: str, expected: set[str]) -> None:
    assert shingles(text) == expected


def test_empty_text_never_duplicate() -> None:
    empty = text_signature("")
    assert empty.n_shingles == 0
    assert containment(empty, text_signature(ORIGINAL)) == 0.0
    assert not is_near_duplicate(empty, empty)


def _seed_articles() -> list[Article]:
    articles = [read_article(p, SEEDS, now=NOW) for p in sorted(SEEDS.glob("*.txt"))]
    assert all(isinstance(a, Article) for a in articles)
    return articles  # type: ignore[return-value]


def test_no_two_seeds_are_near_duplicates() -> None:
    # Seeds 002 and 004 share a site template (same boilerplate, byline format): still distinct.
    sigs = [(a.path, text_signature(a.text)) for a in _seed_articles()]
    for (pa, a), (pb, b) in itertools.combinations(sigs, 2):
        assert not is_near_duplicate(a, b), (pa, pb, containment(a, b), containment(b, a))


def test_truncated_syndicated_copy_of_seed_000(tmp_path: Path) -> None:
    # The shape of a real syndicated copy: a URL line added, the first ~2000 chars kept.
    original = (SEEDS / "000_48b36af35d9495bd.txt").read_text(encoding="utf-8")
    (tmp_path / "copy.txt").write_text(
        "URL: https://mirror.example.com/post/1\n\n" + original[:2000], encoding="utf-8"
    )
    (tmp_path / "orig.txt").write_text(original, encoding="utf-8")
    copy, orig = (
        read_article(tmp_path / "copy.txt", tmp_path, now=NOW),
        read_article(tmp_path / "orig.txt", tmp_path, now=NOW),
    )
    assert isinstance(copy, Article) and isinstance(orig, Article)
    assert copy.article_id != orig.article_id
    a, b = text_signature(copy.text), text_signature(orig.text)
    assert containment(a, b) > 0.85
    assert is_near_duplicate(a, b)
