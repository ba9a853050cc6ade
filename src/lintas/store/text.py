"""The SQL of the text check of stories (group.split): in how many stored articles each word is,
and the stories whose articles changed since they were last checked.

``word_counts`` holds a row per word with its article count, and the row of the empty word (no
word is empty) with the count of articles counted. A store made before the table was filled in
as it was ingested (store_meta ``word_counts`` is not ``complete``) is counted once, from its
articles' texts, when first needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from lintas.store.base import Store

_ARTICLES = ""  # the row of the article count
_COMPLETE = "complete"


def add_words(store: Store, words: Iterable[str]) -> None:
    """One more article holds each of ``words`` (distinct words of one article)."""
    store.execute_many(
        "INSERT INTO word_counts (word, n) VALUES (?, 1) ON CONFLICT (word) DO UPDATE SET n = word_counts.n + 1",
        [(w,) for w in sorted({*words, _ARTICLES})],
    )


def word_counts(store: Store, words: Sequence[str]) -> tuple[dict[str, int], int]:
    """(article count of each word that any article holds, articles counted)."""
    rows = store._in("SELECT word, n FROM word_counts WHERE word IN ({in})", [_ARTICLES, *words])
    found = {str(r[0]): int(r[1]) for r in rows}
    return found, found.pop(_ARTICLES, 0)


def counted(store: Store) -> bool:
    """Whether every stored article's words are counted (else ``recount_words`` must run first)."""
    return bool(store.query("SELECT 1 FROM store_meta WHERE key = 'word_counts' AND value = ?", (_COMPLETE,)))


def clear_words(store: Store) -> None:
    """Every count forgotten (the articles are about to be built again, or counted again)."""
    store.execute("DELETE FROM word_counts")
    store.execute(
        "INSERT INTO store_meta (key, value) VALUES ('word_counts', ?) ON CONFLICT (key) DO UPDATE SET value = ?",
        (_COMPLETE, _COMPLETE),
    )


def add_unchecked(store: Store, stories: Sequence[str]) -> None:
    """Stories an article joined (or that were made again): their text is checked at the end of
    the run (group.split)."""
    store.execute_many(
        "INSERT INTO unchecked_stories (story) VALUES (?) ON CONFLICT DO NOTHING", [(s,) for s in stories]
    )


def unchecked(store: Store, limit: int) -> list[str]:
    return [str(r[0]) for r in store.query("SELECT story FROM unchecked_stories ORDER BY story LIMIT ?", (limit,))]


def checked(store: Store, stories: Sequence[str]) -> None:
    store.execute_many("DELETE FROM unchecked_stories WHERE story = ?", [(s,) for s in stories])
