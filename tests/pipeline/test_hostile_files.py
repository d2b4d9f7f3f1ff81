"""Hostile input files: each is processed correctly or quarantined with a readable reason,
the rest of the run completes, and the run summary counts them (issue 7).

One in-process run (``python -m pipeline extract`` through ``cli.main``) over a corpus built in
a temporary folder, with the light pipeline and with the network cut off; the cases below read
its warehouse.
"""

from __future__ import annotations

import ast
import contextlib
import io
import os
import random
import re
import socket
from pathlib import Path

import duckdb
import pytest

import extractors.ingest as ingest
from extractors import processing as extraction
from extractors.ingest import MAX_FILE_BYTES
from extractors.types import Article

SUMMARY_RE = re.compile(
    r"(?P<new>\d+) new, (?P<unchanged>\d+) unchanged, (?P<quarantined>\d+) quarantined"
    r" \((?P<duplicates>\d+) duplicates, (?P<claims>\d+) claims\)"
)
RUNNING_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

CP1252_TEXT = (
    "Quanta Labs unveils Orion-7\n\nQuanta Labs said on Tuesday that its new model, Orion-7, "
    "has 70 billion parameters. The company\u2019s chief executive called it \u201cour best "
    "work\u201d and priced access at \u20ac5 per million tokens.\n"
)
LATIN1_TEXT = (
    "Caf\u00e9 owners in Lyon test a chatbot\n\nA small caf\u00e9 in Lyon began using a "
    "chatbot called Brioche in March 2024. The owner, Am\u00e9lie, said the system was "
    "reportedly built on a model with 13 billion parameters.\n"
)
UTF16_TEXT = (
    "Northwind releases Atlas 2\n\nNorthwind Research released Atlas 2 on 4 June 2024. The "
    "model reportedly has 1.2 trillion parameters, according to people familiar with it.\n"
)
NUL_TEXT = (
    "Helios Systems trains Corona\n\nHelios Systems is training a model named Corona with "
    "about 400 billion\x00 parameters on a cluster of 20,000 GPUs.\x00 Engineers expect "
    "results before winter.\n"
)
INVALID_UTF8 = (
    b"Meridian AI ships Tundra\n\nMeridian AI shipped Tundra in early May 2025 with 8 billion "
    b"parameters. A spokesperson described the launch as smooth and said customers in Oslo, "
    b"Lisbon and Nairobi would receive access first, followed by partners across the rest of "
    b"the region later in the summer. "
    + b"\xc3("  # a truncated two-byte sequence
    + b" Analysts were unsure how it compares with rival systems.\n"
)
HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Borealis launches Aurora</title>
<script>fetch("http://198.51.100.7/beacon"); document.write("INJECTED-BY-SCRIPT");</script>
<link rel="stylesheet" href="http://198.51.100.7/style.css">
</head><body><article>
<h1>Borealis launches Aurora</h1>
<p>Borealis announced Aurora, a language model with 34 billion parameters, on 2 February 2025.
The company said the model would be available to researchers first.</p>
<p>Engineers at Borealis trained Aurora on a cluster in Finland over several months, according
to a blog post published alongside the release.</p>
<p>Independent testers have not yet verified the benchmark results the company reported.</p>
<img src="http://198.51.100.7/pixel.gif" onerror="alert('INJECTED-ONERROR')">
</article><script>alert("INJECTED-AT-END")</script></body></html>
"""
DUPLICATE_TEXT = (
    "Kestrel Dynamics previews Falcon-X\n\nKestrel Dynamics previewed Falcon-X, which the firm "
    "says has 180 billion parameters, at a developer event in Seoul last week.\n"
)
ROOT_READABLE_TEXT = (
    "Lumen Works opens Beacon\n\nLumen Works opened Beacon to the public with 3 billion "
    "parameters and a small context window.\n"
)
SECRET_TEXT = "Outside the seeds folder: this must never be read into the warehouse.\n"


def long_line_text(target_chars: int = 2 * 1024 * 1024) -> str:
    """One line of ~2 MB: facts at both ends around a pasted inline image (a data: URI).

    The middle is one long base64 run, as when a page is saved with its images inlined: it
    exercises the size and piece handling without paying for 2 MB of prose through every
    component (~75 s on the light pipeline: see the report of issue 7).
    """
    rng = random.Random(7)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    head = "Zenith Corp said GPT-4 and its own model, Pelican-4, have 52 billion parameters. "
    tail = " OpenAI released GPT-4 in March 2023, Zenith Corp said."
    blob_len = target_chars - len(head) - len(tail)
    blob = "data:image/png;base64," + "".join(rng.choice(alphabet) for _ in range(blob_len))
    return head + blob + tail


class HostileRun:
    """The outcome of the in-process run over the hostile corpus."""

    def __init__(self, seeds: Path, db: Path, exit_code: int, output: str, connects: list) -> None:
        self.seeds, self.db, self.exit_code, self.output, self.connects = (
            seeds, db, exit_code, output, connects)
        con = duckdb.connect(str(db), read_only=True)
        try:
            cur = con.execute("SELECT path, article_id, status, duplicate_of, error, text FROM articles")  # noqa: E501
            self.rows = {r[0]: dict(zip(("path", "article_id", "status", "duplicate_of", "error",
                                         "text"), r, strict=True)) for r in cur.fetchall()}
            self.spans = con.execute(
                "SELECT a.path, a.text, m.text, m.char_start, m.char_end FROM mentions m "
                "JOIN articles a USING (article_id) UNION ALL "
                "SELECT a.path, a.text, c.value_text, c.char_start, c.char_end FROM claims c "
                "JOIN articles a USING (article_id)"
            ).fetchall()
        finally:
            con.close()


def _write_corpus(seeds: Path, outside: Path) -> None:
    seeds.mkdir()
    outside.mkdir()
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "whitespace.txt").write_bytes(b"  \n\t\r\n   \n")
    (seeds / "paper.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 8)
    (seeds / "noise.txt").write_bytes(random.Random(3).randbytes(4096))
    (seeds / "nul_bytes.txt").write_bytes(NUL_TEXT.encode())
    (seeds / "cp1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (seeds / "latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (seeds / "utf16_bom.txt").write_bytes(UTF16_TEXT.encode("utf-16"))  # BOM + native order
    (seeds / "invalid_utf8.txt").write_bytes(INVALID_UTF8)
    with (seeds / "huge.txt").open("wb") as handle:  # 50 MB of text
        block = (b"A long page dump that never ends. " * 30 + b"\n") * 1000
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(block)
        handle.truncate(50 * 1024 * 1024)
    (seeds / "long_line.txt").write_text(long_line_text(), encoding="utf-8")
    (seeds / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (seeds / "folder.txt").mkdir()  # a directory named like an article
    (seeds / "loop_a.txt").symlink_to(seeds / "loop_b.txt")
    (seeds / "loop_b.txt").symlink_to(seeds / "loop_a.txt")
    (outside / "secret.txt").write_text(SECRET_TEXT, encoding="utf-8")
    (seeds / "escape.txt").symlink_to(outside / "secret.txt")
    (seeds / "unreadable.txt").write_text(ROOT_READABLE_TEXT, encoding="utf-8")
    (seeds / "unreadable.txt").chmod(0)
    (seeds / "vanishing.txt").write_text("Deleted after discovery.\n", encoding="utf-8")
    (seeds / "dup_a.txt").write_text(DUPLICATE_TEXT, encoding="utf-8")
    (seeds / "dup_b.txt").write_text(DUPLICATE_TEXT, encoding="utf-8")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, light_nlp, wh) -> HostileRun:
    base = tmp_path_factory.mktemp("hostile")
    seeds, db = base / "seeds", base / "warehouse.duckdb"
    _write_corpus(seeds, base / "outside")
    connects: list[object] = []

    def no_network(self, address, *args, **kwargs):
        connects.append(address)
        raise OSError(f"network access during a run: {address!r}")

    real_read = ingest.read_article

    def delete_then_read(path: Path, root: Path, **kwargs):
        if path.name == "vanishing.txt":
            path.unlink()  # discovered and planned, then gone before it is read
        return real_read(path, root, **kwargs)

    out = io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        wh.patch_in_process(mp, light_nlp)
        mp.setattr(ingest, "read_article", delete_then_read)
        mp.setattr(socket.socket, "connect", no_network)
        mp.setattr(socket.socket, "connect_ex", no_network)
        with contextlib.redirect_stdout(out):
            code = wh.run_cli(seeds, db, "--batch", "4")
    return HostileRun(seeds, db, code, out.getvalue(), connects)


QUARANTINED = [
    pytest.param("empty.txt", "file is empty", id="empty"),
    pytest.param("whitespace.txt", "only whitespace", id="whitespace_only"),
    pytest.param("paper.txt", "looks like a PDF document", id="pdf_renamed_txt"),
    pytest.param("noise.txt", "looks like", id="random_binary"),
    pytest.param("huge.txt", f"file too large: 50.0 MB, limit {MAX_FILE_BYTES // 2**20} MB",
                 id="50MB_text"),
    pytest.param("loop_a.txt", "symlink loop", id="symlink_loop"),
    pytest.param("escape.txt", "resolves outside the seeds folder", id="symlink_out_of_seeds"),
    pytest.param("vanishing.txt", "file disappeared before it could be read",
                 id="deleted_between_discovery_and_read"),
]


@pytest.mark.parametrize(("path", "reason"), QUARANTINED)
def test_quarantined_with_reason(hostile: HostileRun, path: str, reason: str) -> None:
    row = hostile.rows[path]
    assert row["status"] == "quarantined"
    assert reason in row["error"], row["error"]
    assert row["text"] is None


PROCESSED = [
    pytest.param("cp1252.txt", "The company\u2019s chief executive called it \u201cour best work"
                 "\u201d and priced access at \u20ac5", id="cp1252"),
    pytest.param("latin1.txt", "A small caf\u00e9 in Lyon", id="latin1"),
    pytest.param("utf16_bom.txt", "Northwind Research released Atlas 2 on 4 June 2024",
                 id="utf16_bom"),
    pytest.param("nul_bytes.txt", "about 400 billion parameters", id="nul_bytes_inside_text"),
    pytest.param("invalid_utf8.txt", "Meridian AI shipped Tundra in early May 2025",
                 id="invalid_utf8"),
    pytest.param("page.html", "a language model with 34 billion parameters", id="html_with_scripts"),  # noqa: E501
    pytest.param("long_line.txt", "released GPT-4 in March 2023, Zenith Corp said.",
                 id="single_2MB_line"),
]


@pytest.mark.parametrize(("path", "expected"), PROCESSED)
def test_processed_and_decoded(hostile: HostileRun, path: str, expected: str) -> None:
    row = hostile.rows[path]
    assert row["status"] == "ok", row["error"]
    assert row["error"] is None
    assert expected in row["text"]
    assert "\x00" not in row["text"] and "\ufeff" not in row["text"]


def test_run_completes_and_summary_counts(hostile: HostileRun) -> None:
    assert hostile.exit_code == 0
    match = SUMMARY_RE.search(hostile.output)
    assert match, hostile.output
    statuses = [r["status"] for r in hostile.rows.values()]
    assert int(match["quarantined"]) == statuses.count("quarantined")
    assert int(match["duplicates"]) == statuses.count("duplicate") == 1
    assert int(match["new"]) == statuses.count("ok") + statuses.count("duplicate")
    # every discovered file has exactly one row; the directory is not a file
    assert "folder.txt" not in hostile.rows
    assert set(hostile.rows) == {p.name for p in hostile.seeds.iterdir() if not p.is_dir()} | {
        "vanishing.txt"}


def test_every_offset_slices_its_surface(hostile: HostileRun) -> None:
    assert hostile.spans, "no mentions or claims at all"
    bad = [(p, s, a, b) for p, text, s, a, b in hostile.spans if text[a:b] != s]
    assert not bad


def test_long_line_pieces_keep_offsets(hostile: HostileRun) -> None:
    """Facts past the first piece (100k chars) land at their place in the whole text."""
    text = hostile.rows["long_line.txt"]["text"]
    assert len(text) > 2_000_000
    far = [(s, a) for p, _, s, a, _ in hostile.spans if p == "long_line.txt" and a > 1_900_000]
    assert far, "no mention or claim found near the end of the 2 MB line"


def test_html_scripts_not_run_and_nothing_fetched(hostile: HostileRun) -> None:
    text = hostile.rows["page.html"]["text"]
    assert "INJECTED" not in text and "fetch(" not in text and "198.51.100.7" not in text
    assert hostile.connects == []


def test_same_text_twice_is_a_duplicate(hostile: HostileRun) -> None:
    first, second = hostile.rows["dup_a.txt"], hostile.rows["dup_b.txt"]
    assert first["status"] == "ok"
    assert second["status"] == "duplicate"
    assert second["duplicate_of"] == first["article_id"]


def test_symlink_target_outside_is_never_read(hostile: HostileRun) -> None:
    assert not any(r["text"] and "Outside the seeds folder" in r["text"]
                   for r in hostile.rows.values())


def test_unreadable_file(hostile: HostileRun) -> None:
    row = hostile.rows["unreadable.txt"]
    if RUNNING_AS_ROOT:
        assert row["status"] == "ok"  # root reads a mode-000 file: nothing to quarantine
        pytest.xfail("tests run as root: chmod 000 does not stop root from reading the file, "
                     "so the permission-denied path cannot be exercised here")
    assert row["status"] == "quarantined"
    assert "permission denied" in row["error"]


def test_edited_article_rows_replaced_exactly(tmp_path: Path, use_light_nlp, wh) -> None:
    """An article edited after loading: its old rows go, and the warehouse equals a fresh load."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "stable.txt").write_text(DUPLICATE_TEXT, encoding="utf-8")
    (seeds / "edited.txt").write_text(UTF16_TEXT, encoding="utf-8")
    db = tmp_path / "incremental.duckdb"
    assert wh.run_cli(seeds, db) == 0
    (seeds / "edited.txt").write_text(
        UTF16_TEXT.replace("1.2 trillion", "900 billion").replace("4 June", "9 July"),
        encoding="utf-8")
    assert wh.run_cli(seeds, db) == 0
    fresh = tmp_path / "fresh.duckdb"
    assert wh.run_cli(seeds, fresh) == 0
    assert wh.digest(db) == wh.digest(fresh)
    con = duckdb.connect(str(db), read_only=True)
    try:
        values = {r[0] for r in con.execute("SELECT value_text FROM claims").fetchall()}
    finally:
        con.close()
    assert "1.2 trillion" not in values


