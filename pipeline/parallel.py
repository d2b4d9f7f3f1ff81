"""Run the extract stage on other processes: a local process pool or a Dask cluster.

Both are ``concurrent.futures``-style executors (``submit(fn, *args) -> future``), so one
``Steps`` variant serves both: the flow process plans, reads and loads; the executor's workers
run ``extract_batch`` and send back small ``ArticleResult`` records (never ``Doc`` objects).
Each worker process loads the spaCy pipeline once (``pipeline_nlp`` is cached per process).
Only the flow process writes DuckDB (a single-writer database).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import Any

from extractors.types import Article
from pipeline import tasks


def warm_worker() -> None:
    """Process-pool initializer: load the model while the flow reads the first batch."""
    from extractors.processing import pipeline_nlp

    pipeline_nlp()


def extract_batch(items: list) -> list:
    """``tasks.extract_batch`` as a plain module-level function (a task's ``.fn`` does not
    pickle by reference, so it cannot be sent to a worker process)."""
    return tasks.extract_batch.fn(items)


def _submit(executor: Any, items: list, **submit_kwargs: Any) -> Any:
    if not any(isinstance(item, Article) for item in items):
        return items  # quarantined files only: nothing for a worker to do
    return executor.submit(extract_batch, items, **submit_kwargs)


def executor_extract(executor: Any, **submit_kwargs: Any) -> Callable[[list], Any]:
    """An extract step that submits each batch to ``executor`` and returns its future.

    Args:
        executor: a ``concurrent.futures.Executor`` or a ``dask.distributed.Client``.
        **submit_kwargs: passed to ``submit`` (Dask: ``pure=False`` so equal batches are not
            merged into one key).

    Returns:
        A callable for ``Steps.extract``; ``run_extract`` resolves the futures in order.
    """
    return partial(_submit, executor, **submit_kwargs)


# One BLAS thread per worker: the pool already puts a process on every core, and a BLAS
# library's own threads on top of that would fight the other workers for them. The variables
# are read when a worker loads its BLAS, so they are set before the workers are spawned (the
# same ones Dask's nanny sets for its workers). A value the user set is kept.
WORKER_THREAD_LIMITS: dict[str, str] = {
    "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@contextmanager
def _environ_defaults(values: dict[str, str]) -> Iterator[None]:
    """Set the variables not already set, and unset them again on exit."""
    added = {k: v for k, v in values.items() if k not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for key in added:
            os.environ.pop(key, None)


@contextmanager
def process_pool(workers: int) -> Iterator[Executor]:
    """A pool of ``workers`` spawned processes, each with the pipeline preloaded and one BLAS
    thread (``WORKER_THREAD_LIMITS``).

    ``spawn`` rather than ``fork``: the flow process runs threads (DuckDB, Prefect, the
    benchmark's RSS sampler) and forking a threaded process can deadlock in the child.
    """
    context = multiprocessing.get_context("spawn")
    with _environ_defaults(WORKER_THREAD_LIMITS), ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=warm_worker) as pool:
        yield pool


class LazyPool:
    """A ``process_pool`` started at the first ``submit``: a run whose batches are all
    quarantined files never spawns a worker (each would load the model)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._context: Any = None
        self._pool: Executor | None = None

    @property
    def started(self) -> bool:
        return self._pool is not None

    def submit(self, fn: Callable, *args: Any, **kwargs: Any) -> Any:
        if self._pool is None:
            self._context = process_pool(self.workers)
            self._pool = self._context.__enter__()
        return self._pool.submit(fn, *args, **kwargs)

    def abandon(self) -> None:
        """Stop the workers now (Ctrl-C): queued batches are cancelled and running ones killed.

        Without this, leaving the pool waits for every batch already submitted (the run reads
        ahead) to finish extracting: on a busy machine, minutes after the user pressed Ctrl-C.
        ProcessPoolExecutor has no public way to stop running workers before Python 3.14
        (``terminate_workers``), so its process table is read directly.
        """
        if self._pool is None:
            return
        running = list((getattr(self._pool, "_processes", None) or {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)  # forgets its process table
        for process in running:
            process.terminate()

    def close(self) -> None:
        if self._context is not None:
            context, self._context, self._pool = self._context, None, None
            context.__exit__(None, None, None)


@contextmanager
def lazy_process_pool(workers: int) -> Iterator[LazyPool]:
    """``process_pool(workers)``, started only when a batch is submitted."""
    pool = LazyPool(workers)
    try:
        yield pool
    except KeyboardInterrupt:
        pool.abandon()
        raise
    finally:
        pool.close()
