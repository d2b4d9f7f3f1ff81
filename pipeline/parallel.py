"""Run the extract stage on other processes: a local process pool or a Dask cluster.

Both are ``concurrent.futures``-style executors (``submit(fn, *args) -> future``), so one
``Steps`` variant serves both: the flow process plans, reads and loads; the executor's workers
run ``extract_batch`` and send back small ``ArticleResult`` records (never ``Doc`` objects).
Each worker process loads the spaCy pipeline once (``pipeline_nlp`` is cached per process).
Only the flow process writes DuckDB (a single-writer database).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import Any

from pipeline import tasks
from pipeline.extraction import pipeline_nlp


def warm_worker() -> None:
    """Process-pool initializer: load the model while the flow reads the first batch."""
    pipeline_nlp()


def extract_batch(items: list) -> list:
    """``tasks.extract_batch`` as a plain module-level function (a task's ``.fn`` does not
    pickle by reference, so it cannot be sent to a worker process)."""
    return tasks.extract_batch.fn(items)


def _submit(executor: Any, items: list, **submit_kwargs: Any) -> Any:
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


@contextmanager
def process_pool(workers: int) -> Iterator[Executor]:
    """A pool of ``workers`` spawned processes, each with the pipeline preloaded.

    ``spawn`` rather than ``fork``: the flow process runs threads (DuckDB, Prefect, the
    benchmark's RSS sampler) and forking a threaded process can deadlock in the child.
    """
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=warm_worker) as pool:
        yield pool
