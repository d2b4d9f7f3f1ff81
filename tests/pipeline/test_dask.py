"""Scale-out: the extract flow with its extract stage on a local 2-worker Dask cluster.

Workers return ``ArticleResult`` records and only the flow process writes DuckDB; the warehouse
must hold the same claims and mentions as a single-process run.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from pipeline import flows

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DASK_CONNECT_TIMEOUT = "600s"


def facts_snapshot(db: Path) -> dict[str, list[tuple]]:
    """The claims and mentions views, sorted."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {view: sorted(con.execute(f"SELECT * FROM {view}").fetchall(), key=repr)
                for view in ("claims", "mentions")}
    finally:
        con.close()


@pytest.fixture(scope="module")
def cluster_address() -> Iterator[str]:
    """A local cluster of 2 single-threaded worker processes (like 2 machines).

    Dask's connect timeouts (30 s) bound how long a worker process may take to reach the
    scheduler; on a busy 2-core machine spawning one can take longer, so they are generous
    here: they stop a cluster that never comes up, they do not time a healthy one."""
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.comm.timeouts.connect": DASK_CONNECT_TIMEOUT,
                          "distributed.comm.timeouts.tcp": DASK_CONNECT_TIMEOUT}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                         dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seeds, extracted in this process: the expected warehouse."""
    root = tmp_path_factory.mktemp("dask")
    seeds = root / "seeds"
    shutil.copytree(SEEDS, seeds)
    db = root / "reference.duckdb"
    flows.extract_in_process(seeds, db, files_per_batch=2, workers=1)
    return seeds, db


@pytest.mark.slow
def test_in_process_flow_on_dask_matches_single_process(
    cluster_address: str, reference: tuple[Path, Path], tmp_path: Path
) -> None:
    seeds, expected = reference
    db = tmp_path / "dask.duckdb"
    summary = flows.extract_in_process(seeds, db, files_per_batch=2, dask_address=cluster_address)
    assert (summary.new, summary.quarantined) == (5, 0)
    assert facts_snapshot(db) == facts_snapshot(expected)


@pytest.mark.slow
def test_prefect_flow_with_dask_task_runner(
    prefect_harness: None, cluster_address: str, reference: tuple[Path, Path], tmp_path: Path
) -> None:
    from pipeline.flows import extract_on_dask

    seeds, expected = reference
    db = tmp_path / "dask_prefect.duckdb"
    summary = extract_on_dask(cluster_address, seeds_dir=seeds, db_path=db, files_per_batch=2)
    assert summary.new == 5
    assert facts_snapshot(db) == facts_snapshot(expected)
