"""Progress of a run of more than one batch: articles done of total, articles per second, time
left, quarantined so far.

On a terminal (``python -m pipeline extract`` in a shell) a live bar on stderr; elsewhere (a
pipe, a log file, Prefect's logs) one log line every few batches and after the last. A run of
a single batch reports nothing: it is over before a bar would tell anything.
"""

from __future__ import annotations

import logging
import time
from typing import Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

# A log line every this many batches (and after the last): about 128 articles at the default
# batch size, so a 10,000-article run writes some 80 lines, not 300.
LOG_EVERY_BATCHES = 4


class RunProgress(Protocol):
    def advance(self, articles: int, quarantined: int) -> None:
        """One batch loaded: ``articles`` files of it, ``quarantined`` of those quarantined."""

    def close(self) -> None:
        """The run is over (or failed): stop drawing."""


class NoProgress:
    """A single batch: nothing to report."""

    def advance(self, articles: int, quarantined: int) -> None:
        pass

    def close(self) -> None:
        pass


class RateSinceFirstBatch:
    """Articles per second counted from the end of the first batch: the first one also pays
    for loading the model, which would make every estimate too slow."""

    def __init__(self, clock=time.monotonic) -> None:
        self.clock = clock
        self.first: tuple[float, int] | None = None

    def mark(self, done: int) -> None:
        if self.first is None:
            self.first = (self.clock(), done)

    def per_second(self, done: int) -> float:
        if self.first is None:
            return 0.0
        elapsed = self.clock() - self.first[0]
        return (done - self.first[1]) / elapsed if elapsed > 0 else 0.0


def _duration(seconds: float) -> str:
    seconds = max(round(seconds), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s"


class LogProgress:
    """A log line every ``every`` batches and after the last one."""

    def __init__(self, total: int, n_batches: int, log: logging.Logger | logging.LoggerAdapter,
                 every: int = LOG_EVERY_BATCHES, clock=time.monotonic) -> None:
        self.total, self.n_batches, self.log, self.every = total, n_batches, log, every
        self.clock = clock
        self.done = self.quarantined = self.batches = 0
        self.rate = RateSinceFirstBatch(clock)

    def line(self) -> str:
        """'progress: 128/1,000 articles (13%), 2 quarantined, 12.5 articles/s, 1m10s left'."""
        rate = self.rate.per_second(self.done)
        left = f"{_duration((self.total - self.done) / rate)} left" if rate else "time left unknown"
        percent = 100 * self.done / self.total if self.total else 100
        return (f"progress: {self.done:,}/{self.total:,} articles ({percent:.0f}%), "
                f"{self.quarantined} quarantined, {rate:.1f} articles/s, {left}")

    def advance(self, articles: int, quarantined: int) -> None:
        self.done += articles
        self.quarantined += quarantined
        self.batches += 1
        self.rate.mark(self.done)
        if self.batches % self.every == 0 or self.batches == self.n_batches:
            self.log.info(self.line())

    def close(self) -> None:
        pass


class BarProgress:
    """A live bar on the terminal: done/total, rate, time left, quarantined so far."""

    def __init__(self, total: int, console: Console) -> None:
        self.quarantined = 0
        self.bar = Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("articles · {task.fields[rate]} · {task.fields[quarantined]} quarantined"),
            TimeElapsedColumn(), TextColumn("·"), TimeRemainingColumn(),
            console=console, transient=False,
        )
        self.task = self.bar.add_task("extract", total=total, rate="- articles/s", quarantined=0)
        self.rate = RateSinceFirstBatch()
        self.done = 0
        self.bar.start()

    def advance(self, articles: int, quarantined: int) -> None:
        self.done += articles
        self.quarantined += quarantined
        self.rate.mark(self.done)
        per_second = self.rate.per_second(self.done)
        rate = f"{per_second:.1f} articles/s" if per_second else "- articles/s"
        self.bar.update(self.task, advance=articles, rate=rate, quarantined=self.quarantined)

    def close(self) -> None:
        self.bar.stop()


def stderr_console() -> Console:
    """The console the bar (and, on a terminal, the CLI's log lines) write to."""
    return _CONSOLE


_CONSOLE = Console(stderr=True)


def progress_for(total: int, n_batches: int, log: logging.Logger | logging.LoggerAdapter,
                 *, console: Console | None = None, in_flow_run: bool = False) -> RunProgress:
    """The progress report a run of ``n_batches`` batches (``total`` files) gets.

    Args:
        console: where a bar would go; default the shared stderr console.
        in_flow_run: the run is a Prefect flow run: report in its logs, never with a bar.
    """
    if n_batches <= 1:
        return NoProgress()
    console = console or stderr_console()
    if console.is_terminal and not in_flow_run and not console.is_dumb_terminal:
        return BarProgress(total, console)
    return LogProgress(total, n_batches, log)

