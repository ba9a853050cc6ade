"""The storage interface, run against every backend: SQLite always, PostgreSQL when a server can start."""

from __future__ import annotations

import numpy as np
import pytest

from lintas.errors import StoreError
from lintas.model import Article, Sentence
from lintas.store import Store, StoryState, open_store
from lintas.store.migrations import MIGRATIONS
from tests.conftest import EXAMPLES


def _article(id: str, text: str = "Banjir melanda Garut pada Senin. Dua orang meninggal.", **kw: object) -> Article:
    fields: dict[str, object] = dict(
        id=id, input=f"in/{id}.txt", outlet="KabarNusa.id", url=None, title=f"Judul {id}",
        published="2026-11-16T10:00:00+07:00", language="id", authors=("Ani",), cites=(), text=text,
        removed=("Baca juga: x",), sentences=(Sentence(text, 0, len(text)),),
    )  # fmt: skip
    fields.update(kw)
    return Article(**fields)  # type: ignore[arg-type]


def _insert(store: Store, a: Article, story: str | None = "s1") -> None:
    store.insert_article(
        a, day=739000, embedding=np.ones(512, np.float16).tobytes(), keys=["garut"], minhash=[1, 2, 3],
        story=story, copy_of=None, copy_similarity=None,
    )  # fmt: skip


def test_migrations_are_named_applied_once_and_recorded(store_target: str) -> None:
    with open_store(store_target) as first:
        assert first.migrations() == [name for name, _ in MIGRATIONS]
        assert first.migrate() == []  # nothing left to apply
    with open_store(store_target) as again:
        assert again.migrate() == []


