"""Scale-out helpers: a ``distributed.Client`` for a scheduler address, and its worker count.

The flows use them (``pipeline.flows``); this module imports no flow, so the dependency points
one way. Two entry points, same work split: the flow process plans, reads and is the only DuckDB
writer; Dask workers run ``extract_batch`` (one spaCy pipeline per worker process, cached by
``pipeline_nlp``) and return ``ArticleResult`` records.

- ``flows.extract_on_dask(address, ...)``: the Prefect flow with prefect-dask's ``DaskTaskRunner``
  (task runs visible in the Prefect UI).
- ``flows.extract_in_process(..., dask_address=address)``: no Prefect API, tasks' plain functions
  submitted through a ``distributed.Client``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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
