"""Corpus ingest on the project's examples: stories, copies, re-runs, every input kind, exports."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from lintas.corpus import ingest
from lintas.store import Store, open_store
from tests.conftest import EXAMPLES, CliResult


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("corpus") / "examples.db")
    with open_store(db) as store:
        ingest([str(EXAMPLES)], store)
    return db


def _by_input(store: Store) -> dict[str, tuple[str | None, str | None, str | None]]:
    rows = store.query(
        "SELECT i.input, a.id, a.story, a.copy_of FROM inputs i LEFT JOIN articles a ON a.id = i.article"
    )
    return {Path(r[0]).name if ":" not in r[0] else r[0].rsplit("/", 1)[-1]: (r[1], r[2], r[3]) for r in rows}


def test_examples_become_their_stories(corpus: str) -> None:
    with open_store(corpus) as store:
        got = _by_input(store)
    quake_files = ("kabarnusa-gempa-garut.txt", "javapost-garut-quake.html", "wartapriangan-gempa-garut.html",
                   "beritagarut-gempa-garut-salinan.txt", "more-articles.jsonl:2")  # fmt: skip
    quake = {got[n][1] for n in quake_files}
    economy = {
        got[n][1]
        for n in ("ekonomibisnis-inflasi-oktober.txt", "jakartaledger-inflation.html", "more-articles.jsonl:1")
    }
    assert len(quake) == 1 and len(economy) == 1 and quake != economy
    assert got["kabarnusa-festival-dodol.txt"][1] not in quake  # same place, same week, another event
    assert got["more-articles.jsonl:3"][1] not in quake | economy


def test_the_key_led_index_holds_the_far_rows_of_the_epoch_led_one(corpus: str, tmp_path: Path) -> None:
    """Settling and merging take rows out of both indexes; re-clustering rebuilds both."""
    mirror = "SELECT key, day, story FROM name_index ORDER BY 1, 2, 3"
    far = (
        "SELECT key, day, story FROM key_index WHERE substr(key, 1, 2) IN ('w:', 'c:', 'd:') "
        "OR substr(key, 1, 6) = 'e:per:' ORDER BY 1, 2, 3"
    )
    from lintas.corpus import recluster
    from lintas.group.incremental import fold_stories

    db = tmp_path / "copy.db"
    db.write_bytes(Path(corpus).read_bytes())
    with open_store(str(db)) as store:
        rows = store.query(far)
        assert rows and store.query(mirror) == rows
        recluster(store)
        assert store.query(mirror) == store.query(far) == rows
        got = _by_input(store)
        with store.write():
            fold_stories(store, [got["kabarnusa-gempa-garut.txt"][1], got["ekonomibisnis-inflasi-oktober.txt"][1]])
        assert store.query(mirror) == store.query(far) != rows


def test_the_syndicated_copy_points_at_its_original_whatever_the_order(corpus: str) -> None:
    with open_store(corpus) as store:
        got = _by_input(store)
    original = got["kabarnusa-gempa-garut.txt"]
    assert got["beritagarut-gempa-garut-salinan.txt"][2] == original[0]
    assert original[2] is None


def test_ingesting_again_is_a_no_op(corpus: str) -> None:
    with open_store(corpus) as store:
        before = store.counts()
        result = ingest([str(EXAMPLES)], store)
        assert result.skipped == result.read == 10 and result.added == 0
        assert store.counts() == before


def test_a_changed_file_under_a_new_name_is_a_duplicate_not_a_new_article(tmp_path: Path) -> None:
    text = (EXAMPLES / "kabarnusa-gempa-garut.txt").read_bytes()
    (tmp_path / "a.txt").write_bytes(text)
    (tmp_path / "b.txt").write_bytes(text)
    with open_store(str(tmp_path / "c.db")) as store:
        result = ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], store)
        assert (result.added, result.duplicates) == (1, 1)
        assert store.counts()["articles"] == 1


def test_bad_inputs_are_recorded_with_reasons_and_the_rest_is_stored(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "lines.jsonl").write_text('{"title": "x"}\nnot json\n' + json.dumps(
        {"title": "Banjir di Garut", "text": (EXAMPLES / "kabarnusa-gempa-garut.txt").read_text()}) + "\n")  # fmt: skip
    with open_store(str(tmp_path / "c.db")) as store:
        result = ingest([str(tmp_path), str(tmp_path / "missing.txt")], store)
        reasons = {Path(r.input).name: r.reason for r in result.rejected}
        assert set(reasons) == {"empty.txt", "lines.jsonl:1", "lines.jsonl:2", "missing.txt"}
        assert "no such file" in reasons["missing.txt"] and "invalid JSON" in reasons["lines.jsonl:2"]
        assert result.added == 1
        assert {r[0] for r in store.rejected()} == {r.input for r in result.rejected}


def _warc(path: Path, pages: dict[str, str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for url, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers)
            writer.write_record(record)


def test_warc_and_stdin_inputs(tmp_path: Path) -> None:
    html = (EXAMPLES / "javapost-garut-quake.html").read_text()
    _warc(tmp_path / "crawl.warc.gz", {"https://javapost.example/quake": html})
    stdin = io.BytesIO((EXAMPLES / "kabarnusa-festival-dodol.txt").read_bytes())
    with open_store(str(tmp_path / "c.db")) as store:
        result = ingest([str(tmp_path / "crawl.warc.gz"), "-"], store, stdin=stdin)
        assert result.added == 2 and not result.rejected
        inputs = sorted(r[0] for r in store.query("SELECT input FROM inputs"))
        assert inputs[0] == "-" and inputs[1].startswith(str(tmp_path / "crawl.warc.gz") + "#")
        (url,) = store.query("SELECT url FROM articles WHERE input <> '-'")[0]
        assert url == "https://javapost.example/quake"


def test_a_broken_warc_is_rejected_with_its_path(tmp_path: Path) -> None:
    (tmp_path / "bad.warc.gz").write_bytes(gzip.compress(b"this is not a warc record\r\n\r\n"))
    with open_store(str(tmp_path / "c.db")) as store:
        result = ingest([str(tmp_path / "bad.warc.gz")], store)
    assert [r.input for r in result.rejected] == [str(tmp_path / "bad.warc.gz")]


def test_cli_ingest_export_and_browse(run_cli: Callable[..., CliResult], corpus: str, tmp_path: Path) -> None:
    out = run_cli("export", "--db", corpus, "--what", "articles", "--format", "jsonl")
    assert out.code == 0
    rows = [json.loads(line) for line in out.out.splitlines()]
    assert len(rows) == 10 and all({"id", "input", "outlet", "published", "story", "copy_of"} <= set(r) for r in rows)
    assert any(r["input"].endswith("more-articles.jsonl:2") for r in rows)
    listed = json.loads(run_cli("stories", "--db", corpus, "--format", "json", "--min-sources", "2").out)["stories"]
    assert len(listed) == 2 and all(s["independent_sources"] >= 2 for s in listed)
    quake = run_cli("stories", "--db", corpus, "--query", "gempa", "--format", "json").out
    assert "Garut" in quake
    by_entity = json.loads(run_cli("stories", "--db", corpus, "--entity", "Bambang Hartono", "--format", "json").out)
    assert [s["title"] for s in by_entity["stories"]] and "Inflasi" in by_entity["stories"][0]["title"]
    # Listing reads stored counts only: stories not compared since they changed are named, not compared.
    unchecked = run_cli("stories", "--db", corpus, "--disputed", "--format", "json")
    before = {s["id"] for s in json.loads(unchecked.out)["stories"]}
    assert run_cli("refresh", "--db", corpus).out.startswith("compared ")
    disputed = json.loads(run_cli("stories", "--db", corpus, "--disputed", "--format", "json").out)["stories"]
    assert {s["id"] for s in disputed} == {s["id"] for s in listed}
    after = {s["id"] for s in disputed}
    assert before == after or (before < after and "run `lintas refresh`" in unchecked.err)
    assert "lintas refresh" not in run_cli("stories", "--db", corpus, "--disputed").err
    report = json.loads(run_cli("story", disputed[0]["id"], "--db", corpus).out)
    assert report["stories"][0]["id"] == disputed[0]["id"] and report["stories"][0]["discrepancies"]
    html = run_cli("story", disputed[0]["id"], "--db", corpus, "--format", "html", "-o", str(tmp_path / "s.html"))
    assert html.code == 0 and (tmp_path / "s.html").read_text().startswith("<!DOCTYPE html>")
    csv_out = run_cli("export", "--db", corpus, "--what", "discrepancies", "--format", "csv")
    assert csv_out.code == 0 and csv_out.out.splitlines()[0].startswith("story,")
    missing = run_cli("story", "nope", "--db", corpus)
    assert missing.code == 1 and "lintas stories" in missing.err


def test_eval_clusters_scores_the_stored_stories(
    run_cli: Callable[..., CliResult], corpus: str, tmp_path: Path
) -> None:
    with open_store(corpus) as store:
        inputs = [r[0] for r in store.query("SELECT input FROM inputs ORDER BY input")]
    event = {"gempa": "quake", "quake": "quake", "inflasi": "economy", "inflation": "economy", "festival": "festival"}
    gold = tmp_path / "gold.jsonl"
    with gold.open("w") as f:
        for i in inputs:
            label = next((v for k, v in event.items() if k in i), None)
            label = label or {":1": "economy", ":2": "quake", ":3": "football"}[i[i.rfind(":") :]]
            f.write(json.dumps({"input": i, "cluster": label}) + "\n")
    out = run_cli("eval", "clusters", "--db", corpus, "--gold", str(gold))
    assert out.code == 0, out.err
    scores = json.loads(out.out)
    assert scores["bcubed"]["f1"] == 1.0 and scores["pairwise"]["f1"] == 1.0
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"input": "x"}\n')
    assert run_cli("eval", "clusters", "--db", corpus, "--gold", str(bad)).code == 2


def test_parquet_export_works_or_names_the_extra(
    run_cli: Callable[..., CliResult], corpus: str, tmp_path: Path
) -> None:
    out = run_cli("export", "--db", corpus, "--format", "parquet", "-o", str(tmp_path / "a.parquet"))
    try:
        import pyarrow.parquet as pq
    except ImportError:
        assert out.code == 1 and "pip install 'lintas[parquet]'" in out.err
    else:
        assert out.code == 0 and pq.read_table(tmp_path / "a.parquet").num_rows == 10


def test_postgres_store_groups_the_examples_like_sqlite(corpus: str, postgres_url: str) -> None:
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    with open_store(postgres_url.rsplit("/", 1)[0] + "/" + name) as pg:
        result = ingest([str(EXAMPLES)], pg)
        assert result.added == 10
        got = _by_input(pg)
        from lintas.corpus.browse import search_articles

        assert search_articles(pg, "gempa garut")
    with open_store(corpus) as lite:
        want = _by_input(lite)
    assert got == want


def test_reanalyse_rebuilds_the_same_corpus_from_the_kept_raw_input(tmp_path: Path) -> None:
    from lintas.corpus.ingest import reanalyse

    db = str(tmp_path / "c.db")
    (tmp_path / "empty.txt").write_text("")
    with open_store(db) as store:
        ingest([str(EXAMPLES), str(tmp_path / "empty.txt")], store)
        before, counts = _by_input(store), store.counts()
        result = reanalyse(store)
        assert result.read == 10 and result.added == 10  # the empty file kept no raw text to re-read
        assert _by_input(store) == before and store.counts() == counts
        assert store.query("SELECT COUNT(*) FROM inputs WHERE status = 'pending'")[0][0] == 0


def test_a_merged_storys_id_answers_with_the_story_it_went_into(corpus: str, tmp_path: Path) -> None:
    from lintas.corpus.browse import story_report_json
    from lintas.group.incremental import fold_stories

    db = tmp_path / "merged.db"
    db.write_bytes(Path(corpus).read_bytes())
    with open_store(str(db)) as store:
        got = _by_input(store)
        quake, economy = got["kabarnusa-gempa-garut.txt"][1], got["ekonomibisnis-inflasi-oktober.txt"][1]
        assert quake and economy
        sizes = {s: len(store.story_articles(s)) for s in (quake, economy)}
        with store.write():
            kept = fold_stories(store, [economy, quake])
        assert kept == quake and sizes[quake] > sizes[economy]  # the larger story keeps its id
        report = story_report_json(store, economy)["stories"][0]
        assert report["id"] == quake and len(report["articles"]) == sum(sizes.values())
        assert store.counts()["stories"] == len({v[1] for v in got.values() if v[1]}) - 1


def test_a_run_settles_its_stories_of_one_article_and_a_killed_runs_at_the_next(corpus: str, tmp_path: Path) -> None:
    db = tmp_path / "settle.db"
    db.write_bytes(Path(corpus).read_bytes())
    with open_store(str(db)) as store:
        assert store.unsettled(100) == []  # the run that made the corpus settled its own
        got = _by_input(store)
        alone = got["more-articles.jsonl:3"][1]
        assert alone and len(store.story_articles(alone)) == 1
        with store.write():  # as a run killed before its end leaves them
            store.add_unsettled([alone])
        result = ingest([str(EXAMPLES)], store)
        assert result.added == 0 and store.unsettled(100) == []
        assert _by_input(store) == got  # nothing claims it: the same story again


def test_an_undated_story_stays_undated_and_matches_no_date_filter(tmp_path: Path) -> None:
    """A page that says no date is placed on a day for clustering, but never listed under it."""
    from lintas.corpus.browse import StoryFilter, list_stories, stories_text

    undated = (
        "Warga Desa Sukarame bergotong royong membersihkan saluran air yang tersumbat sampah setelah hujan "
        "deras mengguncang kampung mereka. Kepala desa mengatakan kegiatan ini rutin dilakukan setiap bulan."
    )
    other = (
        "Harga cabai rawit di Pasar Cibeureum naik dua kali lipat dalam sepekan karena pasokan dari petani "
        "berkurang. Pedagang berharap pemerintah daerah segera menggelar operasi pasar sebelum Lebaran tiba."
    )
    record = {"text": other, "title": "Kerja bakti di Cibeureum", "url": "https://contoh.id/berita/kerja-bakti"}
    dated = json.dumps(record | {"published": "2024-03-05T08:00:00+07:00"})
    (tmp_path / "undated.txt").write_text(f"Kerja bakti di Sukarame\n{undated}\n", encoding="utf-8")
    (tmp_path / "dated.jsonl").write_text(dated + "\n", encoding="utf-8")
    with open_store(str(tmp_path / "c.db")) as store:
        ingest([str(tmp_path / "undated.txt"), str(tmp_path / "dated.jsonl")], store)
        everything = list_stories(store, StoryFilter())
        recent = list_stories(store, StoryFilter(since="2026-11-01"))
        old = list_stories(store, StoryFilter(since="2024-03-01", until="2024-03-31"))
    by_title = {s["title"]: s for s in everything}
    assert by_title["Kerja bakti di Sukarame"]["first_day"] is None
    assert by_title["Kerja bakti di Cibeureum"]["first_day"] == "2024-03-05"
    assert recent == []
    assert [s["title"] for s in old] == ["Kerja bakti di Cibeureum"]
    assert "undated" in stories_text(everything)


def test_the_list_and_the_report_count_the_same_independent_sources(corpus: str) -> None:
    """One count everywhere: outlets apart, a copy not an independent source."""
    from lintas.corpus.browse import StoryFilter, list_stories, story_report

    with open_store(corpus) as store:
        listed = {s["id"]: s for s in list_stories(store, StoryFilter(min_sources=1, limit=500))}
        for story_id, row in listed.items():
            if row["articles"] < 2:
                continue
            report = story_report(store, story_id)
            story = report.stories[0]
            assert row["independent_sources"] == story.independent_sources, (story_id, row, story.outlets)
            assert row["outlets"] == len(story.outlets), (story_id, row, story.outlets)
            assert row["independent_sources"] <= row["outlets"]


def test_a_bug_in_one_articles_analysis_leaves_it_out_of_the_story_report(
    corpus: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The story's other articles are still compared; the left-out one says why."""
    import lintas.pipeline as pipeline
    from lintas.corpus.browse import StoryFilter, list_stories, story_report

    with open_store(corpus) as store:
        story = next(s for s in list_stories(store, StoryFilter(limit=500)) if s["articles"] >= 3)
        members = store.story_articles(story["id"])
        odd = members[1].article.id
        real = pipeline.analyse_article

        def buggy(article: pipeline.Article, **kw: bool) -> object:
            if article.id == odd:
                raise ValueError("a bug only this article meets")
            return real(article, **kw)

        monkeypatch.setattr(pipeline, "analyse_article", buggy)
        report = story_report(store, story["id"])
    assert [r.input for r in report.rejected] == [members[1].article.input]
    assert "a bug in lintas" in report.rejected[0].reason
    assert sorted(report.stories[0].articles) == sorted(m.article.id for m in members if m.article.id != odd)
