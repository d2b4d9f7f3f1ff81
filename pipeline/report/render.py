"""The evidence report: one self-contained HTML file of facts, contests and their sources.

Reads only the contract views (``articles``, ``claims``, ``facts``) plus the hedge-cue offsets
that ``claim_rows`` holds (the ``claims`` view does not expose them yet; ``pipeline.browse``
reads them the same way). Highlights come from stored offsets, never from searching strings.
CSS and JS are inlined from ``pipeline/report/assets``; a Content-Security-Policy forbids any
network fetch, so the file works offline and article text (untrusted, always escaped) cannot
pull anything in.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from dataclasses import dataclass
from html import escape
from importlib import resources
from pathlib import Path

import duckdb

from pipeline.report.charts import param_chart, release_timeline, svg_defs
from pipeline.report.text import claim_spans, highlight, value_label
from pipeline.terminal_text import printable
from warehouse import db, queries

STATUS_ORDER = {"contested": 0, "corroborated": 1, "single_source": 2, "superseded": 3}
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, as rows (dicts) of the contract views."""

    facts: list[dict]
    claims: list[dict]
    articles: list[dict]
    source: str


def load_report_data(con: duckdb.DuckDBPyConnection, source: str = "") -> ReportData:
    """Read the facts, claims (with their article) and articles for the report."""
    return ReportData(
        queries.report_facts(con),
        queries.report_claims(con),
        queries.report_articles(con),
        source,
    )


def _attrs(row: dict, status: str | None) -> str:
    return (
        f'data-subject="{escape(row["subject"])}" data-predicate="{escape(row["predicate"])}"'
        f' data-status="{escape(status or "")}"'
        f' data-hedged="{"yes" if row.get("hedged") else "no"}"'
    )


def _badge(status: str | None) -> str:
    label = {"contested": "⚠ contested", "single_source": "single source"}.get(
        status or "", status or "\u2013"
    )
    return f'<span class="badge st-{escape(status or "none")}">{escape(label)}</span>'


def _fact_row(f: dict, anchor: str) -> str:
    conf = f.get("confidence") or 0.0
    cells = [
        f'<th scope="row"><a href="#{anchor}">{escape(f["subject"])}</a></th>',
        f"<td>{escape(f['predicate'].replace('_', ' '))}</td>",
        f'<td class="val">{escape(value_label(f))}'
        f'{" <em>hedged</em>" if f.get("hedged") else ""}</td>',
        f"<td>{_badge(f['status'])}</td>",
        f'<td><span class="conf"><span style="width:{conf * 100:.0f}%"></span></span>'
        f" {conf:.2f}</td>",
        f'<td class="num">{f.get("n_sources") or 0}</td>'
        f'<td class="num">{f.get("n_claims") or 0}</td>',
        f"<td>{escape(str(f.get('first_published') or '—'))}</td>"
        f"<td>{escape(str(f.get('last_published') or '—'))}</td>",
    ]
    cls = "fact contested" if f["status"] == "contested" else "fact"
    return f'<tr class="{cls}" {_attrs(f, f["status"])}>{"".join(cells)}</tr>'


def _claim_card(c: dict) -> str:
    cues = ", ".join(c.get("hedge_cues") or [])
    head = [f'<span class="val">{escape(value_label(c))}</span>', _badge(c.get("status"))]
    if c.get("hedged"):
        head.append(
            f'<span class="badge hedged">hedged{": " + escape(cues) if cues else ""}</span>'
        )
    if c.get("attribution"):
        head.append(f'<span class="attr">per {escape(c["attribution"])}</span>')
    head.append(f'<span class="cf">confidence {(c.get("confidence") or 0):.2f}</span>')
    date = escape(str(c.get("published_at") or "undated"))
    source = [
        f'<span class="title">{escape(c.get("title") or "(untitled)")}</span>',
        escape(c.get("publisher") or "unknown publisher"),
        date,
        f"<code>{escape(c.get('path') or '')}</code>",
    ]
    if c.get("article_status") not in (None, "ok"):
        source.append(f'<span class="badge">{escape(c["article_status"])}</span>')
    sentence = highlight(c.get("sentence") or "", claim_spans(c))
    return (
        f'<article class="claim" id="c-{escape(c["claim_id"])}" {_attrs(c, c.get("status"))}>'
        f'<div class="claim-head">{" ".join(head)}</div>'
        f'<blockquote class="sentence">{sentence}</blockquote>'
        f'<div class="src">{" · ".join(source)}</div></article>'
    )


