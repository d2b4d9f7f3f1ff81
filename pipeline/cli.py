"""Command line: ``extract`` (the flow, in-process), ``facts`` (browse the warehouse),
``overview`` (what matters first), ``report`` (the evidence report).

Every option is checked before anything runs: a wrong value ends with a one-line message and
exit code 2 (argparse's convention). Read commands never create a file or folder.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from extractors.errors import ExtractionError
from pipeline.settings import DEFAULT_DB, DEFAULT_FILES_PER_BATCH, DEFAULT_SEEDS
from pipeline.terminal_text import printable


def existing_folder(value: str) -> Path:
    """``--seeds``: a folder that exists (an empty value would silently mean "here")."""
    if not value.strip():
        raise argparse.ArgumentTypeError("must name a folder of articles, not an empty string")
    path = Path(value)
    if not path.exists():
        raise argparse.ArgumentTypeError(f"no such folder: {printable(value)}")
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"{printable(value)} is a file, not a folder")
    return path


def file_path(value: str) -> Path:
    """``--db``/``--out``: a file name, not an empty string."""
    if not value.strip():
        raise argparse.ArgumentTypeError("must name a file, not an empty string")
    return Path(value)


def _at_least(minimum: int):
    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
        if number < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum} (got {number})")
        return number

    parse.__name__ = f"integer >= {minimum}"
    return parse


def missing_warehouse(db_path: Path) -> str | None:
    """The message for a read command whose warehouse file is not there, else None."""
    if db_path.is_file():
        return None
    what = "is a folder, not a warehouse file" if db_path.is_dir() else "does not exist"
    return (f"error: {printable(db_path)} {what}; run "
            f"`python -m pipeline extract --db {printable(db_path)}` first")


def _extract(args: argparse.Namespace) -> int:
    # Imported late so `facts` starts fast; a run with nothing to do imports neither Prefect
    # nor spaCy (``unchanged_run`` only hashes the files and reads the warehouse).
    from pipeline.planning import unchanged_run

    _configure_logging()
    summary = unchanged_run(args.seeds, args.db)
    if summary is None:
        from pipeline.flows import extract_in_process

        summary = extract_in_process(seeds_dir=args.seeds, db_path=args.db,
                                     files_per_batch=args.batch)
    print(summary.line())
    return 0


def _configure_logging() -> None:
    """Log lines to stderr; on a terminal through the console the progress bar draws on, so
    they scroll above the bar instead of tearing it."""
    from pipeline.progress import stderr_console

    console = stderr_console()
    if console.is_terminal:
        from rich.highlighter import NullHighlighter
        from rich.logging import RichHandler

        handler = RichHandler(console=console, show_path=False, markup=False,
                              highlighter=NullHighlighter())
        logging.basicConfig(level=logging.INFO, format="%(message)s", handlers=[handler])
    else:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")


def _facts(args: argparse.Namespace) -> int:
    if problem := missing_warehouse(args.db):
        print(problem, file=sys.stderr)
        return 2
    if args.history:
        from pipeline.history import run_cli as show_history

        return show_history(args)
    from pipeline.browse import show_facts

    return show_facts(args)


def _overview(args: argparse.Namespace) -> int:
    if problem := missing_warehouse(args.db):
        print(problem, file=sys.stderr)
        return 2
    from pipeline.overview import show_overview

    return show_overview(args.db, top=args.top)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract facts from every new article in a folder")
    # A string default goes through ``type`` too, so a missing ./seeds is reported as well.
    ex.add_argument("--seeds", type=existing_folder, default=str(DEFAULT_SEEDS),
                    help="articles folder (must exist)")
    ex.add_argument("--db", type=file_path, default=DEFAULT_DB, help="DuckDB warehouse file")
    ex.add_argument("--batch", type=_at_least(1), default=DEFAULT_FILES_PER_BATCH,
                    help="files per task run (at least 1)")
    ex.set_defaults(run=_extract)

    fa = sub.add_parser("facts", help="show facts as a table (or JSON)")
    fa.add_argument("--db", type=file_path, default=DEFAULT_DB, help="DuckDB warehouse file")
    fa.add_argument("--subject", "-s", help="subject contains this text (case-insensitive)")
    fa.add_argument("--predicate", "-p", choices=["parameter_count", "release_date", "quantity"])
    fa.add_argument("--status",
                    choices=["corroborated", "single_source", "contested", "superseded"])
    fa.add_argument("--contested", action="store_true", help="only contested facts")
    fa.add_argument("--evidence", action="store_true", help="show each claim's sentence")
    formats = fa.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="JSON lines for scripts")
    formats.add_argument("--csv", action="store_true", help="CSV with every column")
    fa.add_argument("--limit", type=_at_least(0), default=200, help="at most this many facts")
    fa.add_argument("--history", metavar="SUBJECT",
                    help="a subject's claims by publication date: new, agrees, recalls, revises,"
                    " contests")
    fa.set_defaults(run=_facts)

    rp = sub.add_parser("report", help="write the evidence report (one self-contained HTML file)")
    rp.add_argument("--db", type=file_path, default=DEFAULT_DB, help="DuckDB warehouse file")
    rp.add_argument("--out", type=file_path,
                    help="HTML file (or existing folder) to write to (default: beside the DB)")
    rp.set_defaults(run=_report)

    ov = sub.add_parser("overview", help="contested questions, then each model's sizes and dates")
    ov.add_argument("--db", type=file_path, default=DEFAULT_DB, help="DuckDB warehouse file")
    ov.add_argument("--top", type=_at_least(1), default=12, help="models to list")
    ov.set_defaults(run=_overview)
    return parser


def _report(args: argparse.Namespace) -> int:
    if problem := missing_warehouse(args.db):
        print(problem, file=sys.stderr)
        return 2
    from pipeline.report import run_cli

    return run_cli(args)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except ExtractionError as err:
        print(f"error: {printable(err)}", file=sys.stderr)
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
