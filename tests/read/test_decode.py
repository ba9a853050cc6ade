from __future__ import annotations

import codecs

import pytest

from lintas.errors import ReadError
from lintas.read import decode, sniff_binary

TEXT = "Menteri Pertahanan Prancis Sébastien Lecornu mengatakan “kami siap” pada Rabu."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("utf-16-le"),  # without BOM
        TEXT.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "utf16be-nobom"],
)
def test_unicode_encodings_decode_exactly(data: bytes) -> None:
    text, _ = decode(data, "x.txt")
    assert text == TEXT


def test_cp1252_is_detected() -> None:
    original = "Sébastien Lecornu berkata: “Kami tidak akan mundur,” ujarnya di Paris pada pekan lalu. " * 3
    text, encoding = decode(original.encode("cp1252"), "x.txt")
    assert text == original
    assert encoding != "utf-8"


def test_declared_html_charset_is_used() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>Café Señor – “quote”</p></body></html>'
    text, _ = decode(html.encode("cp1252"), "x.html")
    assert "Café Señor – “quote”" in text


def test_mojibake_is_repaired() -> None:
    broken = "Menteri Pertahanan Prancis SÃ©bastien Lecornu berkata â€œkami siapâ€\x9d."
    text, encoding = decode(broken.encode("utf-8"), "x.txt")
    assert "Sébastien" in text
    assert "mojibake" in encoding


def test_crlf_becomes_lf() -> None:
    text, _ = decode(b"line one\r\nline two\rline three", "x.txt")
    assert text == "line one\nline two\nline three"


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\xff\xd8\xff\xe0" + bytes(50), "JPEG"),
        (b"abc\x00\x01\x02\x03\xff\xfe\x00binary", "binary"),
    ],
)
def test_binary_is_rejected_with_its_kind(data: bytes, name: str) -> None:
    assert name.lower() in (sniff_binary(data) or "").lower()
    with pytest.raises(ReadError, match="binary file"):
        decode(data, "photo.txt")
