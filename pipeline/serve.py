"""Register the ``extract/extract`` deployment.

Two ways, both under ``if __name__ == "__main__"``:

- ``python -m pipeline.serve deploy`` (what ``make run`` does): a persistent deployment on the
  ``newsfacts`` process work pool. It lives in the server's database, survives restarts, and a
  worker (``prefect worker start --pool newsfacts``) picks up its runs.
- ``python -m pipeline.serve serve``: ``serve()`` in the foreground, for a quick local loop.
  Note: when a served process stops, Prefect pauses its deployment and later runs stay
  Scheduled until it is served again; the work-pool deployment does not have that trap.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from prefect import serve

from pipeline.flows import extract
from pipeline.settings import DEFAULT_DB, DEFAULT_SEEDS

DEPLOYMENT_NAME = "extract"
WORK_POOL = "newsfacts"
PROJECT_DIR = Path(__file__).resolve().parent.parent


def deploy(seeds_dir: Path, db_path: Path) -> str:
    """Create or update the work-pool deployment; returns its id."""
    flow = extract.from_source(source=str(PROJECT_DIR), entrypoint="pipeline/flows.py:extract")
    deployment_id = flow.deploy(
        name=DEPLOYMENT_NAME,
        work_pool_name=WORK_POOL,
        parameters={"seeds_dir": str(seeds_dir), "db_path": str(db_path)},
        description="Extract AI-model facts from new articles in the seeds folder into DuckDB.",
        print_next_steps=False,
        build=False,
        push=False,
    )
    return str(deployment_id)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mode", choices=["deploy", "serve"])
    parser.add_argument("--seeds", type=Path, default=PROJECT_DIR / DEFAULT_SEEDS)
    parser.add_argument("--db", type=Path, default=PROJECT_DIR / DEFAULT_DB)
    args = parser.parse_args()
    if args.mode == "deploy":
        print(f"deployment extract/extract: {deploy(args.seeds, args.db)}")
        return
    serve(
        extract.to_deployment(
            name=DEPLOYMENT_NAME,
            parameters={"seeds_dir": str(args.seeds), "db_path": str(args.db)},
        )
    )


if __name__ == "__main__":
    main()
