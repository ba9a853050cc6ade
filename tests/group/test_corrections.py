"""A reader's corrections: an article split out of its story, two stories merged, both recorded
and kept when the stories are computed again."""

from __future__ import annotations

import pytest

from lintas.corpus import ingest, recluster
from lintas.errors import UsageError
from lintas.group.corrections import merge_stories, split_article
from lintas.store import Store
from tests.conftest import EXAMPLES

QUAKE_KABAR = "Gempa Magnitudo 5,4"  # title starts of the examples' articles
QUAKE_COPY = "Gempa M 5,4"  # BeritaGarut.com's copy of KabarNusa.id's quake article
QUAKE_WIRE = "Death toll from West Java"
FESTIVAL = "Festival Dodol"
FOOTBALL = "Persib Tekuk"
INFLATION = "BPS: Inflasi"


def _where(store: Store) -> dict[str, tuple[str, str]]:
    """Title start -> (article id, story id)."""
    return {(s.article.title or "")[:30]: (s.article.id, str(s.story)) for s in store.iter_articles()}


def _article(store: Store, title: str) -> str:
    return next(a for t, (a, _) in _where(store).items() if t.startswith(title))


def _story(store: Store, title: str) -> str:
    return next(s for t, (_, s) in _where(store).items() if t.startswith(title))


@pytest.fixture
def corpus(store: Store) -> Store:
    ingest([str(EXAMPLES)], store)
    return store


def test_a_split_takes_the_article_and_its_copies_out_and_holds_after_recluster(corpus: Store) -> None:
    assert _story(corpus, QUAKE_KABAR) == _story(corpus, QUAKE_WIRE) == _story(corpus, QUAKE_COPY)
    with corpus.write():
        new = split_article(corpus, _article(corpus, QUAKE_KABAR))
    assert _story(corpus, QUAKE_KABAR) == _story(corpus, QUAKE_COPY) == new  # its copy went with it
    assert _story(corpus, QUAKE_WIRE) != new
    counted = corpus.stories_by_id([new])[new]
    assert (counted.n_articles, counted.n_sources) == (2, 1)  # the copy is no independent source
    recluster(corpus)
    assert _story(corpus, QUAKE_KABAR) != _story(corpus, QUAKE_WIRE)
    assert _story(corpus, QUAKE_KABAR) == _story(corpus, QUAKE_COPY)


def test_a_merge_holds_after_recluster_and_a_split_of_the_first_article_gets_a_new_id(corpus: Store) -> None:
    with corpus.write():
        kept = merge_stories(corpus, _story(corpus, FESTIVAL), _story(corpus, FOOTBALL))
    assert _story(corpus, FESTIVAL) == _story(corpus, FOOTBALL) == kept
    recluster(corpus)
    assert _story(corpus, FESTIVAL) == _story(corpus, FOOTBALL)
    inflation = _story(corpus, INFLATION)
    first = corpus.story_articles(inflation)[0].article.id
    with corpus.write():
        new = split_article(corpus, first)
    assert new != inflation and len(new) == 16 and corpus.stories_by_id([new, inflation]).keys() == {new, inflation}


def test_a_copy_split_leaves_alone_and_a_merge_undoes_a_split(corpus: Store) -> None:
    with corpus.write():
        new = split_article(corpus, _article(corpus, QUAKE_COPY))
    assert _story(corpus, QUAKE_COPY) == new != _story(corpus, QUAKE_KABAR)  # the original stays
    assert corpus.articles([_article(corpus, QUAKE_COPY)])[0].copy_of is None  # a copy no more
    with corpus.write():
        merge_stories(corpus, _story(corpus, QUAKE_KABAR), new)
    recluster(corpus)  # the merge replaced the split's "apart": they stay together
    assert _story(corpus, QUAKE_COPY) == _story(corpus, QUAKE_KABAR)


def test_a_correction_that_cannot_be_made_says_why(corpus: Store) -> None:
    alone = _article(corpus, FESTIVAL)
    with corpus.write(), pytest.raises(UsageError, match="alone in its story"):
        split_article(corpus, alone)
    with corpus.write(), pytest.raises(UsageError, match="no article"):
        split_article(corpus, "0" * 16)
    with corpus.write(), pytest.raises(UsageError, match="no story"):
        merge_stories(corpus, _story(corpus, FESTIVAL), "f" * 16)
