"""Ingest: stream inputs through the map step (worker processes) and cluster them into the store.

Inputs already in the store are skipped before any work, and each batch is stored in one
transaction together with its clustering, so a run killed at any point (even SIGKILL) and
started again stores every input exactly once. Several processes may ingest into one database:
writes serialise on the store's writer lock and an input another process stored first is left
alone.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import BinaryIO

from lintas.corpus.engines import Engine, map_batches
from lintas.corpus.version import code_fingerprint
from lintas.group.corrections import apply_corrections
from lintas.group.engine import Clock, finish, place
from lintas.group.incremental import assign
from lintas.group.params import JOIN, PARAMS, ClusterParams, JoinParams
from lintas.group.settle import stored_features
from lintas.model import Document, Rejected
from lintas.pipeline import Mapped, map_documents
from lintas.read import read_paths
from lintas.settings import INGEST_BATCH, MAX_FILE_BYTES
from lintas.store import Store, open_store
from lintas.store import text as counts

Progress = Callable[[int], None]


@dataclass(slots=True)
class IngestResult:
    """What one ingest run did. ``rejected`` lists this run's rejected inputs with reasons."""

    read: int = 0
    skipped: int = 0  # already in the store (an earlier or concurrent run)
    added: int = 0  # new articles
    duplicates: int = 0  # same content as a stored article under another input
    copies: int = 0  # new articles that are copies of a stored one
    new_stories: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    seconds: float = 0.0
    changed_stories: set[str] = field(default_factory=set)
    created: set[str] = field(default_factory=set, repr=False)  # the stories this run started

    @property
    def ok(self) -> bool:
        return not self.rejected

    def to_dict(self) -> dict[str, object]:
        return {
            "read": self.read, "skipped": self.skipped, "added": self.added, "duplicates": self.duplicates,
            "copies": self.copies, "new_stories": self.new_stories, "changed_stories": len(self.changed_stories),
            "rejected": [r.to_dict() for r in self.rejected], "seconds": round(self.seconds, 2),
        }  # fmt: skip


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    workers: int = 1,
    batch: int = INGEST_BATCH,
    max_bytes: int = MAX_FILE_BYTES,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    engine: Engine | str | None = None,
) -> IngestResult:
    """Read, analyse and cluster every input under ``paths`` into ``store``; the map step runs on
    ``engine`` (``corpus.engines``: local processes, or Ray), clustering here, in input order."""
    engine = engine if isinstance(engine, Engine) else Engine.parse(engine)
    result = IngestResult()
    start = time.monotonic()
    with store.write():
        store.note_code(code_fingerprint())
    reader = open_store(store.target, migrate=False)  # a second connection for the resume check
    try:
        pending = _pending(read_paths(list(paths), max_bytes=max_bytes, stdin=stdin), reader, batch, result)
        clock = Clock()
        for mapped in map_batches(pending, workers, engine):
            clock.prime(m.features for m in mapped if m.features is not None)
            with store.write():
                for m in mapped:
                    _store(store, m, result, clock)
            if progress is not None:
                progress(result.read)
    finally:
        reader.close()
    _settle(store, result)
    result.seconds = time.monotonic() - start
    return result


def _settle(store: Store, result: IngestResult) -> None:
    """The end of the run (``group.engine.finish``): the stories articles, joins and splits went
    to changed."""
    done = finish(store)
    for old, a in done.settled.items():
        result.changed_stories.discard(old)
        if old in result.created:  # else started by a run killed before it settled
            result.created.discard(old)
            result.new_stories -= 1
        result.changed_stories.difference_update(a.merged)
        result.changed_stories.add(a.story)
    for old, new in done.split.items():
        result.changed_stories.update([old, *new])
        result.new_stories += len(new)
        result.created.update(new)
    for kept, gone in done.joined.items():
        result.changed_stories.difference_update(gone)
        result.changed_stories.add(kept)
        result.new_stories -= len(result.created.intersection(gone))


def _pending(
    items: Iterator[Document | Rejected], reader: Store, size: int, result: IngestResult
) -> Iterator[list[Document | Rejected]]:
    """Batches of the inputs the store does not hold yet."""
    chunk: list[Document | Rejected] = []

    def flush() -> list[Document | Rejected]:
        known = reader.known_inputs([x.input for x in chunk])
        result.read += len(chunk)
        result.skipped += sum(x.input in known for x in chunk)
        return [x for x in chunk if x.input not in known]

    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            todo = flush()
            chunk = []
            yield todo
    if chunk:
        yield flush()


