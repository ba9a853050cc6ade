"""The one story engine: each article is placed in a story by ``assign``, in input order, then
(``finish``) the stories of one article are settled (``group.settle``), the stories articles
joined are checked by their text (``group.split``) and weighed against the stories they may be
one happening with (``group.join``).

``lintas ingest`` places into the corpus store, a batch per transaction; ``lintas compare``
places into a store in memory. The same articles in the same order make the same stories in
both (tests/group/test_engine.py holds them to it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from lintas.analyse import Analysis
from lintas.group.copies import Copy
from lintas.group.incremental import Assignment, Features, assign
from lintas.group.join import join_stories
from lintas.group.params import JOIN, PARAMS, ClusterParams, JoinParams
from lintas.group.settle import settle
from lintas.group.split import split_stories
from lintas.group.text import article_words
from lintas.model import Article
from lintas.store import Store, open_store
from lintas.store import text as counts

MEMORY = ":memory:"


class Clock:
    """The day an undated article is placed on: that of the last dated article before it in the
    run (a stream comes roughly in order), else the first dated one ``prime`` was shown, else
    today. The article keeps no ``published``: its story's time is an estimate, and says so."""

    def __init__(self) -> None:
        self.last: int | None = None

    def prime(self, features: Iterable[Features]) -> None:
        if self.last is None:
            self.last = next((f.day for f in features if f.day is not None), None)

    def day(self, features: Features) -> int:
        if features.day is not None:
            self.last = features.day
            return features.day
        return self.last if self.last is not None else date.today().toordinal()


def place(
    store: Store, article: Article, features: Features, clock: Clock, *, params: ClusterParams = PARAMS
) -> Assignment:
    """Store a new article in the story ``assign`` finds for it; a story it starts is noted for
    settling. Must run inside ``store.write()``."""
    features = replace(features, day=clock.day(features))
    a = assign(store, article, features, params=params)
    store.insert_article(
        article,
        day=features.day,
        embedding=features.embedding,
        keys=features.keys,
        minhash=features.minhash,
        story=a.story,
        copy_of=a.copy_of,
        copy_similarity=a.copy_similarity,
    )
    store.recount(a.story)
    counts.add_words(store, article_words(article.title, article.text))
    counts.add_unchecked(store, [a.story])
    if a.new_story:
        store.add_unsettled([a.story])
    return a


@dataclass(frozen=True, slots=True)
class Finished:
    """What the end of a run changed: the articles settled elsewhere (old story -> assignment),
    the stories joined (kept -> joined into it), the stories split (kept -> split off)."""

    settled: dict[str, Assignment]
    joined: dict[str, list[str]]
    split: dict[str, list[str]]


def finish(store: Store, *, params: ClusterParams = PARAMS, join: JoinParams = JOIN) -> Finished:
    """The end of every run that placed articles (ingest, compare, recluster), a transaction per
    batch of stories; outside ``store.write()``."""
    settled = settle(store, params=params)
    pending = counts.all_unchecked(store)  # this run's; another run's noted later stay for it
    with counts.snapshot(store):
        split = split_stories(store, pending)
        parts = [*pending, *(sid for new in split.values() for sid in new)]
        joined = join_stories(store, parts, split=split, params=join)
    return Finished(settled, joined, split)


@dataclass(frozen=True, slots=True)
class Grouping:
    """Stories as indexes into the articles (in order of their first article) and the copies."""

    stories: list[list[int]]
    copies: list[Copy]


def group_stories(analyses: Sequence[Analysis], *, params: ClusterParams = PARAMS, join: JoinParams = JOIN) -> Grouping:
    """The stories and copies of the articles of one run, clustered as ``ingest`` clusters them."""
    from lintas.group.features import features_of

    return group_articles([a.article for a in analyses], features_of(analyses), params=params, join=join)


def group_articles(
    articles: Sequence[Article],
    features: Sequence[Features],
    *,
    params: ClusterParams = PARAMS,
    join: JoinParams = JOIN,
) -> Grouping:
    """``group_stories`` for articles whose features the map step made (``pipeline.map_documents``)."""
    clock = Clock()
    clock.prime(features)
    with open_store(MEMORY) as store:
        with store.write():
            placed_ids: set[str] = set()
            for article, f in zip(articles, features, strict=True):
                if article.id not in placed_ids:  # the same article twice is stored once, as ingest does
                    placed_ids.add(article.id)
                    place(store, article, f, clock, params=params)
        finish(store, params=params, join=join)
        placed = store.placements([a.id for a in articles])
    index = {a.id: i for i, a in enumerate(articles)}
    members: dict[str, list[int]] = {}
    copies: list[Copy] = []
    for i, article in enumerate(articles):
        story, copy_of, similarity = placed[article.id]
        members.setdefault(story or article.id, []).append(i)
        if copy_of is not None and copy_of in index:
            copies.append(Copy(article.id, copy_of, similarity or 0.0))
    return Grouping(sorted(members.values(), key=lambda m: m[0]), copies)
