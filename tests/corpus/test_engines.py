"""The map step on Ray gives what it gives locally: the same 2,000 articles make the same stored
articles, copies and stories with ``--engine local`` and ``--engine ray`` (a Ray instance started
on this machine)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lintas.corpus import ingest
from lintas.corpus.engines import Engine
from lintas.errors import MissingExtraError, UsageError
from lintas.evaluation.synth import write_jsonl
from lintas.store import open_store


def test_engine_names() -> None:
    assert Engine.parse("local") == Engine() and Engine.parse("ray") == Engine("ray")
    assert Engine.parse("ray://head:10001") == Engine("ray", "ray://head:10001")
    assert Engine.parse("ray:auto") == Engine("ray", "auto")
    with pytest.raises(UsageError, match="unknown engine"):
        Engine.parse("spark")


def test_without_the_extra_the_engine_says_which_pip_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # as if Ray were not installed
    (tmp_path / "a.txt").write_text("Banjir melanda Lebak pada Kamis pagi. Tiga orang meninggal dunia.")
    with open_store(str(tmp_path / "s.db")) as store, pytest.raises(MissingExtraError, match=r"lintas\[ray\]"):
        ingest([str(tmp_path / "a.txt")], store, engine="ray")


def _stored(db: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with open_store(db) as store:
        articles = sorted(
            (s.article.id, s.story, s.copy_of, round(s.copy_similarity or 0.0, 6), s.day, s.keys)
            for s in store.iter_articles()
        )
        stories = store.stories_by_id(sorted({str(a[1]) for a in articles}))
        return articles, sorted((s.id, s.n_articles, s.n_sources, s.title) for s in stories.values())


@pytest.mark.slow
def test_ray_and_local_store_the_same(tmp_path: Path) -> None:
    ray = pytest.importorskip("ray", reason="the Ray engine needs the 'ray' extra")
    source = str(tmp_path / "synth.jsonl")
    write_jsonl(source, 2000, seed=5, span_days=60)
    runs = {}
    try:
        for name in ("local", "ray"):
            db = str(tmp_path / f"{name}.db")
            with open_store(db) as store:
                result = ingest([source], store, workers=2, engine=name)
            assert result.added == 2000 and not result.rejected
            runs[name] = _stored(db)
    finally:
        ray.shutdown()  # the instance the engine started here: its memory is not the other tests'

    assert runs["ray"] == runs["local"]
    articles, stories = runs["local"]
    assert sum(1 for a in articles if a[2]) > 100 and len(stories) > 300  # copies and stories to compare
