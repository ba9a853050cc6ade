"""A story is split where its articles' whole texts fall apart (group.split): two pieces of one
rider's race week (the race preview, a family portrait) sharing every name are two stories; a copy
stays with its original, an English report with the part it reports, and a reader's merge holds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from lintas.corpus import ingest, recluster
from lintas.group.corrections import merge_stories, split_article
from lintas.group.split import count_words, split_stories, split_story
from lintas.group.text import article_words, average_linkage, parts
from lintas.store import Store
from lintas.store import text as counts

TWO_TOPICS = Path(__file__).parents[1] / "data" / "split" / "two-topics.jsonl"
PREVIEW = ("preview-mugello", "rinaldi-mugello", "rinaldi-incar-podium", "rinaldi-eyes-mugello-podium")
FAMILY = ("rinaldi-keluarga", "kakek-rinaldi")


def _stories(store: Store) -> dict[str, str]:
    """The last part of each article's URL -> its story."""
    return {(s.article.url or "").rsplit("/", 1)[1]: str(s.story) for s in store.iter_articles()}


def _one_story(store: Store) -> str:
    """Every article in one story, as the story score might have made it (no correction recorded)."""
    with store.write():
        story = next(iter(_stories(store).values()))
        for other in set(_stories(store).values()) - {story}:
            story = merge_stories(store, story, other, record=False)
    return story


@pytest.fixture
def mixed(store: Store) -> Store:
    ingest([str(TWO_TOPICS)], store)
    return store


def test_a_story_of_two_happenings_is_split_where_the_texts_fall_apart(mixed: Store) -> None:
    story = _one_story(mixed)
    first = mixed.story_articles(story)[0].article.id
    with mixed.write():
        new = split_story(mixed, story)
    where = _stories(mixed)
    assert len(new) == 1
    assert {where[u] for u in PREVIEW} == {story}  # the English report and the copy went with their part
    assert {where[u] for u in FAMILY} == {new[0]}
    assert mixed.story_articles(story)[0].article.id == first  # the first article's part keeps the id
    states = mixed.stories_by_id([story, new[0]])
    assert states[story].n_articles == 4 and states[new[0]].n_articles == 2
    with mixed.write():
        assert split_story(mixed, story) == [] and split_story(mixed, new[0]) == []  # each holds now


def test_articles_a_reader_put_together_stay_together(mixed: Store) -> None:
    stories = _stories(mixed)
    with mixed.write():
        merge_stories(mixed, stories[PREVIEW[0]], stories[FAMILY[0]])  # recorded: kept together
        story = _one_story(mixed)
        new = split_story(mixed, story)
    where = _stories(mixed)
    assert where[PREVIEW[0]] == where[FAMILY[0]]
    assert len({where[u] for u in PREVIEW + FAMILY}) == 1 + len(new)


def test_ingest_and_recluster_check_the_stories_articles_joined(mixed: Store) -> None:
    """After any run nothing is left unchecked, and no story holds both happenings."""
    assert counts.all_unchecked(mixed) == []
    where = _stories(mixed)
    assert not {where[u] for u in PREVIEW} & {where[u] for u in FAMILY}
    recluster(mixed)
    where = _stories(mixed)
    assert counts.all_unchecked(mixed) == []
    assert not {where[u] for u in PREVIEW} & {where[u] for u in FAMILY}


def test_word_counts_kept_at_ingest_equal_a_count_from_the_texts(mixed: Store) -> None:
    bags = [article_words(s.article.title, s.article.text) for s in mixed.iter_articles()]
    vocab = sorted({w for b in bags for w in b})
    kept = counts.word_counts(mixed, vocab)
    with mixed.write():
        mixed.execute("DELETE FROM store_meta WHERE key = 'word_counts'")
    count_words(mixed, batch=4)  # in two transactions
    assert counts.counted(mixed)
    assert counts.word_counts(mixed, vocab) == kept
    assert kept[1] == len(bags) == 6
    assert kept[0]["rinaldi"] == 6 and kept[0]["kakeknya"] == 2


def test_a_store_without_counts_is_counted_once_when_first_needed(mixed: Store) -> None:
    with mixed.write():
        mixed.execute("DELETE FROM word_counts")
        mixed.execute("DELETE FROM store_meta WHERE key = 'word_counts'")
    assert not counts.counted(mixed)
    split_stories(mixed)
    assert counts.counted(mixed) and counts.word_counts(mixed, ["rinaldi"]) == ({"rinaldi": 6}, 6)


