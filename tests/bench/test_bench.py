"""`make bench` keeps working: its corpus is what it claims, and a tiny run prints every figure.

No wall time is asserted here: the figures are read by people, not by tests.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest

from warehouse.dedup import NEAR_DUPLICATE_CONTAINMENT
from warehouse.near_dups import shingles

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "seeds", ROOT / "tests" / "fixtures"]


def _load_corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus_module()


@pytest.fixture(scope="module")
def pool() -> list[str]:
    return corpus.seed_paragraphs([p for p in SOURCES if p.is_dir()])


def _exact_containment(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a)


def test_corpus_is_deterministic_in_its_seed(pool):
    first = list(corpus.iter_corpus(pool, 5, seed=0))
    assert first == list(corpus.iter_corpus(pool, 5, seed=0))
    assert [text for _, text in first] != [text for _, text in corpus.iter_corpus(pool, 5, 1)]


def test_corpus_articles_stay_below_the_near_duplicate_threshold(pool):
    # Exact shingle sets, not MinHash estimates: the bench must measure extraction, so no
    # article may be short-cut as a copy of another.
    sets = [shingles(text) for _, text in corpus.iter_corpus(pool, 60, seed=0)]
    worst = max(max(_exact_containment(a, b), _exact_containment(b, a))
                for a, b in combinations(sets, 2))
    assert worst < NEAR_DUPLICATE_CONTAINMENT


def test_corpus_articles_are_news_sized_with_a_header(pool):
    # An article stops at the first paragraph that reaches its target length.
    longest_paragraph = max(len(p.split()) for p in pool)
    for name, text in corpus.iter_corpus(pool, 20, seed=0):
        header, body = text.split("\n\n", 1)
        assert re.fullmatch(r"\d{6}\.txt", name)
        assert re.search(r"^Published: \d{4}-\d{2}-\d{2}$", header, re.M)
        assert corpus.MIN_WORDS <= len(body.split()) <= corpus.MAX_WORDS + longest_paragraph


def test_seed_paragraphs_refuses_an_empty_pool(tmp_path):
    (tmp_path / "short.txt").write_text("Too short.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no paragraphs"):
        corpus.seed_paragraphs([tmp_path])


@pytest.mark.slow
def test_a_tiny_bench_run_prints_every_figure():
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--n", "6", "--workers", "1",
         "--repeat", "2", "--no-profile"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "corpus: 6 articles" in out and "gemm=numpy" in out
    assert len(re.findall(r"^run \d: .* articles/s, .* words/s; bare parse .*; ratio \d+\.\d{3}$",
                          out, re.M)) == 2
    assert out.count("6 new, 0 unchanged, 0 quarantined") == 2  # each run loads a fresh DuckDB
    assert "stages (s): plan" in out and "RSS MiB at 25/50/75/100%" in out
    assert re.search(r"^  ratio: +min \d+\.\d{3} / median \d+\.\d{3} / max \d+\.\d{3}$", out, re.M)