def test_migration_0002_moves_the_old_blocking_and_copy_rows(
    store_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("lintas.store.base.MIGRATIONS", MIGRATIONS[:1])
    with open_store(store_target) as old:
        state = StoryState("s1", "t", 100, 100, None, None, 1, 1, 1, np.ones(512, np.float32), new=True)
        with old.write():
            old.save_story(state)
            _insert(old, _article("a1"))
            old.execute("UPDATE articles SET day = 100, story = 's1' WHERE id = 'a1'")
            old.execute_many(
                "INSERT INTO story_keys (key, day, story) VALUES (?, ?, ?)",
                [("e:garut", 100, "s1"), ("v0:0101", 100, "s1")],
            )
            old.execute("INSERT INTO copy_bands (band, article) VALUES ('0:ab', 'a1')")
    monkeypatch.setattr("lintas.store.base.MIGRATIONS", MIGRATIONS)
    with open_store(store_target) as new:
        assert new.migrations() == [name for name, _ in MIGRATIONS]
        assert sorted(new.story_rows(["e:garut", "v0:0101"], 93, 107)) == [
            ("s1", "e:garut", 100),
            ("s1", "v0:0101", 100),
        ]
        assert new.story_keys("s1") == {"e:garut"}  # names only, not vector buckets
        assert new.copy_candidates(["0:ab"], 93, 107) == [("a1", 1)]
        listing = (
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            if "://" in store_target
            else "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
        tables = {r[0] for r in new.query(listing)}
        assert "articles" in tables and not tables & {"story_keys", "copy_bands"}


def test_candidates_are_found_across_an_epoch_boundary_and_not_beyond_the_window(store: Store) -> None:
    with store.write():
        for sid, day in (("s1", 95), ("s2", 97), ("s3", 120)):  # epochs of 16 days: 95 -> 5, 97 -> 6
            store.add_story_keys(sid, ["e:garut"], day, ["e:garut"])
            store.add_copy_bands(f"a-{sid}", ["0:ab"], day)
    assert {sid for sid, _, _ in store.story_rows(["e:garut"], 90, 104)} == {"s1", "s2"}
    assert store.copy_candidates(["0:ab"], 90, 104) == [("a-s1", 1), ("a-s2", 1)]
    assert store.story_keys("s3") == {"e:garut"} and store.key_weights(["e:garut"]) == {"e:garut": 3}


def test_a_look_up_across_years_finds_the_same_rows_as_a_window_does(store: Store) -> None:
    far = ["w:budi santoso", "e:per:budi santoso", "c:cikutra", "d:700"]
    with store.write():
        for sid, day in (("s1", 100), ("s2", 900), ("s3", 2000)):
            store.add_story_keys(sid, [*far, "e:loc:garut", "v0:0101"], day, far)
    # over more than a few epochs the key-led name_index answers; each window the epoch-led one
    rows = sorted(store.story_rows(far, 0, 1500))
    assert rows == sorted(r for lo, hi in ((90, 110), (890, 910)) for r in store.story_rows(far, lo, hi))
    assert {sid for sid, _, _ in rows} == {"s1", "s2"} and len(rows) == 8
    # a place or a vector bucket is only looked up near its day: a long look-up of one reads key_index
    assert {sid for sid, _, _ in store.story_rows(["e:loc:garut", "c:cikutra"], 0, 1500)} == {"s1", "s2"}
    with store.write():  # rows leave both indexes together
        store.merge_story("s1", "s2", [(k, 900) for k in [*far, "e:loc:garut", "v0:0101"]])
    assert {(sid, d) for sid, _, d in store.story_rows(far, 0, 1500)} == {("s1", 100), ("s1", 900)}
    with store.write():
        store.drop_story("s1", [(k, d) for d in (100, 900) for k in [*far, "e:loc:garut", "v0:0101"]])
    assert sorted(store.story_rows(far, 0, 3000)) == sorted(("s3", k, 2000) for k in far)
    assert store.query("SELECT COUNT(*) FROM name_index")[0][0] == len(far)


def test_migration_0005_indexes_the_stored_rows_by_key(store_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("lintas.store.base.MIGRATIONS", MIGRATIONS[:4])
    with open_store(store_target) as old, old.write():
        old.execute_many(
            "INSERT INTO key_index (epoch, key, day, story) VALUES (?, ?, ?, ?)",
            [(6, "w:budi", 100, "s1"), (6, "e:loc:garut", 100, "s1"), (56, "c:cikutra", 900, "s2")],
        )
    monkeypatch.setattr("lintas.store.base.MIGRATIONS", MIGRATIONS)
    with open_store(store_target) as new:
        assert sorted(new.query("SELECT key, day, story FROM name_index")) == [
            ("c:cikutra", 900, "s2"),
            ("w:budi", 100, "s1"),
        ]
        assert sorted(new.story_rows(["w:budi", "c:cikutra"], 0, 1500)) == [
            ("s1", "w:budi", 100),
            ("s2", "c:cikutra", 900),
        ]


def test_an_input_is_recorded_once(store: Store) -> None:
    with store.write():
        assert store.add_input("a.txt", article="x1", status="ok", raw=("teks", "text", "{}"))
        assert not store.add_input("a.txt", article="x1", status="ok")
    assert store.known_inputs(["a.txt", "b.txt"]) == {"a.txt"}
    assert store.raw_inputs() == [("a.txt", "teks", "text", "{}")]


def test_articles_round_trip_with_their_story(store: Store) -> None:
    a = _article("a1")
    with store.write():
        _insert(store, a)
    (got,) = store.articles(["a1"])
    assert got.article.text == a.text and got.article.removed == a.removed and got.article.authors == ("Ani",)
    assert got.story == "s1" and got.day == 739000 and got.keys == ("garut",)
    assert got.embedding is not None and got.embedding.shape == (512,)
    assert [s.article.id for s in store.story_articles("s1")] == ["a1"]
    assert [s.article.id for s in store.iter_articles(batch=1)] == ["a1"]


def test_a_failed_write_leaves_nothing_behind(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write():
        store.add_input("a.txt", article=None, status="rejected", reason="empty file")
        raise RuntimeError("boom")
    assert store.known_inputs(["a.txt"]) == set()


def test_story_rows_are_found_by_key_within_the_window(store: Store) -> None:
    state = StoryState("s1", "t", 100, 100, None, None, 1, 1, 1, np.ones(512, np.float32), new=True)
    with store.write():
        store.save_story(state)
        store.add_story_keys("s1", ["e:garut", "e:dadang"], 100, ["e:garut", "e:dadang"])
    assert store.story_rows(["e:garut", "e:lain"], 95, 105) == [("s1", "e:garut", 100)]
    assert store.story_rows(["e:garut"], 108, 120) == []  # gone cold
    assert sorted(store.story_rows(["e:garut", "e:dadang"], 95, 105)) == [
        ("s1", "e:dadang", 100),
        ("s1", "e:garut", 100),
    ]
    assert store.key_weights(["e:garut", "e:lain"]) == {"e:garut": 1}
    (loaded,) = store.stories_by_id(["s1"]).values()
    assert loaded.n_articles == 1 and loaded.version == 1 and loaded.centroid.shape == (512,)


def test_full_text_search_finds_every_word(store: Store) -> None:
    from lintas.corpus.browse import search_articles

    with store.write():
        _insert(store, _article("a1", "Gempa mengguncang Garut pada Senin siang."))
        _insert(store, _article("a2", "Inflasi Oktober naik menjadi 2,3 persen."))
    assert search_articles(store, "gempa garut") == ["a1"]
    assert search_articles(store, "inflasi") == ["a2"]
    assert search_articles(store, 'gempa" OR "inflasi') == []  # user text is never query syntax


def test_a_missing_story_says_how_to_find_one(store: Store) -> None:
    with pytest.raises(StoreError, match="lintas stories"):
        store.story_report("nope")


def test_merging_a_story_moves_its_articles_index_rows_and_names(store: Store) -> None:
    states = [StoryState(s, s, 100, 100, None, None, 1, 1, 1, np.ones(512, np.float32), new=True) for s in "ab"]
    with store.write():
        for state, names in zip(states, (["e:garut", "e:dadang"], ["e:garut", "e:asep"]), strict=True):
            store.save_story(state)
            store.add_story_keys(state.id, names, 100, names)
            _insert(store, _article(f"{state.id}1"), story=state.id)
        assert store.key_weights(["e:garut"]) == {"e:garut": 2}
        store.merge_story("a", "b", [("e:garut", 100), ("e:asep", 100)])
    assert sorted(store.story_rows(["e:garut", "e:asep"], 95, 105)) == [("a", "e:asep", 100), ("a", "e:garut", 100)]
    assert store.key_weights(["e:garut", "e:asep"]) == {"e:garut": 1, "e:asep": 1}  # held by one story now
    assert store.story_keys("a") == {"e:garut", "e:dadang", "e:asep"} and store.story_keys("b") == set()
    assert [s.article.id for s in store.story_articles("a")] == ["a1", "b1"]
    with store.write():
        store.recount("a")
    assert store.stories_by_id(["a"])["a"].n_outlets == 1  # both from KabarNusa.id
    assert store.stories_by_id(["a"])["a"].n_sources == 1  # one outlet: one independent source
    assert list(store.stories_by_id(["a", "b"])) == ["a"]
    assert store.merged_into("b") == "a" and store.merged_into("a") is None
    # Merged again: what pointed to the folded story points to where it went.
    state = StoryState("c", "c", 100, 100, None, None, 1, 1, 1, np.ones(512, np.float32), new=True)
    with store.write():
        store.save_story(state)
        store.merge_story("c", "a", [])
    assert store.merged_into("b") == "c" and store.merged_into("a") == "c"


def test_a_store_records_which_code_built_it(store: Store) -> None:
    from lintas.corpus import ingest
    from lintas.corpus.version import code_fingerprint

    assert store.code_version() is None
    ingest([str(EXAMPLES / "kabarnusa-gempa-garut.txt")], store)
    assert store.code_version() == code_fingerprint()
    with store.write():
        store.note_code("other")  # another version of lintas writes to the same store
    assert store.code_version() == "mixed"
    with store.write():
        store.note_code(code_fingerprint(), rebuilt=True)
    assert store.code_version() == code_fingerprint()