def test_rerun_adds_nothing(tmp_path: Path, use_light_nlp, wh, capsys) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "one.txt").write_text(DUPLICATE_TEXT, encoding="utf-8")
    (seeds / "empty.txt").write_bytes(b"")
    db = tmp_path / "w.duckdb"
    assert wh.run_cli(seeds, db) == 0
    before = wh.digest(db)
    capsys.readouterr()
    assert wh.run_cli(seeds, db) == 0
    assert "0 new, 2 unchanged, 0 quarantined" in capsys.readouterr().out
    assert wh.digest(db) == before


# --- texts over one piece: split into pieces, offsets intact ------------------------------

PARAGRAPHS = [
    "Orbital Labs said its model Comet-3 has 70 billion parameters.",
    "OpenAI released GPT-4 in March 2023, the company said.",
    "Meta reportedly trained Llama 3 with 405 billion parameters.",
    "Google announced Gemini on 6 December 2023.",
]


def test_split_pieces_concatenate_back() -> None:
    text = "\n\n".join(PARAGRAPHS * 40) + " no break here " * 200
    for size in (50, 137, 1000):
        pieces = extraction.split_pieces(text, size)
        assert "".join(p for _, p in pieces) == text
        assert all(text[o : o + len(p)] == p and len(p) <= size for o, p in pieces)


