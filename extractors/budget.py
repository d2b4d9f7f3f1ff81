"""Per-article budget: how long and how large one article may be before it is quarantined.

A run must not stall on one file (a 5 MB single-line dump, a page of ten thousand tables): an
article over the character limit is quarantined before parsing, and one whose pieces have used
up the time limit is quarantined after the piece that crossed it (pieces are at most
``processing.MAX_PIECE_CHARS`` characters and ``processing.MAX_PIECE_TOKENS`` tokens long, so
the check comes every few seconds). Memory is bounded by the pieces: ``nlp.pipe`` batches hold
at most ``processing.MAX_BATCH_TOKENS`` tokens, so the layers' activations stay bounded however
long the article.

Both limits are environment settings, read at call time, so a deployment or a test can change
them without code.
"""

from __future__ import annotations

import os
from collections import defaultdict

# About 600 pages of text: no news article comes near it (a 2 MB single-line dump is still
# read), and parsing it takes one to two minutes on one core of the 2-core reference machine
# (~3.5 s per 100k characters).
DEFAULT_MAX_ARTICLE_CHARS = 3_000_000
MAX_CHARS_ENV_VAR = "NEWSFACTS_MAX_ARTICLE_CHARS"
# Twice what the largest allowed article needs alone, so a busy machine does not trip it.
DEFAULT_ARTICLE_SECONDS = 300.0
SECONDS_ENV_VAR = "NEWSFACTS_ARTICLE_SECONDS"


def positive_setting(name: str, default: float) -> float:
    """A positive number from the environment variable ``name``, or ``default`` when unset.

    Raises:
        ValueError: the variable is set but is not a positive number.
    """
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError as err:
        raise ValueError(f"{name}={raw!r}: expected a positive number") from err
    if value <= 0:
        raise ValueError(f"{name}={raw!r}: expected a positive number")
    return value


def max_article_chars() -> int:
    """The longest article text processed (``$NEWSFACTS_MAX_ARTICLE_CHARS``)."""
    return int(positive_setting(MAX_CHARS_ENV_VAR, DEFAULT_MAX_ARTICLE_CHARS))


def article_seconds() -> float:
    """Seconds of extraction one article may use (``$NEWSFACTS_ARTICLE_SECONDS``)."""
    return positive_setting(SECONDS_ENV_VAR, DEFAULT_ARTICLE_SECONDS)


def over_length(text: str) -> str | None:
    """The quarantine reason for a text over the character limit, else None."""
    limit = max_article_chars()
    if len(text) <= limit:
        return None
    return (f"over the article budget: {len(text):,} characters > {limit:,} "
            f"(raise {MAX_CHARS_ENV_VAR} to process it)")


class ArticleClock:
    """Seconds spent per article (by index), against ``article_seconds()``."""

    def __init__(self) -> None:
        self.limit = article_seconds()
        self.spent: defaultdict[int, float] = defaultdict(float)

    def charge(self, index: int, seconds: float) -> str | None:
        """Add ``seconds`` to an article; the quarantine reason once it is over the limit."""
        self.spent[index] += seconds
        if self.spent[index] <= self.limit:
            return None
        return (f"over the article budget: {self.spent[index]:.0f} s of extraction > "
                f"{self.limit:.0f} s (raise {SECONDS_ENV_VAR} to process it)")
