"""Deterministic ids and keys shared by the load and facts modules."""

from __future__ import annotations

import hashlib
import re

# Spaces, hyphens, underscores and Unicode dashes do not make a different model name
# ("Grok-5" == "Grok 5"); a different version does ("Grok 4.2" != "Grok 4.20").
_NAME_NOISE_RE = re.compile(r"[\s\-_\u2010-\u2015]+")


def hash_id(*parts: object) -> str:
    """16 hex chars of sha256 over the parts (None and '' hash alike)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def subject_key(name: str) -> str:
    """Grouping key for subjects: case, spaces and hyphens are not part of a name."""
    return _NAME_NOISE_RE.sub("", name.casefold())
