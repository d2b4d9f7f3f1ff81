"""``make bench``: the whole extract path against a bare spaCy parse of the same texts.

Builds N distinct articles from the seeds (``bench/corpus.py``), runs plan -> read -> extract
-> load into a fresh DuckDB in a temporary folder (the same ``run_extract`` as
``python -m pipeline extract``), and times ``nlp.pipe`` of the configured spaCy model (all
components, one process, spaCy's default batch size, the same matrix backend as the pipeline:
``NEWSFACTS_GEMM``) over the same texts.

Prints articles/s, words/s, the throughput ratio pipeline / bare parse (>= 1.0: the pipeline
is at least as fast), stage seconds, a per-component profile, and RSS (this process plus its
worker processes) at 25/50/75/100% of the run and its peak in each quarter. ``--repeat 3``
prints min/median/max.

Usage: ``make bench BENCH_ARGS="--n 200"`` or ``.venv/bin/python bench/run.py --n 10000
--repeat 1 --no-bare``.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import spacy
from corpus import seed_paragraphs, write_corpus

import extractors
from extractors import ingest
from extractors.processing import extract_articles, gemm_backend, model_ops, pipeline_nlp
from pipeline import flows, parallel, tasks

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "seeds", ROOT / "tests" / "fixtures"]
PROFILE_ARTICLES = 100  # the per-component profile runs in this process over this many


def rss_kib(pid: int | str = "self") -> int:
    """VmRSS of a process in KiB (0 when it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0


def tree_rss_kib() -> int:
    """RSS of this process plus its live children (the extraction workers)."""
    total = rss_kib()
    for task in Path("/proc/self/task").iterdir():
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        total += sum(rss_kib(pid) for pid in children)
    return total


class RssSampler(threading.Thread):
    """Samples the process tree's RSS every ``interval`` s; tracks the peak overall and in
    each quarter of the run's progress (a point reading at 25% or 100% lands wherever the
    workers happen to be in a batch; a quarter's peak does not, so growth shows as growth)."""

    def __init__(self, progress, interval: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.progress, self.interval, self._halt = progress, interval, threading.Event()
        self.peak, self.quarter_peaks = 0, [0, 0, 0, 0]

    def run(self) -> None:
        while not self._halt.is_set():
            rss = tree_rss_kib()
            quarter = min(int(self.progress() * 4), 3)
            self.peak = max(self.peak, rss)
            self.quarter_peaks[quarter] = max(self.quarter_peaks[quarter], rss)
            self._halt.wait(self.interval)

    def stop(self) -> int:
        self._halt.set()
        self.join()
        return self.peak


class Timed:
    """Wraps a step: accumulates its wall seconds; ``on_load`` records RSS by progress."""

    def __init__(self, fn, seconds: dict, key: str) -> None:
        self.fn, self.seconds, self.key = fn, seconds, key

    def __call__(self, *args):
        start = time.perf_counter()
        try:
            return self.fn(*args)
        finally:
            self.seconds[self.key] += time.perf_counter() - start


def run_pipeline(seeds: Path, db: Path, n: int, args: argparse.Namespace) -> dict:
    """One timed end-to-end run; returns its figures."""
    seconds: dict[str, float] = defaultdict(float)
    marks: dict[int, int] = {}
    loaded = [0]

    def load(db_path, items):
        outcome = tasks.load_batch.fn(db_path, items)
        loaded[0] += len(items)
        for pct in (25, 50, 75, 100):
            if pct not in marks and loaded[0] >= n * pct / 100:
                marks[pct] = tree_rss_kib()
        return outcome

    sampler = RssSampler(lambda: loaded[0] / n)
    sampler.start()
    start, flow_cpu = time.perf_counter(), time.process_time()
    worker_cpu = _children_cpu()
    base = flows.IN_PROCESS_STEPS
    steps = base._replace(plan=Timed(base.plan, seconds, "plan"),
                          read=Timed(base.read, seconds, "ingest"),
                          load=Timed(load, seconds, "load"),
                          refresh=Timed(base.refresh, seconds, "refresh facts"))
    if args.workers <= 1:
        steps = steps._replace(extract=Timed(base.extract, seconds, "extract"))
        summary = flows.run_extract(seeds, db, args.batch, steps)
    else:
        with parallel.process_pool(args.workers) as pool:
            # Here "extract" is the time spent submitting + waiting on workers (in load()).
            steps = steps._replace(extract=parallel.executor_extract(pool))
            summary = flows.run_extract(seeds, db, args.batch, steps,
                                        in_flight=args.in_flight or 2 * args.workers)
    wall = time.perf_counter() - start
    # Workers have exited (the pool is closed), so their CPU is in RUSAGE_CHILDREN.
    cpu = {"flow": time.process_time() - flow_cpu, "workers": _children_cpu() - worker_cpu}
    peak = sampler.stop()
    return {"wall": wall, "summary": summary.line(), "stages": dict(seconds), "rss": marks,
            "peak": peak, "quarter_peaks": sampler.quarter_peaks, "cpu": cpu}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_bare(texts: list[str]) -> float:
    """Seconds for ``nlp.pipe`` of the configured model (every component) over ``texts``.

    The model multiplies with the pipeline's backend (``model_ops``), so the ratio measures
    what the pipeline does around the model, not which BLAS it picked. Its BLAS may use every
    core's thread: this process loaded it before any worker limit was set.
    """
    with model_ops():
        nlp = spacy.load(extractors.configured_model_name())
    start = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - start


class ComponentTimer:
    """Wraps a pipeline component's ``__call__``/``pipe`` to accumulate its seconds."""

    def __init__(self, name: str, proc, seconds: dict) -> None:
        self.name, self.proc, self.seconds = name, proc, seconds

    def __call__(self, doc):
        start = time.perf_counter()
        doc = self.proc(doc)
        self.seconds[self.name] += time.perf_counter() - start
        return doc

    def pipe(self, docs, **kwargs):
        # Materialise the batch so the component's own work is what is timed.
        docs = list(docs)
        start = time.perf_counter()
        if hasattr(self.proc, "pipe"):
            out = list(self.proc.pipe(docs, **kwargs))
        else:
            out = [self.proc(d) for d in docs]
        self.seconds[self.name] += time.perf_counter() - start
        yield from out


def profile_components(seeds: Path, n: int) -> dict[str, float]:
    """Per-component seconds over the first ``n`` articles, in this process."""
    nlp = pipeline_nlp()
    seconds: dict[str, float] = defaultdict(float)
    original = list(nlp._components)
    nlp._components[:] = [(name, ComponentTimer(name, proc, seconds))
                          for name, proc in original]
    try:
        files = ingest.discover_files(seeds)[:n]
        articles = [ingest.read_article(f, seeds) for f in files]
        start = time.perf_counter()
        extract_articles(nlp, articles)
        total = time.perf_counter() - start
    finally:
        nlp._components[:] = original
    seconds["records+minhash (rest)"] = total - sum(seconds.values())
    seconds["total"] = total
    return dict(seconds)


def spread(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:.3f}"
    return (f"min {min(values):.3f} / median {statistics.median(values):.3f} / "
            f"max {max(values):.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles in the corpus")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--batch", type=int, default=32, help="files per extract batch")
    parser.add_argument("--workers", type=int, default=flows.default_workers(),
                        help="extraction processes (1 = in this process)")
    parser.add_argument("--in-flight", type=int, default=0, help="batches queued (0: 2/worker)")
    parser.add_argument("--no-bare", action="store_true", help="skip the bare-parse timing")
    parser.add_argument("--no-profile", action="store_true", help="skip the component profile")
    args = parser.parse_args(argv)

    pool = seed_paragraphs([p for p in SOURCES if p.is_dir()])
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        texts = write_corpus(corpus, pool, args.n, args.seed)
        words = sum(len(t.split()) for t in texts)
        print(f"corpus: {args.n} articles, {words} words ({words / args.n:.0f}/article), "
              f"{len(pool)} seed paragraphs; workers={args.workers} batch={args.batch} "
              f"model={extractors.configured_model_name()} gemm={gemm_backend()}", flush=True)
        for r in range(args.repeat):
            result = run_pipeline(corpus, Path(tmp) / f"run{r}.duckdb", args.n, args)
            bare = None if args.no_bare else time_bare(texts)
            result["bare"] = bare
            rows.append(result)
            rate = args.n / result["wall"]
            line = (f"run {r + 1}: {result['wall']:.1f} s, {rate:.2f} articles/s, "
                    f"{words / result['wall']:.0f} words/s")
            if bare:
                line += (f"; bare parse {bare:.1f} s ({words / bare:.0f} words/s); "
                         f"ratio {bare / result['wall']:.3f}")
            print(line, flush=True)
            print("   ", result["summary"])
            print("    stages (s):", ", ".join(f"{k} {v:.1f}" for k, v in result["stages"].items()))
            cpu = result["cpu"]
            print(f"    CPU s: flow process {cpu['flow']:.0f}, workers {cpu['workers']:.0f} "
                  f"({(cpu['flow'] + cpu['workers']) / (result['wall'] * args.workers):.0%} of "
                  f"{args.workers} cores x wall)", flush=True)
            rss = result["rss"]
            print("    RSS MiB at 25/50/75/100%:",
                  " / ".join(f"{rss.get(p, 0) / 1024:.0f}" for p in (25, 50, 75, 100)),
                  f"(100% vs 25%: {100 * (rss.get(100, 0) / max(rss.get(25, 1), 1) - 1):+.1f}%)",
                  f"peak {result['peak'] / 1024:.0f} MiB", flush=True)
            quarters = result["quarter_peaks"]
            print("    peak RSS MiB per quarter:",
                  " / ".join(f"{q / 1024:.0f}" for q in quarters),
                  f"(last vs first: {100 * (quarters[3] / max(quarters[0], 1) - 1):+.1f}%)",
                  flush=True)
        if args.repeat > 1:
            print(f"summary over {args.repeat} runs:")
            print("  articles/s:", spread([args.n / r["wall"] for r in rows]))
            print("  words/s:   ", spread([words / r["wall"] for r in rows]))
            if not args.no_bare:
                print("  ratio:     ", spread([r["bare"] / r["wall"] for r in rows]))
        if not args.no_profile:
            n = min(args.n, PROFILE_ARTICLES)
            prof = profile_components(corpus, n)
            total = prof.pop("total")
            print(f"component profile (1 process, {n} articles, {total:.1f} s):")
            for name, sec in sorted(prof.items(), key=lambda kv: -kv[1]):
                print(f"    {name:<24} {sec:7.2f} s  {100 * sec / total:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
