"""Watch the Prefect API while a flow runs; a server that is gone ends the run clearly.

Without it, a flow whose server died mid-run finishes its data work and then sits in Prefect's
client retries (recording a task's or the flow's state) until the server returns, and the run
ends FAILED minutes later. The watchdog polls the API's ``/health`` from a daemon thread; when
it has not answered for ``$NEWSFACTS_API_LOST_AFTER_S`` seconds (default 60), it waits for a
batch being loaded to commit, says what landed and exits the process with ``EXIT_API_LOST``.
Batches load in their own transactions, so what a run loaded before the exit is whole, and the
next run picks up the rest.

The watch starts in the flow's body and ends in the flow's completion or failure hook, which
Prefect calls only once the run's final state is recorded: so it also covers the wait for that
last answer. Without an API URL (Prefect's in-process ephemeral server) there is nothing to
watch.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

from extractors.budget import positive_setting

LOST_AFTER_ENV_VAR = "NEWSFACTS_API_LOST_AFTER_S"
DEFAULT_LOST_AFTER_S = 60.0
# The exit code of a run whose Prefect API was lost (2 is a usage error, 1 a failure).
EXIT_API_LOST = 3
# Seconds between health checks, and the longest one check may take.
POLL_S = 2.0
CHECK_TIMEOUT_S = 5.0

log = logging.getLogger("newsfacts")


def lost_after_s() -> float:
    """Seconds without an answer after which the API is lost (``$NEWSFACTS_API_LOST_AFTER_S``).

    Raises:
        ValueError: the setting is not a positive number.
    """
    return positive_setting(LOST_AFTER_ENV_VAR, DEFAULT_LOST_AFTER_S)


def api_url() -> str | None:
    """The configured Prefect API URL, or None (an in-process ephemeral server)."""
    from prefect.settings import PREFECT_API_URL

    value = PREFECT_API_URL.value()
    return str(value).rstrip("/") if value else None


def api_answers(url: str, timeout: float = CHECK_TIMEOUT_S) -> bool:
    """Whether the API at ``url`` answers its health check."""
    try:
        return httpx.get(f"{url}/health", timeout=timeout).status_code == 200
    except (httpx.HTTPError, OSError):
        return False


def exit_api_lost(message: str) -> None:
    """Print the message and end the process at once with ``EXIT_API_LOST`` (Prefect's own
    threads would otherwise keep retrying the gone server)."""
    print(message, file=sys.stderr, flush=True)
    sys.stdout.flush()
    os._exit(EXIT_API_LOST)


class ApiWatchdog:
    """A daemon thread that polls ``url``'s health and calls ``on_lost`` once it has not
    answered for ``lost_after`` seconds, while no batch is being loaded."""

    def __init__(self, url: str, *, lost_after: float, poll: float = POLL_S,
                 on_lost: Callable[[str], None] = exit_api_lost,
                 answers: Callable[[str], bool] = api_answers) -> None:
        self.url, self.lost_after, self.poll = url, lost_after, poll
        self.on_lost, self.answers = on_lost, answers
        self.loading = threading.Lock()  # held while a batch's transaction is open
        self.batches_loaded = 0
        self.data_done = False
        self.api_down = False
        self.lost = threading.Event()  # set once the API counts as lost
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="api-watchdog", daemon=True)

    def start(self) -> ApiWatchdog:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def _watch(self) -> None:
        last_answer = time.monotonic()
        while not self._stop.wait(self.poll):
            if self.answers(self.url):
                last_answer, self.api_down = time.monotonic(), False
                continue
            self.api_down = True
            silent = time.monotonic() - last_answer
            if silent < self.lost_after:
                continue
            self.lost.set()
            with self.loading:  # a batch being loaded commits first
                if self._stop.is_set():
                    return
                self.on_lost(self.message(silent))
            return

    def message(self, silent: float) -> str:
        """What the user is told when the API is lost."""
        landed = ("the run's data is loaded"
                  if self.data_done else
                  f"{self.batches_loaded} batch(es) were loaded whole before it; the next run "
                  "processes the rest")
        return (f"error: the Prefect API at {self.url} has not answered for {silent:.0f} s "
                f"({LOST_AFTER_ENV_VAR}={self.lost_after:g}); {landed}. The run's state "
                f"could not be recorded: exiting with code {EXIT_API_LOST}. Start the server "
                "again (make run) and check the warehouse with `python -m pipeline overview`.")


_current: ApiWatchdog | None = None


def current() -> ApiWatchdog | None:
    """The watchdog of the flow run in this process, if one is watching."""
    return _current


def start_watch() -> ApiWatchdog | None:
    """Start watching the configured API for this process's flow run (no URL: None)."""
    global _current
    url = api_url()
    if url is None:
        return None
    if _current is not None:
        _current.stop()
    _current = ApiWatchdog(url, lost_after=lost_after_s()).start()
    return _current


def stop_watch(*_args: object) -> None:
    """End the watch (a flow hook: called as ``hook(flow, flow_run, state)``)."""
    global _current
    if _current is not None:
        _current.stop()
        _current = None


@contextmanager
def loading_batch() -> Iterator[None]:
    """Mark a batch's load: the watchdog does not end the process inside it."""
    watchdog = _current
    if watchdog is None:
        yield
        return
    with watchdog.loading:
        yield
        watchdog.batches_loaded += 1


def mark_data_done() -> None:
    """The run's data work is over (what is left: artifacts and the final state)."""
    if _current is not None:
        _current.data_done = True


def api_down() -> bool:
    """Whether the watched API failed its last health check (False when nothing watches)."""
    return _current is not None and _current.api_down
