"""What matters first, after a run: the contested questions, then each model's parameter counts
and release dates (highest confidence first), then how many more facts there are and where the
evidence report is. ``python -m pipeline overview``; the last thing ``make run`` prints.

Plain text that reads the same on a terminal and in a log, wrapped at word boundaries to the
terminal's width; article text is escaped (``pipeline.terminal_text``).
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path

from pipeline.browse import slot_of
from pipeline.report import report_path_for
from pipeline.report.text import value_label
from pipeline.terminal_text import printable
from warehouse import db, queries

PREDICATE_NAMES = {"parameter_count": "parameters", "release_date": "release"}
PREDICATE_RANK = {"parameter_count": 0, "release_date": 1}  # the model questions first
VALUES_PER_LINE = 3


def _reading(fact: dict) -> str:
    """'6T params (total), 0.61' with the fact's doubts: hedged, single source."""
    notes = [f"{fact['confidence'] or 0:.2f}"]
    if fact["hedged"]:
        notes.append("hedged")
    sources = fact["n_sources"] or 0
    notes.append(f"{sources} source{'' if sources == 1 else 's'}")
    return f"{printable(value_label(fact))} ({', '.join(notes)})"


def contested_lines(facts: list[dict]) -> Iterator[str]:
    """One line per contested question: its rival readings, best supported first."""
    facts = sorted(facts, key=lambda f: (PREDICATE_RANK.get(f["predicate"], 9), slot_of(f)))
    for (_, predicate, _), rivals in groupby(facts, key=slot_of):
        rivals = sorted(rivals, key=lambda f: -(f["confidence"] or 0))
        readings = " vs ".join(_reading(f) for f in rivals)
        subject = rivals[0]["subject"]
        yield f"{printable(subject)}, {PREDICATE_NAMES.get(predicate, predicate)}: {readings}"


def model_lines(facts: list[dict], top: int) -> tuple[list[str], set[str]]:
    """Lines for the first ``top`` models, and the ids of the facts they show."""
    lines: list[str] = []
    shown: set[str] = set()
    for i, (subject, rows) in enumerate(groupby(facts, key=lambda f: f["subject"])):
        if i >= top:
            break
        lines.append(f"  {printable(subject)}")
        for predicate, group in groupby(rows, key=lambda f: f["predicate"]):
            group = list(group)
            readings = [_reading(f) for f in group[:VALUES_PER_LINE]]
            if len(group) > VALUES_PER_LINE:
                readings.append(f"+{len(group) - VALUES_PER_LINE} more")
            lines.append(f"    {PREDICATE_NAMES.get(predicate, predicate)}: {'; '.join(readings)}")
            shown |= {f["fact_id"] for f in group[:VALUES_PER_LINE]}
    return lines, shown


def overview_text(db_path: Path, top: int = 12, width: int | None = None) -> str:
    """The overview of the warehouse at ``db_path`` (read-only), wrapped to ``width``."""
    con = db.connect(db_path, read_only=True)
    try:
        contested = queries.contested_facts(con)
        models = queries.model_headline_facts(con)
        total = queries.count_current_facts(con)
    finally:
        con.close()
    width = width or shutil.get_terminal_size((100, 24)).columns
    questions = list(contested_lines(contested))
    lines = [f"Contested questions ({len(questions)})"]
    lines += [f"  {q}" for q in questions] or ["  none: no two sources disagree"]
    listed, shown = model_lines(models, top)
    n_models = len({f["subject"] for f in models})
    lines += ["", f"Models: parameter counts and release dates ({min(top, n_models)} of {n_models},"
              " highest confidence first)"]
    lines += listed or ["  no model has a parameter count or a release date yet"]
    more = max(total - len({f["fact_id"] for f in contested} | shown), 0)
    report = report_path_for(db_path).resolve()
    where = (f"evidence report: {printable(report)}" if report.exists()
             else "no evidence report yet (python -m pipeline report writes it)")
    lines += ["", f"{more} more facts (python -m pipeline facts); {where}"]
    wrapped = []
    for line in lines:
        indent = " " * (len(line) - len(line.lstrip()) + 2)
        wrapped += textwrap.wrap(line, width, subsequent_indent=indent, break_long_words=False,
                                 break_on_hyphens=False) or [""]
    return "\n".join(wrapped)


def show_overview(db_path: Path, top: int = 12) -> int:
    """Print the overview; returns the exit code."""
    print(overview_text(db_path, top))
    return 0
