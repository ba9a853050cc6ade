"""The store's read queries for browsing, exporting and serving a corpus (SQL stays in store/).

Functions over a :class:`Store`, apart from ``base`` so that the clustering's reads and writes
and these listings each stay a readable size.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from lintas.settings import SEARCH_MAX_WORD_CHARS, SEARCH_MAX_WORDS
from lintas.store import keys as codec
from lintas.store.base import Store


@dataclass(frozen=True, slots=True)
class StoryQuery:
    """Filters of a story listing, in the store's terms (day ordinals, index keys)."""

    min_sources: int = 1
    since_day: int | None = None
    until_day: int | None = None
    outlets: Sequence[str] | None = None  # stories covered by one of these outlets (exact names)
    entity_keys: Sequence[str] = ()
    article_ids: Sequence[str] | None = None  # stories holding one of these (a text search's hits)
    disputed: bool = False
    limit: int = 50
    offset: int = 0


def story_rows(store: Store, q: StoryQuery) -> list[tuple[Any, ...]]:
    """(id, title, first_published, last_published, n_articles, n_sources, n_outlets,
    n_discrepancies, first_day, last_day) of the matching stories, newest first. Reads stored
    values only: ``disputed`` is the count each story's last report stored."""
    where: list[str] = ["n_sources >= ?"]
    params: list[object] = [q.min_sources]
    # A story's days include the days its undated articles were placed on (for clustering); a date
    # filter holds only what a dated article says (last_day >= the last dated day: the index helps).
    if q.since_day is not None:
        where.append("last_day >= ? AND last_published IS NOT NULL AND SUBSTR(last_published, 1, 10) >= ?")
        params += [q.since_day, date.fromordinal(q.since_day).isoformat()]
    if q.until_day is not None:
        where.append("first_day <= ? AND first_published IS NOT NULL AND SUBSTR(first_published, 1, 10) <= ?")
        params += [q.until_day, date.fromordinal(q.until_day).isoformat()]
    if q.outlets is not None:
        if not q.outlets:
            return []
        marks = ", ".join("?" * len(q.outlets))
        where.append(f"EXISTS (SELECT 1 FROM articles a WHERE a.story = s.id AND a.outlet IN ({marks}))")
        params.extend(q.outlets)
    if q.entity_keys:
        marks = ", ".join("?" * len(q.entity_keys))
        where.append(f"EXISTS (SELECT 1 FROM story_names k WHERE k.story = s.id AND k.key IN ({marks}))")
        params.extend(q.entity_keys)
    if q.article_ids is not None:
        if not q.article_ids:
            return []
        marks = ", ".join("?" * len(q.article_ids))
        # Driven from the few matching articles: EXISTS per story scanned every story when the
        # search was selective (0.17 s vs 0.004 s on a 100k-article store).
        where.append(f"s.id IN (SELECT a.story FROM articles a WHERE a.id IN ({marks}))")
        params.extend(q.article_ids)
    if q.disputed:
        where.append("n_discrepancies > 0")
    sql = (
        "SELECT id, title, first_published, last_published, n_articles, n_sources, n_outlets, n_discrepancies, "
        f"first_day, last_day FROM stories s WHERE {' AND '.join(where)} "
        "ORDER BY last_day DESC, n_sources DESC, id LIMIT ? OFFSET ?"
    )
    return [tuple(r) for r in store.query(sql, [*params, q.limit, q.offset])]


def search(store: Store, query: str, limit: int = 100) -> list[str]:
    """Ids of articles whose title or text holds every word of ``query`` (its first
    SEARCH_MAX_WORDS distinct words, each cut to SEARCH_MAX_WORD_CHARS: a bounded cost)."""
    words: list[str] = []
    seen: set[str] = set()
    for word in query.replace("\x00", " ").split():
        word = word[:SEARCH_MAX_WORD_CHARS]
        if word.casefold() not in seen:
            seen.add(word.casefold())
            words.append(word)
            if len(words) == SEARCH_MAX_WORDS:
                break
    param = store.dialect.search_param(" ".join(words))
    if not param.strip():
        return []
    return [r[0] for r in store.query(f"{store.dialect.search_sql()} LIMIT ?", (param, limit))]


