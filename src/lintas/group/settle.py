"""Settling: the story an article started alone is decided again once the run's stories exist.

An article that starts a story was judged against the stories stored before it. When an archive
comes in no order (GVA's file is ordered by incident, and 37% of its same-incident pairs come in
reverse publication order) or an event's first reports differ, the story its later reports form
never had the chance to take it. At the end of an ingest run, each story of one article the run
started is taken apart and its article assigned again: it joins a story formed since if that
scores the settle score (group.params), else it starts the same story again (same id).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from lintas.group.incremental import Assignment, Features, assign, story_index_rows
from lintas.group.params import PARAMS, ClusterParams
from lintas.settings import INGEST_BATCH
from lintas.store import text as counts
from lintas.store.base import Store, StoredArticle

_T = TypeVar("_T")


def settle(
    store: Store, *, progress: Callable[[int], None] | None = None, params: ClusterParams = PARAMS
) -> dict[str, Assignment]:
    """Settle every story noted unsettled (``Store.add_unsettled``), a transaction per batch, so a
    run killed meanwhile leaves the rest to the next; returns the articles that moved, with where."""
    return in_batches(store.unsettled, store.settled, lambda sid: settle_story(store, sid, params), store, progress)


def in_batches(
    take: Callable[[int], list[str]],
    finish: Callable[[list[str]], None],
    each: Callable[[str], _T | None],
    store: Store,
    progress: Callable[[int], None] | None = None,
) -> dict[str, _T]:
    """Work through a queue of stories kept in the store (``take`` a batch, ``each`` story, then
    ``finish`` the batch), a transaction per batch: a run killed midway leaves the rest to the
    next. Returns each story's result that is not empty."""
    out: dict[str, _T] = {}
    done = 0
    while True:
        with store.write():
            batch = take(INGEST_BATCH)
            if not batch:
                return out
            for sid in batch:
                result = each(sid)
                if result:
                    out[sid] = result
            finish(batch)
        done += len(batch)
        if progress is not None:
            progress(done)


def settle_story(store: Store, story: str, params: ClusterParams = PARAMS) -> Assignment | None:
    """Assign again the article of ``story`` if the story still holds it alone; returns its new
    assignment if it moved. Must run inside ``store.write()``."""
    state = store.stories_by_id([story]).get(story)
    if state is None or state.n_articles != 1:
        return None  # merged away, or others joined it since
    members = store.story_articles(story)
    if len(members) != 1 or members[0].copy_of is not None:
        return None
    stored = members[0]
    store.drop_story(story, story_index_rows(store, state))
    a = assign(store, stored.article, stored_features(store, stored), params=params, settling=True)
    store.set_article_story(stored.article.id, a.story, a.copy_of, a.copy_similarity)
    store.recount(a.story)
    if a.story == story:
        return None
    counts.add_unchecked(store, [a.story])
    store.note_merged(story, a.story)
    return a


def stored_features(store: Store, stored: StoredArticle) -> Features:
    """The clustering features of a stored article, as the map step made them."""
    emb = stored.embedding
    return Features(
        stored.day,
        emb.astype("float16").tobytes() if emb is not None else b"",
        stored.keys,
        store.article_minhash(stored.article.id),
    )
