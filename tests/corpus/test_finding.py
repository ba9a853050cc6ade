"""Finding stories by any name a reader knows: a surname, another language's spelling, part of an
outlet's name; and an entity list without the tagger's noise."""

from __future__ import annotations

import pytest

from lintas.corpus import ingest
from lintas.corpus.browse import StoryFilter, entity_list, list_stories, outlet_summaries, outlets_for
from lintas.store import Store
from tests.conftest import EXAMPLES


@pytest.fixture
def corpus(store: Store) -> Store:
    ingest([str(EXAMPLES)], store)
    return store


def _titles(store: Store, **filters: str) -> set[str]:
    return {s["title"] for s in list_stories(store, StoryFilter(**filters))}  # type: ignore[arg-type]


def test_a_surname_an_other_spelling_and_part_of_an_outlet_name_find_the_story(corpus: Store) -> None:
    quake = _titles(corpus, entity="Dadang Suparman")
    assert len(quake) == 1
    assert _titles(corpus, entity="Suparman") == quake  # the surname alone
    assert _titles(corpus, entity="suparman") == quake
    assert quake <= _titles(corpus, entity="West Java")  # the English name of Jawa Barat
    assert quake <= _titles(corpus, entity="Jabar")  # its short form
    assert _titles(corpus, entity="Jawa Barat") == _titles(corpus, entity="West Java")  # both ways
    assert _titles(corpus, entity="Nowhere Atall") == set()
    assert outlets_for(corpus, "kabarnusa") == ["KabarNusa.id"]
    assert quake <= _titles(corpus, outlet="javapost")
    assert _titles(corpus, outlet="nope") == set() and outlets_for(corpus, "a") == []


def test_the_outlets_page_counts_add_up(corpus: Store) -> None:
    rows = {r["name"]: r for r in outlet_summaries(corpus)}
    assert sum(r["articles"] for r in rows.values()) <= corpus.counts()["articles"]
    copier = rows["BeritaGarut.com"]  # its one article copies KabarNusa.id's
    assert copier["independent_share"] == 0.0 and rows["KabarNusa.id"]["independent_share"] == 1.0
    assert rows["KabarNusa.id"]["first_seen"] <= rows["KabarNusa.id"]["last_seen"]


def test_the_entity_list_has_no_noise(corpus: Store) -> None:
    listed = [e["key"].split(":", 1)[1] for e in entity_list(corpus, 100)]
    assert listed and "garut" in listed
    assert all(any(len(w) >= 3 for w in name.split()) for name in listed)
