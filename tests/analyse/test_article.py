"""Analysis of whole articles written for these tests: entities, quotes, numbers, dates."""

from __future__ import annotations

import pytest

from lintas.analyse import Analysis, analyse_article
from lintas.model import Document, Hints
from lintas.pipeline import extract_documents

GEMPA = """Gempa Guncang Garut

KabarNusa.id - Gempa bermagnitudo 5,4 mengguncang Kabupaten Garut, Jawa Barat, pada Senin (16/11/2026) pukul 13.21 WIB. Sedikitnya 12 orang meninggal dunia.

Kepala Badan Penanggulangan Bencana Daerah (BPBD) Garut Dadang Suparman mengatakan sebagian besar korban tertimpa bangunan.

"Kami masih terus mencari warga yang diduga tertimbun reruntuhan," kata Dadang di posko darurat.

"Alat berat baru bisa masuk besok pagi," ujarnya.

Menurut Bupati Garut Hendra Wiratmaja, "bantuan logistik sudah dikirim ke tiga kecamatan sejak siang."

Presiden Prancis Emmanuel Macron mengirim ucapan belasungkawa kepada Presiden Indonesia. Macron mengatakan bahwa Perancis siap membantu pemulihan.

Menteri Pertahanan Perancis Sébastien Lecornu juga menelepon rekannya dari Jakarta pada Rabu. Lecornu menyebut “kerja sama kedua negara akan terus berlanjut”.
"""


@pytest.fixture(scope="module")
def gempa() -> Analysis:
    doc = Document("gempa.txt", GEMPA, "text", "utf-8", Hints(published="2026-11-19T10:00:00+07:00"))
    [article] = extract_documents([doc]).articles
    return analyse_article(article)


def test_entities_are_canonical_with_roles_and_aliases(gempa: Analysis) -> None:
    by_name = {e.name: e for e in gempa.entities}
    assert by_name["Dadang Suparman"].type == "PER"
    assert "Dadang" in by_name["Dadang Suparman"].aliases  # short mention linked to the full name
    assert by_name["Emmanuel Macron"].type == "PER" and "Macron" in by_name["Emmanuel Macron"].aliases
    lecornu = by_name["Sébastien Lecornu"]
    assert lecornu.key == "per:sebastien lecornu"
    assert any("Menteri Pertahanan" in r for r in lecornu.roles)
    assert by_name["Prancis"].type == "LOC" and "Perancis" in by_name["Prancis"].aliases
    assert by_name["Garut"].type == "LOC"


def test_quotes_and_speakers(gempa: Analysis) -> None:
    quotes = {q.text: q for q in gempa.quotes}
    assert quotes["Kami masih terus mencari warga yang diduga tertimbun reruntuhan"].speaker == "Dadang Suparman"
    assert quotes["Alat berat baru bisa masuk besok pagi"].speaker == "Dadang Suparman"  # "ujarnya"
    assert quotes["bantuan logistik sudah dikirim ke tiga kecamatan sejak siang."].speaker == "Hendra Wiratmaja"
    assert quotes["kerja sama kedua negara akan terus berlanjut"].speaker == "Sébastien Lecornu"
    indirect = [q for q in gempa.quotes if not q.direct]
    assert indirect and indirect[0].speaker == "Emmanuel Macron"
    assert indirect[0].text.startswith("Perancis siap membantu")
    for q in gempa.quotes:
        assert gempa.article.text[q.start : q.end].strip('“”" ').startswith(q.text[:10])


def test_numbers_and_dates_point_at_their_sentence(gempa: Analysis) -> None:
    text = gempa.article.text
    deaths = [q for q in gempa.quantities if q.counted == "deaths"]
    assert [(q.value, q.qualifier) for q in deaths] == [(12, "at_least")]
    for q in gempa.quantities:
        s = gempa.article.sentences[q.sentence]
        assert s.start <= q.start < q.end <= s.end and text[q.start : q.end] == q.text
    values = {d.value for d in gempa.dates}
    assert {"2026-11-16", "2026-11-16T13:21+07:00", "2026-11-18"} <= values
    for d in gempa.dates:
        assert text[d.start : d.end] == d.text


def test_english_article_uses_english_entities() -> None:
    text = (
        "JAKARTA (Reuters) - A magnitude 5.4 earthquake struck Garut in West Java on Monday, killing at least "
        'twelve people, officials said.\n\n"We are still searching for residents," Dadang Suparman, head of the '
        "local disaster agency, told reporters. Suparman said power was cut in three districts."
    )
    doc = Document("quake.txt", text, "text", "utf-8", Hints(published="2026-11-16T21:00:00+07:00", language="en"))
    [article] = extract_documents([doc]).articles
    an = analyse_article(article)
    names = {e.name: e.type for e in an.entities}
    assert names.get("Dadang Suparman") == "PER"
    assert names.get("Jawa Barat") == "LOC"  # "West Java" folds onto the Indonesian canonical name
    assert an.quotes[0].speaker == "Dadang Suparman"
    assert [(q.value, q.counted, q.qualifier) for q in an.quantities if q.counted == "deaths"] == [
        (12, "deaths", "at_least")
    ]


def test_names_only_analysis_has_the_same_entities(gempa: Analysis) -> None:
    light = analyse_article(gempa.article, entities_only=True)
    assert light.entities == gempa.entities
    assert (light.quantities, light.dates, light.quotes) == ((), (), ())