def test_small_pieces_keep_offsets_and_facts(monkeypatch: pytest.MonkeyPatch, light_nlp) -> None:
    """The same article, whole and cut into pieces of ~2 paragraphs: offsets intact, and every
    fact of the whole text is found in the pieces (pieces may repeat a release date the whole
    text reports once: release dates are deduplicated per Doc)."""
    text = "Several labs shared figures this week\n\n" + "\n\n".join(PARAGRAPHS * 3)
    article = Article(article_id=ingest.article_id_for(text), path="long.txt", text=text,
                      source_sha256="0" * 64)
    whole = extraction.extract_articles(light_nlp, [article])[0]
    monkeypatch.setattr(extraction, "MAX_PIECE_CHARS", 150)
    assert len(extraction.split_pieces(text)) > 5
    pieced = extraction.extract_articles(light_nlp, [article])[0]
    for result in (whole, pieced):
        for m in result.records.mentions:
            assert text[m.span.start : m.span.end] == m.span.text
        for c in result.records.claims:
            assert text[c.value_span.start : c.value_span.end] == c.value_span.text
            assert text[c.sentence.start : c.sentence.end] == c.sentence.text
    assert pieced.records.claims, "no claims found in the pieces"

    def key(r):
        return sorted((c.predicate, c.value_span.start, c.value, c.subject)
                      for c in r.records.claims)

    missing = set(key(whole)) - set(key(pieced))
    assert not missing


