"""Stories of one happening that formed apart are joined at the end of a run.

The story score (group.incremental) places an article by what it shares with each story; the
later reports of a large event (a survivor's account, the victims' lives, the gunman's past)
share little of its first reports' lead, and each starts a story of its own: on GVA the Orlando
nightclub shooting's ten pages made eight stories. Two stories are weighed as wholes instead:
all their articles' words (sublinear TF-IDF, as group.split reads them), the people and places
they both name, whether they name only different regencies or cities, their days apart and
their sizes, scored by a logistic regression that
scripts/fit_story_join.py fits on the training parts (group.params.JoinParams). The stories
checked are those the run changed, after group.split has checked each by its text (a desk's
chain of topics split first is not joined whole); the candidates, the stories holding one of
their rare names within JOIN_DAYS. A reader's "keep apart" holds.
"""

from __future__ import annotations

import hashlib
import inspect
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from lintas._lexicon import stop_words
from lintas.group.incremental import _admin_places, fold_stories, key_weights, rarity
from lintas.group.params import JOIN, JoinParams
from lintas.group.text import article_words, similarities
from lintas.settings import INGEST_BATCH, JOIN_CACHED_STORIES, JOIN_DAYS, JOIN_MAX_STORIES, JOIN_READ_ARTICLES
from lintas.store import corrections
from lintas.store import keys as codec
from lintas.store import text as counts
from lintas.store.base import Store, StoryState


def _names_event(k: str) -> bool:
    return codec.is_person(k) or codec.is_place(k) or codec.is_title_word(k)


#: Called with the checked story, a candidate and their evidence (the fit records them).
JoinObserver = Callable[[str, str, dict[str, float]], None]


def join_stories(
    store: Store,
    stories: Sequence[str] | None = None,
    *,
    split: Mapping[str, Sequence[str]] | None = None,
    params: JoinParams = JOIN,
    observe: JoinObserver | None = None,
) -> dict[str, list[str]]:
    """Check ``stories`` (by default every story noted unchecked) against their candidates and
    take them off the queue, a transaction per batch (stories another run noted meanwhile stay
    on it for that run). ``split``: the stories group.split split this run, with their parts,
    which are not joined back. Returns each story kept with the ids of the stories joined into it."""
    todo = counts.all_unchecked(store) if stories is None else list(dict.fromkeys(stories))
    origin: dict[str, set[str]] = {}  # a part of a story split this run -> that story
    for old, new in (split or {}).items():
        for part in (old, *new):
            origin.setdefault(part, set()).add(old)
    joined: dict[str, list[str]] = {}
    bags: dict[str, Counter[str]] = {}  # a story's words, read once a run
    for start in range(0, len(todo), INGEST_BATCH):
        batch = todo[start : start + INGEST_BATCH]
        with store.write():
            for sid in batch:
                kept, gone = join_story(store, sid, bags, origin, params, observe)
                if gone:
                    joined.setdefault(kept, []).extend(gone)
                    for g in gone:
                        joined[kept].extend(joined.pop(g, []))
            counts.checked(store, batch)
        if len(bags) > JOIN_CACHED_STORIES:
            bags.clear()
    return joined


