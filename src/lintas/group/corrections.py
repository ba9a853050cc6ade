"""A reader's corrections of the stories: an article taken out of its story (split), two stories
made one (merge). Each is recorded as a pair of articles kept apart or together, so that it holds
whatever ids the stories get: ``recluster`` applies them again at its end, and clustering never
merges two stories a correction keeps apart (``incremental.assign``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

from lintas.errors import UsageError
from lintas.group.incremental import _DIM, _update, key_weights, rare_keys, story_index_rows, vector
from lintas.group.settle import stored_features
from lintas.settings import CLUSTER_TITLE_MAX_STORIES, CLUSTER_WORD_MAX_STORIES
from lintas.store import corrections as recorded
from lintas.store import keys as codec
from lintas.store.base import Store, StoredArticle, StoryState


def split_article(store: Store, article: str, *, record: bool = True) -> str:
    """Take ``article`` out of its story into a story of its own, kept apart from every article
    it leaves from now on; returns the new story's id. An original takes its copies along; a copy
    leaves alone and is a copy no more. Inside ``store.write()``."""
    found = store.articles([article])
    if not found or found[0].story is None:
        raise UsageError(f"no article {article!r} in {store.target}: `lintas story ID` lists a story's articles")
    story = found[0].story
    members = store.story_articles(story)
    is_copy = found[0].copy_of is not None
    moving = [m for m in members if m.article.id == article or (not is_copy and m.copy_of == article)]
    staying = [m for m in members if m not in moving]
    if not staying:
        raise UsageError(
            f"article {article} is alone in its story {story} (with its copies): there is nothing to split it from"
        )
    if record:
        recorded.add(store, recorded.APART, [(article, m.article.id) for m in staying])
    store.drop_story(story, story_index_rows(store, store.stories_by_id([story])[story]))
    rebuild_story(store, story, staying)
    new = article
    while store.stories_by_id([new]):  # the story kept the article's id (it was its first)
        new = hashlib.sha1(f"{new}:split".encode()).hexdigest()[:16]
    recorded.forget_merged(store, new)
    rebuild_story(store, new, moving)
    return new


def merge_stories(store: Store, first: str, second: str, *, record: bool = True) -> str:
    """Make two stories one (kept together from now on); returns its id. Inside ``store.write()``."""
    from lintas.group.incremental import fold_stories

    heads: list[StoredArticle] = []
    for sid in (first, second):
        members = store.story_articles(store.merged_into(sid) or sid)
        if not members:
            raise UsageError(f"no story {sid!r} in {store.target}: list them with `lintas stories`")
        heads.append(members[0])
    a, b = heads
    if a.story == b.story:
        return str(a.story)
    if record:
        recorded.drop_between(store, recorded.APART, str(a.story), str(b.story))  # the reader changed their mind
        recorded.add(store, recorded.TOGETHER, [(a.article.id, b.article.id)])
    return fold_stories(store, [str(a.story), str(b.story)])


def apply_corrections(store: Store) -> int:
    """Every recorded correction applied again, in the order they were made (after ``recluster``);
    returns how many changed a story. Inside ``store.write()``."""
    changed = 0
    for kind, article, other in recorded.listed(store):
        placed = store.placements([article, other])
        if article not in placed or other not in placed:
            continue  # an article no longer stored
        here, there = placed[article][0], placed[other][0]
        if here is None or there is None:
            continue
        try:
            if kind == recorded.APART and here == there:
                split_article(store, article, record=False)
                changed += 1
            elif kind == recorded.TOGETHER and here != there:
                merge_stories(store, here, there, record=False)
                changed += 1
        except UsageError:
            continue  # no longer applicable (the articles changed since): the rest still are
    return changed


def rebuild_story(store: Store, story: str, members: Sequence[StoredArticle]) -> None:
    """Story ``story`` made again from ``members`` in ingestion order, as ``assign`` adds articles."""
    state = StoryState(
        id=story, title=None, first_day=None, last_day=None, first_published=None, last_published=None,
        n_articles=0, n_sources=0, n_outlets=0, centroid=np.zeros(_DIM, np.float32), new=True,
    )  # fmt: skip
    ids = {m.article.id for m in members}
    for m in members:
        features = stored_features(store, m)
        keys, held, days = codec.store_keys(features.keys)
        keys = rare_keys(keys, key_weights(store, keys), CLUSTER_TITLE_MAX_STORIES, CLUSTER_WORD_MAX_STORIES)
        day = m.day if m.day is not None else state.last_day if state.last_day is not None else 0
        copy_of = m.copy_of if m.copy_of in ids else None
        _update(store, state, m.article, day, vector(features), keys, held, days, is_copy=copy_of is not None)
        store.set_article_story(m.article.id, story, copy_of, m.copy_similarity if copy_of else None)
    store.recount(story)
