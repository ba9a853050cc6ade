"""lintas compare on the project's example articles: stories, copies, planted contradictions,
and faithfulness of every statement to the sentence it cites."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import lintas
from lintas.analyse.sentences import dateline_end
from lintas.comparison.model import Report, Story
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def report() -> Report:
    return lintas.compare([EXAMPLES])


def _name(report: Report, article_id: str) -> str:
    return report.article(article_id).input.removeprefix(f"{EXAMPLES}/")


def _story(report: Report, member: str) -> Story:
    return next(s for s in report.stories if any(_name(report, a) == member for a in s.articles))


def test_stories_are_right(report: Report) -> None:
    groups = sorted(sorted(_name(report, a) for a in s.articles) for s in report.stories)
    assert groups == sorted(
        [
            sorted(["beritagarut-gempa-garut-salinan.txt", "javapost-garut-quake.html", "kabarnusa-gempa-garut.txt",
                    "more-articles.jsonl:2", "wartapriangan-gempa-garut.html"]),
            sorted(["ekonomibisnis-inflasi-oktober.txt", "jakartaledger-inflation.html", "more-articles.jsonl:1"]),
            ["kabarnusa-festival-dodol.txt"],  # same place, same week, different event
            ["more-articles.jsonl:3"],
        ]
    )  # fmt: skip


def test_syndicated_copy_is_found_and_not_a_source(report: Report) -> None:
    quake = _story(report, "kabarnusa-gempa-garut.txt")
    assert [(_name(report, c["article"]), _name(report, c["copy_of"])) for c in quake.copies] == [
        ("beritagarut-gempa-garut-salinan.txt", "kabarnusa-gempa-garut.txt")
    ]
    copy_id = quake.copies[0]["article"]
    assert "BeritaGarut.com" not in [o for f in quake.facts for o in f.outlets]
    assert all(c.article != copy_id for d in quake.discrepancies for c in d.claims)
    assert quake.independent_sources == 4


def _found(story: Story, report: Report) -> set[tuple[Any, ...]]:
    return {
        (d.kind, d.about.split(" (")[0], tuple(sorted((_name(report, c.article), str(c.value)) for c in d.claims)))
        for d in story.discrepancies
    }


def test_every_planted_contradiction_is_found_and_nothing_else(report: Report) -> None:
    quake = _story(report, "kabarnusa-gempa-garut.txt")
    assert _found(quake, report) == {
        ("number", "death toll", (("javapost-garut-quake.html", "12"), ("kabarnusa-gempa-garut.txt", "12"),
                                  ("more-articles.jsonl:2", "14"), ("wartapriangan-gempa-garut.html", "14"))),
        ("number", "depth", (("javapost-garut-quake.html", "10"), ("kabarnusa-gempa-garut.txt", "10"),
                             ("wartapriangan-gempa-garut.html", "11"))),
        ("time", "time of day of the event", (("javapost-garut-quake.html", "13:21"),
                                              ("kabarnusa-gempa-garut.txt", "13:21"),
                                              ("wartapriangan-gempa-garut.html", "13:12"))),
        ("attribution", "who said “Kami masih terus mencari warga yang diduga tertimbun reru...”",
         (("kabarnusa-gempa-garut.txt", "Dadang Suparman"), ("wartapriangan-gempa-garut.html", "Hendra Wiratmaja"))),
    }  # fmt: skip
    inflation = _story(report, "ekonomibisnis-inflasi-oktober.txt")
    assert _found(inflation, report) == {
        ("number", "exchange rate", (("ekonomibisnis-inflasi-oktober.txt", "15850"),
                                     ("jakartaledger-inflation.html", "15860"), ("more-articles.jsonl:1", "15860"))),
        ("number", "inflation rate", (("ekonomibisnis-inflasi-oktober.txt", "2.1"),
                                      ("jakartaledger-inflation.html", "2.3"), ("more-articles.jsonl:1", "2.3"))),
        ("attribution", "who said “Komoditas yang dominan memberikan andil inflasi adalah ca...”",
         (("ekonomibisnis-inflasi-oktober.txt", "Rini Kusumawati"), ("more-articles.jsonl:1", "Joko Prasetyo"))),
        ("name", "spelling of Rini Kusumawati", (("ekonomibisnis-inflasi-oktober.txt", "Rini Kusumawati"),
                                                 ("jakartaledger-inflation.html", "Rini Kusumawaty"))),
    }  # fmt: skip
    for single in ("kabarnusa-festival-dodol.txt", "more-articles.jsonl:3"):
        assert _story(report, single).discrepancies == []


def test_rising_toll_names_the_latest_report(report: Report) -> None:
    quake = _story(report, "kabarnusa-gempa-garut.txt")
    toll = next(d for d in quake.discrepancies if d.about.startswith("death toll"))
    assert toll.compatible  # "at least 12" and 14 can both hold
    assert toll.latest is not None and _name(report, toll.latest) == "more-articles.jsonl:2"


def test_entities_merge_spellings_across_outlets(report: Report) -> None:
    quake = _story(report, "kabarnusa-gempa-garut.txt")
    dadang = next(e for e in quake.entities if e.name == "Dadang Suparman")
    assert "Dadang Soeparman" in dadang.aliases
    assert len(dadang.mentions) >= 3


_SCALES = {"ribu": 1e3, "thousand": 1e3, "juta": 1e6, "million": 1e6, "miliar": 1e9, "milyar": 1e9,
           "billion": 1e9, "triliun": 1e12, "trillion": 1e12}  # fmt: skip


def _numbers(text: str) -> set[float]:
    """Every value a written number in ``text`` can stand for: "1.200" and "1,200" as 1200,
    "5,4" and "5.4" as 5.4, each times a scale word that follows ("1,5 juta")."""
    out: set[float] = set()
    for m in re.finditer(r"(\d+(?:[.,]\d+)*)\s*([a-z]+)?", text, re.I):
        raw, word = m.group(1), (m.group(2) or "").lower()
        groups = re.split(r"[.,]", raw)
        readings = set()
        if all(len(g) == 3 for g in groups[1:]):  # every separator groups thousands
            readings.add(float("".join(groups)))
        if len(groups) > 1 and all(len(g) == 3 for g in groups[1:-1]):  # the last one is the decimal point
            readings.add(float("".join(groups[:-1]) + "." + groups[-1]))
        out |= readings | {r * _SCALES[word] for r in readings if word in _SCALES}
    return out


def test_faithfulness(report: Report) -> None:
    """Every fact, claim, quote, timeline entry and digest sentence is backed by its cited sentence."""

    def sentence(article_id: str, index: int) -> str:
        return report.article(article_id).sentences[index].text

    def shows(text: str, article_id: str, index: int) -> bool:
        """The cited sentence, or the lead without its dateline ("JAKARTA (The Java Post) - ")."""
        full = sentence(article_id, index)
        return text == full or (index == 0 and full.endswith(text) and dateline_end(full) == len(full) - len(text))

    for story in report.stories:
        for f in story.facts:
            assert shows(f.text, f.sources[0].article, f.sources[0].sentence)
            for s in f.sources:
                assert shows(s.text, s.article, s.sentence)
        for d in story.discrepancies:
            assert len(d.claims) >= 2
            for c in d.claims:
                assert c.text in sentence(c.article, c.sentence)
                if d.kind == "number":
                    value = float(c.value)
                    written = _numbers(c.text)
                    assert any(abs(n - value) <= 1e-9 * max(1.0, value) for n in written), (c.value, c.text)
                if d.kind == "attribution":
                    assert c.text in sentence(c.article, c.sentence)
        for q in story.quotes:
            assert q.text in sentence(q.article, q.sentence)
        for t in story.timeline:
            assert shows(t.text, t.sources[0].article, t.sources[0].sentence)
        for g in story.digest:
            assert g.sources
            cited = " ".join(sentence(s.article, s.sentence) for s in g.sources)
            if not g.composed:
                assert g.text in cited
            else:  # a composed sentence may only carry values from its cited claims
                claims = {str(c.value) for d in story.discrepancies for c in d.claims}
                dates = {c.published for d in story.discrepancies for c in d.claims if c.published}
                for number in re.findall(r"\d+(?:[.:]\d+)*", g.text):
                    assert any(number in v for v in claims | dates), (number, g.text)


def test_formats_render_and_escape(report: Report) -> None:
    from lintas.report.compare import render_report

    html = render_report(report, "html")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert "<mark>" in html
    assert "Outlets differ on the death toll" in render_report(report, "md")
    assert "4 stories from 10 articles" in render_report(report, "text")


def test_cli_compare_in_a_fresh_process(tmp_path: Path) -> None:
    """The way users run it: a new process, models loading in background threads."""
    out = tmp_path / "report.json"
    proc = subprocess.run(
        [sys.executable, "-m", "lintas", "compare", str(EXAMPLES), "-f", "json", "-o", str(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(json.loads(out.read_text())["stories"]) == 4


def test_html_report_escapes_hostile_article_text(tmp_path: Path) -> None:
    from lintas.report.compare import render_report

    hostile = (
        "Judul <script>alert(1)</script>\n\n"
        'Gempa <img src=x onerror="alert(2)"> mengguncang Garut pada Senin siang dan merusak rumah warga. '
        'Sedikitnya 12 orang meninggal dunia, kata <a href="javascript:alert(3)">petugas</a> &amp; relawan.'
    )
    path = tmp_path / "hostile.txt"
    path.write_text(hostile)
    html = render_report(lintas.compare([path]), "html")
    assert "<script>" not in html and "<img" not in html and "<a href" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x" in html


def test_quote_wording_against_excerpts_and_slips() -> None:
    from lintas.comparison.quotes import reworded

    said = "We will rebuild the bridge before the rains come, whatever it costs"
    assert reworded(said, "We will rebuild the bridge before the floods come, whatever it costs")
    assert reworded(said, "We will rebuild the bridge before the rains come, whatever it takes")
    assert not reworded(said, "rebuild the bridge before the rains come")  # an excerpt
    assert not reworded("Innalillahi wainnailaihi rojiun", "Innalillahi wainailaihi rojiun")  # a slip
    assert not reworded(said, "The victim was too young to die in the street")  # another statement


def test_times_told_roughly_are_one_time() -> None:
    from lintas.comparison.model import Claim
    from lintas.comparison.times import _told_apart

    def at(clock: str, qualifier: str | None = None) -> Claim:
        return Claim("a", 0, clock, clock, qualifier)

    assert not _told_apart(at("21:30"), at("21:35"))
    assert _told_apart(at("13:21"), at("13:12"))  # both to the minute
    assert not _told_apart(at("14:48"), at("14:45"))
    assert _told_apart(at("22:00"), at("22:30"))
