"""Settling: a story one article started alone is decided again once the stories stored after it
exist; it moves only into a story that scores the settle score (on every storage backend)."""

from __future__ import annotations

from lintas.group.settle import settle
from lintas.store import Store
from tests.group.test_incremental import DAY, PARAMS, _add, score

GARUT = "loc:kota garut"


def _scores(store: Store, name: str, day: int, keys: tuple[str, ...], axis: int) -> tuple[str, dict[str, float]]:
    seen: dict[str, float] = {}
    story = _add(store, name, day, keys, 1.0, axis, observe=lambda sid, found: seen.update({sid: score(found)}))
    return story, seen


def _early_report_and_a_story_formed_after_it(store: Store) -> tuple[str, str]:
    """An event's first report (its lead unlike the others', naming two victims) and the story its
    later reports form: the second report shares none of its victims, the third both."""
    early = _add(store, "early", DAY, (GARUT, "per:dadang sutisna", "per:asep hidayat"), 1.0, 2)
    later, seen = _scores(store, "later", DAY, (GARUT, "per:neng rosita", "per:ujang koswara"), 0)
    assert later != early and seen[early] < PARAMS.min_score
    keys = (GARUT, "per:neng rosita", "per:dadang sutisna", "per:asep hidayat")
    third, seen = _scores(store, "third", DAY + 1, keys, 0)
    # It joins the later story; the early one scores too little to merge the two.
    assert third == later and seen[later] > seen[early] and seen[early] < PARAMS.merge_score
    return early, later


def test_an_early_report_left_alone_joins_the_story_its_event_formed_after_it(store: Store) -> None:
    early, later = _early_report_and_a_story_formed_after_it(store)
    assert store.stories_by_id([early])[early].n_articles == 1
    with store.write():
        store.add_unsettled([early, later])
    moved = settle(store, params=PARAMS)
    assert set(moved) == {early} and moved[early].story == later
    assert {r[0] for r in store.query("SELECT DISTINCT story FROM articles")} == {later}
    assert list(store.stories_by_id([early])) == [] and store.merged_into(early) == later
    (state,) = store.stories_by_id([later]).values()
    assert (state.n_articles, state.n_sources) == (3, 3)
    # The early story's names count it no more; its index rows lead to the story it joined.
    assert store.key_weights([f"e:{GARUT}", "e:per:asep hidayat"]) == {f"e:{GARUT}": 1, "e:per:asep hidayat": 1}
    assert {s for s, _, _ in store.story_rows(["e:per:dadang sutisna"], DAY, DAY + 1)} == {later}
    assert store.unsettled(10) == []


def test_a_report_no_later_story_claims_keeps_its_story(store: Store) -> None:
    alone = _add(store, "alone", DAY, (GARUT, "per:dadang sutisna"), 1.0, 2)
    other = _add(store, "other", DAY, ("loc:kota bandung", "per:neng rosita"), 1.0, 0)
    before = store.key_weights([f"e:{GARUT}", "e:per:dadang sutisna"])
    with store.write():
        store.add_unsettled([alone, other])
    assert settle(store, params=PARAMS) == {}
    # Taken apart and started again: the same id, the same names and counts.
    assert set(store.stories_by_id([alone, other])) == {alone, other}
    assert store.key_weights([f"e:{GARUT}", "e:per:dadang sutisna"]) == before
    assert {s for s, _, _ in store.story_rows(["e:per:dadang sutisna"], DAY, DAY)} == {alone}
    assert store.merged_into(alone) is None and store.unsettled(10) == []


def test_only_stories_still_of_one_article_are_settled(store: Store) -> None:
    early, later = _early_report_and_a_story_formed_after_it(store)
    with store.write():
        store.add_unsettled([later])  # two articles now: others joined it since it was noted
    assert settle(store, params=PARAMS) == {}
    assert store.stories_by_id([early])[early].n_articles == 1  # not noted: left as it is
    assert PARAMS.settle_score > PARAMS.min_score  # a settled decision needs more to change
