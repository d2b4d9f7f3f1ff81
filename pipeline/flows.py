"""The ``extract`` flow: plan -> read/clean -> extract -> load, batch by batch.

Thin on purpose: every step is a task in ``pipeline/tasks.py``. The same steps run under the
Prefect worker (``prefect deployment run extract/extract``) and in-process without any server
(``python -m pipeline extract``, which calls each task's plain function: starting Prefect's
throw-away API costs 20-75 s on a 2-core machine, longer than most runs).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from prefect import flow

from pipeline import tasks
from pipeline.settings import DEFAULT_DB, DEFAULT_FILES_PER_BATCH, DEFAULT_SEEDS
from pipeline.artifacts import publish_run_artifact
from pipeline.summary import RunSummary



class Steps(NamedTuple):
    """The stage callables a run uses: Prefect tasks, or their plain functions."""

    plan: Callable
    read: Callable
    extract: Callable
    load: Callable
    publish: Callable | None


PREFECT_STEPS = Steps(tasks.plan_run, tasks.read_batch, tasks.extract_batch, tasks.load_batch,
                      publish_run_artifact)
IN_PROCESS_STEPS = Steps(tasks.plan_run.fn, tasks.read_batch.fn, tasks.extract_batch.fn,
                         tasks.load_batch.fn, None)


def batched(items: tuple[str, ...], size: int) -> list[list[str]]:
    """Consecutive batches of at most ``size`` items (a task run per batch, not per article:
    the server spends ~50 ms of CPU on every task run)."""
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def run_extract(seeds_dir: Path, db_path: Path, files_per_batch: int, steps: Steps) -> RunSummary:
    """Process every new or changed file, one batch (read, extract, load) at a time.

    Batches are loaded in order, each in its own transaction, and nothing of a batch is kept
    once it is loaded, so memory stays flat and an interrupted run keeps whole batches.
    """
    seeds_dir, db_path = Path(seeds_dir).resolve(), Path(db_path)
    plan = steps.plan(seeds_dir, db_path)
    loads = []
    for batch in batched(plan.todo, files_per_batch):
        loads.append(steps.load(db_path, steps.extract(steps.read(seeds_dir, batch))))
    summary = RunSummary.combine(plan, loads)
    tasks.logger().info(summary.line())
    if steps.publish is not None:
        steps.publish(db_path, summary)
    return summary


@flow(name="extract")
def extract(
    seeds_dir: Path = DEFAULT_SEEDS,
    db_path: Path = DEFAULT_DB,
    files_per_batch: int = DEFAULT_FILES_PER_BATCH,
) -> RunSummary:
    """Extract facts from every new or changed article under ``seeds_dir`` into ``db_path``.

    Args:
        seeds_dir: folder of articles (.txt, .md, .html); subfolders are read too.
        db_path: the DuckDB warehouse file (created if missing).
        files_per_batch: files per read/extract/load task run.

    Returns:
        The run summary ("N new, M unchanged, K quarantined").
    """
    return run_extract(seeds_dir, db_path, files_per_batch, PREFECT_STEPS)


def extract_in_process(
    seeds_dir: Path = DEFAULT_SEEDS,
    db_path: Path = DEFAULT_DB,
    files_per_batch: int = DEFAULT_FILES_PER_BATCH,
) -> RunSummary:
    """The same run without a Prefect API (the CONTRACT's ``python -m pipeline extract``)."""
    return run_extract(seeds_dir, db_path, files_per_batch, IN_PROCESS_STEPS)
