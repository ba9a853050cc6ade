"""JSON and JSONL article records: one object, a list of objects, or one object per line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lintas.clean.headline import confirmed_headline
from lintas.model import Document, Hints, Rejected

# Field names accepted for each part of a record, first match wins.
_TEXT_FIELDS = ("text", "body", "content", "articleBody", "article", "maintext")
_HTML_FIELDS = ("html", "raw_html", "page")
_HINT_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "outlet": ("outlet", "source", "site_name", "sitename", "publisher", "domain"),
    "published": ("published", "date", "published_at", "datePublished", "pubdate", "date_publish"),
    "language": ("language", "lang"),
}


_TOO_DEEP = "JSON nested too deeply to be an article record (arrays or objects inside each other thousands deep)"


def _first_str(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = obj.get(name)
        if isinstance(value, dict):  # {"publisher": {"name": "..."}}
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return value.replace("\x00", "").strip()  # a NUL is no text (PostgreSQL refuses to store one)
    return None


def record_to_document(obj: Any, input: str, encoding: str) -> Document | Rejected:
    """Turn one decoded JSON value into a Document, or say why it is not an article."""
    if not isinstance(obj, dict):
        return Rejected(input, f"JSON record is a {type(obj).__name__}, expected an object")
    hints = Hints(**{key: _first_str(obj, names) for key, names in _HINT_FIELDS.items()})
    html = _first_str(obj, _HTML_FIELDS)
    if html is not None:
        return Document(input, html, "html", encoding, hints)
    text = _first_str(obj, _TEXT_FIELDS)
    if text is not None:
        return Document(input, text, "text", encoding, hints)
    if confirmed_headline(hints.title, hints.url) is not None:
        return Document(input, "", "text", encoding, hints)  # a headline-only page (clean.headline)
    fields = ", ".join(sorted(obj)[:8]) or "none"
    return Rejected(
        input,
        f"JSON record has no article text: expected a 'text' or 'html' field (fields: {fields})",
    )


def read_json(content: str, input: str, encoding: str) -> Iterator[Document | Rejected]:
    """A .json file: one record object, or a list of them (each keyed ``input[i]``)."""
    try:
        value = json.loads(content)
    except json.JSONDecodeError as e:
        yield Rejected(input, f"invalid JSON at line {e.lineno} column {e.colno}: {e.msg}")
        return
    except RecursionError:
        yield Rejected(input, _TOO_DEEP)
        return
    if isinstance(value, list):
        if not value:
            yield Rejected(input, "JSON file holds an empty list, no articles")
        for i, item in enumerate(value):
            yield record_to_document(item, f"{input}[{i}]", encoding)
    else:
        yield record_to_document(value, input, encoding)


def read_jsonl(content: str, input: str, encoding: str) -> Iterator[Document | Rejected]:
    """A .jsonl file: one record per line, keyed ``input:LINE``; broken lines are rejected alone."""
    seen = False
    for lineno, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        seen = True
        yield jsonl_record(line, input, lineno, encoding)
    if not seen:
        yield Rejected(input, "JSONL file has no records (only blank lines)")


def jsonl_record(line: str, input: str, lineno: int, encoding: str) -> Document | Rejected:
    """The record on line ``lineno`` of the JSONL file ``input``, keyed ``input:LINE``."""
    key = f"{input}:{lineno}"
    try:
        value = json.loads(line)
    except json.JSONDecodeError as e:
        return Rejected(key, f"line {lineno}: invalid JSON ({e.msg} at column {e.colno})")
    except RecursionError:
        return Rejected(key, f"line {lineno}: {_TOO_DEEP}")
    return record_to_document(value, key, encoding)
