"""The SQL of the text check of stories (group.split): in how many stored articles each word is,
and the stories whose articles changed since they were last checked.

``word_counts`` holds a row per word with its article count, and the row of the empty word (no
word is empty) with the count of articles counted. A store made before the table was filled in
as it was ingested (store_meta ``word_counts`` is not ``complete``) is counted once, from its
articles' texts, when first needed, a batch per transaction (``backfill``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from lintas.store.base import Store

_ARTICLES = ""  # the row of the article count
_META, _COMPLETE = "word_counts", "complete"  # the store_meta key, and its value once every article is counted
_FROM_TEXTS = "from-texts:"  # a count from the texts runs: the last article to count, the last counted
# (store, word -> its count, None for a word no article holds) while a ``snapshot`` lasts
_SNAPSHOT: ContextVar[tuple[Store, dict[str, int | None]] | None] = ContextVar("word_counts", default=None)


def add_words(store: Store, words: Iterable[str]) -> None:
    """One more article holds each of ``words`` (distinct words of one article)."""
    _forget()
    store.execute_many(
        "INSERT INTO word_counts (word, n) VALUES (?, 1) ON CONFLICT (word) DO UPDATE SET n = word_counts.n + 1",
        [(w,) for w in sorted({*words, _ARTICLES})],
    )


def word_counts(store: Store, words: Sequence[str]) -> tuple[dict[str, int], int]:
    """(article count of each word that any article holds, articles counted)."""
    snap = _SNAPSHOT.get()
    known: dict[str, int | None] = snap[1] if snap is not None and snap[0] is store else {}
    missing = [w for w in dict.fromkeys([_ARTICLES, *words]) if w not in known]
    if missing:
        rows = store._in("SELECT word, n FROM word_counts WHERE word IN ({in})", missing)
        known.update(dict.fromkeys(missing))
        known.update((str(r[0]), int(r[1])) for r in rows)
    found = {w: n for w in words if (n := known[w]) is not None}
    return found, known[_ARTICLES] or 0


def _forget() -> None:
    """The counts change: what a snapshot read is read again."""
    snap = _SNAPSHOT.get()
    if snap is not None:
        snap[1].clear()


@contextmanager
def snapshot(store: Store) -> Iterator[None]:
    """Within, ``word_counts`` reads each word of ``store`` once: for the end of a run (its
    splits and joins), which stores no article. The split and join of a story ask for the words of
    its candidates again and again; read each time, the counts were a quarter of the run's end
    (benchmarks/ingest_engines.py). Another process's articles stored meanwhile count from the next
    run's end on."""
    token = _SNAPSHOT.set((store, {}))
    try:
        yield
    finally:
        _SNAPSHOT.reset(token)


def counted(store: Store) -> bool:
    """Whether every stored article's words are counted (else ``backfill`` runs first)."""
    return store.meta(_META) == _COMPLETE


def backfill(store: Store) -> tuple[int, int] | None:
    """The count from the articles' texts of a store made before the counts were kept: (the last
    article it counts, the last it has counted), starting it (the counts cleared, the articles
    stored so far to count) unless one runs; None when the counts are complete. Articles stored
    after the start are counted as they are stored. Inside ``store.write()``."""
    value = store.meta(_META) or ""
    if value == _COMPLETE:
        return None
    if value.startswith(_FROM_TEXTS):
        last, counted = value[len(_FROM_TEXTS) :].split(":")
        return int(last), int(counted)
    _forget()
    store.execute("DELETE FROM word_counts")
    rows = store.query("SELECT MAX(seq) FROM articles")
    upto = int(rows[0][0]) if rows and rows[0][0] is not None else 0
    store.set_meta(_META, f"{_FROM_TEXTS}{upto}:0")
    return upto, 0


def texts(store: Store, after: int, upto: int, limit: int) -> list[tuple[int, str | None, str]]:
    """(seq, title, text) of the articles stored after ``after`` up to ``upto``, in order."""
    rows = store.query(
        "SELECT seq, title, text FROM articles WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?", (after, upto, limit)
    )
    return [(int(r[0]), r[1], str(r[2])) for r in rows]


def backfilled(store: Store, upto: int, done: int) -> None:
    """The count from the texts has reached ``done`` (complete at ``upto``)."""
    store.set_meta(_META, _COMPLETE if done >= upto else f"{_FROM_TEXTS}{upto}:{done}")


def add_unchecked(store: Store, stories: Sequence[str]) -> None:
    """Stories an article joined (or that were made again): their text is checked at the end of
    the run (group.split)."""
    store.execute_many(
        "INSERT INTO unchecked_stories (story) VALUES (?) ON CONFLICT DO NOTHING", [(s,) for s in stories]
    )


def all_unchecked(store: Store) -> list[str]:
    """Every story on the queue, in id order, left on it."""
    return [str(r[0]) for r in store.query("SELECT story FROM unchecked_stories ORDER BY story")]


def checked(store: Store, stories: Sequence[str]) -> None:
    store.execute_many("DELETE FROM unchecked_stories WHERE story = ?", [(s,) for s in stories])