# --- security basics: SQL only with bound parameters --------------------------------------

SQL_CALLS = frozenset({"execute", "executemany", "sql", "query", "fetch_rows"})
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|WHERE|VALUES)\b", re.I)
# Names that may be formatted into SQL: identifiers and placeholder lists built from constants
# in the same function (warehouse/load.py: table names, "?, ?, ?"; facts.py: column names).
SQL_SAFE_NAMES = frozenset({"table", "placeholders", "columns_sql"})


def _formatted_sql(node: ast.AST) -> list[str]:
    """Names interpolated into an SQL-looking f-string / % / .format expression."""
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        if SQL_WORDS.search(literal):
            return [ast.unparse(v.value) for v in node.values if isinstance(v, ast.FormattedValue)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add):
        parts = [n for n in (node.left, node.right) if isinstance(n, ast.Constant)]
        if any(isinstance(p.value, str) and SQL_WORDS.search(p.value) for p in parts):
            return [ast.unparse(node)]
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format" and isinstance(node.func.value, ast.Constant)
            and SQL_WORDS.search(str(node.func.value.value))):
        return [ast.unparse(node)]
    return []


def test_sql_values_are_always_bound(wh) -> None:
    offenders = []
    for package in ("warehouse", "pipeline"):
        for path in sorted((wh.project_root / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                exprs = []
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name)
                        and getattr(node.func, "attr", getattr(node.func, "id", "")) in SQL_CALLS):
                    exprs = list(node.args[:2])
                elif isinstance(node, ast.Assign):
                    exprs = [node.value]
                for expr in exprs:
                    bad = [n for n in _formatted_sql(expr) if n not in SQL_SAFE_NAMES]
                    if bad:
                        offenders.append(f"{path.relative_to(wh.project_root)}:{node.lineno}: {bad}")  # noqa: E501
    assert not offenders, "SQL built by formatting values:\n" + "\n".join(offenders)


def test_sql_check_catches_formatted_values() -> None:
    bad = ast.parse('con.execute(f"SELECT * FROM claims WHERE subject = \'{name}\'")').body[0]
    assert _formatted_sql(bad.value.args[0]) == ["name"]
    good = ast.parse('con.execute("SELECT * FROM claims WHERE subject = ?", [name])').body[0]
    assert _formatted_sql(good.value.args[0]) == []
