"""The ``extract`` flow: plan -> read/clean -> extract -> load, batch by batch.

Thin on purpose: every step is a task in ``pipeline/tasks.py``. The same steps run under the
Prefect worker (``prefect deployment run extract/extract``) and in-process without any server
(``python -m pipeline extract``, which calls each task's plain function: starting Prefect's
throw-away API costs 20-75 s on a 2-core machine, longer than most runs).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from prefect import flow
from prefect.context import FlowRunContext

from pipeline import api_watchdog, tasks
from pipeline.artifacts import publish_run_artifact
from pipeline.progress import RunProgress, progress_for
from pipeline.settings import DEFAULT_DB, DEFAULT_FILES_PER_BATCH, DEFAULT_SEEDS
from pipeline.summary import RunSummary
from warehouse import guard
from warehouse.db import default_lock_timeout_s
from warehouse.run_lock import exclusive_run


class Steps(NamedTuple):
    """The stage callables a run uses: Prefect tasks, or their plain functions.

    ``extract`` may return its result or a future of it (anything with ``.result()``: a
    ``concurrent.futures``/Dask/Prefect future); futures let batches extract in parallel.
    """

    plan: Callable
    read: Callable
    extract: Callable
    load: Callable
    refresh: Callable
    publish: Callable | None


PREFECT_STEPS = Steps(tasks.plan_run, tasks.read_batch, tasks.extract_batch, tasks.load_batch,
                      tasks.refresh_facts, publish_run_artifact)
IN_PROCESS_STEPS = Steps(tasks.plan_run.fn, tasks.read_batch.fn, tasks.extract_batch.fn,
                         tasks.load_batch.fn, tasks.refresh_facts.fn, None)


def batched(items: tuple[str, ...], size: int) -> list[list[str]]:
    """Consecutive batches of at most ``size`` items (a task run per batch, not per article:
    the server spends ~50 ms of CPU on every task run)."""
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _resolve(value: Any) -> Any:
    return value.result() if hasattr(value, "result") else value


def run_extract(
    seeds_dir: Path, db_path: Path, files_per_batch: int, steps: Steps, *, in_flight: int = 1,
    progress: RunProgress | None = None,
) -> RunSummary:
    """Process every new or changed file, one batch (read, extract, load) at a time, then
    recompute the facts of the subjects the batches touched.

    Batches are loaded in order, each in its own transaction, and nothing of a batch is kept
    once it is loaded, so memory stays flat and an interrupted run keeps whole batches. Facts
    are recomputed once, after the last batch (per batch, a popular subject's claims would be
    re-read by every batch); until then the ``facts`` view shows the previous run's. With
    ``in_flight`` > 1 (and an ``extract`` step that returns futures) up to that many batches
    extract on workers while this process reads ahead and loads finished batches. Runs of
    more than one batch report their progress (``pipeline.progress``; default: a bar on a
    terminal, else a log line every few batches).
    """
    seeds_dir, db_path = Path(seeds_dir).resolve(), Path(db_path)
    loads: list = []
    pending: deque = deque()

    def load_next() -> None:
        result = _resolve(pending.popleft())
        with api_watchdog.loading_batch():  # a lost Prefect API ends the run between batches
            loads.append(steps.load(db_path, result))
        progress.advance(loads[-1].ok + loads[-1].duplicates + loads[-1].quarantined,
                         loads[-1].quarantined)

    try:
        plan = steps.plan(seeds_dir, db_path)  # inside: planning writes (removed files)
        batches = batched(plan.todo, files_per_batch)
        if progress is None:
            progress = progress_for(len(plan.todo), len(batches), tasks.logger(),
                                    in_flow_run=FlowRunContext.get() is not None)
        for batch in batches:
            pending.append(steps.extract(steps.read(seeds_dir, batch)))
            if len(pending) >= max(in_flight, 1):
                load_next()
        while pending:
            load_next()
        refreshed = steps.refresh(db_path)
    except Exception as err:
        if guard.is_disk_full(err):  # say which file and how much to free, not a traceback
            raise guard.disk_full_error(db_path, err) from err
        raise
    finally:
        if progress is not None:
            progress.close()
        try:
            tasks.close_warehouse(db_path)  # loads hold the file across batches; never past a run
        except Exception as err:  # closing checkpoints; on a full disk the WAL keeps the data
            if not guard.is_disk_full(err):
                raise
            tasks.logger().warning("%s", guard.disk_full_error(db_path, err))
    summary = RunSummary.combine(plan, loads, refreshed)
    api_watchdog.mark_data_done()
    tasks.logger().info(summary.line())
    if steps.publish is not None:
        steps.publish(db_path, summary)
    return summary


def default_workers() -> int:
    """Extraction processes when none are asked for: one per core."""
    return os.cpu_count() or 1


# The API watch ends once Prefect has recorded the run's final state (hooks run after it).
_END_WATCH = [api_watchdog.stop_watch]


@flow(name="extract", on_completion=_END_WATCH, on_failure=_END_WATCH, on_crashed=_END_WATCH,
      on_cancellation=_END_WATCH)
def extract(
    seeds_dir: Path = DEFAULT_SEEDS,
    db_path: Path = DEFAULT_DB,
    files_per_batch: int = DEFAULT_FILES_PER_BATCH,
    parallel_batches: int = 1,
) -> RunSummary:
    """Extract facts from every new or changed article under ``seeds_dir`` into ``db_path``.

    Args:
        seeds_dir: folder of articles (.txt, .md, .html); subfolders are read too.
        db_path: the DuckDB warehouse file (created if missing).
        files_per_batch: files per read/extract/load task run.
        parallel_batches: extract tasks submitted to the flow's task runner at once. Above 1
            only with a multi-process runner (``extract_on_dask`` below); the
            default thread runner shares one model per process.

    Returns:
        The run summary ("N new, M unchanged, K quarantined").

    A Prefect API that stops answering for ``$NEWSFACTS_API_LOST_AFTER_S`` seconds ends the
    process with exit code 3 and a message, between batches (``pipeline.api_watchdog``).
    """
    api_watchdog.start_watch()
    with exclusive_run(db_path, default_lock_timeout_s()):
        if parallel_batches > 1:
            steps = PREFECT_STEPS._replace(extract=tasks.extract_batch.submit)
            return run_extract(seeds_dir, db_path, files_per_batch, steps,
                               in_flight=parallel_batches)
        return run_extract(seeds_dir, db_path, files_per_batch, PREFECT_STEPS)


def extract_in_process(
    seeds_dir: Path = DEFAULT_SEEDS,
    db_path: Path = DEFAULT_DB,
    files_per_batch: int = DEFAULT_FILES_PER_BATCH,
    *,
    workers: int | None = None,
    dask_address: str | None = None,
) -> RunSummary:
    """The same run without a Prefect API (the CONTRACT's ``python -m pipeline extract``).

    Args:
        seeds_dir: folder of articles.
        db_path: the DuckDB warehouse file.
        files_per_batch: files per read/extract/load step.
        workers: extraction processes (default: one per core; 1 = this process only). Runs of
            a single batch always stay in this process (starting a worker costs a model load).
        dask_address: scheduler address (``tcp://host:8786``): extract on that Dask cluster
            instead of local processes.

    Returns:
        The run summary.
    """
    with exclusive_run(db_path, default_lock_timeout_s()):  # one run per warehouse at a time
        return _extract_in_process(seeds_dir, db_path, files_per_batch, workers, dask_address)


def _extract_in_process(seeds_dir: Path, db_path: Path, files_per_batch: int,
                        workers: int | None, dask_address: str | None) -> RunSummary:
    from pipeline import parallel  # imported late: the plain path needs no multiprocessing

    if dask_address is not None:
        from pipeline.dask_runner import BATCHES_PER_WORKER, dask_client

        with dask_client(dask_address) as client:
            steps = IN_PROCESS_STEPS._replace(extract=parallel.executor_extract(client, pure=False))
            n = max(len(client.scheduler_info().get("workers", {})), 1)
            return run_extract(seeds_dir, db_path, files_per_batch, steps,
                               in_flight=BATCHES_PER_WORKER * n)
    workers = default_workers() if workers is None else workers
    plan = tasks.plan_run.fn(Path(seeds_dir).resolve(), Path(db_path))
    planned = IN_PROCESS_STEPS._replace(plan=lambda *_: plan)  # plan once, not twice
    if workers <= 1 or len(plan.todo) <= files_per_batch:
        return run_extract(seeds_dir, db_path, files_per_batch, planned)
    with parallel.lazy_process_pool(workers) as pool:
        steps = planned._replace(extract=parallel.executor_extract(pool))
        return run_extract(seeds_dir, db_path, files_per_batch, steps, in_flight=2 * workers)


def extract_on_dask(
    address: str,
    seeds_dir: Path = DEFAULT_SEEDS,
    db_path: Path = DEFAULT_DB,
    files_per_batch: int = DEFAULT_FILES_PER_BATCH,
) -> RunSummary:
    """Run the Prefect ``extract`` flow with its tasks on the Dask cluster at ``address``.

    Args:
        address: the Dask scheduler (``tcp://host:8786``); the workers need this project and
            its model installed (same lock file).
        seeds_dir: articles folder, readable by the flow process (workers get texts, not
            paths).
        db_path: the DuckDB warehouse, written only by the flow process.
        files_per_batch: files per extract task.

    Returns:
        The run summary.
    """
    from prefect_dask import DaskTaskRunner

    from pipeline.dask_runner import BATCHES_PER_WORKER, worker_count

    in_flight = BATCHES_PER_WORKER * worker_count(address)
    flow = extract.with_options(task_runner=DaskTaskRunner(address=address))
    return flow(seeds_dir=seeds_dir, db_path=db_path, files_per_batch=files_per_batch,
                parallel_batches=in_flight)