def join_story(
    store: Store,
    story: str,
    bags: dict[str, Counter[str]],
    origin: dict[str, set[str]],
    params: JoinParams = JOIN,
    observe: JoinObserver | None = None,
) -> tuple[str, list[str]]:
    """Join ``story`` and the candidates that score ``params.min_score``, best first, but none
    that a reader's correction keeps apart from one taken or that was split from it this run
    (``origin``); returns the story kept and the ids joined into it. Inside ``store.write()``."""
    state = store.stories_by_id([story]).get(story)
    if state is None or state.first_day is None or state.last_day is None:
        return story, []  # joined away earlier in the run
    keys = sorted(k for k in store.story_keys(story) if _names_event(k))
    weights = key_weights(store, keys)
    rare = [k for k in keys if 0 < weights.get(k, 0) <= JOIN_MAX_STORIES]
    shared: dict[str, set[str]] = {}
    for sid, key, _ in store.story_rows(rare, state.first_day - JOIN_DAYS, state.last_day + JOIN_DAYS):
        if sid != story:
            shared.setdefault(sid, set()).add(key)
    mine = origin.get(story, set())
    states = store.stories_by_id(sorted(shared))
    found = [sid for sid in sorted(shared) if sid in states and not mine & origin.get(sid, set())]
    if not found:
        return story, []
    for sid in (story, *found):
        if sid not in bags:
            members = store.story_articles(sid, sentences=False, limit=JOIN_READ_ARTICLES)
            bag = sum((article_words(m.article.title, m.article.text) for m in members), Counter())
            bags[sid] = Counter({w: k for w, k in bag.items() if w not in stop_words()})
    vocabulary = sorted({w for sid in (story, *found) for w in bags[sid]})
    df, n = counts.word_counts(store, vocabulary)
    sim = similarities([bags[story], *(bags[sid] for sid in found)], df, max(n, 1))
    mine_places = _admin_places(keys)
    scored = []
    for i, sid in enumerate(found, start=1):
        theirs = _admin_places(store.story_keys(sid)) if mine_places else set()
        apart = bool(theirs) and not mine_places & theirs
        ev = evidence(float(sim[0, i]), state, states[sid], shared[sid], weights, apart=apart)
        if observe is not None:
            observe(story, sid, ev)
        if (s := params.score(ev)) >= params.min_score:
            scored.append((-s, sid))
    strong = corrections.joinable(store, story, [sid for _, sid in sorted(scored)])
    if not strong:
        return story, []
    kept = fold_stories(store, [story, *strong])
    bags[kept] = bags[story] + sum((bags[sid] for sid in strong), Counter())
    origin[kept] = set().union(*(origin.get(sid, set()) for sid in (story, *strong)))
    gone = [sid for sid in (story, *strong) if sid != kept]
    for sid in gone:
        bags.pop(sid, None)
    return kept, gone


def evidence(
    text: float, a: StoryState, b: StoryState, shared: set[str], weights: Mapping[str, int], *, apart: bool
) -> dict[str, float]:
    """What two stories share, as the inputs of ``JoinParams.score``: the cosine of their words,
    of their lead embeddings' centroids, how many people both name, the rarest place both name,
    whether each names regencies or cities and none in common (``apart``: two eruptions of one
    week, one in Kabupaten Lumajang and one in Kabupaten Agam, read alike), the days between
    their spans (at most JOIN_DAYS) and the log of their sizes' product (a large story holds many
    names and words)."""
    assert a.first_day is not None and a.last_day is not None and b.first_day is not None and b.last_day is not None
    gap = max(0, b.first_day - a.last_day, a.first_day - b.last_day)
    places = [rarity(weights.get(k, 1)) for k in shared if codec.is_place(k)]
    return {
        "text": text,
        "lead": _cosine(a.centroid, b.centroid),
        "people": float(sum(codec.is_person(k) for k in shared)),
        "place": max(places, default=0.0),
        "conflict": float(apart),
        "days": float(min(gap, JOIN_DAYS)),
        "size": math.log(max(1, a.n_articles) * max(1, b.n_articles)),
    }


def join_fingerprint() -> str:
    """A hash of what the join score's terms mean (the functions that read them, the values that
    bound them, the stop words left out): fitted weights belong to it, and a change to it needs a
    re-fit (tests/group/test_join.py)."""
    h = hashlib.sha256()
    for fn in (join_story, _names_event, evidence, _cosine, similarities, article_words, rarity, _admin_places):
        h.update(inspect.getsource(fn).encode())
    h.update(repr((JOIN_DAYS, JOIN_MAX_STORIES, JOIN_READ_ARTICLES, sorted(stop_words()))).encode())
    return h.hexdigest()[:16]


def _cosine(x: np.ndarray, y: np.ndarray) -> float:
    nx, ny = float(np.linalg.norm(x)), float(np.linalg.norm(y))
    return float(x @ y) / (nx * ny) if nx and ny else 0.0
