"""The run's Prefect artifacts: a markdown summary (new, contested, quarantined) and the report.

At the end of each flow run the evidence report (``pipeline.report``) is rewritten beside the
warehouse and linked from the markdown and from a link artifact.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from pathlib import Path

from prefect.artifacts import create_link_artifact, create_markdown_artifact

from pipeline import api_watchdog
from pipeline.markdown_text import escape_markdown
from pipeline.report import write_report
from pipeline.summary import RunSummary
from pipeline.tasks import logger
from warehouse import db, queries

ARTIFACT_KEY = "extract-summary"
REPORT_ARTIFACT_KEY = "evidence-report"
MAX_ROWS = 30


def _table(headers: list[str], rows: list[list[object]]) -> str:
    if not rows:
        return "_none_\n"
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    # cells hold file names, reasons and subjects: untrusted text, escaped to render as-is
    lines += ["| " + " | ".join(escape_markdown(v) for v in r) + " |"
              for r in rows[:MAX_ROWS]]
    if len(rows) > MAX_ROWS:
        lines.append(f"| … {len(rows) - MAX_ROWS} more | " + " | " * (len(headers) - 1))
    return "\n".join(lines) + "\n"


def run_markdown(db_path: Path, summary: RunSummary) -> str:
    """Markdown for the run: its counts, the facts it touched, contests, quarantined files."""
    con = db.connect(db_path, read_only=True)
    try:
        touched = queries.facts_of_subjects(con, summary.subjects)
        contested = [r for r in touched if r[3] == "contested"]
        quarantined = queries.quarantined_files(con)
    finally:
        con.close()
    headers = ["subject", "predicate", "value", "status", "confidence", "sources"]
    return (
        f"# extract: {escape_markdown(summary.line())}\n\n"
        f"## Facts touched by this run ({len(touched)})\n"
        f"{_table(headers, [list(r) for r in touched])}\n"
        f"## Contested ({len(contested)})\n{_table(headers, [list(r) for r in contested])}\n"
        f"## Quarantined files ({len(quarantined)})\n"
        f"{_table(['path', 'reason'], [list(r) for r in quarantined])}"
    )


def report_markdown(report: Path | None) -> str:
    """The markdown line that points at the run's evidence report."""
    if report is None:
        return "\n_The evidence report could not be written; see the run's logs._\n"
    uri = report.resolve().as_uri()
    return (
        f"\n## Evidence report\n[{escape_markdown(report.name)}]({uri}): "
        "open it in a browser (one offline file).\n"
    )


def publish_run_artifact(db_path: Path, summary: RunSummary) -> None:
    """Write the evidence report and attach the run summary and a link to it to the flow run
    (visible in the Prefect UI under Artifacts).

    The run's data has landed by now: an artifact the Prefect API cannot take (the server is
    gone, or answers too slowly) is a warning, given up after ``ARTIFACT_TIMEOUT_S``, never a
    failed or hanging run. When the watched API is down, both are skipped with one warning."""
    report: Path | None = None
    try:
        report = write_report(Path(db_path))
    except Exception as err:  # a report failure must not fail a run whose data already landed
        logger().warning("evidence report not written: %s", err)
    if _api_is_down():
        logger().warning("artifacts not written: the Prefect API does not answer; the run's "
                         "data is loaded%s", f" and its report is {report}" if report else "")
        return
    markdown = run_markdown(db_path, summary) + report_markdown(report)
    _bounded("run summary", lambda: create_markdown_artifact(
        key=ARTIFACT_KEY, markdown=markdown, description=summary.line()))
    if report is not None:
        _bounded("report link", lambda: create_link_artifact(
            key=REPORT_ARTIFACT_KEY,
            link=report.resolve().as_uri(),
            link_text=f"Evidence report ({report.name})",
            description="Facts, contests and the evidence behind them (self-contained HTML)",
        ))


def _api_is_down() -> bool:
    """Whether the API this run's watchdog watches is down (failed its last or a fresh check)."""
    watchdog = api_watchdog.current()
    if watchdog is None:
        return False
    return watchdog.api_down or not api_watchdog.api_answers(watchdog.url)


# How long an artifact may take to reach the Prefect API before the run gives up on it.
ARTIFACT_TIMEOUT_S = 30.0


def _bounded(what: str, create: Callable[[], object]) -> bool:
    """Run one artifact call in a daemon thread for at most ``ARTIFACT_TIMEOUT_S``; a failure
    or a timeout is logged as a warning. Returns whether the artifact was written."""
    outcome: dict[str, BaseException | None] = {}
    context = contextvars.copy_context()  # the flow-run context the artifact attaches to

    def call() -> None:
        try:
            context.run(create)
            outcome["error"] = None
        except BaseException as err:  # reported below, in the flow's thread
            outcome["error"] = err

    worker = threading.Thread(target=call, name=f"artifact-{what}", daemon=True)
    worker.start()
    worker.join(ARTIFACT_TIMEOUT_S)
    if "error" not in outcome:
        logger().warning("artifact (%s) not written: the Prefect API did not answer "
                                 "within %g s; the run's data is loaded", what,
                                 ARTIFACT_TIMEOUT_S)
        return False
    if outcome["error"] is not None:
        logger().warning("artifact (%s) not written: %s: %s; the run's data is loaded",
                                 what, type(outcome["error"]).__name__, outcome["error"])
        return False
    return True
