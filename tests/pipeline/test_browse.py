"""The facts browser: filters, contested values side by side, evidence, JSON."""

from __future__ import annotations

import datetime as dt
import io
import json
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
    Predicate,
    Scope,
)
from pipeline.browse import fact_value, highlighted_sentence, show_facts
from pipeline.cli import build_parser
from warehouse.ids import hash_id

T = 1e12


def _span(text: str, part: str) -> CharSpan:
    start = text.index(part)  # fixture building only: the code under test never searches
    return CharSpan(start=start, end=start + len(part), text=part)


def _article(
    path: str,
    publisher: str,
    text: str,
    subject: str,
    surface: str,
    value: float,
    cue: str | None = None,
) -> ArticleResult:
    claim = Claim(
        predicate=Predicate.PARAMETER_COUNT,
        subject=subject,
        subject_type=EntityType.MODEL,
        subject_span=_span(text, subject),
        value_span=_span(text, surface),
        sentence=CharSpan(start=0, end=len(text), text=text),
        value=value,
        value_low=value,
        value_high=value,
        bound=Bound.EXACT,
        unit="parameters",
        scope=Scope.UNSPECIFIED,
        hedged=cue is not None,
        hedge_cues=(cue,) if cue else (),
        hedge_cue_spans=(_span(text, cue),) if cue else (),
        binding="copula",
        confidence=0.9,
    )
    art = Article(
        article_id=hash_id(text),
        path=path,
        text=text,
        publisher=publisher,
        published_at=dt.date(2026, 3, 7),
    )
    return ArticleResult(
        article=art, records=ArticleRecords(article_id=art.article_id, claims=(claim,))
    )


ARTICLES = (
    _article("a.txt", "Wired", "Grok 5 has 6 trillion parameters.", "Grok 5", "6 trillion", 6 * T),
    _article(
        "b.txt",
        "Verge",
        "Grok 5 reportedly has 10T parameters.",
        "Grok 5",
        "10T",
        10 * T,
        "reportedly",
    ),
    _article("c.txt", "Wired", "Grok 4.2 uses 0.5T parameters.", "Grok 4.2", "0.5T", 0.5 * T),
    _article("d.txt", "Noze", "Grok 4.2 runs on 0.5T parameters.", "Grok 4.2", "0.5T", 0.5 * T),
)


def render(path: Path, *argv: str, width: int = 200, terminal: bool = True) -> str:
    """The facts command's output on a terminal of ``width`` columns (or a pipe)."""
    args = build_parser().parse_args(["facts", "--db", str(path), *argv])
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, force_terminal=terminal)
    assert show_facts(args, console=console) == 0
    return out.getvalue()


def test_table_shows_contested_values_side_by_side(warehouse_file: Path) -> None:
    out = render(warehouse_file)
    lines = out.splitlines()
    grok5 = next(i for i, line in enumerate(lines) if "Grok 5" in line)
    assert "6T" in lines[grok5] and "contested" in lines[grok5]
    assert "vs 10T" in lines[grok5 + 1]  # the rival reading sits right under it, same row
    assert any("Grok 4.2" in line and "500B" in line and "corroborated" in line for line in lines)


@pytest.mark.parametrize(
    ("argv", "present", "absent"),
    [
        pytest.param(("--contested",), ["Grok 5", "10T"], ["Grok 4.2"], id="contested_only"),
        pytest.param(("--status", "corroborated"), ["Grok 4.2"], ["Grok 5"], id="status"),
        pytest.param(("--subject", "grok-5"), ["Grok 5"], ["Grok 4.2"], id="subject_spelling"),
        pytest.param(("--subject", "4.2"), ["Grok 4.2"], ["Grok 5"], id="subject_substring"),
        pytest.param(("--predicate", "release_date"), ["no facts match"], ["Grok"], id="predicate"),
    ],
)
def test_filters(
    warehouse_file: Path, argv: tuple[str, ...], present: list[str], absent: list[str]
) -> None:
    out = render(warehouse_file, *argv)
    assert all(p in out for p in present)
    assert not any(a in out for a in absent)


def test_evidence_shows_sentence_source_and_cue(warehouse_file: Path) -> None:
    out = render(warehouse_file, "--subject", "Grok 5", "--evidence")
    assert "Grok 5 reportedly has 10T parameters." in out
    assert "Verge · 2026-03-07 · b.txt" in out
    assert "cues: reportedly" in out


def test_json_lines_parse_with_grounded_evidence(
    warehouse_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = build_parser().parse_args(["facts", "--db", str(warehouse_file), "--json"])
    assert show_facts(args) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {(r["subject"], r["value"], r["status"]) for r in rows} == {
        ("Grok 5", 6 * T, "contested"),
        ("Grok 5", 10 * T, "contested"),
        ("Grok 4.2", 0.5 * T, "corroborated"),
    }
    for row in rows:
        for claim in row["evidence"]:
            start = claim["char_start"] - claim["sentence_start"]
            assert (
                claim["sentence"][start : start + len(claim["value_text"])] == claim["value_text"]
            )


def test_highlight_uses_stored_offsets() -> None:
    # the value appears twice in the sentence: only the stored occurrence is marked
    sentence = "Not 10T: Grok 5 has 10T, reportedly."
    claim = {
        "sentence": sentence,
        "sentence_start": 100,
        "char_start": 120,
        "char_end": 123,
        "hedge_cue_starts": [125],
        "hedge_cue_ends": [135],
    }
    text = highlighted_sentence(claim)
    marked = {(s.start, s.end, str(s.style)) for s in text.spans}
    assert marked == {(20, 23, "bold cyan"), (25, 35, "italic yellow")}
    assert sentence[20:23] == "10T" and sentence[25:35] == "reportedly"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            {
                "predicate": "parameter_count",
                "bound": "approx",
                "value": 5e11,
                "unit": "parameters",
            },
            "~500B",
            id="approx",
        ),
        pytest.param(
            {
                "predicate": "parameter_count",
                "bound": "at_least",
                "value": 1e12,
                "unit": "parameters",
            },
            "≥ 1T",
            id="at_least",
        ),
        pytest.param(
            {
                "predicate": "parameter_count",
                "bound": "range",
                "value": None,
                "value_low": 1e12,
                "value_high": 2e12,
                "unit": "parameters",
            },
            "1T-2T",
            id="range",
        ),
        pytest.param(
            {"predicate": "quantity", "bound": "exact", "value": 2e5, "unit": "GPU"},
            "200K GPU",
            id="quantity",
        ),
        pytest.param(
            {
                "predicate": "release_date",
                "date_start": dt.date(2026, 5, 1),
                "date_end": dt.date(2026, 5, 10),
            },
            "2026-05-01 … 2026-05-10",
            id="interval",
        ),
    ],
)
def test_fact_value(row: dict, expected: str) -> None:
    assert fact_value(row) == expected
