"""Scale-out: the ``extract`` flow with its extract stage on a Dask cluster.

Two entry points, same work split: the flow process plans, reads and is the only DuckDB
writer; Dask workers run ``extract_batch`` (one spaCy pipeline per worker process, cached by
``pipeline_nlp``) and return ``ArticleResult`` records.

- ``extract_on_dask(address, ...)``: the Prefect flow with prefect-dask's ``DaskTaskRunner``
  (task runs visible in the Prefect UI).
- ``extract_in_process(..., dask_address=address)``: no Prefect API, tasks' plain functions
  submitted through a ``distributed.Client``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.settings import DEFAULT_DB, DEFAULT_FILES_PER_BATCH, DEFAULT_SEEDS
from pipeline.summary import RunSummary

# Batches queued per worker: one extracting, one waiting, so no worker idles between batches
# while the flow process loads the previous one.
BATCHES_PER_WORKER = 2


@contextmanager
def dask_client(address: str) -> Iterator:
    """A ``distributed.Client`` connected to ``address`` (``tcp://scheduler:8786``)."""
    from distributed import Client

    client = Client(address)
    try:
        yield client
    finally:
        client.close()


def worker_count(address: str) -> int:
    """Workers currently registered with the scheduler at ``address`` (at least 1)."""
    with dask_client(address) as client:
        return max(len(client.scheduler_info().get("workers", {})), 1)


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

    from pipeline.flows import extract

    in_flight = BATCHES_PER_WORKER * worker_count(address)
    flow = extract.with_options(task_runner=DaskTaskRunner(address=address))
    return flow(seeds_dir=seeds_dir, db_path=db_path, files_per_batch=files_per_batch,
                parallel_batches=in_flight)
