"""Untrusted text made safe for a terminal: file names, titles and sentences come from the
articles, and a control character in them (ESC starts a sequence that can recolour, retitle or
rewrite the screen) must be shown, never obeyed.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional overrides/isolates that reorder what is shown.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Whitespace controls that keep their length when a sentence is shown on one line.
_AS_SPACE = {"\n": " ", "\t": " ", "\r": " "}


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\u202e``)."""
    return _UNSAFE.sub(_escape, "" if text is None else str(text))


def printable_line(text: object) -> str:
    """Like ``printable``, but newlines and tabs become spaces (a sentence shown on one line);
    the length of the text is unchanged by those, so offsets into it still hold."""
    raw = "" if text is None else str(text)
    return printable("".join(_AS_SPACE.get(ch, ch) for ch in raw))
