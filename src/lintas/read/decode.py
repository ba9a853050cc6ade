"""Bytes to text: BOMs, declared charsets, detection, and mojibake repair."""

from __future__ import annotations

import codecs
import re

import charset_normalizer
import ftfy

from lintas.errors import ReadError
from lintas.settings import SNIFF_BYTES

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Magic numbers of binary formats people rename by mistake, with a name for the message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"RIFF", "RIFF media file"),
    (b"\x7fELF", "executable"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARED = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
# Sequences that UTF-8 text shows after being decoded as cp1252/Latin-1 (Ã©, â€™, Ã¶ ...).
_MOJIBAKE_HINT = re.compile(
    "[ÃÂâÅÄ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def is_wide(head: bytes) -> bool:
    """Whether text starting with ``head`` is UTF-16 or UTF-32 (a BOM, or NUL bytes): it has no
    byte-wise lines, so a JSONL file of it cannot be read a line at a time."""
    return any(head.startswith(bom) for bom, name in _BOMS if name != "utf-8-sig") or b"\x00" in head


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None when it looks like text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    head = data[:SNIFF_BYTES]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head:
        # UTF-16 without a BOM puts a NUL beside every ASCII byte; anything else is binary.
        even, odd = head[0::2], head[1::2]
        if even.count(0) > 0.4 * len(even) or odd.count(0) > 0.4 * len(odd):
            return None
        return "binary data"
    return None


def _declared_encoding(data: bytes) -> str | None:
    head = data[:4096]
    for pattern in (_DECLARED, _XML_DECLARED):
        m = pattern.search(head)
        if m:
            name = m.group(1).decode("ascii", "ignore").lower()
            try:
                return codecs.lookup(name).name
            except LookupError:
                return None
    return None


def decode(data: bytes, input: str) -> tuple[str, str]:
    """Return (text, encoding name). Raises ReadError when the bytes are not text."""
    binary = sniff_binary(data)
    if binary:
        raise ReadError(input, f"binary file ({binary}), not a text or HTML article")
    text, encoding = _decode_any(data)
    if _MOJIBAKE_HINT.search(text):
        fixed = ftfy.fix_encoding(text)
        if fixed != text:
            text, encoding = fixed, f"{encoding}+mojibake-repaired"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise ReadError(input, "binary file (NUL bytes after decoding), not a text article")
    return text, encoding


def _decode_any(data: bytes) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name.replace("-sig", "")
    if b"\x00" in data[:SNIFF_BYTES]:
        name = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        return data.decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_encoding(data)
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        name = best.encoding
        # Western pages misdetected as a Cyrillic or CJK code page are far rarer than cp1252.
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace"), "cp1252"
