"""The evidence report's HTML, from a small hand-made warehouse (no spaCy, no browser)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.report import report_path_for, write_report
from pipeline.report.charts import log_domain, param_chart
from pipeline.report.text import claim_spans, format_interval, highlight, value_label
from warehouse import db

D = dt.date
HOSTILE = '<script>alert("x")</script>'
SENT_A = "Grok 5 reportedly has 6 trillion parameters, insiders say."
SENT_B = "Analysts put Grok 5 at 10T parameters."
SENT_C = f"{HOSTILE} Grok 5 ships in Q2 2026."
TEXT_A = "Intro line.\n\n" + SENT_A
TEXT_B = SENT_B
TEXT_C = SENT_C


def _article(con, article_id, path, text, title, publisher, published):
    con.execute(
        "INSERT INTO article_rows (article_id, path, title, publisher, published_at, text, status,"
        " source_sha256, loaded_at) VALUES (?, ?, ?, ?, ?, ?, 'ok', 'sha', now())",
        [article_id, path, title, publisher, published, text],
    )


def _claim(
    con,
    claim_id,
    fact_id,
    article_id,
    text,
    sentence,
    predicate,
    value_text,
    *,
    value=None,
    cues=(),
    event=None,
    dates=(None, None),
    granularity=None,
):
    sentence_start = text.index(sentence)  # test fixture only: the report itself never searches
    subject_start = sentence_start + sentence.index("Grok 5")
    char_start = sentence_start + sentence.index(value_text)
    cue_starts = [sentence_start + sentence.index(c) for c in cues]
    con.execute(
        "INSERT INTO claim_rows (claim_id, fact_id, article_id, subject, subject_type, predicate,"
        " value, value_low, value_high, bound, unit, scope, event, date_start, date_end,"
        " date_granularity, value_text, char_start, char_end, sentence, sentence_start,"
        " sentence_end, subject_text, subject_start, subject_end, hedged, hedge_cues,"
        " hedge_cue_starts, hedge_cue_ends, confidence, subject_key)"
        " VALUES (?, ?, ?, 'Grok 5', 'MODEL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " 'Grok 5', ?, ?, ?, ?, ?, ?, 0.7, 'grok 5')",
        [
            claim_id,
            fact_id,
            article_id,
            predicate,
            value,
            value,
            value,
            "exact" if value else None,
            "parameters" if value else None,
            "total" if value else None,
            event,
            dates[0],
            dates[1],
            granularity,
            value_text,
            char_start,
            char_start + len(value_text),
            sentence,
            sentence_start,
            sentence_start + len(sentence),
            subject_start,
            subject_start + 6,
            bool(cues),
            list(cues),
            cue_starts,
            [s + len(c) for s, c in zip(cue_starts, cues, strict=True)],
        ],
    )


def _fact(
    con,
    fact_id,
    predicate,
    status,
    *,
    value=None,
    event=None,
    dates=(None, None),
    hedged=False,
    sources=1,
    first=None,
):
    con.execute(
        "INSERT INTO fact_rows (fact_id, subject, subject_type, predicate, value, value_low,"
        " value_high, bound, unit, scope, event, date_start, date_end, hedged, confidence,"
        " n_claims, n_articles, n_sources, status, first_published, last_published, subject_key)"
        " VALUES (?, 'Grok 5', 'MODEL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " 0.6, 1, 1, ?, ?, ?, ?, 'grok 5')",
        [
            fact_id,
            predicate,
            value,
            value,
            value,
            "exact" if value else None,
            "parameters" if value else None,
            "total" if value else None,
            event,
            dates[0],
            dates[1],
            hedged,
            sources,
            status,
            first,
            first,
        ],
    )


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "facts.duckdb"
    con = db.connect(path)
    try:
        _article(con, "a1", "001_a.txt", TEXT_A, "Grok 5 is huge", "Example News", D(2026, 3, 7))
        _article(con, "a2", "002_b.txt", TEXT_B, "Analysts on Grok", None, None)
        _article(con, "a3", "003_c.txt", TEXT_C, HOSTILE, "Evil & Co", D(2026, 4, 1))
        _claim(
            con,
            "c1",
            "f6",
            "a1",
            TEXT_A,
            SENT_A,
            "parameter_count",
            "6 trillion",
            value=6e12,
            cues=("reportedly", "insiders say"),
        )
        _claim(con, "c2", "f10", "a2", TEXT_B, SENT_B, "parameter_count", "10T", value=1e13)
        _claim(
            con,
            "c3",
            "fq2",
            "a3",
            TEXT_C,
            SENT_C,
            "release_date",
            "Q2 2026",
            event="planned",
            dates=(D(2026, 4, 1), D(2026, 6, 30)),
            granularity="quarter",
        )
        _fact(
            con, "f6", "parameter_count", "contested", value=6e12, hedged=True, first=D(2026, 3, 7)
        )
        _fact(con, "f10", "parameter_count", "contested", value=1e13)
        _fact(
            con,
            "fq2",
            "release_date",
            "single_source",
            event="planned",
            dates=(D(2026, 4, 1), D(2026, 6, 30)),
            first=D(2026, 4, 1),
        )
    finally:
        con.close()
    return path


@pytest.fixture
def html(warehouse: Path, tmp_path: Path) -> str:
    return write_report(warehouse, tmp_path / "out" / "report.html").read_text(encoding="utf-8")


def test_report_is_one_offline_file(html: str) -> None:
    assert html.startswith("<!DOCTYPE html>")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r"""(src|href)=["']https?:""", html)
    assert "<link" not in html and "<script src" not in html