def compared_stories(store: Store) -> list[str]:
    """Ids of the stories of two or more articles (the ones with a report), in id order."""
    return [r[0] for r in store.query("SELECT id FROM stories WHERE n_articles >= 2 ORDER BY id")]


def input_rows(store: Store, batch: int = 1000) -> Iterator[tuple[Any, ...]]:
    """(input, status, reason, article, outlet, published, title, url, language, story, copy_of)
    of every input in input order, rejected ones too (article null), a page at a time."""
    last = ""
    while True:
        rows = store.query(
            "SELECT i.input, i.status, i.reason, a.id, a.outlet, a.published, a.title, a.url, a.language, a.story, "
            "a.copy_of FROM inputs i LEFT JOIN articles a ON a.id = i.article WHERE i.input > ? "
            "ORDER BY i.input LIMIT ?",
            (last, batch),
        )
        if not rows:
            return
        yield from (tuple(r) for r in rows)
        last = rows[-1][0]


def input_row(store: Store, input: str) -> tuple[Any, ...] | None:
    """(input, status, reason, article, story, copy_of) of one input."""
    rows = store.query(
        "SELECT i.input, i.status, i.reason, a.id, a.story, a.copy_of FROM inputs i "
        "LEFT JOIN articles a ON a.id = i.article WHERE i.input = ?",
        (input,),
    )
    return tuple(rows[0]) if rows else None


def input_stories(store: Store) -> dict[str, str | None]:
    """input -> story of every stored input (None: rejected); what a clustering is scored on."""
    rows = store.query("SELECT i.input, a.story FROM inputs i LEFT JOIN articles a ON a.id = i.article")
    return {r[0]: r[1] for r in rows}


def outlets(store: Store) -> list[tuple[str, int, int, int | None, int | None, int]]:
    """(outlet, articles, stories, first day, last day, articles that are no copy), most articles
    first; days are ordinals."""
    rows = store.query(
        "SELECT outlet, COUNT(*), COUNT(DISTINCT story), MIN(day), MAX(day), "
        "SUM(CASE WHEN copy_of IS NULL THEN 1 ELSE 0 END) FROM articles WHERE outlet IS NOT NULL "
        "GROUP BY outlet ORDER BY COUNT(*) DESC, outlet"
    )
    return [
        (
            r[0],
            int(r[1]),
            int(r[2]),
            None if r[3] is None else int(r[3]),
            None if r[4] is None else int(r[4]),
            int(r[5]),
        )
        for r in rows
    ]


def outlet_names(store: Store) -> list[str]:
    """Every outlet name the store holds (a few hundred at most: outlets, not articles)."""
    return [r[0] for r in store.query("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")]


def entity_keys_with_words(store: Store, words: Sequence[str], limit: int = 50) -> list[str]:
    """Entity index keys whose name holds every one of ``words`` as a whole word ("shoigu" finds
    ``e:per:sergei shoigu``), the names most stories hold first."""
    if not words:
        return []
    where, params = [], []
    for w in words:
        where.append(f"(' ' || SUBSTR(key, {codec.ENTITY_NAME_START}) || ' ') LIKE ?")
        params.append(f"% {w} %")
    rows = store.query(
        f"SELECT key FROM key_stories WHERE key LIKE 'e:%' AND {' AND '.join(where)} ORDER BY n DESC, key LIMIT ?",
        (*params, limit),
    )
    return [r[0] for r in rows]


def entities(store: Store, limit: int) -> list[tuple[str, int]]:
    """(entity store key, stories) of the names most stories hold."""
    rows = store.query("SELECT key, n FROM key_stories WHERE key LIKE 'e:%' ORDER BY n DESC, key LIMIT ?", (limit,))
    return [(r[0], int(r[1])) for r in rows]
