"""One interface language at a time: each report surface rendered in Indonesian and in English
holds no word that only the other language uses (source text aside), and says its counts right."""

from __future__ import annotations

import json

import pytest

import lintas
from lintas import _words
from lintas.comparison.model import Report
from lintas.report.compare import render_report
from tests.conftest import EXAMPLES
from tests.interface_words import foreign_words, only_in, source_strings


@pytest.fixture(scope="module")
def report() -> Report:
    return lintas.compare([EXAMPLES])


def test_the_check_can_fail() -> None:
    assert "death" in only_in("en") and "korban" in only_in("id")
    assert foreign_words("Outlets differ on the death toll: 12 (A)", [], "id") >= {"outlets", "differ", "death"}
    assert not foreign_words("Media berbeda soal jumlah korban tewas: 12 (A)", [], "id")


@pytest.mark.parametrize("fmt", ["text", "md", "html", "json"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_surface_speaks_one_language(report: Report, fmt: str, lang: str) -> None:
    rendered = render_report(report, fmt, lang)
    if fmt == "json":  # what lintas composes in the JSON: about, note, digest sentences
        data = json.loads(rendered)
        composed = [d["about"] + " " + d.get("note", "") for s in data["stories"] for d in s["discrepancies"]]
        composed += [g["text"] for s in data["stories"] for g in s["digest"] if g["composed"]]
        rendered = "\n".join(composed)
    sources = source_strings(report.to_dict(lang))
    assert foreign_words(rendered, sources, lang) == set()


def test_indonesian_report_says_the_contradiction_in_indonesian(report: Report) -> None:
    text = render_report(report, "text", "id")
    assert "Media berbeda soal jumlah korban tewas: sedikitnya 12 (The Java Post)" in text
    assert "Laporan terbaru (Asia Wire" in text and "(at_least)" not in text
    assert "4 berita dari 10 artikel, 0 ditolak" in text
    html = render_report(report, "html", "id")
    assert '<html lang="id">' in html and "Ringkasan" in html


def test_counts_read_right() -> None:
    assert _words.count(1, "story") == "1 story" and _words.count(2, "story") == "2 stories"
    assert _words.count(1, "discrepancy") == "1 discrepancy" and _words.count(3, "discrepancy") == "3 discrepancies"
    assert _words.count(2, "article", "id") == "2 artikel"


def test_a_stored_report_is_said_again_in_the_other_language(report: Report) -> None:
    data = report.to_dict("en")
    toll = next(d for s in data["stories"] for d in s["discrepancies"] if d["topic"] == "deaths")
    assert toll["about"].startswith("death toll") and toll["note"].startswith("The latest report")
    again = _words.localise(json.loads(json.dumps(data)), "id")
    toll = next(d for s in again["stories"] for d in s["discrepancies"] if d["topic"] == "deaths")
    assert toll["about"].startswith("jumlah korban tewas") and toll["note"].startswith("Laporan terbaru")
    assert any(g["text"].startswith("Media berbeda soal") for s in again["stories"] for g in s["digest"])


def test_figures_are_written_as_each_language_writes_them() -> None:
    assert _words.number(2.1, "id") == "2,1" and _words.number(15850, "id") == "15.850"
    assert _words.number(-0.5, "id") == "-0,5" and _words.number(12, "id") == "12"
    assert _words.number(2.1, "en") == "2.1" and _words.qualified(144, "at_least", "id") == "sedikitnya 144"
