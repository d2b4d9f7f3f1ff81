"""Command line: ``extract`` (the flow, in-process), ``facts`` (browse the warehouse)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from extractors.errors import ExtractionError
from pipeline.settings import DEFAULT_DB, DEFAULT_FILES_PER_BATCH, DEFAULT_SEEDS


def _extract(args: argparse.Namespace) -> int:
    # Imported late so `facts` starts fast.
    from pipeline.flows import extract_in_process

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    summary = extract_in_process(seeds_dir=args.seeds, db_path=args.db, files_per_batch=args.batch)
    print(summary.line())
    return 0


def _facts(args: argparse.Namespace) -> int:
    from pipeline.browse import show_facts

    return show_facts(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract facts from every new article in a folder")
    ex.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="articles folder")
    ex.add_argument("--db", type=Path, default=DEFAULT_DB, help="DuckDB warehouse file")
    ex.add_argument("--batch", type=int, default=DEFAULT_FILES_PER_BATCH, help="files per task run")
    ex.set_defaults(run=_extract)

    fa = sub.add_parser("facts", help="show facts as a table (or JSON)")
    fa.add_argument("--db", type=Path, default=DEFAULT_DB)
    fa.add_argument("--subject", "-s", help="subject contains this text (case-insensitive)")
    fa.add_argument("--predicate", "-p", choices=["parameter_count", "release_date", "quantity"])
    fa.add_argument("--status", choices=["corroborated", "single_source", "contested"])
    fa.add_argument("--contested", action="store_true", help="only contested facts")
    fa.add_argument("--evidence", action="store_true", help="show each claim's sentence")
    fa.add_argument("--json", action="store_true", help="JSON lines for scripts")
    fa.add_argument("--limit", type=int, default=200)
    fa.set_defaults(run=_facts)

    rp = sub.add_parser("report", help="write the evidence report (one self-contained HTML file)")
    rp.add_argument("--db", type=Path, default=DEFAULT_DB, help="DuckDB warehouse file")
    rp.add_argument("--out", type=Path, help="HTML file to write (default: beside the DB)")
    rp.set_defaults(run=_report)
    return parser


def _report(args: argparse.Namespace) -> int:
    from pipeline.report import run_cli

    return run_cli(args)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except ExtractionError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except Exception as err:  # a damaged warehouse fails wherever its bad block is read
        from warehouse.guard import corruption_error, is_corruption

        if not is_corruption(err):
            raise
        print(f"error: {corruption_error(getattr(args, 'db', '--db'), err)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: the warehouse keeps every batch loaded before the interrupt; "
              "run again to finish.", file=sys.stderr)
        return 130
