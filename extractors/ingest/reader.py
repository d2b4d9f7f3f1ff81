"""One input file to a clean ``Article`` or a ``Quarantined`` record, never an exception.

Checks run cheapest-first, and each failure names its cause in words a user can act on
("file is empty", "looks like a PDF document, not text"), because the reason is shown to
them verbatim in ``articles.error``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import stat
import unicodedata
from pathlib import Path

from extractors.ingest.boilerplate import remove_boilerplate
from extractors.ingest.decoding import SNIFF_BYTES, bytes_to_text, sniff_binary
from extractors.ingest.html_text import extract_html, looks_like_html
from extractors.ingest.metadata import extract_metadata, publisher_from_url
from extractors.ingest.paths import stored_path
from extractors.types import Article, Quarantined

LOGGER = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
ARTICLE_SUFFIXES = frozenset({"", ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
# Files users keep next to their articles that are not articles. Example match: "README.md".
_NOT_ARTICLE_RE = re.compile(r"(?:readme|license|licence|changelog|notice)(?:\.\w+)?", re.I)
_WHITESPACE_RE = re.compile(r"\s+")
_READ_CHUNK = 1 << 20


def article_id_for(text: str) -> str:
    """Derive the stable article id from the cleaned text.

    Args:
        text: ``Article.text``.

    Returns:
        The first 16 hex chars of SHA-256 over the NFC text with whitespace runs collapsed
        to one space and ends stripped. Not casefolded: case carries meaning ("GPT-4" vs a
        lower-cased copy is a different text), and near-duplicate detection covers copies
        that differ in more than spacing.
    """
    key = _WHITESPACE_RE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def discover_files(seeds_root: Path) -> list[Path]:
    """List the candidate article files under a folder, recursively.

    Args:
        seeds_root: The seeds folder.

    Returns:
        Sorted (by relative POSIX path) paths of regular files and symlinks that are not
        directories. Hidden entries (any path part starting with ".") and README/LICENSE-like
        files are skipped. Other suffixes are *not* skipped: ``read_article`` quarantines
        them with a reason, so a user who drops ``paper.pdf`` sees why it was ignored.

    Notes:
        Symlinked directories are not followed (no loops, no escaping the root); a broken
        or looping symlink is listed, and ``read_article`` explains it.
    """
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(seeds_root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or _NOT_ARTICLE_RE.fullmatch(name):
                continue
            found.append(Path(dirpath) / name)
    return sorted(found, key=lambda p: p.relative_to(seeds_root).as_posix())


def read_article(
    path: Path, seeds_root: Path, *, now: dt.datetime | None = None
) -> Article | Quarantined:
    """Read one input file into a clean article.

    Args:
        path: The file (as discovered under ``seeds_root``).
        seeds_root: The seeds folder; the file must resolve inside it.
        now: Reference time for completing month-day dates; default: the file's mtime.

    Returns:
        An ``Article`` whose ``text`` is decoded, normalised and stripped of boilerplate, or
        a ``Quarantined`` record whose ``error`` says why the file was not read.
    """
    rel = _relative(path, seeds_root)
    try:
        return _read(path, seeds_root, rel, now)
    except _Reject as reject:
        return Quarantined(path=rel, error=reject.reason, source_sha256=reject.sha256)
    except Exception as err:  # a bad file must never stop the run; logged with traceback
        LOGGER.exception("unexpected error reading %s", rel)
        reason = f"unexpected error while reading: {type(err).__name__}: {err}"
        return Quarantined(path=rel, error=reason)


class _Reject(Exception):
    def __init__(self, reason: str, sha256: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.sha256 = sha256


def _relative(path: Path, seeds_root: Path) -> str:
    try:
        return stored_path(path.relative_to(seeds_root).as_posix())
    except ValueError:
        try:
            return stored_path(path.absolute().relative_to(seeds_root.absolute()).as_posix())
        except ValueError:
            return stored_path(path.as_posix())


def _read(path: Path, seeds_root: Path, rel: str, now: dt.datetime | None) -> Article:
    real = _resolve_inside(path, seeds_root)
    info = _stat(real)
    if stat.S_ISDIR(info.st_mode):
        raise _Reject("is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise _Reject("is not a regular file (device, pipe or socket)")
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        allowed = ", ".join(sorted(s for s in ARTICLE_SUFFIXES if s))
        raise _Reject(
            f"unsupported file type {suffix!r} (expected {allowed} or no extension)",
            file_sha256(real),
        )
    if info.st_size > MAX_FILE_BYTES:
        raise _Reject(
            f"file too large: {info.st_size / 2**20:.1f} MB, limit {MAX_FILE_BYTES // 2**20} MB",
            file_sha256(real),
        )
    raw = _read_bytes(real)
    sha = hashlib.sha256(raw).hexdigest()
    if not raw:
        raise _Reject("file is empty", sha)
    binary = sniff_binary(raw[:SNIFF_BYTES])
    if binary:
        raise _Reject(f"looks like {binary}, not text", sha)
    text = bytes_to_text(raw)
    if not text.strip():
        raise _Reject("file contains only whitespace", sha)

    html = None
    if looks_like_html(text, suffix):
        html = extract_html(text)
        if html is None:
            raise _Reject("HTML page has no extractable text", sha)
        text = html.text
    cleaned, fired = remove_boilerplate(text)
    if fired:
        LOGGER.debug("%s: boilerplate rules fired: %s", rel, ", ".join(fired))
    if not cleaned:
        raise _Reject("nothing left after removing web boilerplate", sha)

    reference = (now or dt.datetime.fromtimestamp(info.st_mtime, tz=dt.UTC)).date()
    meta = extract_metadata(cleaned, reference)
    url = (html.url if html else None) or meta.url
    html_date = html.published_at if html else None
    return Article(
        article_id=article_id_for(cleaned),
        path=rel,
        text=cleaned,
        url=url,
        title=(html.title if html else None) or meta.title,
        publisher=(html.publisher if html else None)
        or meta.publisher
        or (publisher_from_url(url) if url else None),
        published_at=html_date or meta.published_at,
        published_inferred=False if html_date else meta.published_inferred,
        published_text=(html.published_text if html_date else None) or meta.published_text,
        source_sha256=sha,
    )


def _resolve_inside(path: Path, seeds_root: Path) -> Path:
    try:
        root = seeds_root.resolve(strict=True)
    except (OSError, RuntimeError) as err:
        raise _Reject(f"seeds folder cannot be opened: {err}") from err
    if path.is_symlink() or not path.exists():
        try:
            real = path.resolve(strict=True)
        except RuntimeError as err:  # Python < 3.13 reports loops this way
            raise _Reject("symlink loop: the link points back to itself") from err
        except FileNotFoundError as err:
            what = (
                "broken symlink: its target does not exist"
                if path.is_symlink()
                else ("file disappeared before it could be read")
            )
            raise _Reject(what) from err
        except OSError as err:
            if "loop" in str(err).lower() or getattr(err, "errno", None) == 40:
                raise _Reject("symlink loop: the link points back to itself") from err
            raise _Reject(f"cannot resolve path: {err.strerror or err}") from err
    else:
        real = path.resolve()
    if not real.is_relative_to(root):
        raise _Reject(f"resolves outside the seeds folder (to {real}); not read for safety")
    return real


def _stat(real: Path) -> os.stat_result:
    try:
        return real.stat()
    except FileNotFoundError as err:
        raise _Reject("file disappeared before it could be read") from err
    except PermissionError as err:
        raise _Reject("permission denied: the file cannot be read") from err
    except OSError as err:
        raise _Reject(f"cannot access file: {err.strerror or err}") from err


def _read_bytes(real: Path) -> bytes:
    try:
        with real.open("rb") as handle:
            # Bounded read: the file may have grown since stat (a page still being saved).
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as err:
        raise _Reject("file disappeared before it could be read") from err
    except PermissionError as err:
        raise _Reject("permission denied: the file cannot be read") from err
    except IsADirectoryError as err:
        raise _Reject("is a directory, not a file") from err
    except OSError as err:
        raise _Reject(f"read error: {err.strerror or err}") from err
    if len(data) > MAX_FILE_BYTES:
        raise _Reject(f"file too large: over {MAX_FILE_BYTES // 2**20} MB")
    return data


def file_sha256(real: Path) -> str:
    """Hash without loading the file (it may be 50 MB); empty string when unreadable."""
    digest = hashlib.sha256()
    try:
        with real.open("rb") as handle:
            while chunk := handle.read(_READ_CHUNK):
                digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()
