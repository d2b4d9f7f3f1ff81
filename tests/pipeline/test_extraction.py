"""The extract stage's plumbing: pieces, selective components, the BLAS backend and worker
threads, batch ordering with futures."""

from __future__ import annotations

import os
import shutil
from concurrent.futures import Future
from pathlib import Path

import duckdb
import pytest

from extractors import ingest
from extractors import processing as extraction
from pipeline import flows, parallel
from pipeline.summary import BatchLoad, RunPlan

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize(
    ("text", "max_chars"),
    [
        pytest.param("short text", 100, id="one_piece"),
        pytest.param("para one.\n\npara two is here.\n\npara three.", 20, id="paragraph_cuts"),
        pytest.param("x" * 95, 20, id="no_break_hard_cut"),
    ],
)
def test_split_pieces_concatenate_back(text: str, max_chars: int) -> None:
    pieces = extraction.split_pieces(text, max_chars)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= max_chars for _, p in pieces)
    assert all(text[o : o + len(p)] == p for o, p in pieces)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        pytest.param(None, True, id="default_on"),
        pytest.param("1", True, id="on"),
        pytest.param("0", False, id="off"),
    ],
)
def test_selective_flag(monkeypatch: pytest.MonkeyPatch, env: str | None, expected: bool) -> None:
    if env is None:
        monkeypatch.delenv(extraction.SELECTIVE_ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(extraction.SELECTIVE_ENV_VAR, env)
    assert extraction.selective_enabled() is expected


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        pytest.param(None, "numpy", id="default_numpy"),
        pytest.param("blis", "blis", id="blis"),
        pytest.param(" NumPy ", "numpy", id="case_and_space"),
    ],
)
def test_gemm_backend_flag(monkeypatch: pytest.MonkeyPatch, env: str | None, expected: str) -> None:
    if env is None:
        monkeypatch.delenv(extraction.GEMM_ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(extraction.GEMM_ENV_VAR, env)
    assert extraction.gemm_backend() == expected


def test_unknown_gemm_backend_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(extraction.GEMM_ENV_VAR, "mkl")
    with pytest.raises(ValueError, match=r"NEWSFACTS_GEMM='mkl'.*numpy, blis"):
        extraction.gemm_backend()


@pytest.mark.slow
@pytest.mark.parametrize(("env", "uses_blis"), [("numpy", False), ("blis", True)])
def test_pipeline_layers_multiply_with_the_configured_backend(
    monkeypatch: pytest.MonkeyPatch, env: str, uses_blis: bool
) -> None:
    monkeypatch.setenv(extraction.GEMM_ENV_VAR, env)
    extraction.pipeline_nlp.cache_clear()
    try:
        nlp = extraction.pipeline_nlp()
        for name in ("tok2vec", "parser", "ner"):
            assert nlp.get_pipe(name).model.ops.use_blis is uses_blis, name
    finally:
        extraction.pipeline_nlp.cache_clear()
    # The choice surrounds the load only: later models get thinc's default again.
    from thinc.api import get_current_ops
    assert get_current_ops().use_blis is True


def test_environ_defaults_keep_user_values_and_restore(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    with parallel._environ_defaults({"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}):
        assert os.environ["OMP_NUM_THREADS"] == "3"
        assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    assert os.environ["OMP_NUM_THREADS"] == "3"
    assert "OPENBLAS_NUM_THREADS" not in os.environ


@pytest.mark.slow
def test_pool_workers_run_one_blas_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in parallel.WORKER_THREAD_LIMITS:
        monkeypatch.delenv(key, raising=False)
    with parallel.process_pool(1) as pool:
        seen = pool.submit(os.getenv, "OPENBLAS_NUM_THREADS").result()
    assert seen == "1"
    assert "OPENBLAS_NUM_THREADS" not in os.environ


def facts_snapshot(db: Path) -> dict[str, list[tuple]]:
    """The claims and mentions views, sorted (what the extract stage decides)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {view: sorted(con.execute(f"SELECT * FROM {view}").fetchall(), key=repr)
                for view in ("claims", "mentions")}
    finally:
        con.close()


def _fake_steps(calls: list[str], as_future: bool) -> flows.Steps:
    def plan(seeds_dir: Path, db_path: Path) -> RunPlan:
        return RunPlan(todo=tuple(f"f{i}" for i in range(5)), unchanged=())

    def read(seeds_dir: Path, batch: list[str]) -> list[str]:
        calls.append(f"read {batch}")
        return batch

    def extract(items: list[str]):
        calls.append(f"extract {items}")
        if not as_future:
            return items
        future: Future = Future()
        future.set_result(items)
        return future

    def load(db_path: Path, items: list[str]) -> BatchLoad:
        calls.append(f"load {items}")
        return BatchLoad(ok=len(items))

    def refresh(db_path: Path) -> int:
        calls.append("refresh")
        return 0

    return flows.Steps(plan, read, extract, load, refresh, None)


@pytest.mark.parametrize(
    ("in_flight", "as_future"),
    [
        pytest.param(1, False, id="sequential"),
        pytest.param(2, True, id="two_in_flight"),
        pytest.param(8, True, id="more_in_flight_than_batches"),
    ],
)
def test_run_extract_loads_every_batch_in_order(
    tmp_path: Path, in_flight: int, as_future: bool
) -> None:
    calls: list[str] = []
    summary = flows.run_extract(tmp_path, tmp_path / "x.duckdb", 2,
                                _fake_steps(calls, as_future), in_flight=in_flight)
    assert summary.new == 5
    loads = [c for c in calls if c.startswith("load")]
    assert loads == ["load ['f0', 'f1']", "load ['f2', 'f3']", "load ['f4']"]
    assert calls[-1] == "refresh" and calls.count("refresh") == 1  # once, after every load
    # Never more than in_flight batches extracted but not yet loaded.
    outstanding = peak = 0
    for call in calls:
        outstanding += call.startswith("extract") - call.startswith("load")
        peak = max(peak, outstanding)
    assert peak <= in_flight


@pytest.mark.slow
def test_selective_pipeline_skips_the_lemmatizer_and_the_ruler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(extraction.SELECTIVE_ENV_VAR, raising=False)
    extraction.pipeline_nlp.cache_clear()
    try:
        nlp = extraction.pipeline_nlp()
        assert "lemmatizer" not in nlp.pipe_names
        assert "attribute_ruler" in nlp.disabled
        assert nlp.pipe_names.index("news_coarse_pos") < nlp.pipe_names.index("news_entities")
        assert {"tagger", "parser", "ner"} <= set(nlp.pipe_names)
    finally:
        extraction.pipeline_nlp.cache_clear()


@pytest.mark.slow
def test_selective_pipeline_extracts_what_the_full_one_does(
    monkeypatch: pytest.MonkeyPatch, nlp_full
) -> None:
    """Skipping the lemmatizer, replacing the ruler and multiplying with numpy's BLAS instead
    of BLIS (``nlp_full`` keeps thinc's default) change no mention or claim."""
    articles = [ingest.read_article(path, SEEDS) for path in ingest.discover_files(SEEDS)]
    monkeypatch.delenv(extraction.SELECTIVE_ENV_VAR, raising=False)
    extraction.pipeline_nlp.cache_clear()
    try:
        fast = extraction.extract_articles(extraction.pipeline_nlp(), articles)
    finally:
        extraction.pipeline_nlp.cache_clear()
    full = extraction.extract_articles(nlp_full, articles)
    assert sum(len(r.records.claims) for r in full) > 20
    assert [r.records for r in fast] == [r.records for r in full]


@pytest.mark.slow
def test_process_pool_matches_in_process(tmp_path: Path) -> None:
    """Two worker processes and small batches give the same warehouse as one process."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    flows.extract_in_process(seeds, one, files_per_batch=2, workers=1)
    summary = flows.extract_in_process(seeds, two, files_per_batch=2, workers=2)
    assert summary.new == 5
    assert facts_snapshot(one) == facts_snapshot(two)