def _subjects(data: ReportData) -> list[str]:
    """Subjects in reading order: contested first, then by number of claims."""
    worst: dict[str, int] = {}
    counts: dict[str, int] = {}
    for f in data.facts:
        worst[f["subject"]] = min(worst.get(f["subject"], 9), STATUS_ORDER.get(f["status"], 3))
    for c in data.claims:
        counts[c["subject"]] = counts.get(c["subject"], 0) + 1
    names = set(worst) | set(counts)
    return sorted(names, key=lambda s: (worst.get(s, 9) != 0, -counts.get(s, 0), s.lower()))


def _anchor(index: int, subject: str) -> str:
    return f"m{index}-" + re.sub(r"[^a-z0-9]+", "-", subject.lower()).strip("-")


def _model_section(subject: str, anchor: str, data: ReportData) -> str:
    claims = [c for c in data.claims if c["subject"] == subject]
    params = [c for c in claims if c["predicate"] == "parameter_count"]
    facts = [
        f for f in data.facts if f["subject"] == subject and f["predicate"] == "parameter_count"
    ]
    charts = []
    if chart := param_chart(params, facts):
        charts.append(
            f"<figure><figcaption>Claimed parameter counts (log scale) by article date"
            f"</figcaption>{chart}</figure>"
        )
    if timeline := release_timeline([c for c in claims if c["predicate"] == "release_date"]):
        charts.append(
            f"<figure><figcaption>Release dates claimed (bar = resolved interval, "
            f"◆ = article date)</figcaption>{timeline}</figure>"
        )
    cards = "".join(_claim_card(c) for c in claims)
    return (
        f'<section class="model" id="{anchor}" data-subject="{escape(subject)}">'
        f"<h2>{escape(subject)} <small>{len(claims)} claims</small></h2>"
        f'<div class="charts">{"".join(charts)}</div><div class="claims">{cards}</div></section>'
    )


def _contested_callout(data: ReportData, anchors: dict[str, str]) -> str:
    groups: dict[tuple[str, str], list[dict]] = {}
    for f in data.facts:
        if f["status"] == "contested":
            groups.setdefault((f["subject"], f["predicate"]), []).append(f)
    if not groups:
        return '<p class="callout ok">No contested facts: no two sources disagree.</p>'
    items = []
    for (subject, predicate), facts in groups.items():
        values = " vs ".join(
            f"<b>{escape(value_label(f))}</b> ({f.get('n_sources') or 0} src"
            f"{', hedged' if f.get('hedged') else ''})"
            for f in facts
        )
        items.append(
            f'<li><a href="#{anchors[subject]}">{escape(subject)}</a> '
            f"{escape(predicate.replace('_', ' '))}: {values}</li>"
        )
    return (
        f'<div class="callout contested"><h2>⚠ {len(groups)} contested '
        f"{'question' if len(groups) == 1 else 'questions'}</h2><ul>{''.join(items)}</ul>"
        '<button type="button" id="only-contested">Show only contested</button></div>'
    )


def _select(name: str, label: str, options: list[tuple[str, str]]) -> str:
    opts = "".join(f'<option value="{escape(v)}">{escape(t)}</option>' for v, t in options)
    return (
        f'<label>{label}<select id="f-{name}"><option value="">all</option>{opts}</select></label>'
    )


def _article_problem(a: dict) -> str:
    """': <error or duplicate-of>' for an article that was not read ok, else ''."""
    if a["status"] == "ok":
        return ""
    return ": " + escape(a.get("error") or a.get("duplicate_of") or "")


def _articles_table(data: ReportData) -> str:
    rows = "".join(
        f"<tr><td><code>{escape(a['path'])}</code></td><td>{escape(a.get('title') or '')}</td>"
        f"<td>{escape(a.get('publisher') or '')}</td>"
        f"<td>{escape(str(a.get('published_at') or '—'))}</td>"
        f"<td>{escape(a['status'])}{_article_problem(a)}</td></tr>"
        for a in data.articles
    )
    return (
        '<details class="articles"><summary>Articles read ('
        + str(len(data.articles))
        + ")</summary>"
        '<div class="scroll"><table><thead><tr><th>file</th><th>title</th><th>publisher</th>'
        f"<th>published</th><th>status</th></tr></thead><tbody>{rows}</tbody></table></div></details>"
    )


def _asset(name: str) -> str:
    return resources.files("pipeline.report").joinpath("assets", name).read_text(encoding="utf-8")


