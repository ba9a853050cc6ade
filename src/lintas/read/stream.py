"""Files read a record at a time: JSONL a line at a time, WARC a response at a time.

Memory stays flat however large a dump is: nothing here holds more than one record, and each
record is decoded as a whole file is (``read.decode``: detection, mojibake repair).
"""

from __future__ import annotations

from collections.abc import Iterator

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
        for lineno, line in enumerate(f, start=1):
            if not line.strip():
                continue
            seen = True
            key = f"{path}:{lineno}"
            if len(line) > max_bytes:
                yield Rejected(key, f"line {lineno}: record is larger than the size limit (--max-size)")
                continue
            try:  # the same decoding as a whole file: detection, mojibake repair
                text, encoding = decode(line, key)
            except ReadError as e:
                yield Rejected(key, f"line {lineno}: {e.reason}")
                continue
            yield jsonl_record(text, path, lineno, encoding)
        if not seen:
            yield Rejected(path, "JSONL file has no records")


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
        try:
            for record in records:
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
        except ArchiveLoadFailed as e:
            yield Rejected(path, f"not a readable WARC file: {e}")
            return
        if not found:
            yield Rejected(path, "WARC file holds no HTML or text responses")
