"""Files read a record at a time: JSONL a line at a time, WARC a response at a time.

Memory stays flat however large a dump is: nothing here holds more than one record, and each
record is decoded as a whole file is (``read.decode``: detection, mojibake repair).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from lintas.errors import ReadError
from lintas.model import Document, Hints, Rejected
from lintas.read.decode import decode
from lintas.read.records import jsonl_record
from lintas.settings import MAX_FILE_BYTES

WARC_EXTENSIONS = (".warc", ".warc.gz")
JSONL_EXTENSIONS = (".jsonl", ".ndjson")


def unreadable(path: str, e: OSError) -> ReadError:
    """A file that cannot be opened or read, with the plain reason every reader gives."""
    if isinstance(e, FileNotFoundError):
        return ReadError(path, "no such file or directory")
    if isinstance(e, PermissionError):
        return ReadError(path, "cannot read file: permission denied")
    if isinstance(e, IsADirectoryError):
        return ReadError(path, "is a directory")
    return ReadError(path, f"cannot read file: {e.strerror or e}")


def read_jsonl_stream(path: str, *, max_bytes: int = MAX_FILE_BYTES) -> Iterator[Document | Rejected]:
    """One record per line, keyed ``path:LINE``; the file may be far larger than memory."""
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below; a generator cannot use `with` across yields cleanly
    except OSError as e:
        yield Rejected(path, unreadable(path, e).reason)
        return
    with f:
        seen = False
        lineno = 0
        while True:
            line = f.readline(max_bytes + 1)  # bounded: a 12 GB line is never held whole
            if not line:
                break
            lineno += 1
            if len(line) > max_bytes and not line.endswith(b"\n"):
                seen = True
                _skip_line(f)
                yield Rejected(f"{path}:{lineno}", f"line {lineno}: record is larger than the size limit (--max-size)")
                continue
            if not line.strip():
                continue
            seen = True
            key = f"{path}:{lineno}"
            try:  # the same decoding as a whole file: detection, mojibake repair
                text, encoding = decode(line, key)
            except ReadError as e:
                yield Rejected(key, f"line {lineno}: {e.reason}")
                continue
            yield jsonl_record(text, path, lineno, encoding)
        if not seen:
            yield Rejected(path, "JSONL file has no records")


def _skip_line(f: BinaryIO, chunk: int = 1 << 20) -> None:
    """Read past the rest of an over-long line, a chunk at a time."""
    while True:
        piece = f.readline(chunk)
        if not piece or piece.endswith(b"\n"):
            return


def read_warc(path: str, *, max_bytes: int = MAX_FILE_BYTES) -> Iterator[Document | Rejected]:
    """HTML responses of a WARC/WARC.gz file, keyed ``path#OFFSET``; other records are skipped."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:  # pragma: no cover - warcio is a dependency
        yield Rejected(path, "reading WARC files needs warcio: run `pip install warcio`")
        return
    try:
        f = open(path, "rb")  # noqa: SIM115
    except OSError as e:
        yield Rejected(path, unreadable(path, e).reason)
        return
    with f:
        records = ArchiveIterator(f)
        found = False
        items = iter(records)
        while True:
            try:
                record = next(items)
            except StopIteration:
                break
            except ArchiveLoadFailed as e:
                yield Rejected(path, f"not a readable WARC file: {e}")
                return
            except Exception as e:  # warcio fails inside a record it cannot parse (no target URI)
                yield Rejected(
                    path, f"WARC record cannot be read ({type(e).__name__}: {e}); the records after it are skipped"
                )
                return
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in ctype and "text" not in ctype:
                continue
            found = True
            body = record.content_stream().read(max_bytes + 1)
            key = f"{path}#{records.get_record_offset()}"  # known once the record is read
            if len(body) > max_bytes:
                yield Rejected(key, "record is larger than the size limit (--max-size)")
                continue
            try:
                content, encoding = decode(body, key)
            except ReadError as e:
                yield Rejected(key, e.reason)
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            yield Document(key, content, "html" if "html" in ctype else "text", encoding, Hints(url=url))
        if not found:
            yield Rejected(path, "WARC file holds no HTML or text responses")
