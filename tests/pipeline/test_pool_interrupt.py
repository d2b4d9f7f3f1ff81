"""Ctrl-C during a run with extraction workers: the pool is abandoned, not waited for.

Leaving a ProcessPoolExecutor normally waits for every batch already submitted; the run reads
ahead, so on a loaded machine Ctrl-C took minutes to end the process (and a crash test waited
past its bound). ``lazy_process_pool`` cancels queued batches and stops running workers.
"""

from __future__ import annotations

import threading
import time

import pytest

from pipeline import parallel

pytestmark = pytest.mark.slow  # each worker loads the spaCy model at start

# A task far longer than the bound below: if the pool were waited for, the bound would expire.
NEVER_ENDING_S = 3600


def test_ctrl_c_stops_workers_instead_of_waiting_for_them() -> None:
    workers: list = []
    outcome: dict[str, BaseException] = {}

    def run() -> None:
        try:
            with parallel.lazy_process_pool(1) as pool:
                pool.submit(time.sleep, NEVER_ENDING_S)
                workers.extend((getattr(pool._pool, "_processes", None) or {}).values())
                raise KeyboardInterrupt
        except BaseException as err:  # the interrupt is what comes back
            outcome["error"] = err

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    # Generous: only a pool that waits for its hour-long task could still be running then.
    thread.join(timeout=600)
    assert not thread.is_alive(), "leaving the pool waited for the running task"
    assert isinstance(outcome.get("error"), KeyboardInterrupt)
    for process in workers:
        process.join(timeout=60)
        assert not process.is_alive()
