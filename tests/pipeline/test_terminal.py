"""The terminal: read commands start light, the table fits 80 columns without breaking a word,
pipes get plain text, options are checked, untrusted text is escaped, the overview."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from extractors.types import (
    Article,
    ArticleRecords,
    ArticleResult,
    Bound,
    CharSpan,
    Claim,
    EntityType,
    Granularity,
    Predicate,
    ReleaseEvent,
    Scope,
)
from pipeline.browse import COLUMNS, show_facts
from pipeline.cli import build_parser, main
from pipeline.overview import overview_text
from pipeline.terminal_text import printable, printable_line
from warehouse.ids import hash_id

PROJECT_ROOT = Path(__file__).resolve().parents[2]
T = 1e12
ESC_PATH = "evil\x1b]0;owned\x07\x1b[31m.txt"


def _span(text: str, part: str) -> CharSpan:
    start = text.index(part)  # fixture building only: the code under test never searches
    return CharSpan(start=start, end=start + len(part), text=part)


def _result(path: str, publisher: str, text: str, subject: str, surface: str,
            **claim: object) -> ArticleResult:
    predicate = claim.pop("predicate", Predicate.PARAMETER_COUNT)
    art = Article(article_id=hash_id(path + text), path=path, text=text, publisher=publisher,
                  published_at=dt.date(2026, 3, 7))
    made = Claim(predicate=predicate, subject=subject, subject_type=EntityType.MODEL,
                 subject_span=_span(text, subject), value_span=_span(text, surface),
                 sentence=CharSpan(start=0, end=len(text), text=text), binding="copula",
                 confidence=0.9, **claim)
    return ArticleResult(article=art, records=ArticleRecords(article_id=art.article_id,
                                                         claims=(made,)))


def _params(value: float) -> dict:
    return dict(value=value, value_low=value, value_high=value, bound=Bound.EXACT,
                unit="parameters", scope=Scope.TOTAL)


def _release(start: dt.date, end: dt.date) -> dict:
    return dict(predicate=Predicate.RELEASE_DATE, event=ReleaseEvent.PLANNED, date_start=start,
                date_end=end, date_granularity=Granularity.MONTH)


ARTICLES = (
    _result("a.txt", "Wired", "Grok 5 has 6 trillion parameters.", "Grok 5", "6 trillion",
            **_params(6 * T)),
    _result("b.txt", "Verge", "Grok 5 has 10T parameters.", "Grok 5", "10T", **_params(10 * T)),
    _result("c.txt", "Noze", "Llama 3.1 405B Instruct Turbo has 405B parameters.",
            "Llama 3.1 405B Instruct Turbo", "405B", **_params(405e9)),
    _result("d.txt", "Wired", "Grok 5 ships between May and July 2026.", "Grok 5",
            "between May and July 2026", **_release(dt.date(2026, 5, 1), dt.date(2026, 7, 31))),
    _result(ESC_PATH, "Evil\x1b[2J Press", "Zeta 3.5 has 70B parameters.", "Zeta 3.5", "70B",
            **_params(70e9)),
)


def render(path: Path, *argv: str, width: int = 80, terminal: bool = True) -> str:
    args = build_parser().parse_args(["facts", "--db", str(path), *argv])
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, force_terminal=terminal)
    assert show_facts(args, console=console) == 0
    return out.getvalue()


def _python(code: str, *, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=600)


# --- read commands import neither spaCy nor Prefect ---------------------------------------

HEAVY = ("spacy", "thinc", "prefect")


@pytest.mark.parametrize("argv", [
    pytest.param(["facts"], id="facts"),
    pytest.param(["facts", "--evidence"], id="facts_evidence"),
    pytest.param(["facts", "--json"], id="facts_json"),
    pytest.param(["overview"], id="overview"),
    pytest.param(["report", "--out", "{tmp}/r.html"], id="report"),
    pytest.param(["--help"], id="help"),
])
def test_read_commands_import_neither_spacy_nor_prefect(
        warehouse_file: Path, tmp_path: Path, argv: list[str]) -> None:
    argv = [a.format(tmp=tmp_path) for a in argv]
    if argv != ["--help"]:
        argv += ["--db", str(warehouse_file)]
    code = (
        "import sys, json\nfrom pipeline.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        f"print('LOADED', json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    proc = _python(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "LOADED []"


# --- the table at 80 columns, and piped ---------------------------------------------------

def test_table_at_80_columns_keeps_every_header_and_value_whole(warehouse_file: Path) -> None:
    out = render(warehouse_file, width=80)
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    words = {w for line in lines for w in line.replace("│", " ").replace("┃", " ").split()}
    shown = [h for h, _, _ in COLUMNS if h.split()[0] in words]
    assert {"subject", "predicate", "value", "status"} <= set(shown)
    for header in shown:
        assert all(part in words for part in header.split()), header
    for whole in ("Llama", "3.1", "405B", "Instruct", "Turbo", "6T", "10T", "contested",
                  "2026-05-01", "2026-07-31", "release", "parameters"):
        assert whole in words, whole
    assert "not shown at this width" in out


@pytest.mark.parametrize("width", [pytest.param(w, id=f"w{w}") for w in (60, 80, 100, 160)])
def test_no_word_is_broken_at_any_width(warehouse_file: Path, width: int) -> None:
    out = render(warehouse_file, width=width)
    words = {w for line in out.splitlines() for w in line.replace("│", " ").split()}
    for fragment in ("2026-0", "Instru", "corrob", "param", "single_"):
        assert fragment not in words, (fragment, out)


def test_piped_output_is_plain_aligned_text(warehouse_file: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "facts", "--db", str(warehouse_file)],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "COLUMNS": "80"},
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["subject", "predicate", "scope/event", "value", "status", "conf",
                                "sources", "hedged", "first_seen"]
    assert not any(ch in proc.stdout for ch in "│┃━─\x1b")
    assert len(lines) == 1 + 5  # one line per fact: Grok 5 (6T, 10T, date), Llama, Zeta
    grok = [line for line in lines if line.startswith("Grok 5 ") and "parameter_count" in line]
    assert len(grok) == 2 and all("contested" in line for line in grok)
    column = lines[0].index("value")
    assert all(line[column - 2: column] == "  " for line in lines[1:])  # aligned


def test_on_a_real_terminal_of_80_columns(warehouse_file: Path) -> None:
    """``python -m pipeline facts`` on a pseudo-terminal with COLUMNS=80: a table no wider than
    80 cells, every word whole."""
    import pty
    import re

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "facts", "--db", str(warehouse_file)],
        cwd=PROJECT_ROOT, stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "80", "TERM": "xterm-256color"},
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert proc.wait(timeout=600) == 0
    out = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode("utf-8"))
    lines = out.replace("\r", "").splitlines()
    assert any("┃ subject" in line for line in lines)  # the table, not the plain text
    assert max(len(line) for line in lines) <= 80
    words = {w for line in lines for w in line.replace("│", " ").split()}
    assert {"Instruct", "Turbo", "contested", "2026-05-01"} <= words


def test_csv_has_every_column(warehouse_file: Path) -> None:
    import csv

    rows = list(csv.DictReader(io.StringIO(render(warehouse_file, "--csv", terminal=False))))
    assert {"fact_id", "subject", "predicate", "value", "status", "confidence"} <= set(rows[0])
    assert {r["subject"] for r in rows} >= {"Grok 5", "Llama 3.1 405B Instruct Turbo"}


@pytest.mark.parametrize("pattern", [pytest.param("%", id="percent"),
                                     pytest.param("_", id="underscore")])
def test_subject_wildcards_mean_themselves(warehouse_file: Path, pattern: str) -> None:
    assert "no facts match" in render(warehouse_file, "--subject", pattern)


# --- untrusted text is escaped --------------------------------------------------------------

@pytest.mark.parametrize(("raw", "shown"), [
    pytest.param("a\x1b[31mb", "a\\x1b[31mb", id="esc"),
    pytest.param("bell\x07", "bell\\x07", id="bel"),
    pytest.param("csi\x9b2J", "csi\\x9b2J", id="c1_csi"),
    pytest.param("rtl\u202etxt.exe", "rtl\\u202etxt.exe", id="bidi_override"),
    pytest.param("two\nlines", "two\\x0alines", id="newline"),
    pytest.param("café \u2013 1.5T", "café \u2013 1.5T", id="plain_unicode_kept"),
])
def test_printable(raw: str, shown: str) -> None:
    assert printable(raw) == shown


def test_printable_line_keeps_offsets_of_whitespace() -> None:
    assert printable_line("a\nb\tc") == "a b c"


@pytest.mark.parametrize(("argv", "shown"), [
    pytest.param(("--evidence",), "evil", id="table_evidence"),
    pytest.param(("--csv",), "Zeta 3.5", id="csv_on_terminal"),
    pytest.param(("--json",), "evil", id="json"),
])
def test_no_control_character_reaches_the_terminal(warehouse_file: Path,
                                                   argv: tuple[str, ...], shown: str) -> None:
    out = render(warehouse_file, "--subject", "zeta", *argv, width=200)
    assert "\x1b" not in out and "\x07" not in out
    assert shown in out


def test_piped_evidence_is_escaped(warehouse_file: Path) -> None:
    out = render(warehouse_file, "--subject", "zeta", "--evidence", terminal=False)
    assert "\x1b" not in out and "evil\\x1b]0;owned\\x07" in out


# --- options are checked before anything runs -------------------------------------------------

@pytest.mark.parametrize(("argv", "message"), [
    pytest.param(["extract", "--seeds", "{tmp}/nowhere"], "no such folder", id="seeds_missing"),
    pytest.param(["extract", "--seeds", "{tmp}/file.txt"], "is a file, not a folder",
                 id="seeds_file"),
    pytest.param(["extract", "--seeds", ""], "not an empty string", id="seeds_empty"),
    pytest.param(["extract", "--seeds", "{tmp}", "--batch", "0"], "at least 1", id="batch_0"),
    pytest.param(["extract", "--seeds", "{tmp}", "--batch", "-1"], "at least 1", id="batch_neg"),
    pytest.param(["extract", "--seeds", "{tmp}", "--batch", "x"], "whole number", id="batch_nan"),
    pytest.param(["extract", "--seeds", "{tmp}", "--db", ""], "not an empty string",
                 id="db_empty"),
    pytest.param(["facts", "--limit", "-1"], "at least 0", id="limit_neg"),
    pytest.param(["facts", "--json", "--csv"], "not allowed with", id="json_and_csv"),
    pytest.param(["facts", "--db", "{tmp}/x/y/z.duckdb"], "does not exist", id="facts_no_db"),
    pytest.param(["facts", "--db", "{tmp}"], "is a folder", id="facts_db_folder"),
    pytest.param(["report", "--db", "{tmp}/x/y/z.duckdb"], "does not exist", id="report_no_db"),
    pytest.param(["overview", "--db", "{tmp}/x/y/z.duckdb"], "does not exist",
                 id="overview_no_db"),
])
def test_wrong_options_exit_2_with_a_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    argv = [a.format(tmp=tmp_path) for a in argv]
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code
    assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x").exists()  # read commands create no folder


def test_report_out_may_be_a_folder(warehouse_file: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--db", str(warehouse_file), "--out", str(tmp_path)]) == 0
    written = tmp_path / "facts.report.html"
    assert written.is_file() and capsys.readouterr().out.strip() == str(written)


# --- the overview at the end of make run ----------------------------------------------------

def test_overview_puts_contests_first_then_models_then_where_to_look(
        warehouse_file: Path) -> None:
    text = overview_text(warehouse_file, top=10, width=80)
    lines = text.splitlines()
    assert lines[0] == "Contested questions (1)"
    assert lines[1].startswith("  Grok 5, parameters: ") and " vs " in lines[1] + lines[2]
    models = lines.index(next(line for line in lines if line.startswith("Models")))
    assert "  Grok 5" in lines[models:]
    assert any("release: planned May\u2013Jul 2026" in line for line in lines[models:])
    assert "more facts (python -m pipeline facts)" in text
    assert max(len(line) for line in lines) <= 80
    assert "\x1b" not in text


def test_overview_order_within_a_model_is_by_confidence(warehouse_file: Path) -> None:
    text = overview_text(warehouse_file, top=10, width=200)
    grok = next(line for line in text.splitlines() if line.startswith("    parameters: 6T"))
    assert grok.index("6T") < grok.index("10T")  # two sources before one


def test_json_lines_still_parse(warehouse_file: Path) -> None:
    rows = [json.loads(line) for line in render(warehouse_file, "--json").splitlines()]
    assert {r["subject"] for r in rows} >= {"Grok 5", "Zeta 3.5"}
