"""Untrusted text (file names, quarantine reasons, subjects) made inert for markdown.

A file named ``[click](javascript:alert(1)).txt`` must show as that name in a Prefect artifact,
not become a live link; ``<img src=x onerror=...>`` must show as text; an ESC sequence must not
reach a renderer or a log viewer. Everything a markdown renderer could read as syntax is
escaped, and control characters are spelled out.
"""

from __future__ import annotations

import html
import re

# C0 and C1 control characters (tab, newline and carriage return included: a table cell is
# one line). Example match: "\x1b", "\n", "\x9b".
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Characters with a meaning in CommonMark/GFM inline syntax or tables.
_MARKDOWN_PUNCT_RE = re.compile(r"([\\`*_{}\[\]()#+\-.!|~:])")


def _spell(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return " " if match.group(0) in "\t\n\r" else f"\\x{code:02x}"


def escape_markdown(value: object) -> str:
    """``value`` as text that renders literally in markdown (and in its embedded HTML)."""
    text = "" if value is None else str(value)
    text = _CONTROL_RE.sub(_spell, text)
    text = _MARKDOWN_PUNCT_RE.sub(r"\\\1", text)
    return html.escape(text, quote=True)
