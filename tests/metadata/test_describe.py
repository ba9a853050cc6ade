from __future__ import annotations

from pathlib import Path

import pytest

from lintas.clean import clean
from lintas.errors import UsageError
from lintas.metadata import describe, detect_language
from lintas.metadata.cites import find_cites
from lintas.metadata.outlet import from_copyright, from_dateline, from_url
from lintas.metadata.people import names_from_credit
from lintas.model import Document, Hints


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("GenPI.co - Menteri Pertahanan Rusia memperingatkan rekannya.", "GenPI.co"),
        ("JAKARTA (Reuters) - Indonesia's central bank held rates.", "Reuters"),
        ("JAKARTA (ANTARA) - Badan Pusat Statistik mencatat inflasi.", "Antara"),
        ("JAKARTA, KOMPAS.com - Presiden meresmikan jalan tol.", "Kompas.com"),
        ("Garut, KabarNusa.id - Gempa mengguncang Garut.", "KabarNusa.id"),
        ("Liputan6.com, Jakarta - Harga emas turun.", "Liputan6.com"),
        ("Presiden Prabowo, Jakarta - bukan dateline outlet.", None),
        ("Menteri Pertahanan Prancis dan Rusia pada Rabu (3/4) melakukan pembicaraan.", None),
    ],
)
def test_outlet_from_dateline(line: str, outlet: str | None) -> None:
    assert from_dateline(line) == outlet


def test_outlet_from_copyright_and_url() -> None:
    assert from_copyright("Copyright © 2024 by GenPI.co") == "GenPI.co"
    assert from_copyright("© 2026 PT Kabar Nusa Media. All rights reserved.") == "Kabar Nusa Media"
    assert from_url("https://www.kabarnusa.id/daerah/gempa") == "kabarnusa.id"
    assert from_url("https://m.antaranews.com/berita/1") == "Antara"
    assert from_url("not a url") is None


def test_outlet_of_an_archived_page_is_the_archived_site() -> None:
    wayback = "http://web.archive.org/web/20140215012040/http://www.kabarnusa.id:80/daerah/gempa"
    assert from_url(wayback) == "kabarnusa.id"
    assert from_url("https://web.archive.org/web/20160101000000id_/https://m.antaranews.com/berita/1") == "Antara"
    assert from_url("https://archive.ph/20190101000000/https://www.bbc.co.uk/news/1") == "BBC"
    assert from_url("https://web.archive.org/web/2016/") == "web.archive.org"  # no archived address: the archive


def test_credit_names() -> None:
    assert names_from_credit("Redaktur: Irwina Istiqomah") == ["Irwina Istiqomah"]
    assert names_from_credit("Penulis: Rina Marlina | Editor: Agus Setiawan") == ["Rina Marlina", "Agus Setiawan"]
    assert names_from_credit("Reporter: Budi Santoso, Siti Aminah (ant)") == ["Budi Santoso", "Siti Aminah"]
    assert names_from_credit("By Maya Lestari and John Doe") == ["Maya Lestari", "John Doe"]


def test_cites() -> None:
    lines = [
        "Dilansir AP News, percakapan tersebut menyusul komentar Presiden.",
        "Hal itu disampaikan kepada Reuters oleh seorang pejabat.",
        "Seperti dikutip dari laman resmi BMKG, gempa terjadi pukul 13.21 WIB.",
        "Inflasi naik, menurut Menteri Keuangan.",
        "Harga beras naik (Antara).",
        "Laporan media mengatakan bahwa rancangan tersebut dinegosiasikan.",
    ]
    assert find_cites(lines, ["Sumber: KabarNusa.id"]) == ["KabarNusa.id", "AP News", "Reuters", "BMKG", "Antara"]


def test_language_groups_malay_with_indonesian_on_short_text() -> None:
    assert detect_language("Kami siap membantu korban banjir di kampung itu.") == "id"
    assert detect_language("The quake killed at least twelve people in West Java on Monday.") == "en"
    assert detect_language("12345 !!!") == "und"


def test_describe_uses_record_hints_first() -> None:
    doc = Document(
        "feed.jsonl:1",
        "Judul\n\nBadan Pusat Statistik melaporkan inflasi tahunan Oktober 2026 mencapai 2,3 persen, "
        "naik dari bulan lalu.",
        "text",
        "utf-8",
        Hints(title="Inflasi Naik", outlet="antara", published="2026-11-02 15:20", language="id"),
    )
    meta = describe(clean(doc))
    assert meta.title == "Inflasi Naik"
    assert meta.outlet == "Antara"
    assert meta.published == "2026-11-02T15:20:00+07:00"
    assert meta.language == "id"


def test_outlet_is_none_when_nothing_says_it() -> None:
    doc = Document(
        "x.txt",
        "Gempa mengguncang Garut pada Senin siang dan merusak ratusan rumah warga di dua kecamatan yang berbeda.",
        "text",
        "utf-8",
    )
    meta = describe(clean(doc))
    assert meta.outlet is None and meta.published is None


def test_the_outlet_table_names_outlets_by_their_address(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lintas.metadata.outlet import _table, from_url

    assert from_url("https://news.detik.com/berita/d-1/x") == "detikcom"  # a subdomain is its domain's
    assert from_url("https://www.bbc.com/indonesia/articles/x") == "BBC Indonesia"  # a path names a desk
    assert from_url("https://news.com.au/x") == "news.com.au"  # not the public suffix "com.au"
    assert from_url("https://kabarkampung.id./x") == "kabarkampung.id"
    own = tmp_path / "outlets.json"
    own.write_text('[{"name": "Kabar Kampung", "domains": ["https://www.KabarKampung.id/"], "owner": "Koperasi"}]')
    monkeypatch.setenv("LINTAS_OUTLETS", str(own))
    _table.cache_clear()
    try:
        assert from_url("https://m.kabarkampung.id/berita/1") == "Kabar Kampung"
        own.write_text('[{"name": "X", "domains": "x.id"}]')
        _table.cache_clear()
        with pytest.raises(UsageError, match="must be a list of strings"):
            from_url("https://x.id/1")
    finally:
        monkeypatch.delenv("LINTAS_OUTLETS")
        _table.cache_clear()


def test_an_aggregator_address_leaves_the_outlet_to_the_record() -> None:
    from lintas.pipeline import extract_documents
    from lintas.read.records import record_to_document

    text = "Gempa bermagnitudo 5,4 mengguncang Garut pada Senin siang dan sedikitnya dua belas orang meninggal dunia."
    rec = {"text": text, "title": "Gempa Garut", "outlet": "Reuters", "url": "https://news.google.com/rss/articles/abc"}
    article = extract_documents([record_to_document(rec, "r", "utf-8")]).articles[0]
    assert article.outlet == "Reuters"
    rec |= {"url": "https://www.ksla.com/story/1", "outlet": "AP News"}  # a station's page that credits a wire
    assert extract_documents([record_to_document(rec, "r", "utf-8")]).articles[0].outlet == "KSLA"


def test_a_bare_time_on_an_indonesian_host_is_wib_whatever_the_outlet_is_named() -> None:
    """The .id check reads the host: the outlet table names republika.co.id "Republika"."""
    body = "The meeting ended late after the ministers agreed on a new budget, officials said on Wednesday."
    text = f"Budget agreed\n18 June 2025 14:30\n{body}\n{body}"
    doc = Document("a.txt", text, "text", "utf-8", Hints(url="https://www.republika.co.id/x", language="en"))
    assert describe(clean(doc)).published == "2025-06-18T14:30:00+07:00"
