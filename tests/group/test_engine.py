"""One story engine: ``compare`` and ``ingest`` make the same stories of the same articles.

On the project's examples, on a month of GVA (September 2015, 118 articles) and on a day of the
real Indonesian stream (16 June 2025, 187 articles). Ingest runs in one batch here: the
cross-article clean (lines an outlet repeats on every page) sees the batch, and ``compare`` sees
its whole run as one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lintas
from lintas.corpus import ingest
from lintas.store import open_store
from tests.conftest import EXAMPLES, shared_path


def _stories_both_ways(inputs: list[str], tmp_path: Path) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    report = lintas.compare(inputs)
    by_compare = {frozenset(s.articles) for s in report.stories}
    with open_store(str(tmp_path / "engine.db")) as store:
        ingest(inputs, store, batch=100_000)
        placed = store.placements([a.id for a in report.articles])
    assert len(placed) == len(report.articles)
    members: dict[str, set[str]] = {}
    for article, (story, _, _) in placed.items():
        members.setdefault(story or article, set()).add(article)
    return by_compare, {frozenset(m) for m in members.values()}


def test_same_stories_on_examples(tmp_path: Path) -> None:
    by_compare, by_ingest = _stories_both_ways([str(EXAMPLES)], tmp_path)
    assert by_compare == by_ingest
    assert any(len(s) > 1 for s in by_compare)


def _slice(source: Path, prefix: str, out: Path) -> str:
    with source.open(encoding="utf-8") as f, out.open("w", encoding="utf-8") as sink:
        for line in f:
            if (json.loads(line).get("published") or "").startswith(prefix):
                sink.write(line)
    return str(out)


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize(
    ("data", "prefix"),
    [(("gva-news", "articles.jsonl"), "2015-09"), (("id-news-2025", "articles.jsonl"), "2025-06-16")],
)
def test_same_stories_on_real_news(data: tuple[str, str], prefix: str, tmp_path: Path) -> None:
    source = shared_path("data", *data)
    by_compare, by_ingest = _stories_both_ways([_slice(source, prefix, tmp_path / "slice.jsonl")], tmp_path)
    assert by_compare == by_ingest
    assert sum(len(s) > 1 for s in by_compare) >= 10


def test_an_undated_report_joins_its_event_and_the_report_says_so() -> None:
    from dataclasses import replace

    from lintas.pipeline import extract
    from lintas.report.compare import render_report

    quake = [str(EXAMPLES / n) for n in ("kabarnusa-gempa-garut.txt", "wartapriangan-gempa-garut.html")]
    first, second = extract(quake).articles
    # Undated, it was placed on the day it was read (years after its event) and stood alone.
    report = lintas.compare([first, replace(second, published=None)])
    assert len(report.stories) == 1
    assert "(1 of 2 articles undated)" in render_report(report, "text")
    alone = lintas.compare([replace(second, published=None)])
    assert "time unknown" in render_report(alone, "text")


def test_the_same_article_given_twice_is_one_story_member_each_time() -> None:
    from lintas.analyse import analyse_article
    from lintas.group.engine import group_articles
    from lintas.group.features import features_of
    from lintas.pipeline import extract

    (article,) = extract([str(EXAMPLES / "kabarnusa-gempa-garut.txt")]).articles
    features = features_of([analyse_article(article, entities_only=True)])
    grouping = group_articles([article, article], [features[0], features[0]])
    assert grouping.stories == [[0, 1]] and grouping.copies == []
