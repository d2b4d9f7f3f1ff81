"""read_article / discover_files on hostile and ordinary files (generated in tmp_path)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from extractors.ingest import MAX_FILE_BYTES, article_id_for, discover_files, read_article
from extractors.types import Article, Quarantined

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
BODY = (
    "Big Model Headline For The Test\n\n"
    "The lab said its new model has 1.5 trillion parameters and will ship in May.\n"
)


def _read(root: Path, name: str) -> Article | Quarantined:
    return read_article(root / name, root, now=NOW)


# (name, content factory) -> expected error fragment
HOSTILE = [
    pytest.param("empty.txt", lambda: b"", "file is empty", id="empty"),
    pytest.param("blank.txt", lambda: b" \n\t\r\n  \n", "only whitespace", id="whitespace_only"),
    pytest.param("paper.txt", lambda: b"%PDF-1.4\n" + os.urandom(2000), "PDF",
                 id="pdf_renamed_txt"),
    pytest.param("pic.txt", lambda: b"\x89PNG\r\n\x1a\n" + bytes(500), "PNG",
                 id="png_renamed_txt"),
    pytest.param("noise.txt", lambda: bytes(range(256)) * 40, "binary", id="binary_noise"),
    pytest.param("nul.txt", lambda: b"\x00" * 100, "binary", id="all_nul"),
    pytest.param("boiler.txt", lambda: b"share_log\n\nShare:\n", "boilerplate",
                 id="only_boilerplate"),
    pytest.param("page.html", lambda: b"<html><body><script>x()</script></body></html>",
                 "no extractable text", id="html_without_text"),
    pytest.param("paper.pdf", lambda: b"%PDF-1.4\n", "unsupported file type '.pdf'",
                 id="pdf_suffix"),
    pytest.param("doc.docx", lambda: b"PK\x03\x04", "unsupported file type", id="docx_suffix"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "content", "error"), HOSTILE)
def test_hostile_file_quarantined(
    tmp_path: Path, name: str, content: Callable[[], bytes], error: str
) -> None:
    raw = content()
    (tmp_path / name).write_bytes(raw)
    result = _read(tmp_path, name)
    assert isinstance(result, Quarantined)
    assert error in result.error
    assert result.path == name
    assert result.source_sha256 == hashlib.sha256(raw).hexdigest()


TEXT = "Big Model Headline For The Test\n\nThe café said “1.5T” — not 1T.\n"
DECODED = [
    pytest.param(TEXT.encode(), id="utf8"),
    pytest.param(b"\xef\xbb\xbf" + TEXT.encode(), id="utf8_bom"),
    pytest.param(TEXT.encode("utf-16"), id="utf16_bom"),
    pytest.param(TEXT.encode("cp1252"), id="cp1252"),
    pytest.param(TEXT.replace("\n", "\r\n").encode(), id="crlf"),
    pytest.param(TEXT.encode().replace(b"said", b"sa\x00id"), id="nul_inside_text"),
]


@pytest.mark.parametrize("raw", DECODED)
def test_encodings_give_same_article(tmp_path: Path, raw: bytes) -> None:
    (tmp_path / "a.txt").write_bytes(raw)
    article = _read(tmp_path, "a.txt")
    assert isinstance(article, Article)
    assert article.text == TEXT.strip()
    assert article.article_id == article_id_for(TEXT)
    assert article.source_sha256 == hashlib.sha256(raw).hexdigest()


def test_latin1_and_invalid_utf8_are_read(tmp_path: Path) -> None:
    (tmp_path / "l.txt").write_bytes("Résumé of the naïve model, Zürich.".encode("latin-1"))
    (tmp_path / "u.txt").write_bytes("Zürich model déjà ".encode() * 10 + b"\xc3(")
    latin, broken = _read(tmp_path, "l.txt"), _read(tmp_path, "u.txt")
    assert isinstance(latin, Article) and latin.text == "Résumé of the naïve model, Zürich."
    assert isinstance(broken, Article) and "Zürich" in broken.text and "\ufffd" in broken.text


def test_html_with_scripts_is_parsed_not_run(tmp_path: Path) -> None:
    html = (
        "<!doctype html><html><head><title>Grok 5 has six trillion parameters</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2025-09-22T10:00:00Z">'
        "<script>document.title='PWNED'; fetch('http://127.0.0.1:9/steal')</script></head>"
        "<body><nav>Home | World | Tech</nav><article><h1>Grok 5 has six trillion parameters</h1>"
        "<p>xAI said on Monday that Grok 5 has six trillion parameters, according to a post "
        "by its founder on the social network X.</p><script>alert('PWNED')</script>"
        "<p>The model is being trained on the Colossus 2 cluster in Memphis, Tennessee, the "
        "company said in a statement.</p></article><footer>© Example</footer></body></html>"
    )
    (tmp_path / "page.txt").write_text(html)  # detected by content, not suffix
    article = _read(tmp_path, "page.txt")
    assert isinstance(article, Article)
    assert "PWNED" not in article.text and "<" not in article.text
    assert "six trillion parameters" in article.text
    assert article.title == "Grok 5 has six trillion parameters"
    assert article.publisher == "Example News"
    assert article.published_at == dt.date(2025, 9, 22)


def test_directory_named_like_article(tmp_path: Path) -> None:
    (tmp_path / "dir.txt").mkdir()
    result = _read(tmp_path, "dir.txt")
    assert isinstance(result, Quarantined) and "directory" in result.error
    assert discover_files(tmp_path) == []


def test_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    result = _read(tmp_path, "a.txt")
    assert isinstance(result, Quarantined) and "loop" in result.error


def test_symlink_outside_seeds_root(tmp_path: Path) -> None:
    root = tmp_path / "seeds"
    root.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text(BODY)
    (root / "link.txt").symlink_to(secret)
    result = _read(root, "link.txt")
    assert isinstance(result, Quarantined) and "outside the seeds folder" in result.error


def test_symlink_inside_seeds_root_is_read(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text(BODY)
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real.txt")
    assert isinstance(_read(tmp_path, "alias.txt"), Article)


def test_broken_symlink(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    result = _read(tmp_path, "gone.txt")
    assert isinstance(result, Quarantined) and "broken symlink" in result.error


def test_file_deleted_before_reading(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    (found,) = discover_files(tmp_path)
    found.unlink()
    result = read_article(found, tmp_path, now=NOW)
    assert isinstance(result, Quarantined) and "disappeared" in result.error


def test_permission_error_is_quarantined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Runs everywhere (also as root): simulates the OS refusing the read.
    (tmp_path / "a.txt").write_text(BODY)

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    result = _read(tmp_path, "a.txt")
    assert isinstance(result, Quarantined) and "permission denied" in result.error


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root reads chmod-000 files anyway; covered by test_permission_error_is_quarantined",
)
def test_unreadable_file_chmod_000(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(BODY)
    path.chmod(0)
    try:
        result = _read(tmp_path, "locked.txt")
    finally:
        path.chmod(0o644)
    assert isinstance(result, Quarantined) and "permission denied" in result.error


def test_oversized_file_is_quarantined(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 20 MB written to the test disk
        handle.truncate(MAX_FILE_BYTES + 1)
    result = _read(tmp_path, "huge.txt")
    assert (
        isinstance(result, Quarantined) and "too large" in result.error and "20 MB" in result.error
    )


def test_single_long_line_is_read(tmp_path: Path) -> None:
    line = "The model has one trillion parameters. " * 52_000  # ~2 MB, one line
    (tmp_path / "long.txt").write_text(line)
    article = _read(tmp_path, "long.txt")
    assert isinstance(article, Article) and article.text == line.strip()


def test_same_text_under_two_names_same_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.md").write_text(BODY.replace("\n", "\r\n") + "\n\n")
    a, b = _read(tmp_path, "a.txt"), _read(tmp_path, "b.md")
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.article_id == b.article_id and a.path != b.path
    assert a.source_sha256 != b.source_sha256


def test_edited_article_gets_new_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    before = _read(tmp_path, "a.txt")
    (tmp_path / "a.txt").write_text(BODY.replace("1.5 trillion", "2 trillion"))
    after = _read(tmp_path, "a.txt")
    assert isinstance(before, Article) and isinstance(after, Article)
    assert before.article_id != after.article_id


def test_month_day_date_inferred_from_mtime(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Big Model Headline For Tests\n\nsite · Dec 20 19:43\n\n{BODY}")
    mtime = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC).timestamp()
    os.utime(path, (mtime, mtime))
    article = read_article(path, tmp_path)  # no `now`: the file's mtime is the reference
    assert isinstance(article, Article)
    assert (article.published_at, article.published_inferred, article.published_text) == (
        dt.date(2025, 12, 20),
        True,
        "Dec 20 19:43",
    )


def test_discover_files_is_sorted_and_filtered(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "c", "page.html", ".hidden.txt", "README.md", "x.pdf"]:
        (tmp_path / name).write_text(BODY)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "z.txt").write_text(BODY)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text(BODY)
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "linkdir").symlink_to(tmp_path / "sub")
    rel = [p.relative_to(tmp_path).as_posix() for p in discover_files(tmp_path)]
    assert rel == ["a.md", "b.txt", "c", "loop.txt", "page.html", "sub/z.txt", "x.pdf"]


def test_quarantined_path_is_relative_posix(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "e.txt").write_bytes(b"")
    result = _read(tmp_path, "sub/e.txt")
    assert isinstance(result, Quarantined) and result.path == "sub/e.txt"


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seed_articles_read(seed: str) -> None:
    article = read_article(SEEDS / seed, SEEDS, now=NOW)
    assert isinstance(article, Article)
    assert article.path == seed and article.title
    assert article.article_id == article_id_for(article.text)
    for junk in ("share_log", "Listen to today", "Related Articles", "No spam", "Share:"):
        assert junk not in article.text, junk


def test_seed_000_metadata() -> None:
    article = read_article(SEEDS / "000_48b36af35d9495bd.txt", SEEDS, now=NOW)
    assert isinstance(article, Article)
    assert (article.publisher, article.published_at, article.published_inferred) == (
        "wallstreetcn",
        dt.date(2026, 4, 20),
        True,
    )


def test_seed_003_as_of_date_not_event_date() -> None:
    article = read_article(SEEDS / "003_97e5698cc2305a9e.txt", SEEDS, now=NOW)
    assert isinstance(article, Article)
    assert (article.published_at, article.published_text) == (dt.date(2026, 3, 7), "March 7, 2026")