def render_report(data: ReportData, generated_at: dt.datetime | None = None) -> str:
    """The whole report as one HTML document (CSS and JS inline, no external reference)."""
    generated_at = generated_at or dt.datetime.now(dt.UTC)
    subjects = _subjects(data)
    anchors = {s: _anchor(i, s) for i, s in enumerate(subjects)}
    order = {s: i for i, s in enumerate(subjects)}
    facts = sorted(data.facts, key=lambda f: (order[f["subject"]], f["predicate"]))
    n_contested = sum(f["status"] == "contested" for f in data.facts)
    stats = (
        f"{len(data.articles)} articles · {len(data.claims)} claims · {len(data.facts)} facts"
        f" · <b class='st-contested-text'>{n_contested} contested</b>"
    )
    predicates = sorted(
        {f["predicate"] for f in data.facts} | {c["predicate"] for c in data.claims}
    )
    filters = (
        '<form class="filters" id="filters" onsubmit="return false">'
        '<label class="grow">Search<input id="f-search" type="search"'
        ' placeholder="model, source, words in the sentence…"></label>'
        + _select("model", "Model", [(s, s) for s in subjects])
        + _select("predicate", "Predicate", [(p, p.replace("_", " ")) for p in predicates])
        + _select(
            "status",
            "Status",
            [
                ("contested", "contested"),
                ("corroborated", "corroborated"),
                ("single_source", "single source"),
                ("superseded", "superseded"),
            ],
        )
        + _select("hedged", "Hedged", [("yes", "hedged"), ("no", "not hedged")])
        + '<button type="button" id="f-reset">Reset</button><output id="f-count"></output></form>'
    )
    overview = (
        '<div class="scroll"><table class="overview"><thead><tr><th>Model</th><th>Predicate</th>'
        "<th>Value</th><th>Status</th><th>Confidence</th>"
        '<th title="independent sources">Sources</th>'
        "<th>Claims</th><th>First seen</th><th>Last seen</th></tr></thead><tbody>"
        + "".join(_fact_row(f, anchors[f["subject"]]) for f in facts)
        + "</tbody></table></div>"
    )
    legend = (
        '<p class="legend"><span class="hl-subj">subject</span> '
        '<span class="hl-value">value</span> '
        '<span class="hl-date">date</span> <span class="hl-hedge">hedge cue</span> · chart: '
        '<span class="dot"></span> stated, <span class="dot hollow"></span> hedged; colour = '
        '<span class="st-contested-text">contested</span>, <span class="st-corroborated-text">'
        'corroborated</span>, <span class="st-single_source-text">single source</span></p>'
    )
    sections = "".join(_model_section(s, anchors[s], data) for s in subjects)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        "<title>newsfacts evidence report</title>"
        f"<style>{_asset('report.css')}</style></head><body>"
        f"{svg_defs()}<header><h1>newsfacts — evidence report</h1>"
        "<p>What the news says about AI models: every fact, how sure we are, who disagrees, "
        f"and the sentence behind each claim.</p><p class='stats'>{stats}</p>"
        f"<p class='meta'>from <code>{escape(data.source)}</code>, "
        f"generated {generated_at:%Y-%m-%d %H:%M} UTC</p>"
        f"</header><main>{_contested_callout(data, anchors)}{filters}"
        f'<h2 id="overview">Facts by model</h2>{overview}{legend}'
        '<h2 id="evidence">Evidence by model</h2>'
        '<p id="f-empty" hidden>Nothing matches the filters.</p>'
        f"{sections}{_articles_table(data)}</main><script>{_asset('report.js')}</script></body></html>"
    )


def report_path_for(db_path: Path) -> Path:
    """Where a warehouse's report goes by default: beside it.

    ``facts.duckdb`` → ``facts.report.html``.
    """
    return Path(db_path).with_name(Path(db_path).stem + ".report.html")


def write_report(db_path: Path, out_path: Path | None = None) -> Path:
    """Read the warehouse (read-only) and write its report; returns the file written."""
    out_path = Path(out_path) if out_path else report_path_for(db_path)
    con = db.connect(db_path, read_only=True)
    try:
        data = load_report_data(con, source=str(db_path))
    finally:
        con.close()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(render_report(data), encoding="utf-8")
    return out_path


def run_cli(args: argparse.Namespace) -> int:
    """``python -m pipeline report``: write the report and print its path.

    ``--out`` may name an existing folder: the report goes into it under its default name.
    """
    if not Path(args.db).is_file():
        print(f"error: no warehouse at {printable(args.db)}; "
              f"run `python -m pipeline extract --db {printable(args.db)}` first", file=sys.stderr)
        return 2
    out = args.out
    if out is not None and Path(out).is_dir():
        out = Path(out) / report_path_for(args.db).name
    try:
        print(printable(write_report(args.db, out)))
    except OSError as err:
        print(f"error: cannot write the report: {printable(err)}", file=sys.stderr)
        return 1
    return 0
