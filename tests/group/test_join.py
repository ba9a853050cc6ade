"""Stories of one happening that formed apart are joined at the end of a run (group.join): a ferry
fire's first report, its victims named two days later, a survivor's account and the captain's
arrest are one story; a bus crash on the same island that week is another. A reader's "keep apart"
holds, and the parameters are the ones scripts/fit_story_join.py writes for today's evidence."""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

from lintas.corpus import ingest
from lintas.group.corrections import merge_stories, split_article
from lintas.group.engine import finish
from lintas.group.join import evidence, join_fingerprint, join_stories
from lintas.group.params import JOIN, join_params_from
from lintas.store import Store
from lintas.store import corrections as recorded
from lintas.store import text as counts
from lintas.store.base import StoryState
from tests.conftest import ROOT

ONE_EVENT = Path(__file__).parents[1] / "data" / "join" / "one-event.jsonl"
TWO_ERUPTIONS = Path(__file__).parents[1] / "data" / "join" / "two-eruptions.jsonl"
TWO_TOPICS = Path(__file__).parents[1] / "data" / "split" / "two-topics.jsonl"
BACKGROUND = ROOT / "examples" / "articles" / "more-articles.jsonl"
FERRY = ("kapal-terbakar-selat-lombok", "korban-km-sinar-bahari-teridentifikasi", "penumpang-sinar-bahari-melompat",
         "nakhoda-sinar-bahari-tersangka")  # fmt: skip
BUS = "bus-masuk-jurang-pusuk"


def _stories(store: Store) -> dict[str, str]:
    return {(s.article.url or "").rsplit("/", 1)[1]: str(s.story) for s in store.iter_articles()}


def _apart(store: Store) -> None:
    """Every article in a story of its own, as if each had started one; all noted for checking."""
    with store.write():
        for s in list(store.iter_articles()):
            if len(store.story_articles(str(s.story))) > 1:
                split_article(store, s.article.id, record=False)
        counts.add_unchecked(store, [str(r[0]) for r in store.query("SELECT id FROM stories")])


def _ingest(store: Store) -> None:
    """The fixture beside a dozen other articles: in a store of five, every word is in a third of
    them and the TF-IDF cosine of two reports of one event says little."""
    ingest([str(BACKGROUND), str(TWO_TOPICS), str(ONE_EVENT)], store)


def test_the_reports_of_one_happening_join_and_another_stays_apart(store: Store) -> None:
    _ingest(store)
    _apart(store)
    assert len({_stories(store)[u] for u in (*FERRY, BUS)}) == 5
    joined = join_stories(store)
    where = _stories(store)
    # In a store this small the four reports score near the bar (-0.5): the first report takes the
    # survivors' account (-0.43), the victims named take the captain's arrest (+0.59), and the
    # first report against the arrest (-0.72) stays under it. Two stories of the fire, not four.
    first, named, survivors, arrest = FERRY
    assert where[first] == where[survivors] and where[named] == where[arrest]
    assert where[BUS] not in {where[u] for u in FERRY}
    for kept in {where[first], where[named]}:
        assert len(joined[kept]) == 1 and store.stories_by_id([kept])[kept].n_articles == 2
        for old in joined[kept]:  # a joined story's id leads to the story it went into
            assert store.merged_into(old) == kept
    assert counts.all_unchecked(store) == []
    # The race preview and the rider's family, which group.split keeps apart, are not joined back.
    assert where["preview-mugello"] != where["rinaldi-keluarga"]


def test_a_readers_keep_apart_holds(store: Store) -> None:
    _ingest(store)
    _apart(store)
    ids = {(s.article.url or "").rsplit("/", 1)[1]: s.article.id for s in store.iter_articles()}
    with store.write():  # a reader kept each report of the fire apart from the others
        recorded.add(store, recorded.APART, [(ids[a], ids[b]) for a in FERRY for b in FERRY if a < b])
    join_stories(store)
    where = _stories(store)
    assert len({where[u] for u in FERRY}) == 4


def test_a_keep_apart_holds_between_two_stories_a_third_would_join(store: Store) -> None:
    """Joined into one, two stories a reader kept apart would be together again: one of them stays."""
    _ingest(store)
    _apart(store)
    first, named, _, arrest = FERRY
    ids = {(s.article.url or "").rsplit("/", 1)[1]: s.article.id for s in store.iter_articles()}
    with store.write():
        recorded.add(store, recorded.APART, [(ids[named], ids[arrest])])
    everything = join_params_from({**JOIN.to_dict(), "min_score": -math.inf})
    join_stories(store, [_stories(store)[first]], params=everything)
    where = _stories(store)
    assert where[named] != where[arrest]
    assert where[first] in (where[named], where[arrest])


