"""Streaming inputs for ingest: JSONL a line at a time, WARC a record at a time, the rest per file.

Memory stays flat however large a dump is: nothing here holds more than one record. Every
failure becomes a Rejected with the input key and a plain reason, as in ``lintas.read``.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from lintas.model import Document, Hints, Rejected
from lintas.read import read_paths
from lintas.read.decode import decode
from lintas.read.records import record_to_document
from lintas.read.sources import STDIN
from lintas.settings import ARTICLE_EXTENSIONS, MAX_FILE_BYTES

WARC_EXTENSIONS = (".warc", ".warc.gz")
JSONL_EXTENSIONS = (".jsonl", ".ndjson")


def iter_documents(
    paths: Iterable[str], *, max_bytes: int = MAX_FILE_BYTES, stdin: BinaryIO | None = None
) -> Iterator[Document | Rejected]:
    """Every article found under ``paths``, one at a time, in a stable order."""
    for path in paths:
        if path == STDIN:
            yield from read_paths([STDIN], max_bytes=max_bytes, stdin=stdin or sys.stdin.buffer)
        elif os.path.isdir(path):
            yield from _walk(path, max_bytes)
        else:
            yield from _file(path, max_bytes)


def _walk(root: str, max_bytes: int) -> Iterator[Document | Rejected]:
    found = False
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith((*ARTICLE_EXTENSIONS, *WARC_EXTENSIONS)):
                continue
            found = True
            yield from _file(os.path.join(dirpath, name), max_bytes)
    if not found:
        yield Rejected(root, "directory contains no article files")


def _file(path: str, max_bytes: int) -> Iterator[Document | Rejected]:
    lower = path.lower()
    if lower.endswith(WARC_EXTENSIONS):
        yield from read_warc(path, max_bytes=max_bytes)
    elif lower.endswith(JSONL_EXTENSIONS):
        yield from read_jsonl_stream(path, max_bytes=max_bytes)
    else:
        yield from read_paths([path], max_bytes=max_bytes)


def read_jsonl_stream(path: str, *, max_bytes: int = MAX_FILE_BYTES) -> Iterator[Document | Rejected]:
    """One record per line, keyed ``path:LINE``; the file may be far larger than memory."""
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below; a generator cannot use `with` across yields cleanly
    except OSError as e:
        yield Rejected(path, f"cannot read file: {e.strerror or e}")
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
            try:
                text = line.decode("utf-8")
                encoding = "utf-8"
            except UnicodeDecodeError:
                try:
                    text, encoding = decode(line, key)
                except Exception as e:  # decode raises ReadError with a reason
                    yield Rejected(key, f"line {lineno}: {getattr(e, 'reason', e)}")
                    continue
            try:
                value = json.loads(text)
            except json.JSONDecodeError as e:
                yield Rejected(key, f"line {lineno}: invalid JSON ({e.msg} at column {e.colno})")
                continue
            yield record_to_document(value, key, encoding)
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
        yield Rejected(path, f"cannot read file: {e.strerror or e}")
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
                except Exception as e:
                    yield Rejected(key, str(getattr(e, "reason", e)))
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield Document(key, content, "html" if "html" in ctype else "text", encoding, Hints(url=url))
        except ArchiveLoadFailed as e:
            yield Rejected(path, f"not a readable WARC file: {e}")
            return
        if not found:
            yield Rejected(path, "WARC file holds no HTML or text responses")
