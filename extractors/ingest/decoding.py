"""Bytes to clean text: binary sniffing, encoding fallback chain, newline/Unicode normalisation.

Users save pages with whatever tool they have, so the reader sees UTF-8 with and without a BOM,
UTF-16 from Windows editors, cp1252 and latin-1. The chain is deliberately short and
deterministic (no statistical charset guessing): UTF-8 → UTF-16 (BOM only) → cp1252 → latin-1.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

LOGGER = logging.getLogger(__name__)

# Magic numbers of formats people rename to .txt by mistake: (prefix, human-readable name).
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF container (WebP image / WAV audio)"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
# More NULs than this (outside UTF-16) means binary; a few stray NULs in a text file are
# stripped instead (they come from broken copy/paste and truncated writes). Random binary
# data has only ~0.4% NULs, so the control-byte ratio below is what catches it.
MAX_NUL_RATIO = 0.10
# Other C0 control bytes (not tab/newline/CR/form feed/escape) above this ratio mean binary.
MAX_CONTROL_RATIO = 0.05
# Only the head is sniffed: binary formats show themselves early and files can be 20 MB.
SNIFF_BYTES = 8192
# UTF-8 with a few invalid bytes (a truncated multi-byte char, one pasted latin-1 byte) is
# still UTF-8: replace those bytes rather than mis-decoding every valid é as "Ã©" via cp1252.
MAX_UTF8_REPLACEMENT_RATIO = 0.01

_CONTROL_BYTES = frozenset(range(1, 0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}  # NUL counted apart
# C0 controls except tab and newline, plus DEL: never meaningful in an article, and they
# confuse downstream tokenisers. Example match: "\x00", "\x07".
_CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Every newline convention (CRLF, CR, NEL, LS, PS) becomes "\n" so offsets are stable.
_NEWLINES_RE = re.compile(r"\r\n|[\r\x85\u2028\u2029]")


def sniff_binary(head: bytes) -> str | None:
    """Tell whether the first bytes of a file look like a binary format.

    Args:
        head: The first bytes of the file (``SNIFF_BYTES`` is enough).

    Returns:
        A human-readable description of why the file looks binary (e.g. ``"a PDF
        document"``), or ``None`` when it looks like text.
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # UTF-16 text is half NUL bytes by design
    for magic, name in BINARY_MAGIC:
        if head.startswith(magic):
            return name
    if not head:
        return None
    if _looks_like_bom_less_utf16(head):
        return None
    nul_ratio = head.count(0) / len(head)
    if nul_ratio > MAX_NUL_RATIO:
        return f"binary data ({nul_ratio:.0%} NUL bytes)"
    control_ratio = sum(1 for byte in head if byte in _CONTROL_BYTES) / len(head)
    if control_ratio > MAX_CONTROL_RATIO:
        return f"binary data ({control_ratio:.0%} control bytes)"
    return None


def _looks_like_bom_less_utf16(head: bytes) -> bool:
    """ASCII-range UTF-16 without BOM: NULs on one parity only (e.g. ``b"H\\x00i\\x00"``)."""
    if len(head) < 16:
        return False
    even, odd = head[0::2], head[1::2]
    return (odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.05 * len(even)) or (
        even.count(0) > 0.9 * len(even) and odd.count(0) < 0.05 * len(odd)
    )


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode raw file bytes with the project's fallback chain.

    Args:
        raw: The whole file content.

    Returns:
        ``(text, encoding)`` where ``encoding`` names the codec that was used (for debug logs
        only; it is not part of the article record).

    Notes:
        Order: UTF-8 (BOM stripped), UTF-16 when a BOM or the NUL-parity pattern says so,
        UTF-8 with replacement when only a handful of bytes are invalid, cp1252, latin-1
        (which never fails, so this function never raises).
    """
    if raw.startswith(codecs.BOM_UTF8):
        return _decode_utf8_lenient(raw[len(codecs.BOM_UTF8) :]), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    if _looks_like_bom_less_utf16(raw[:SNIFF_BYTES]):
        head = raw[:SNIFF_BYTES]
        codec = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        return raw.decode(codec, errors="replace"), codec
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = raw.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd")
    has_valid_multibyte = any(ord(ch) > 0x7F and ch != "\ufffd" for ch in lenient)
    if has_valid_multibyte and replaced <= max(1, MAX_UTF8_REPLACEMENT_RATIO * len(lenient)):
        return lenient, "utf-8 (invalid bytes replaced)"
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined; latin-1 maps every byte.
        return raw.decode("latin-1"), "latin-1"


def _decode_utf8_lenient(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace")


def normalise_text(text: str) -> str:
    """Normalise decoded text: newlines to ``\\n``, Unicode NFC, no NUL/control characters.

    Args:
        text: Decoded text.

    Returns:
        The normalised text. A leading BOM (U+FEFF) that survived decoding is dropped.
    """
    text = text.lstrip("\ufeff")
    text = _NEWLINES_RE.sub("\n", text)
    text = _CONTROL_CHARS_RE.sub("", text)
    return unicodedata.normalize("NFC", text)


def bytes_to_text(raw: bytes) -> str:
    """Decode and normalise raw bytes (the two steps above), logging the codec at debug level.

    Args:
        raw: The whole file content (already checked not to be binary).

    Returns:
        Normalised text.
    """
    text, encoding = decode_bytes(raw)
    LOGGER.debug("decoded %d bytes as %s", len(raw), encoding)
    return normalise_text(text)
