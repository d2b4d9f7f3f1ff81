"""Saved web pages: HTML detection and main-text extraction with trafilatura.

trafilatura parses the markup with lxml and drops ``<script>``/``<style>``; nothing is executed
and nothing is fetched (we hand it a string, never a URL).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from itertools import islice

LOGGER = logging.getLogger(__name__)

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# A document that declares itself HTML near the top. Example match: "<!DOCTYPE html>".
_HTML_DECL_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
# Block-level markup, counted when a page was saved without its <html> wrapper.
# Example match: "</p>", "<div class=", "<br/>".
_BLOCK_TAG_RE = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|li|ul|article|section|table|td)\b[^>]*>")
# This many block tags in the first 64 KiB makes a .txt file HTML: a plain-text article that
# quotes a few tags stays text.
MIN_BLOCK_TAGS = 10
_SNIFF_CHARS = 65536
# Opening tags that become text blocks in trafilatura's fallback extractors (justext).
# Example match: "<td>", "<p class=x>".
_TEXT_BLOCK_RE = re.compile(r"<(?:p|div|td|th|tr|li|h[1-6]|pre|blockquote)\b", re.IGNORECASE)
# Above this many blocks the fallback comparison is skipped (``fast``): justext walks to each
# short block's neighbours one by one, quadratic in blocks (a page of 10,000 one-row tables
# took minutes). News pages have a few hundred.
MAX_FALLBACK_BLOCKS = 4000


@dataclass(frozen=True, slots=True)
class HtmlContent:
    """Main text and metadata extracted from a saved page."""

    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published_at: dt.date | None = None
    published_text: str | None = None


def looks_like_html(text: str, suffix: str = "") -> bool:
    """Decide whether decoded file content is an HTML page.

    Args:
        text: Decoded, normalised file content.
        suffix: The file suffix, lower-case with the dot (``".html"``).

    Returns:
        True for ``.html``/``.htm`` files, for content that starts by declaring HTML, and
        for content with at least ``MIN_BLOCK_TAGS`` block-level tags.
    """
    if suffix in HTML_SUFFIXES:
        return True
    head = text[:_SNIFF_CHARS]
    if _HTML_DECL_RE.search(head[:2048]):
        return True
    return len(_BLOCK_TAG_RE.findall(head)) >= MIN_BLOCK_TAGS


def extract_html(html: str) -> HtmlContent | None:
    """Extract the main text and metadata of a page.

    Args:
        html: The page markup (already decoded).

    Returns:
        The main text with one blank line between blocks, plus title/site name/URL/date
        from the page metadata when present; ``None`` when the page has no text at all.

    Notes:
        Falls back to trafilatura's ``html2txt`` (all visible text) when the main-content
        heuristics find nothing, e.g. a short page without an ``<article>``. htmldate's
        extensive search is off: dates in running text are event dates more often than
        publication dates, and the plain-text dateline rules handle the visible text.
    """
    import trafilatura  # imported here: a run with no HTML to read never pays for it

    try:
        doc = trafilatura.bare_extraction(
            html,
            fast=_many_blocks(html),
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as err:  # lxml/htmldate raise many types on mangled markup
        LOGGER.debug("trafilatura failed (%s: %s); using html2txt", type(err).__name__, err)
        doc = None
    text = getattr(doc, "text", None) or ""
    if not text.strip():
        text = trafilatura.html2txt(html) or ""
    if not text.strip():
        return None
    # trafilatura separates blocks with one newline; the sentence splitter treats a blank
    # line as a paragraph break, which is what a block is.
    text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    published_at = _parse_iso_date(getattr(doc, "date", None))
    return HtmlContent(
        text=text,
        title=_clean(getattr(doc, "title", None)),
        publisher=_clean(getattr(doc, "sitename", None)),
        url=_clean(getattr(doc, "url", None)),
        published_at=published_at,
        published_text=getattr(doc, "date", None) if published_at else None,
    )


def _many_blocks(html: str) -> bool:
    """More text blocks than the fallback extractors handle in reasonable time."""
    blocks = islice(_TEXT_BLOCK_RE.finditer(html), MAX_FALLBACK_BLOCKS + 1)
    return sum(1 for _ in blocks) > MAX_FALLBACK_BLOCKS


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _parse_iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
