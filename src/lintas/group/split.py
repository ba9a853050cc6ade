"""A story's articles must also read alike: at the end of a run, each story an article joined is
checked by its articles' whole text (group.text) and split where they fall apart.

The story score decides article by article, on names, title words and the lead; what one desk
writes in a week (a celebrity wedding's guests, dresses and menus; a club's transfers and
matches) holds the same names and chains into one story. TF-IDF average linkage over the
whole text keeps those apart; run inside each story (never across stories) it only splits. The
part holding the story's first article keeps its id, each other part becomes a story of its own.
A copy stays with its original, and articles a reader put together (group.corrections) stay
together.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np

from lintas._sets import Joined
from lintas.group.corrections import rebuild_story
from lintas.group.incremental import story_index_rows
from lintas.group.settle import in_batches
from lintas.group.text import article_words, parts
from lintas.settings import STORY_SPLIT_MAX_ARTICLES, STORY_SPLIT_MIN_WORDS, STORY_SPLIT_SIMILARITY
from lintas.store import corrections as recorded
from lintas.store import text as counts
from lintas.store.base import Store, StoredArticle


def split_stories(
    store: Store, stories: Sequence[str] | None = None, *, progress: Callable[[int], None] | None = None
) -> dict[str, list[str]]:
    """Check ``stories`` (by default every story noted unchecked, ``store.text.add_unchecked``), a
    transaction per batch; returns each split story's id with the ids of the stories split off it,
    which are noted unchecked too. The queue is left to ``group.join``, which takes the stories off
    it: a run killed before the joins are done splits them again (a story split holds) and joins
    them."""
    if not counts.counted(store):
        count_words(store)
    todo = counts.all_unchecked(store) if stories is None else list(stories)

    def each(sid: str) -> list[str]:
        new = split_story(store, sid)
        counts.add_unchecked(store, new)
        return new

    def take(limit: int) -> list[str]:
        return todo[:limit]

    def passed(batch: list[str]) -> None:
        del todo[: len(batch)]

    return in_batches(take, passed, each, store, progress)


def split_story(store: Store, story: str, threshold: float = STORY_SPLIT_SIMILARITY) -> list[str]:
    """Split ``story`` where its articles' texts fall apart; returns the ids of the stories split
    off (none when it holds). Inside ``store.write()``."""
    state = store.stories_by_id([story]).get(story)
    if state is None or not 2 <= state.n_articles <= STORY_SPLIT_MAX_ARTICLES:
        return []
    members = store.story_articles(story, sentences=False)  # in ingestion order
    bags = [article_words(m.article.title, m.article.text) for m in members]
    df, n = counts.word_counts(store, sorted({w for b in bags for w in b}))
    groups = _groups(members, bags, df, max(n, len(members)), threshold, _links(store, members))
    if len(groups) == 1:
        return []
    store.drop_story(story, story_index_rows(store, state))
    new: list[str] = []
    part_of: dict[str, str] = {}  # article id -> the story of its part
    for k, group in enumerate(groups):
        sid = story
        if k:  # the first group holds the first article and keeps the story's id
            sid = members[group[0]].article.id
            while store.stories_by_id([sid]) or sid == story:
                sid = hashlib.sha1(f"{sid}:split".encode()).hexdigest()[:16]
            recorded.forget_merged(store, sid)
            new.append(sid)
        rebuild_story(store, sid, [members[i] for i in group])
        part_of.update((members[i].article.id, sid) for i in group)
    # A story merged in earlier was named by its first article: its id leads to that article's part.
    for merged in recorded.redirects(store, story):
        if part_of.get(merged, story) != story:
            store.note_merged(merged, part_of[merged])
    return new


def _groups(
    members: Sequence[StoredArticle],
    bags: Sequence[Counter[str]],
    df: Mapping[str, int],
    n: int,
    threshold: float,
    links: Iterable[tuple[int, int]],
) -> list[list[int]]:
    """The parts of a story. Words compare only within one language: the parts of the story's
    main language are made by their text, the articles of other languages (a wire's English
    report of an Indonesian quake) in parts of their own, each going with the main part whose lead
    embedding (multilingual) it is nearest to. ``links`` (pairs of indexes) stay together."""
    by_language: dict[str, list[int]] = {}
    for i, m in enumerate(members):
        by_language.setdefault(m.article.language, []).append(i)
    main = max(by_language, key=lambda lang: (len(by_language[lang]), -by_language[lang][0]))
    joined = Joined(range(len(members)))
    pieces: dict[str, list[list[int]]] = {}
    for lang, idx in by_language.items():
        pieces[lang] = [
            [idx[j] for j in p] for p in parts([bags[i] for i in idx], df, n, threshold, STORY_SPLIT_MIN_WORDS)
        ]
    for lang, found in pieces.items():
        for p in found:
            for i in p[1:]:
                joined.join(p[0], i)
            if lang != main:
                home = max(pieces[main], key=lambda q: (_nearness(members, p, q), -q[0]))
                joined.join(home[0], p[0])
    for i, j in links:
        joined.join(j, i)
    return sorted(joined.groups(), key=lambda g: g[0])


def _nearness(members: Sequence[StoredArticle], a: Sequence[int], b: Sequence[int]) -> float:
    """Mean cosine of the lead embeddings between two parts (0 without embeddings)."""
    va = [v for i in a if (v := members[i].embedding) is not None]
    vb = [v for i in b if (v := members[i].embedding) is not None]
    if not va or not vb:
        return 0.0
    x, y = np.stack(va), np.stack(vb)
    x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    y = y / np.maximum(np.linalg.norm(y, axis=1, keepdims=True), 1e-9)
    return float((x @ y.T).mean())


def _links(store: Store, members: Sequence[StoredArticle]) -> list[tuple[int, int]]:
    """Pairs that stay in one part: a copy and its original, articles a reader put together."""
    at = {m.article.id: i for i, m in enumerate(members)}
    links = [(i, at[m.copy_of]) for i, m in enumerate(members) if m.copy_of in at]
    return links + [(at[a], at[b]) for a, b in recorded.together_among(store, list(at))]


def count_words(store: Store, batch: int = 1000) -> None:
    """Count the words of every stored article (a store made before the counts were kept), a
    batch per transaction: other runs may write meanwhile, and a run killed midway leaves the
    rest to the next."""
    while True:
        with store.write():
            state = counts.backfill(store)
            if state is None:
                return
            upto, done = state
            found = counts.texts(store, done, upto, batch)
            for _, title, text in found:
                counts.add_words(store, article_words(title, text))
            counts.backfilled(store, upto, found[-1][0] if found else upto)
