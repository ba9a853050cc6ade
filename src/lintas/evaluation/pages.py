"""Outlet and date of real scraped pages, read as a user's records give them and from the text
and address alone.

The pages are the 100 of ``tests/data/junk_labels.jsonl`` (id-news-2025). The truth is each
record's own ``outlet`` (its site) named as the outlet table names that site, and its
``published`` day. *As given*: the record with all its fields; *bare*: only the text and the URL
(no outlet, date or title fields), where a date must be the right one or none, never a wrong one.
Shared by benchmarks/page_metadata.py and the quality gate.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from lintas.evaluation.stories import labelled_records
from lintas.metadata.outlet import outlet_table
from lintas.pipeline import extract_documents
from lintas.read.records import record_to_document


@dataclass(slots=True)
class PageScore:
    pages: int = 0
    outlet_right: int = 0
    date_right: int = 0
    date_missing: int = 0
    date_wrong: int = 0
    errors: list[str] = field(default_factory=list)


def load_pages(records_path: str | Path, labels_path: str | Path) -> list[dict[str, str]]:
    urls = {json.loads(line)["url"] for line in Path(labels_path).read_text(encoding="utf-8").splitlines() if line}
    return sorted(labelled_records(records_path, urls), key=lambda r: r["url"])


def score_pages(records: list[dict[str, str]], *, bare: bool) -> PageScore:
    out = PageScore()
    table = outlet_table()
    docs = []
    for r in records:
        rec = {"text": r["text"], "url": r["url"]} if bare else r
        docs.append(record_to_document(rec, r["url"], "utf-8"))
    result = extract_documents(docs)
    by_input = {a.input: a for a in result.articles}
    for r in records:
        out.pages += 1
        want_outlet = table.named(r["outlet"]) or r["outlet"]
        want_day = str(r.get("published") or "")[:10] or None
        a = by_input.get(r["url"])
        if a is None:
            out.errors.append(f"{r['url']}: rejected")
            continue
        out.outlet_right += a.outlet == want_outlet
        if a.outlet != want_outlet:
            out.errors.append(f"{r['url']}: outlet {a.outlet!r}, want {want_outlet!r}")
        got_day = (a.published or "")[:10] or None
        if got_day == want_day:
            out.date_right += 1
        elif got_day is None:
            out.date_missing += 1
        else:
            out.date_wrong += 1
            out.errors.append(f"{r['url']}: date {got_day}, want {want_day}")
    return out
