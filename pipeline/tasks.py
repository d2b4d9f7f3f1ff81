"""Prefect tasks, one per stage; each delegates to ``extractors`` / ``warehouse``.

The ``nlp`` object and DuckDB connections are created inside tasks (cached per process), never
passed as arguments: they would break cache keys and cannot be shipped to remote workers.
Retries only on I/O stages. Results are not cached (articles are large and already deduplicated
by the warehouse's "unchanged" check).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from functools import cache
from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.exceptions import MissingContextError

from extractors import ingest
from extractors.types import Article, ArticleResult, Quarantined
from pipeline import dedup
from pipeline.extraction import extract_articles, pipeline_nlp, return_freed_memory
from pipeline.summary import BatchLoad, RunPlan
from warehouse import db, facts, load, retire


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


def file_sha256(path: Path) -> str:
    """Hash of a file's raw bytes ('' when it cannot be read: it will be quarantined)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def plan_run(seeds_dir: Path, db_path: Path) -> RunPlan:
    """Discover the input files, split them into new/changed and unchanged ones, and retire
    the stored files that left the folder (``retire_gone``)."""
    files = ingest.discover_files(seeds_dir)
    con = db.connect(db_path)
    try:
        known = db.known_sources(con)
        hashes = {ingest.stored_path(path.relative_to(seeds_dir).as_posix()): file_sha256(path)
                  for path in files}
        todo = [p for p, sha in hashes.items() if not sha or known.get(p) != sha]
        unchanged = [p for p, sha in hashes.items() if sha and known.get(p) == sha]
        gone = [p for p in known if p not in hashes]
        if gone and not hashes:
            # An empty folder is far likelier a wrong --seeds or an unmounted disk than a user
            # who deleted every article: keep the warehouse, say so.
            logger().warning("no files under %s: %d stored files kept, not removed",
                             seeds_dir, len(gone))
            gone = []
        renamed, removed, again = retire_gone(con, known, hashes, todo, gone)
    finally:
        con.close()
    moved = set(renamed.values()) - set(again)  # renamed in place: nothing to read
    todo = sorted({p for p in todo if p not in moved} | set(again))
    unchanged = [p for p in unchanged if p not in again] + sorted(moved)
    return RunPlan(todo=tuple(todo), unchanged=tuple(sorted(unchanged)),
                   removed=tuple(removed), renamed=tuple(sorted(renamed.items())))


def retire_gone(con, known: dict[str, str], hashes: dict[str, str], todo: list[str],
                gone: list[str]) -> tuple[dict[str, str], list[str], list[str]]:
    """Apply, in one transaction, what the folder says about files that left it.

    A gone path whose bytes reappear under a new path is a rename: the stored row takes the
    new name (an exact copy, whose id derives from its path, is read again under it). Other
    gone paths are removed with their claims, their subjects marked stale for this run's
    refresh; copies of a removed article are judged again.

    Returns:
        ``(renamed old -> new, removed paths, paths to read again)``.
    """
    gone_by_sha: dict[str, list[str]] = {}
    for path in sorted(gone):
        if known[path]:
            gone_by_sha.setdefault(known[path], []).append(path)
    renamed: dict[str, str] = {}
    for path in todo:
        olds = gone_by_sha.get(hashes[path])
        if path not in known and olds:
            renamed[olds.pop(0)] = path
    removed = sorted(p for p in gone if p not in renamed)
    if not renamed and not removed:
        return {}, [], []
    again: list[str] = []
    with db.transaction(con):
        moved = {old: new for old, new in renamed.items() if retire.movable(con, old)}
        for old, new in moved.items():
            retire.rename_path(con, old, new)
        reread = [old for old in renamed if old not in moved]
        again = retire.remove_paths(con, removed + reread)
        again += [renamed[old] for old in reread]
    for old, new in renamed.items():
        logger().info("renamed: %s -> %s", old, new)
    for path in removed:
        logger().info("removed: %s (no longer in the folder)", path)
    return moved | {old: renamed[old] for old in reread}, removed, again


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def read_batch(seeds_dir: Path, relative_paths: list[str]) -> list[Article | Quarantined]:
    """Read, decode and clean a batch of files (bad files come back as Quarantined); paths
    are in their stored form (``ingest.stored_path``)."""
    return [ingest.read_article(ingest.file_for(seeds_dir, p), seeds_dir) for p in relative_paths]


@task(cache_policy=NO_CACHE)
def extract_batch(items: list[Article | Quarantined]) -> list[ArticleResult | Quarantined]:
    """Run the NLP pipeline over the readable articles of a batch."""
    articles = [i for i in items if isinstance(i, Article)]
    with nlp_lock():
        extracted = iter(extract_articles(pipeline_nlp(), articles))
        return_freed_memory()
    return [next(extracted) if isinstance(i, Article) else i for i in items]


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
    """Write a batch in one transaction; its subjects are marked for ``refresh_facts``."""
    lease = warehouse_lease(db_path)
    try:
        with db.transaction(lease.acquire()) as con:
            outcome = write_items(con, items)
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


def write_items(con, items: list[ArticleResult | Quarantined]) -> BatchLoad:
    """Write a batch (inside the caller's transaction): replace the paths' old rows, judge
    duplicates, insert everything with one statement per table, mark touched subjects stale.
    The facts view catches up when ``refresh_facts`` runs at the end of the run."""
    results = [item for item in items if isinstance(item, ArticleResult)]
    quarantined = [item for item in items if isinstance(item, Quarantined)]
    touched = load.replace_paths(con, [r.article.path for r in results])
    for item in quarantined:
        touched |= load.write_quarantined(con, item)
    verdicts = dedup.judge_batch(con, results)
    for verdict in verdicts:
        for old_id in verdict.superseded:
            touched |= load.demote_to_duplicate(con, old_id, verdict.stored_id)
    touched |= load.write_articles(
        con, [(r, v.stored_id, v.decision) for r, v in zip(results, verdicts, strict=True)]
    )
    facts.mark_stale(con, touched)
    duplicates = sum(1 for v in verdicts if v.decision.duplicate_of)
    return BatchLoad(
        ok=len(results) - duplicates,
        duplicates=duplicates,
        quarantined=len(quarantined),
        claims=sum(len(r.facts.claims) for r in results),
        subjects=tuple(sorted(touched)),
    )

