"""Untrusted text in the Prefect markdown artifact (issue 20, item 6): file names and reasons
render as the text they are, never as links, images, HTML or terminal escapes."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from pipeline import artifacts
from pipeline.markdown_text import escape_markdown
from pipeline.summary import RunSummary

HOSTILE = [
    pytest.param("[click](javascript:alert(1)).pdf", id="link"),
    pytest.param("![x](http://example.invalid/p.png).txt", id="image"),
    pytest.param("<img src=x onerror=alert(1)>.txt", id="html-tag"),
    pytest.param("<script>alert(1)</script>", id="script"),
    pytest.param("a | b | c.txt", id="table-pipe"),
    pytest.param("**bold** _em_ `code` ~~gone~~.txt", id="emphasis"),
    pytest.param("# heading.txt", id="heading"),
    pytest.param("http://example.invalid/x.txt", id="autolink"),
    pytest.param("&lt;entity&gt;.txt", id="entity"),
    pytest.param("back\\slash\\[x].txt", id="backslash"),
]
RENDER = MarkdownIt("commonmark").enable("table").enable("strikethrough")
# Trust no renderer to drop javascript: links: with every scheme allowed, only the escaping
# stands between a file name and a live link.
RENDER.validateLink = lambda url: True


def _render_cell(text: str) -> str:
    return RENDER.render(f"| a |\n|---|\n| {escape_markdown(text)} |\n")


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_name_renders_as_its_own_text(name: str) -> None:
    rendered = _render_cell(name)
    for tag in ("<a ", "<img", "<script", "<strong", "<em", "<code", "<s>", "<del", "<h1"):
        assert tag not in rendered
    cell = rendered.split("<td>")[1].split("</td>")[0]
    assert html.unescape(cell) == name


@pytest.mark.parametrize(("raw", "shown"), [
    pytest.param("evil\x1b[31mred.txt", "evil\\x1b[31mred.txt", id="escape-sequence"),
    pytest.param("two\nlines.txt", "two lines.txt", id="newline"),
    pytest.param("bell\x07.txt", "bell\\x07.txt", id="bell"),
    pytest.param("c1\x9b.txt", "c1\\x9b.txt", id="c1-control"),
])
def test_control_characters_are_spelled_out(raw: str, shown: str) -> None:
    cell = _render_cell(raw).split("<td>")[1].split("</td>")[0]
    assert html.unescape(cell) == shown
    assert not any(ord(c) < 32 or 127 <= ord(c) < 160 for c in cell)


def test_run_markdown_escapes_quarantined_file_names(tmp_path: Path, use_light_nlp, wh) -> None:
    seeds, db = tmp_path / "seeds", tmp_path / "w.duckdb"
    seeds.mkdir()
    name = "[click](javascript:alert(1)).pdf"
    (seeds / name).write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    assert wh.run_cli(seeds, db) == 0
    summary = RunSummary(new=0, unchanged=0, quarantined=1, duplicates=0, claims=0, subjects=())
    rendered = RENDER.render(artifacts.run_markdown(db, summary)
                             + artifacts.report_markdown(tmp_path / "[x](javascript:y).html"))
    assert "javascript:alert" in html.unescape(rendered)  # shown as text...
    assert 'href="javascript' not in rendered  # ...never as a link
    assert rendered.count("<a ") == 1 and 'href="file://' in rendered  # only the report link
