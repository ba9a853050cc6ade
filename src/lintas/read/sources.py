"""Paths, directories and stdin to Documents; every failure becomes a Rejected with a reason."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from lintas.errors import FetchError, LintasError, ReadError
from lintas.model import Document, Format, Hints, Rejected
from lintas.read.decode import decode, is_wide
from lintas.read.records import read_json, read_jsonl
from lintas.read.stream import JSONL_EXTENSIONS, WARC_EXTENSIONS, read_jsonl_stream, read_warc, unreadable
from lintas.settings import ARTICLE_EXTENSIONS, MAX_FILE_BYTES

COUNT_MAX_BYTES = 1 << 30  # JSONL counted for a progress total at most (1 GB: about a second)

STDIN = "-"


def read_paths(
    paths: Iterable[str], *, max_bytes: int = MAX_FILE_BYTES, stdin: BinaryIO | None = None
) -> Iterator[Document | Rejected]:
    """Yield a Document or a Rejected for every article found under ``paths``, in order.

    Directories are walked recursively (sorted, by extension); ``-`` reads standard input.
    ``input`` is the path as given, joined with the relative path for files inside directories;
    a JSONL record adds ``:LINE``, a WARC record ``#OFFSET``. JSONL and WARC files are read a
    record at a time (``read.stream``), so a dump may be larger than memory; the size limit holds
    per record.
    """
    for path in paths:
        if path == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from guarded(read_stream(stream, STDIN, max_bytes=max_bytes), STDIN)
        elif is_web_address(path):
            yield read_web_page(path, max_bytes=max_bytes)
        elif os.path.isdir(path):
            yield from _read_directory(path, max_bytes)
        else:
            yield from guarded(read_file(path, max_bytes=max_bytes), path)


def is_web_address(path: str) -> bool:
    return path.lower().startswith(("http://", "https://")) and not os.path.exists(path)


def read_web_page(url: str, *, max_bytes: int = MAX_FILE_BYTES) -> Document | Rejected:
    """One page fetched from the web through lintas follow's guarded client (public addresses
    only, unless ``LINTAS_ALLOW`` names networks; bounded size and time)."""
    from lintas.follow.http import Fetcher, Policy, allowed

    try:
        with Fetcher(Policy(allow=allowed(), max_bytes=max_bytes)) as fetcher:
            got = fetcher.get(url)
        return web_document(url, got.body, got.content_type, Hints(url=got.url))
    except (FetchError, ReadError) as e:
        return Rejected(url, e.reason)


_PAGE_TYPES = frozenset({"application/xhtml+xml", "application/octet-stream"})


def web_document(input: str, body: bytes, content_type: str, hints: Hints) -> Document:
    """A fetched page as a Document: HTML unless the server says plain text. Raises ReadError,
    also for what no article is (a PDF, an image, a video)."""
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime and not (mime.startswith("text/") or mime in _PAGE_TYPES or mime.endswith(("+xml", "/xml"))):
        raise ReadError(input, f"not a web page but {mime[:60]}")
    content, encoding = decode(body, input)
    kind: Format = "text" if content_type.lower().startswith("text/plain") else "html"
    return Document(input, content, kind, encoding, hints)


def count_inputs(paths: Iterable[str], *, max_bytes: int = COUNT_MAX_BYTES) -> int | None:
    """How many inputs ``read_paths`` will yield, for a progress total: files by name, JSONL records
    by their line breaks (counted a chunk at a time). None when it cannot be known cheaply and
    safely beforehand: stdin, WARC, anything but a regular file (a pipe, a device), or more than
    ``max_bytes`` of JSONL to count."""
    total, counted = 0, 0
    for path in paths:
        if path == STDIN:
            return None
        for f in _article_files(path) if os.path.isdir(path) else [path]:
            name = f.lower()
            if name.endswith(WARC_EXTENSIONS):
                return None
            if not name.endswith(JSONL_EXTENSIONS):
                total += 1
                continue
            try:  # opened without blocking, then checked: a pipe or device put there is never read
                fd = os.open(f, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            except OSError:
                total += 1  # read_paths rejects it: one input
                continue
            with os.fdopen(fd, "rb") as fh:
                info = os.fstat(fd)
                if not stat.S_ISREG(info.st_mode):
                    return None
                counted += info.st_size
                if counted > max_bytes:
                    return None
                lines, last = 0, b"\n"
                while chunk := fh.read(1 << 20):
                    lines += chunk.count(b"\n")
                    last = chunk[-1:]
                total += lines + (last != b"\n")  # records, blank lines aside: close enough for a bar
    return total


def guarded(items: Iterator[Document | Rejected], input: str) -> Iterator[Document | Rejected]:
    """The last resort of one input: an error no reader foresaw rejects what is left of that input
    (with the reason) instead of ending the run and losing every other input."""
    try:
        yield from items
    except LintasError:
        raise  # a setting or a missing extra, not this input
    except Exception as e:
        yield Rejected.bug(input, e)


def _article_files(path: str) -> Iterator[str]:
    """The article files under a directory, as they are read: sorted, hidden files and directories
    left out, by extension."""
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and name.lower().endswith((*ARTICLE_EXTENSIONS, *WARC_EXTENSIONS)):
                yield os.path.join(path, os.path.relpath(os.path.join(dirpath, name), path))


def _read_directory(path: str, max_bytes: int) -> Iterator[Document | Rejected]:
    found = False
    for full in _article_files(path):
        found = True
        yield from guarded(read_file(full, max_bytes=max_bytes), full)
    if not found:
        kinds = ", ".join((*ARTICLE_EXTENSIONS, *WARC_EXTENSIONS))
        yield Rejected(path, f"directory contains no article files ({kinds})")


def read_file(path: str, *, max_bytes: int = MAX_FILE_BYTES) -> Iterator[Document | Rejected]:
    """Read one file; a file that cannot be read yields one Rejected saying why."""
    lower = path.lower()
    if lower.endswith((*WARC_EXTENSIONS, *JSONL_EXTENSIONS)):
        try:
            _size(Path(path))
        except ReadError as e:
            yield Rejected(e.input, e.reason)
            return
        if lower.endswith(WARC_EXTENSIONS):
            yield from read_warc(path, max_bytes=max_bytes)
            return
        if not _wide(path):  # a UTF-16/32 file has no byte-wise lines: read whole below
            yield from read_jsonl_stream(path, max_bytes=max_bytes)
            return
    try:
        data = _read_bytes(path, max_bytes)
        yield from read_bytes(data, path, fmt=_format_from_name(path))
    except ReadError as e:
        yield Rejected(e.input, e.reason)


def read_stream(
    stream: BinaryIO, input: str = STDIN, *, max_bytes: int = MAX_FILE_BYTES
) -> Iterator[Document | Rejected]:
    """Read an open binary stream (stdin); its format is sniffed from the content."""
    try:
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ReadError(input, f"input is larger than the {_mb(max_bytes)} limit (--max-size)")
        yield from read_bytes(data, input, fmt=None)
    except ReadError as e:
        yield Rejected(e.input, e.reason)
    except OSError as e:
        yield Rejected(input, f"cannot read: {e.strerror or e}")


def read_bytes(data: bytes, input: str, fmt: str | None) -> Iterator[Document | Rejected]:
    """Decode ``data`` and split it into documents. ``fmt`` None means: sniff the content."""
    if not data.strip():
        raise ReadError(input, "empty file")
    content, encoding = decode(data, input)
    if not content.strip():
        raise ReadError(input, "empty file (only whitespace)")
    kind = fmt or _sniff_format(content)
    if kind == "json":
        yield from read_json(content, input, encoding)
    elif kind == "jsonl":
        yield from read_jsonl(content, input, encoding)
    else:
        doc_format: Format = "html" if kind == "html" else "text"
        yield Document(input, content, doc_format, encoding, Hints())


def _size(p: Path) -> int:
    """The size of a regular file, or a ReadError saying why it cannot be read."""
    try:
        size = p.stat().st_size
    except OSError as e:
        raise unreadable(str(p), e) from e
    if not p.is_file():
        raise ReadError(str(p), "not a regular file")
    return size


def _wide(path: str) -> bool:
    """Whether a file is UTF-16 or UTF-32, by its first kilobyte (``decode.is_wide``)."""
    try:
        with open(path, "rb") as f:
            return is_wide(f.read(1024))
    except OSError:
        return False  # the streaming reader says why it cannot be read


def _read_bytes(path: str, max_bytes: int) -> bytes:
    p = Path(path)
    size = _size(p)
    if size > max_bytes:
        raise ReadError(path, f"file is {_mb(size)}, larger than the {_mb(max_bytes)} limit (--max-size)")
    try:
        with p.open("rb") as f:
            return f.read(max_bytes + 1)
    except OSError as e:
        raise unreadable(path, e) from e


def _format_from_name(path: str) -> str | None:
    lower = path.lower()
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lower.endswith(".json"):
        return "json"
    if lower.endswith(".txt"):
        return "text"
    return None


def _sniff_format(content: str) -> str:
    head = content.lstrip()[:2048].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<p>" in head:
        return "html"
    if head.startswith("{"):
        first_line = content.lstrip().split("\n", 1)[0].strip()
        # One object per line is JSONL; an object spread over lines is JSON.
        return "jsonl" if first_line.endswith("}") and "\n{" in content.strip() else "json"
    if head.startswith("["):
        return "json"
    return "text"


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"