def test_the_parts_a_split_made_this_run_are_not_joined_back(store: Store) -> None:
    ingest([str(BACKGROUND), str(TWO_TOPICS)], store)
    where = _stories(store)
    with store.write():  # the race preview and the rider's family in one story, as a desk's chain makes
        story = merge_stories(store, where["preview-mugello"], where["rinaldi-keluarga"], record=False)
        counts.add_unchecked(store, [story])
    everything = join_params_from({**JOIN.to_dict(), "min_score": -math.inf})
    done = finish(store, join=everything)
    assert done.split and not done.joined
    where = _stories(store)
    assert where["preview-mugello"] != where["rinaldi-keluarga"]


def test_a_run_takes_off_the_queue_only_the_stories_it_checked(store: Store) -> None:
    _ingest(store)
    a, b = sorted(set(_stories(store).values()))[:2]
    with store.write():
        counts.add_unchecked(store, [a, b])
    join_stories(store, [a])
    assert counts.all_unchecked(store) == [b]  # noted by another run meanwhile: left for it


def test_a_bar_no_pair_reaches_joins_nothing(store: Store) -> None:
    _ingest(store)
    _apart(store)
    before = len(set(_stories(store).values()))
    seen: list[tuple[str, str]] = []
    never = join_params_from({**JOIN.to_dict(), "min_score": float("inf")})
    assert join_stories(store, params=never, observe=lambda a, b, _: seen.append((a, b))) == {}
    assert len(set(_stories(store).values())) == before
    assert seen  # the candidates were weighed all the same


def test_the_evidence_reads_the_stories_as_wholes() -> None:
    def state(first: int, last: int, n: int, centroid: list[float]) -> StoryState:
        import numpy as np

        return StoryState("s", None, first, last, None, None, n, n, n, np.array(centroid, dtype=np.float32))

    shared = {"e:per:lalu ahmad fauzi", "e:per:wayan suardika", "e:loc:selat lombok", "e:loc:lombok"}
    weights = {"e:loc:selat lombok": 2, "e:loc:lombok": 40}
    found = evidence(0.4, state(10, 12, 3, [1, 0]), state(15, 15, 1, [1, 1]), shared, weights, apart=False)
    assert found["people"] == 2.0 and found["days"] == 3.0 and found["text"] == 0.4 and found["conflict"] == 0.0
    assert found["place"] > 0.6  # the rarer of the two places
    assert abs(found["lead"] - 0.7071) < 1e-3
    assert set(found) == set(JOIN.weights)


def test_the_parameters_were_fit_for_todays_evidence_by_todays_script() -> None:
    assert JOIN.fit["evidence"] == join_fingerprint(), (
        "group.join's evidence changed since the join was fit: run scripts/fit_story_join.py"
    )
    script = ROOT / "scripts" / "fit_story_join.py"
    assert JOIN.fit["script_sha256"] == hashlib.sha256(script.read_bytes()).hexdigest()
    train, held_out = JOIN.fit["train"], JOIN.fit["heldout"]
    assert not any(h.startswith(t) or t.startswith(h) for h in held_out for t in train)


def test_join_parameters_load_from_a_file(tmp_path: Path) -> None:
    from lintas.group.params import load_join_params

    path = tmp_path / "join.json"
    path.write_text(json.dumps({"weights": {"text": 5.0}, "bias": -1.0, "min_score": 0.5}))
    params = load_join_params(path)
    assert params.score({"text": 0.5}) == 1.5 and params.min_score == 0.5


def test_two_eruptions_in_other_regencies_are_told_apart(store: Store) -> None:
    """Two volcanoes' eruptions of one week read alike (ash column, amplitude, masks): that each
    story names only other regencies ("Kabupaten Lumajang", "Kabupaten Agam") is evidence, and
    they are not joined."""
    ingest([str(BACKGROUND), str(TWO_TOPICS), str(TWO_ERUPTIONS)], store)
    _apart(store)
    where = _stories(store)
    semeru = {where["semeru-erupsi-kolom-abu-800-meter"], where["semeru-hujan-abu-pronojiwo"]}
    marapi = {where["marapi-erupsi-abu-1000-meter"], where["marapi-hujan-abu-agam"]}
    seen: dict[frozenset[str], float] = {}
    join_stories(store, observe=lambda a, b, found: seen.setdefault(frozenset((a, b)), found["conflict"]))
    across = [v for pair, v in seen.items() if pair & semeru and pair & marapi]
    within = [v for pair, v in seen.items() if pair <= semeru or pair <= marapi]
    assert across and all(v == 1.0 for v in across)
    assert within and all(v == 0.0 for v in within)
    where = _stories(store)
    assert not {where[u] for u in ("semeru-erupsi-kolom-abu-800-meter", "semeru-hujan-abu-pronojiwo")} & {
        where[u] for u in ("marapi-erupsi-abu-1000-meter", "marapi-hujan-abu-agam")
    }
