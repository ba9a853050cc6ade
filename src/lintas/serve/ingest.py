"""``POST /api/articles``: one JSON record or one uploaded file into the store."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from lintas.corpus.browse import story_report
from lintas.corpus.ingest import ingest_documents
from lintas.errors import InputError
from lintas.model import Document, Rejected
from lintas.read.records import record_to_document
from lintas.read.sources import read_bytes
from lintas.store import Store, queries


def ingest_one(store: Store, record: dict[str, Any] | bytes, name: str) -> dict[str, Any]:
    """Store one article; the input key is derived from the content, so posting it again is a no-op."""
    raw = record if isinstance(record, bytes) else json.dumps(record, sort_keys=True).encode()
    key = f"{name}:{hashlib.sha1(raw).hexdigest()[:16]}"
    items: list[Document | Rejected]
    if isinstance(record, bytes):
        try:
            items = list(read_bytes(record, key, fmt=None))
        except InputError as e:
            items = [Rejected(key, e.reason)]
    else:
        items = [record_to_document(record, key, "utf-8")]
    items = items[:1]  # one article per request
    result = ingest_documents(store, items)
    # The story the article went into is compared now: the disputed filter reads stored counts.
    states = store.stories_by_id(sorted(result.changed_stories))
    for story in sorted(sid for sid, state in states.items() if state.n_articles >= 2):
        story_report(store, story)
    r = queries.input_row(store, items[0].input)
    if r is None:  # a bug in lintas rejected it: not kept, so that posting it again tries again
        why = result.rejected[0].reason if result.rejected else "not stored"
        return {"input": items[0].input, "status": "rejected", "reason": f"{why}; not stored, post it again later",
                "article": None, "story": None, "copy_of": None, "already_stored": False}  # fmt: skip
    return {"input": r[0], "status": r[1], "reason": r[2], "article": r[3], "story": r[4], "copy_of": r[5],
            "already_stored": bool(result.skipped)}  # fmt: skip
