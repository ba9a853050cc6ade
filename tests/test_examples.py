"""The project's own example articles: what the later stages rely on is extracted right."""

from __future__ import annotations

import pytest

import lintas
from lintas.model import Article
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    result = lintas.extract([EXAMPLES])
    assert result.rejected == ()
    return {a.input.removeprefix(f"{EXAMPLES}/"): a for a in result.articles}


def test_at_least_eight_articles_in_two_languages(articles: dict[str, Article]) -> None:
    assert len(articles) >= 8
    assert {a.language for a in articles.values()} == {"id", "en"}


@pytest.mark.parametrize(
    ("name", "outlet", "published", "language"),
    [
        ("kabarnusa-gempa-garut.txt", "KabarNusa.id", "2026-11-16T18:02:00+07:00", "id"),
        ("beritagarut-gempa-garut-salinan.txt", "BeritaGarut.com", "2026-11-16T20:30:00+07:00", "id"),
        ("wartapriangan-gempa-garut.html", "Warta Priangan", "2026-11-16T19:45:00+07:00", "id"),
        ("javapost-garut-quake.html", "The Java Post", "2026-11-16T14:10:00+00:00", "en"),
        ("kabarnusa-festival-dodol.txt", "KabarNusa.id", "2026-11-18T10:15:00+07:00", "id"),
        ("ekonomibisnis-inflasi-oktober.txt", "EkonomiBisnis.id", "2026-11-02T12:30:00+07:00", "id"),
        ("jakartaledger-inflation.html", "Jakarta Ledger", "2026-11-02T13:05:00+07:00", "en"),
        ("more-articles.jsonl:1", "Suara Pasar", "2026-11-02T15:20:00+07:00", "id"),
        ("more-articles.jsonl:2", "Asia Wire", "2026-11-17T08:30:00+07:00", "en"),
    ],
)
def test_metadata(articles: dict[str, Article], name: str, outlet: str, published: str, language: str) -> None:
    a = articles[name]
    assert (a.outlet, a.published, a.language) == (outlet, published, language)


def test_authors_and_cites(articles: dict[str, Article]) -> None:
    assert articles["kabarnusa-gempa-garut.txt"].authors == ("Rina Marlina", "Agus Setiawan")
    assert articles["beritagarut-gempa-garut-salinan.txt"].cites == ("KabarNusa.id",)
    assert articles["javapost-garut-quake.html"].cites == ("Antara",)
    assert articles["wartapriangan-gempa-garut.html"].authors == ("Asep Hidayat",)


def test_junk_is_gone_and_body_survives(articles: dict[str, Article]) -> None:
    junk = [
        "BACA JUGA",
        "Baca Juga",
        "Google News",
        "Penulis:",
        "Tags:",
        "©",
        "Komentar",
        "Bagikan",
        "Iklan",
        "Tajam, Terpercaya",
        "Beranda",
        "Cookie",
        "Subscribe",
        "Turut berduka",
        "Simak juga",
    ]
    for name, a in articles.items():
        for j in junk:
            assert j not in a.text, f"{j!r} left in {name}"
    quake = articles["kabarnusa-gempa-garut.txt"]
    assert '"Kami masih terus mencari warga yang diduga tertimbun reruntuhan," kata Dadang' in quake.text
    assert quake.text.endswith("ke lokasi terdampak pada Selasa pagi.")
    # The outlet's slogan repeats across its two articles: removed as its template.
    assert "Kabar Nusa – Tajam, Terpercaya, Terdepan" in quake.removed


def test_planted_facts_survive_for_later_stages(articles: dict[str, Article]) -> None:
    assert "Sedikitnya 12 orang meninggal dunia" in articles["kabarnusa-gempa-garut.txt"].text
    assert "14 orang tewas" in articles["wartapriangan-gempa-garut.html"].text
    assert "kata Hendra" in articles["wartapriangan-gempa-garut.html"].text
    assert "Dadang Soeparman" in articles["wartapriangan-gempa-garut.html"].text
    assert "2,1 persen" in articles["ekonomibisnis-inflasi-oktober.txt"].text
    assert "2.3 percent" in articles["jakartaledger-inflation.html"].text


def test_ids_are_stable_and_distinct(articles: dict[str, Article]) -> None:
    again = {a.input: a.id for a in lintas.extract([EXAMPLES]).articles}
    assert {a.input: a.id for a in articles.values()} == again
    assert len(set(again.values())) == len(again)
