"""The run's Prefect artifact: new facts, contested facts and quarantined files (markdown)."""

from __future__ import annotations

from pathlib import Path

from prefect.artifacts import create_markdown_artifact

from pipeline.summary import RunSummary
from warehouse import db
from warehouse.ids import subject_key

ARTIFACT_KEY = "extract-summary"
MAX_ROWS = 30


def _table(headers: list[str], rows: list[list[object]]) -> str:
    if not rows:
        return "_none_\n"
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join("" if v is None else str(v).replace("|", "/") for v in r) + " |"
              for r in rows[:MAX_ROWS]]
    if len(rows) > MAX_ROWS:
        lines.append(f"| … {len(rows) - MAX_ROWS} more | " + " | " * (len(headers) - 1))
    return "\n".join(lines) + "\n"


def run_markdown(db_path: Path, summary: RunSummary) -> str:
    """Markdown for the run: its counts, the facts it touched, contests, quarantined files."""
    con = db.connect(db_path, read_only=True)
    try:
        keys = [subject_key(s) for s in summary.subjects]
        touched = con.execute(
            "SELECT subject, predicate, coalesce(cast(value AS VARCHAR),"
            " cast(value_low AS VARCHAR) || '–' || cast(value_high AS VARCHAR),"
            " cast(date_start AS VARCHAR) || '…' || cast(date_end AS VARCHAR)) AS value,"
            " status, round(confidence, 2), n_sources FROM fact_rows"
            " WHERE subject_key IN (SELECT unnest(?::VARCHAR[])) ORDER BY subject, predicate, value",
            [keys],
        ).fetchall()
        contested = [r for r in touched if r[3] == "contested"]
        quarantined = con.execute(
            "SELECT path, error FROM article_rows WHERE status = 'quarantined' ORDER BY path"
        ).fetchall()
    finally:
        con.close()
    headers = ["subject", "predicate", "value", "status", "confidence", "sources"]
    return (
        f"# extract: {summary.line()}\n\n"
        f"## Facts touched by this run ({len(touched)})\n{_table(headers, [list(r) for r in touched])}\n"
        f"## Contested ({len(contested)})\n{_table(headers, [list(r) for r in contested])}\n"
        f"## Quarantined files ({len(quarantined)})\n"
        f"{_table(['path', 'reason'], [list(r) for r in quarantined])}"
    )


def publish_run_artifact(db_path: Path, summary: RunSummary) -> None:
    """Attach the run summary to the flow run (visible in the Prefect UI under Artifacts)."""
    create_markdown_artifact(
        key=ARTIFACT_KEY,
        markdown=run_markdown(db_path, summary),
        description=summary.line(),
    )