def test_a_second_ingest_adds_its_articles_to_the_counts(store: Store, tmp_path: Path) -> None:
    lines = TWO_TOPICS.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("".join(lines[:3]), encoding="utf-8")
    second.write_text("".join(lines[3:]), encoding="utf-8")
    ingest([str(first)], store)
    ingest([str(second)], store)
    assert counts.word_counts(store, ["rinaldi"]) == ({"rinaldi": 6}, 6)


def test_every_story_id_merged_in_leads_to_the_part_its_first_article_went_to(mixed: Store) -> None:
    first = {s.article.id: (s.article.url or "").rsplit("/", 1)[1] for s in mixed.iter_articles()}
    _one_story(mixed)
    with mixed.write():  # each family piece a story of its own, then all merged: two ids to lead back
        for article, url in first.items():
            if url in FAMILY:
                split_article(mixed, article, record=False)
    story = _one_story(mixed)
    merged = [m for m in first if mixed.merged_into(m) == story]
    assert merged  # the stories _one_story merged
    with mixed.write():
        split_story(mixed, story)
    where = _stories(mixed)
    for m in merged:  # a story id again (the first of its part) or a redirect to the part
        assert (mixed.merged_into(m) or m) == where[first[m]]


def test_a_story_of_short_texts_only_is_not_split() -> None:
    a = Counter({"penembakan": 2, "warga": 1, "polisi": 1})
    b = Counter({"kebakaran": 2, "gudang": 1, "damkar": 1})
    assert parts([a, b], {}, 1000, 0.2) == [[0], [1]]
    assert parts([a, b], {}, 1000, 0.2, min_words=120) == [[0, 1]]


def test_average_linkage_merges_while_the_mean_similarity_holds() -> None:
    sim = np.array([[1, 0.9, 0.1, 0.0], [0.9, 1, 0.3, 0.1], [0.1, 0.3, 1, 0.8], [0.0, 0.1, 0.8, 1]])
    label = average_linkage(sim, 0.2)
    assert label[0] == label[1] != label[2] == label[3]  # the best cross pair (0.3) is no average of 0.2
    assert len(set(average_linkage(sim, 0.1))) == 1  # the mean across (0.125) is above 0.1


def test_a_part_too_short_to_stand_apart_joins_the_part_it_is_nearest_to() -> None:
    long_a = Counter({"gempa": 5, "garut": 4, "korban": 3, "rumah": 3, "rusak": 2})
    long_b = Counter({"pernikahan": 5, "pengantin": 4, "gaun": 3, "tamu": 3, "resepsi": 2})
    short = Counter({"tamu": 1, "malam": 1, "hujan": 1, "deras": 1, "sekali": 1})  # near b, under 0.2
    df = {w: 1 for c in (long_a, long_b, short) for w in c}
    assert parts([long_a, long_b, short], df, 10, 0.2) == [[0], [1], [2]]
    assert parts([long_a, long_b, short], df, 10, 0.2, min_words=10) == [[0], [1, 2]]


def test_a_snapshot_of_the_counts_reads_each_word_once_and_again_after_a_write(
    mixed: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    vocab = ["rinaldi", "kakeknya", "tidakadakata"]
    plain = counts.word_counts(mixed, vocab)
    asked: list[list[str]] = []
    read = mixed._in

    def spy(sql: str, values: Sequence[Any], *args: Any, **kw: Any) -> list[tuple[Any, ...]]:
        asked.append(list(values))
        return read(sql, values, *args, **kw)

    monkeypatch.setattr(mixed, "_in", spy)
    with counts.snapshot(mixed):
        assert counts.word_counts(mixed, vocab) == plain
        assert counts.word_counts(mixed, ["kakeknya", "rinaldi"]) == ({"kakeknya": 2, "rinaldi": 6}, 6)
        assert len(asked) == 1  # the second answer was read with the first
        with mixed.write():
            counts.add_words(mixed, ["rinaldi"])
        assert counts.word_counts(mixed, ["rinaldi"]) == ({"rinaldi": 7}, 7)
        assert len(asked) == 2
    assert counts.word_counts(mixed, vocab) == ({"rinaldi": 7, "kakeknya": 2}, 7)
