"""Issue 3's reference expectations on ../shared/seeds (skipped without ../shared)."""

from __future__ import annotations

import pytest

import lintas
from lintas.analyse import Analysis, analyse_article
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def seeds() -> tuple[Analysis, Analysis]:
    result = lintas.extract([shared_path("seeds")])
    genpi, voa = sorted(result.articles, key=lambda a: a.input)
    return analyse_article(genpi), analyse_article(voa)


def _names(an: Analysis, kind: str) -> set[str]:
    return {e.name for e in an.entities if e.type == kind}


def test_genpi_entities(seeds: tuple[Analysis, Analysis]) -> None:
    genpi, _ = seeds
    assert {"Sergei Shoigu", "Sébastien Lecornu", "Emmanuel Macron", "Vladimir Putin"} <= _names(genpi, "PER")
    assert {"Rusia", "Prancis", "Ukraina", "Moskow", "Paris", "Jenewa", "Istanbul", "Kyiv"} <= _names(genpi, "LOC")
    assert {"NATO", "ISIS", "AP News"} <= _names(genpi, "ORG")
    prancis = next(e for e in genpi.entities if e.name == "Prancis")
    assert "Perancis" in prancis.aliases
    shoigu = next(e for e in genpi.entities if e.name == "Sergei Shoigu")
    assert "Shoigu" in shoigu.aliases


def test_lecornu_has_one_id_across_spellings(seeds: tuple[Analysis, Analysis]) -> None:
    genpi, voa = seeds
    g = next(e for e in genpi.entities if e.name == "Sébastien Lecornu")
    v = next(e for e in voa.entities if fold(e.name) == "sebastien lecornu")
    assert g.key == v.key == "per:sebastien lecornu"
    assert any("Menteri Pertahanan" in r for r in g.roles)


def fold(text: str) -> str:
    from lintas.analyse.gazetteer import fold as _fold

    return _fold(text)


def test_numbers(seeds: tuple[Analysis, Analysis]) -> None:
    genpi, voa = seeds
    g = [(q.value, q.counted, q.qualifier) for q in genpi.quantities if q.counted == "deaths"]
    v = [(q.value, q.counted, q.qualifier) for q in voa.quantities if q.counted == "deaths"]
    assert g == [(145, "deaths", "exact")]
    assert v == [(144, "deaths", "at_least")]


def test_dates(seeds: tuple[Analysis, Analysis]) -> None:
    genpi, _ = seeds
    by_text = {d.text: d.value for d in genpi.dates}
    assert by_text["pada Rabu"] == "2024-04-03"
    assert by_text["Oktober 2022"] == "2022-10"
    assert by_text["22 Maret"] == "2024-03-22"


def test_quote_and_cites(seeds: tuple[Analysis, Analysis]) -> None:
    genpi, _ = seeds
    quote = next(q for q in genpi.quotes if q.text.startswith("hal ini akan menimbulkan masalah bagi Prancis sendiri"))
    assert quote.speaker == "Sergei Shoigu" and quote.direct
    assert genpi.article.cites == ("AP News",)
