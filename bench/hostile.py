"""Hostile inputs: time and peak RSS of one extract run per generated article.

Each case writes one invented article into a fresh temporary seeds folder and runs
``python -m pipeline extract`` on it in a subprocess (one file: no worker pool), killed after
``--cap`` seconds (reported as ``>cap s``). Peak RSS is that process's high-water mark
(``ru_maxrss``), CPU the process's user + system seconds (less sensitive than wall time to
other load on a shared machine; both include the imports and the model load). Sizes grow by
2x or 10x within a family, so super-linear growth shows as a time ratio well above the size
ratio.

Usage: ``.venv/bin/python bench/hostile.py`` (all cases) or ``--only dense`` / ``--cap 60``.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def figure_dense(repetitions: int) -> str:
    """'Grok 5 has 1T 2T 3T 1T 2T 3T ... parameters': one sentence packed with figures (9 bytes
    and three figures per repetition)."""
    return "Grok 5 has " + "1T 2T 3T " * repetitions + "parameters.\n"


def one_line_words(chars: int) -> str:
    """Plain words on a single line, no paragraph or sentence break."""
    words = ("the model was trained on a large cluster of accelerators and then evaluated "
             "by several independent groups who ")
    return (words * (chars // len(words) + 1))[:chars] + "\n"


def many_tables(tables: int) -> str:
    """An HTML page of small benchmark tables (67 bytes each)."""
    body = "<table><tr><td>Model X</td><td>175B</td><td>88.1</td></tr></table>" * tables
    return f"<html><head><title>Benchmarks</title></head><body>{body}</body></html>\n"


CASES: dict[str, tuple[str, Callable[[int], str], list[int]]] = {
    "dense": ("txt", figure_dense, [1_000, 2_000, 4_000, 50_000]),
    "oneline": ("txt", one_line_words, [500_000, 5_000_000]),
    "tables": ("html", many_tables, [1_000, 10_000]),
}


def run_case(text: str, suffix: str, cap: float,
             cpu_cap: int | None = None) -> tuple[str, float, float, str]:
    """(wall time, CPU seconds, peak RSS MiB, last output line) of one extract run over
    ``text`` in its own process; the process is killed after ``cap`` seconds (``>cap s``)."""
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        (seeds / f"case.{suffix}").write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "pipeline", "extract", "--seeds", str(seeds),
                   "--db", str(Path(tmp) / "case.duckdb")]
        log_path = Path(tmp) / "output.log"
        started = time.monotonic()
        with log_path.open("w") as log:
            process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                       preexec_fn=_cpu_limit(cpu_cap))
        killed = False
        # wait4 (not Popen.wait) returns this child's own rusage: its peak RSS, not the
        # largest of every child so far.
        while True:
            pid, _, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > cap and not killed:
                process.kill()
                killed = True
            time.sleep(0.1)
        process.returncode = 0  # reaped by wait4; keep Popen from waiting on a gone pid
        elapsed = time.monotonic() - started
        lines = log_path.read_text(errors="replace").strip().splitlines()
        cpu = usage.ru_utime + usage.ru_stime
        finished = bool(lines) and " new, " in lines[-1]
        if killed:
            outcome, timing = "killed", f">{cap:.0f} s"
        elif cpu_cap is not None and not finished and cpu >= cpu_cap - 1:
            outcome, timing = f"stopped at {cpu_cap} CPU s", f"{elapsed:.1f} s"
        else:
            outcome, timing = (lines[-1] if lines else "no output"), f"{elapsed:.1f} s"
        return timing, cpu, usage.ru_maxrss / 1024, outcome


def _cpu_limit(seconds: int | None):
    """A preexec hook that caps the child's CPU seconds (a busy machine stretches wall time,
    not CPU time, so a CPU cap measures the same work whatever else runs)."""
    if seconds is None:
        return None

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))

    return limit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cap", type=float, default=120.0, help="seconds before a case is killed")
    parser.add_argument("--cpu-cap", type=int, default=None,
                        help="CPU seconds before a case is stopped (SIGXCPU)")
    parser.add_argument("--size", type=int, action="append", help="run only these sizes")
    parser.add_argument("--only", choices=sorted(CASES), action="append",
                        help="run only this family (repeatable)")
    args = parser.parse_args(argv)
    print(f"{'case':<18} {'size':>10} {'time':>9} {'CPU':>8} {'peak RSS':>10}  outcome",
          flush=True)
    for family in args.only or list(CASES):
        suffix, make, sizes = CASES[family]
        for size in sizes:
            if args.size and size not in args.size:
                continue
            text = make(size)
            timing, cpu, peak_mib, outcome = run_case(text, suffix, args.cap, args.cpu_cap)
            print(f"{family + ' x' + str(size):<18} {len(text) / 1024:>7.0f} KB {timing:>9} "
                  f"{cpu:>6.1f} s {peak_mib:>6.0f} MiB  {outcome[:60]}", flush=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
