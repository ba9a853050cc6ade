"""The reference case in ../shared/seeds (skipped when ../shared is absent)."""

from __future__ import annotations

import re

import pytest

import lintas
from lintas.model import Article
from tests.conftest import shared_path

# Every junk line DESIGN.md lists for the seeds.
JUNK = [
    "BACA JUGA",
    "Silakan baca konten menarik lainnya",
    "Redaktur:",
    "BERITA TERPOPULER",
    "BERITA TERKAIT",
    "Copyright ©",
    "Tautan-tautan Akses",
    "Forum",
    "Recommended",
    "(foto: dok)",
]
FURNITURE_LINES = {"XS", "SM", "MD", "LG"}


@pytest.fixture(scope="module")
def seeds() -> tuple[Article, Article, str, str]:
    seed_dir = shared_path("seeds")
    result = lintas.extract([seed_dir])
    assert result.rejected == ()
    genpi, voa = sorted(result.articles, key=lambda a: a.input)
    raw_g = (seed_dir / "000_97e1396454271551.txt").read_text(encoding="utf-8")
    raw_v = (seed_dir / "001_e16078d3bce70895.txt").read_text(encoding="utf-8")
    return genpi, voa, raw_g, raw_v


def _body_sentences(raw: str) -> list[str]:
    """Sentences of the raw file's paragraphs that are article body (long, not junk)."""
    out: list[str] = []
    for para in raw.split("\n"):
        para = para.strip()
        if len(para.split()) < 8 or any(j in para for j in JUNK) or not para.endswith((".", ")", "]", "”")):
            continue  # short lines, junk, and the unpunctuated title line
        para = re.sub(r"\s*(\(\*\)|\[ns/jm\])$", "", para)
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z“])", para)
        out.extend(" ".join(s.split()) for s in sentences if len(s.split()) >= 3)  # clean text folds nbsp
    return out


def test_no_junk_survives(seeds: tuple[Article, Article, str, str]) -> None:
    for article in seeds[:2]:
        for junk in JUNK:
            assert junk not in article.text, f"{junk!r} in {article.input}"
        assert not FURNITURE_LINES & set(article.text.split("\n"))
        assert "(*)" not in article.text and "[ns/jm]" not in article.text


def test_every_body_sentence_survives(seeds: tuple[Article, Article, str, str]) -> None:
    genpi, voa, raw_g, raw_v = seeds
    for article, raw in ((genpi, raw_g), (voa, raw_v)):
        body = _body_sentences(raw)
        assert len(body) > 10
        for sentence in body:
            assert sentence in article.text, sentence
    assert genpi.text.endswith("mengenai serangan yang akan segera terjadi.")
    assert "Tidak ada kesepakatan akhir yang dicapai dan perundingan gagal segera setelahnya." in genpi.text
    assert "“Prancis akan terus mendukung Ukraina" in voa.text


def test_genpi_metadata(seeds: tuple[Article, Article, str, str]) -> None:
    genpi, voa, _, _ = seeds
    assert genpi.outlet == "GenPI.co"
    assert genpi.published == "2024-04-07T18:30:00+07:00"
    assert genpi.cites == ("AP News",)
    assert "Irwina Istiqomah" in genpi.authors
    assert genpi.title == "Menteri Pertahanan Rusia Memperingatkan Prancis untuk Tidak Kirim Pasukan ke Ukraina"
    assert voa.title == "Menhan Prancis dan Rusia Lakukan Pembicaraan Telepon"
    assert genpi.language == "id" and voa.language == "id"


def test_removed_lines_are_audited(seeds: tuple[Article, Article, str, str]) -> None:
    genpi, voa, _, _ = seeds
    assert "Redaktur: Irwina Istiqomah" in genpi.removed
    assert "Copyright © 2024 by GenPI.co" in genpi.removed
    assert voa.removed.count("Menteri Pertahanan Prancis, Sebastien Lecornu (foto: dok).") == 2
    assert "Tautan-tautan Akses" in voa.removed
