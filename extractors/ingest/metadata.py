"""Article metadata from plain text: header lines, headline, publisher, publication date.

Saved articles often start with a small header block (``URL: …``, ``Title: …``,
``Published: …``) written by the tool that saved them; otherwise the headline is the first
headline-shaped line and the publisher comes from the URL's host or a byline/site line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from extractors.ingest.datelines import DateSource, find_published, strip_leading_stamp

# One header line at the very top. Example match: "URL: https://example.com/a", "Title: X".
_HEADER_RE = re.compile(
    r"\s*(?P<key>url|source|title|headline|published|date|updated|author|publisher|site)"
    r"\s*:\s*(?P<value>\S.*?)\s*",
    re.IGNORECASE,
)
_URL_RE = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
# Host labels that name a service, a language or a format rather than the outlet:
# "www.deepmind.com" -> "deepmind", "news.platform.elebank.com" -> "elebank".
# fmt: off
GENERIC_HOST_LABELS = frozenset({
    "www", "www1", "www2", "www3", "m", "mobile", "amp", "news", "blog", "blogs", "en", "de",
    "fr", "es", "it", "uk", "us", "in", "edition", "platform", "web", "beta", "app", "apps",
    "home", "static", "cdn", "feeds", "rss", "article", "articles", "insights",
})
# Top-level and second-level suffixes never taken as the outlet name ("bbc.co.uk" -> "bbc").
_SUFFIX_LABELS = frozenset({
    "com", "org", "net", "edu", "gov", "io", "ai", "co", "info", "biz", "news", "tech", "dev",
    "app", "digital", "media", "online", "site", "uk", "us", "in", "au", "ca", "de", "fr", "it",
    "es", "jp", "cn", "kr", "br", "ru", "nl", "se", "no", "pk", "sk", "cz", "pl", "ch", "at",
    "be", "dk", "fi", "ie", "nz", "za",
})
# fmt: on
# Separators between an outlet name and a date on a site line: "wallstreetcn ·  Apr 20 19:43".
_BYLINE_SEP_RE = re.compile(r"\s*[·|•\u2014\u2013]\s*|\s+-\s+")
_WORD_RE = re.compile(r"[^\W_][\w'\u2019&.-]*")
# A headline: 4..30 words, at most 200 chars, not a sentence-ending paragraph.
TITLE_MIN_WORDS = 4
TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 200
TITLE_SEARCH_LINES = 8


@dataclass(frozen=True, slots=True)
class TextMetadata:
    """What the text says about itself."""

    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published_at: dt.date | None = None
    published_text: str | None = None
    published_inferred: bool = False


def parse_header(text: str) -> dict[str, str]:
    """Read the leading ``Key: value`` header block.

    Args:
        text: Cleaned article text.

    Returns:
        Lower-cased keys (``url``, ``title``, ``published`` …) to values. The block ends at the
        first non-blank line that is not a header line; the first value of a key wins.
    """
    header: dict[str, str] = {}
    for line in text.split("\n"):
        if not line.strip():
            continue
        m = _HEADER_RE.fullmatch(line)
        if m is None:
            break
        header.setdefault(m.group("key").lower(), m.group("value"))
    return header


def publisher_from_url(url: str) -> str | None:
    """Name the outlet from a URL's host: the leftmost label that is not generic or a suffix.

    Args:
        url: An absolute URL.

    Returns:
        E.g. ``"zeenews"`` for ``https://zeenews.india.com/…``, ``"deepmind"`` for
        ``https://www.deepmind.com/…``; ``None`` when no label qualifies.

    Notes:
        Leftmost rather than registrable-domain label, so portal-hosted outlets
        (zeenews.india.com) and author blogs (name.medium.com) count as their own publisher.
    """
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2 or all(label.isdigit() for label in labels):
        return None
    # The last label is always a suffix; so are known second-level suffixes like "co.uk".
    candidates = labels[:-1]
    while len(candidates) > 1 and candidates[-1] in _SUFFIX_LABELS:
        candidates.pop()
    for label in candidates:
        if label not in GENERIC_HOST_LABELS:
            return label
    return candidates[-1]


def find_title(text: str, header: dict[str, str]) -> str | None:
    """Find the headline.

    Args:
        text: Cleaned article text.
        header: The parsed header block.

    Returns:
        The ``Title:`` header value, else the first headline-shaped line among the first
        ``TITLE_SEARCH_LINES`` non-blank lines that come before the first body paragraph;
        ``None`` when the text opens with body text.
    """
    for key in ("title", "headline"):
        if header.get(key):
            return header[key]
    seen = 0
    for line in text.split("\n"):
        stripped = strip_leading_stamp(line).strip()
        if not stripped or _HEADER_RE.fullmatch(line):
            continue
        seen += 1
        if (
            seen > TITLE_SEARCH_LINES
            or len(stripped) > TITLE_MAX_CHARS
            or _ends_like_sentence(stripped)
        ):
            return None  # reached the body: headlines come before it
        words = _WORD_RE.findall(stripped)
        if (
            TITLE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS
            and any(ch.isupper() for ch in stripped)  # tag lists are all lower-case
            and not _URL_RE.search(stripped)
        ):
            return stripped
    return None


def _ends_like_sentence(line: str) -> bool:
    # Two or more sentences, or a long line ending in a full stop, is a paragraph (a dek).
    return line.endswith(".") and (len(line) > 80 or line.count(". ") >= 1)


def byline_publisher(line: str, surface: str) -> str | None:
    """The outlet name before a separator on a dateline: ``"wallstreetcn ·  Apr 20 19:43"``.

    Args:
        line: The dateline line.
        surface: The date surface inside it.

    Returns:
        The 1-4 word name before the separator that precedes the date, else ``None``.
    """
    head = line[: line.find(surface)] if surface in line else ""
    parts = _BYLINE_SEP_RE.split(head.strip())
    if len(parts) < 2 or parts[-1]:
        return None  # the date must directly follow a separator
    name = parts[-2].strip()
    words = _WORD_RE.findall(name)
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in name):
        return None
    if re.search(r"\b(?:min|read|ago|views?|updated|published)\b", name, re.IGNORECASE):
        return None
    return name


def extract_metadata(text: str, reference: dt.date) -> TextMetadata:
    """Collect url/title/publisher/publication date from an article's text.

    Args:
        text: Cleaned article text.
        reference: Date that completes month-day dates (file mtime or the caller's ``now``).

    Returns:
        The metadata found; missing parts are ``None``.
    """
    header = parse_header(text)
    url = next(
        (m.group(0) for key in ("url", "source") if (m := _URL_RE.search(header.get(key, "")))),
        None,
    )
    date_header = header.get("published") or header.get("date") or header.get("updated")
    published = find_published(text, reference, header_value=date_header)
    publisher = header.get("publisher") or header.get("site")
    if publisher is None and published is not None and published.source is DateSource.DATELINE:
        publisher = byline_publisher(published.line, published.surface)
    if publisher is None and url:
        publisher = publisher_from_url(url)
    return TextMetadata(
        url=url,
        title=find_title(text, header),
        publisher=publisher,
        published_at=published.date if published else None,
        published_text=published.surface if published else None,
        published_inferred=published.inferred if published else False,
    )