def test_overview_shows_contested_sizes(html: str) -> None:
    overview = html.split('class="overview"')[1].split("</table>")[0]
    assert overview.count('class="fact contested"') == 2
    assert "6T params (total)" in overview and "10T params (total)" in overview
    assert "2026-03-07" in overview  # first seen
    assert "2 contested" in html


def test_untrusted_text_is_escaped(html: str) -> None:
    assert HOSTILE not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "Evil &amp; Co" in html


def test_evidence_highlights_come_from_offsets(html: str) -> None:
    card = html.split('id="c-c1"')[1].split("</article>")[0]
    assert '<mark class="hl-subj">Grok 5</mark>' in card
    assert '<mark class="hl-hedge">reportedly</mark>' in card
    assert '<mark class="hl-value">6 trillion</mark>' in card
    assert '<mark class="hl-hedge">insiders say</mark>' in card
    assert "Grok 5 is huge" in card and "Example News" in card and "001_a.txt" in card
    date_card = html.split('id="c-c3"')[1].split("</article>")[0]
    assert '<mark class="hl-date">Q2 2026</mark>' in date_card


def test_filters_and_chart_marks_are_wired(html: str) -> None:
    for control in ("f-search", "f-model", "f-predicate", "f-status", "f-hedged"):
        assert f'id="{control}"' in html
    assert 'data-claim="c1"' in html and 'data-claim="c3"' in html  # chart + timeline marks
    assert 'data-status="contested" data-hedged="yes"' in html


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        pytest.param([], "a &lt;b&gt; c", id="plain_escaped"),
        pytest.param([(2, 5, "value")], 'a <mark class="hl-value">&lt;b&gt;</mark> c', id="one"),
        pytest.param(
            [(0, 3, "subj"), (2, 5, "hedge")],
            '<mark class="hl-subj">a </mark><mark class="hl-hedge hl-subj">&lt;</mark>'
            '<mark class="hl-hedge">b&gt;</mark> c',
            id="overlap_merges_classes",
        ),
    ],
)
def test_highlight(spans, expected) -> None:
    assert highlight("a <b> c", spans) == expected


def test_claim_spans_outside_the_sentence_are_dropped() -> None:
    claim = {
        "predicate": "parameter_count",
        "sentence": "Grok 5 has 6T.",
        "sentence_start": 100,
        "subject_start": 100,
        "subject_end": 106,
        "char_start": 111,
        "char_end": 113,
        "hedge_cue_starts": [90],
        "hedge_cue_ends": [95],
    }
    assert claim_spans(claim) == [(0, 6, "subj"), (11, 13, "value")]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        pytest.param(D(2026, 4, 1), D(2026, 6, 30), "Q2 2026", id="quarter"),
        pytest.param(D(2026, 7, 1), D(2026, 12, 31), "H2 2026", id="half"),
        pytest.param(D(2026, 1, 1), D(2026, 12, 31), "2026", id="year"),
        pytest.param(D(2026, 5, 1), D(2026, 5, 31), "May 2026", id="month"),
        pytest.param(D(2026, 3, 1), D(2026, 4, 30), "Mar\u2013Apr 2026", id="months"),
        pytest.param(D(2026, 5, 1), D(2026, 5, 10), "1\u201310 May 2026", id="part_of_month"),
        pytest.param(D(2026, 2, 17), D(2026, 2, 17), "2026-02-17", id="day"),
        pytest.param(None, None, "unresolved", id="unresolved"),
    ],
)
def test_format_interval(start, end, expected) -> None:
    assert format_interval(start, end, None) == expected


def test_value_label_range_and_bound() -> None:
    base = {"predicate": "parameter_count", "unit": "parameters", "scope": "unspecified"}
    assert (
        value_label({**base, "bound": "range", "value_low": 1e12, "value_high": 2e12})
        == "1T\u20132T params"
    )
    assert value_label({**base, "bound": "at_least", "value": 1e13}) == "≥10T params"


def test_log_domain_is_at_least_a_decade() -> None:
    low, high = log_domain([6e12, 6e12])
    assert low < 6e12 < high and high / low >= 10


def test_param_chart_draws_hedged_hollow() -> None:
    claims = [
        {
            "claim_id": "x",
            "value": 6e12,
            "hedged": True,
            "published_at": None,
            "status": "contested",
            "value_text": "6T",
        }
    ]
    svg = param_chart(claims, [])
    assert svg.startswith("<svg") and 'fill="#fff"' in svg and "stroke-dasharray" in svg
    assert param_chart([], []) == ""


def test_cli_report(warehouse: Path, capsys) -> None:
    assert main(["report", "--db", str(warehouse)]) == 0
    assert report_path_for(warehouse).exists()
    assert capsys.readouterr().out.strip().endswith("facts.report.html")


def test_cli_report_without_warehouse(tmp_path: Path) -> None:
    assert main(["report", "--db", str(tmp_path / "missing.duckdb")]) == 2
