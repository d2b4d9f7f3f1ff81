"""Decoding and binary sniffing: bytes -> normalised text (extractors.ingest.decoding)."""

from __future__ import annotations

import codecs

import pytest

from extractors.ingest.decoding import bytes_to_text, decode_bytes, normalise_text, sniff_binary

TEXT = "Grok 5 costs 1 000 € — “six trillion” parameters, café naïve.\n"


@pytest.mark.parametrize(
    ("raw", "expected_text", "expected_codec"),
    [
        pytest.param(TEXT.encode("utf-8"), TEXT, "utf-8", id="utf8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, "utf-8-sig", id="utf8_bom"),
        pytest.param(TEXT.encode("utf-16"), TEXT, "utf-16", id="utf16_bom"),
        pytest.param(
            codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, "utf-16", id="utf16be_bom"
        ),
        pytest.param(
            ("Plain ASCII headline about models " * 3).encode("utf-16-le"),
            "Plain ASCII headline about models " * 3,
            "utf-16-le",
            id="utf16le_without_bom",
        ),
        pytest.param(TEXT.encode("cp1252"), TEXT, "cp1252", id="cp1252_smart_quotes_euro"),
        pytest.param(
            "café naïve déjà vu".encode("latin-1"), "café naïve déjà vu", "cp1252", id="latin1_text"
        ),
        pytest.param(
            b"bad \x81 byte \xe9", "bad \x81 byte é", "latin-1", id="cp1252_undefined_byte"
        ),
        pytest.param(
            "caf\u00e9 ok ".encode() * 20 + b"\xff tail",
            "caf\u00e9 ok " * 20 + "\ufffd tail",
            "utf-8 (invalid bytes replaced)",
            id="mostly_utf8_one_invalid_byte",
        ),
    ],
)
def test_decode_bytes(raw: bytes, expected_text: str, expected_codec: str) -> None:
    text, codec = decode_bytes(raw)
    assert text.lstrip("\ufeff") == expected_text
    assert codec == expected_codec


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            b"line one\r\nline two\rline three", "line one\nline two\nline three", id="crlf_cr"
        ),
        pytest.param("a\u2028b\u2029c\x85d".encode(), "a\nb\nc\nd", id="unicode_line_separators"),
        pytest.param(b"nul\x00 inside\x00 text", "nul inside text", id="nul_stripped"),
        pytest.param(b"bell\x07 and del\x7f", "bell and del", id="control_chars_stripped"),
        pytest.param(b"tab\tkept\n", "tab\tkept\n", id="tab_newline_kept"),
        pytest.param("cafe\u0301".encode(), "caf\u00e9", id="nfc"),
        pytest.param(codecs.BOM_UTF8 + "\ufeffdouble bom".encode(), "double bom", id="double_bom"),
    ],
)
def test_bytes_to_text_normalises(raw: bytes, expected: str) -> None:
    assert bytes_to_text(raw) == expected


@pytest.mark.parametrize(
    ("head", "expected_substring"),
    [
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF", id="pdf"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG", id="png"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG", id="jpeg"),
        pytest.param(b"GIF89a\x01\x00", "GIF", id="gif"),
        pytest.param(b"PK\x03\x04\x14\x00", "ZIP", id="zip_docx"),
        pytest.param(b"\x1f\x8b\x08\x00", "gzip", id="gzip"),
        pytest.param(bytes(range(256)) * 4, "control bytes", id="random_like_binary"),
        pytest.param(b"\x00" * 50 + b"text" * 10, "NUL", id="mostly_nul"),
    ],
)
def test_sniff_binary_detects(head: bytes, expected_substring: str) -> None:
    reason = sniff_binary(head)
    assert reason is not None and expected_substring in reason


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(TEXT.encode(), id="utf8_text"),
        pytest.param(TEXT.encode("utf-16"), id="utf16_bom"),
        pytest.param(("ASCII only text " * 4).encode("utf-16-le"), id="utf16_no_bom"),
        pytest.param(b"a few\x00 stray NUL\x00 bytes in a long enough line of text", id="few_nuls"),
        pytest.param(b"", id="empty"),
        pytest.param(TEXT.encode("cp1252"), id="cp1252"),
    ],
)
def test_sniff_binary_accepts_text(head: bytes) -> None:
    assert sniff_binary(head) is None


def test_normalise_text_is_idempotent() -> None:
    once = normalise_text("a\r\nb\x00 cafe\u0301")
    assert normalise_text(once) == once
