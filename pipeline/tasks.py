"""Prefect tasks, one per stage; each delegates to ``extractors`` / ``warehouse``.

The ``nlp`` object and DuckDB connections are created inside tasks (cached per process), never
passed as arguments: they would break cache keys and cannot be shipped to remote workers.
Retries only on I/O stages. Results are not cached (articles are large and already deduplicated
by the warehouse's "unchanged" check).
"""

from __future__ import annotations

import logging
import threading
from functools import cache
from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.exceptions import MissingContextError

from extractors import ingest
from extractors.types import Article, ArticleResult, Quarantined
from pipeline import planning
from pipeline.summary import RunPlan
from warehouse import db, facts, isolation, near_dups
from warehouse.batches import BatchLoad


def logger() -> logging.Logger | logging.LoggerAdapter:
    """Prefect's run logger inside a run (shown in the UI), else the module logger."""
    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger("newsfacts")


# One spaCy pipeline per process: concurrent task threads take turns on it (spaCy pipelines are
# not documented as thread-safe). Parallelism comes from processes (see README, "Scale out").
# Reached through a function, not a module global: a DaskTaskRunner pickles extract_batch by
# value (cloudpickle), and a Lock in its globals cannot be pickled.
@cache
def nlp_lock() -> threading.Lock:
    """The process-wide lock around the spaCy pipeline."""
    return threading.Lock()


def pipeline_nlp():
    """This process's spaCy pipeline, loaded on first use (``extractors.processing``): spaCy is
    imported only by a run that has an article to extract."""
    from extractors.processing import pipeline_nlp as load_pipeline

    return load_pipeline()


def extract_articles(nlp, articles: list[Article]) -> list[ArticleResult | Quarantined]:
    """``extractors.processing.extract_articles``, imported on first use (see ``pipeline_nlp``)."""
    from extractors import processing

    return processing.extract_articles(nlp, articles)


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def plan_run(seeds_dir: Path, db_path: Path) -> RunPlan:
    """Discover the input files, split them into new/changed and unchanged ones, and retire
    the stored files that left the folder (``planning.plan_files``)."""
    return planning.plan_files(seeds_dir, db_path, logger())


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def read_batch(seeds_dir: Path, relative_paths: list[str]) -> list[Article | Quarantined]:
    """Read, decode and clean a batch of files (bad files come back as Quarantined); paths
    are in their stored form (``ingest.stored_path``)."""
    return [ingest.read_article(ingest.file_for(seeds_dir, p), seeds_dir) for p in relative_paths]


@task(cache_policy=NO_CACHE)
def extract_batch(items: list[Article | Quarantined]) -> list[ArticleResult | Quarantined]:
    """Run the NLP pipeline over the readable articles of a batch (a batch of quarantined
    files only comes back as it is: no model is loaded for it)."""
    articles = [i for i in items if isinstance(i, Article)]
    if not articles:
        return list(items)
    from extractors.processing import return_freed_memory

    with nlp_lock():
        extracted = iter([with_signature(result) if isinstance(result, ArticleResult) else result
                          for result in extract_articles(pipeline_nlp(), articles)])
        return_freed_memory()
    return [next(extracted) if isinstance(i, Article) else i for i in items]


def with_signature(result: ArticleResult) -> ArticleResult:
    """The result with its text's near-duplicate signature, computed here in the worker so the
    single writer only compares signatures."""
    signature = near_dups.text_signature(result.article.text)
    return result.model_copy(update={
        "minhash": tuple(int(v) for v in signature.minhashes),
        "shingle_count": int(signature.n_shingles),
    })


# Seconds the flow process keeps the warehouse open across consecutive batches (see
# db.ConnectionLease). Another process waits at most this plus one batch; the default lock
# wait is 60 s. 20 s checkpoints about every 6th batch of a 2-worker run instead of each one.
WAREHOUSE_HOLD_S = 20.0


@cache
def _warehouse_lease(db_path: Path) -> db.ConnectionLease:
    return db.ConnectionLease(db_path, WAREHOUSE_HOLD_S)


def warehouse_lease(db_path: Path) -> db.ConnectionLease:
    """This process's lease on a warehouse file (loads run only in the flow process)."""
    return _warehouse_lease(Path(db_path).resolve())


def close_warehouse(db_path: Path) -> None:
    """Release the file for other processes (end of run, or a run that failed)."""
    warehouse_lease(db_path).release(close=True)


@task(retries=3, retry_delay_seconds=[1, 4, 10], cache_policy=NO_CACHE)
def load_batch(db_path: Path, items: list[ArticleResult | Quarantined]) -> BatchLoad:
    """Write a batch in one transaction; its subjects are marked for ``refresh_facts``. An
    article the warehouse rejects is quarantined and the rest of the batch kept
    (``warehouse.isolation``)."""
    lease = warehouse_lease(db_path)
    try:
        outcome = isolation.write_batch_isolating(lease.acquire(), items, logger().warning)
    except BaseException:
        lease.release(close=True)  # a retry starts from a fresh connection
        raise
    lease.release()
    logger().info("loaded %d articles, %d claims", len(items), outcome.claims)
    return outcome


@task(retries=3, retry_delay_seconds=[1, 4, 10], cache_policy=NO_CACHE)
def refresh_facts(db_path: Path) -> int:
    """Recompute, in one transaction, the facts of every subject loads marked stale.

    Runs once at the end of every run, also a run with nothing new: that is how the marks an
    interrupted run left behind get their facts.
    """
    lease = warehouse_lease(db_path)
    try:
        with db.transaction(lease.acquire()) as con:
            written = facts.refresh_stale(con)
    finally:
        lease.release(close=True)  # the run's last write: checkpoint and let others in
    logger().info("%d facts refreshed", written)
    return written