def _store(store: Store, m: Mapped, result: IngestResult, clock: Clock, *, again: bool = False) -> None:
    """Store one mapped input and cluster it. ``again``: the input row exists (re-analysis)."""
    raw = (m.raw.content, m.raw.format, m.raw.hints) if m.raw else None

    def record(input: str, article: str | None, status: str, reason: str | None = None) -> bool:
        if again:
            store.set_input(input, article=article, status=status, reason=reason)
            return True
        return store.add_input(input, article=article, status=status, reason=reason, raw=raw)

    if m.article is None or m.features is None:
        rejected = m.rejected or Rejected(m.raw.input if m.raw else "?", "not an article")
        if rejected.retry:  # a bug in lintas: not kept, so ingest tries the input again (a re-analysis
            result.rejected.append(rejected)  # leaves it pending, with its raw text, for the next one)
        elif record(rejected.input, None, "rejected", rejected.reason):
            result.rejected.append(rejected)
        return
    article = m.article
    if article.id in store.article_refs([article.id]):
        if record(article.input, article.id, "duplicate"):
            result.duplicates += 1
        return
    if not record(article.input, article.id, "ok"):
        return  # stored by a concurrent run meanwhile
    a = place(store, article, m.features, clock)
    result.added += 1
    result.copies += a.copy_of is not None
    result.new_stories += a.new_story
    result.new_stories -= len(result.created.intersection(a.merged))
    if a.new_story:
        result.created.add(a.story)
    result.changed_stories.difference_update(a.merged)
    result.changed_stories.add(a.story)


def ingest_documents(store: Store, items: Sequence[Document | Rejected]) -> IngestResult:
    """Map and store documents built by the caller (the HTTP API), in this process."""
    result = IngestResult(read=len(items))
    known = store.known_inputs([x.input for x in items])
    result.skipped = len(known)
    mapped = map_documents([x for x in items if x.input not in known])
    clock = Clock()
    clock.prime(m.features for m in mapped if m.features is not None)
    with store.write():
        store.note_code(code_fingerprint())
        for m in mapped:
            _store(store, m, result, clock)
    _settle(store, result)
    return result


def reanalyse(
    store: Store, *, workers: int = 1, progress: Progress | None = None, engine: Engine | str | None = None
) -> IngestResult:
    """Rebuild every article and story from the raw inputs kept in the store (new models, rules).

    The first step marks all inputs pending in one transaction; each batch then commits with its
    articles, so an interrupted re-analysis continues where it stopped when run again."""
    if not store.reanalysis_pending():
        with store.write():
            store.start_reanalysis()
    result = IngestResult()
    start = time.monotonic()

    def batches() -> Iterator[list[Document | Rejected]]:
        after = ""
        while True:
            rows = store.raw_inputs(after, INGEST_BATCH, pending=True)
            if not rows:
                return
            after = rows[-1][0]
            result.read += len(rows)
            yield [_document(r[0], r[1], r[2], r[3]) for r in rows]

    clock = Clock()
    for mapped in map_batches(batches(), workers, engine if isinstance(engine, Engine) else Engine.parse(engine)):
        clock.prime(m.features for m in mapped if m.features is not None)
        with store.write():
            for m in mapped:
                _store(store, m, result, clock, again=True)
        if progress is not None:
            progress(result.read)
    _settle(store, result)
    with store.write():
        apply_corrections(store)
        store.note_code(code_fingerprint(), rebuilt=True)
    result.seconds = time.monotonic() - start
    return result


def _document(input: str, raw: str | None, fmt: str | None, hints: str | None) -> Document:
    """The Document of a stored input (pending inputs all kept their raw text)."""
    from lintas.model import Hints

    h = json.loads(hints) if hints else {}
    return Document(input, raw or "", "html" if fmt == "html" else "text", "utf-8", Hints(**h))


def recluster(
    store: Store,
    *,
    progress: Progress | None = None,
    observe: Callable[[str, str, dict[str, float]], None] | None = None,
    params: ClusterParams = PARAMS,
    join: JoinParams = JOIN,
) -> int:
    """Forget the stories and cluster every stored article again, in ingestion order.

    For new clustering settings; no article is re-read or re-analysed. ``observe`` receives each
    article's id with each candidate story's id and evidence (to fit the score); ``params``: the
    score's parameters (a fit passes the ones it tries). Returns the story count."""
    with store.write():
        store.note_code(code_fingerprint())
        store.clear_stories()
        reader = open_store(store.target, migrate=False)
        try:
            for n, stored in enumerate(reader.iter_articles(), start=1):
                seen = None if observe is None else partial(observe, stored.article.id)
                a = assign(store, stored.article, stored_features(reader, stored), observe=seen, params=params)
                store.set_article_story(stored.article.id, a.story, a.copy_of, a.copy_similarity)
                store.recount(a.story)
                counts.add_unchecked(store, [a.story])
                if a.new_story:
                    store.add_unsettled([a.story])
                if progress is not None:
                    progress(n)
        finally:
            reader.close()
    finish(store, params=params, join=join)
    with store.write():  # a reader's splits and merges hold whatever the stories became
        apply_corrections(store)
    return store.counts()["stories"]


def ingest_paths(paths: Sequence[str], db: str | None = None, **kwargs: object) -> IngestResult:
    """Open (or create) the store at ``db`` and ingest ``paths`` into it."""
    with open_store(db) as store:
        return ingest(paths, store, **kwargs)  # type: ignore[arg-type]
