from __future__ import annotations

import pytest

from lintas.analyse import split_sentences
from lintas.analyse.sentences import dateline_end


def _texts(text: str) -> list[str]:
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text
    return [s.text for s in sentences]


def test_abbreviations_decimals_and_dotted_numbers_do_not_split() -> None:
    text = (
        "Prof. Dr. H. Ahmad tinggal di Jl. Merdeka No. 5 dan membawa buku, pena, dll. ke kantor. "
        "Gempa bermagnitudo 5,4 merusak 1.200 rumah. Kerugian mencapai Rp15.850 juta."
    )
    assert _texts(text) == [
        "Prof. Dr. H. Ahmad tinggal di Jl. Merdeka No. 5 dan membawa buku, pena, dll. ke kantor.",
        "Gempa bermagnitudo 5,4 merusak 1.200 rumah.",
        "Kerugian mencapai Rp15.850 juta.",
    ]


def test_quotes_spanning_sentences_stay_together() -> None:
    text = "“Kami siap. Kami akan membantu,” kata Dadang. Warga mengungsi."
    assert _texts(text) == ["“Kami siap. Kami akan membantu,” kata Dadang.", "Warga mengungsi."]
    mixed = 'Ia berkata “hal ini akan menimbulkan masalah bagi Prancis sendiri". Lalu ia pergi.'
    assert len(_texts(mixed)) == 2


def test_lines_are_units_and_offsets_point_into_text() -> None:
    text = "Judul Tanpa Titik\n\nKalimat satu. Kalimat dua!\n\n- butir daftar"
    assert _texts(text) == ["Judul Tanpa Titik", "Kalimat satu.", "Kalimat dua!", "- butir daftar"]


def test_english() -> None:
    text = 'Mr. Smith said the U.S. would help. "We are ready," he said. The talks end on Friday.'
    assert _texts(text) == [
        "Mr. Smith said the U.S. would help.",
        '"We are ready," he said.',
        "The talks end on Friday.",
    ]


@pytest.mark.parametrize(
    ("lead", "first"),
    [
        ("Kabarnusa.id, Garut - Gempa mengguncang Garut pada Senin siang.", "Gempa mengguncang"),
        ("WARTAPRIANGAN.CO.ID, GARUT -- Gempa mengguncang Garut pada Senin siang.", "Gempa mengguncang"),
        ("GARUT, Kabarnusa.id - Gempa mengguncang Garut pada Senin siang.", "Gempa mengguncang"),
        ("Garut, CNN Indonesia -- Gempa mengguncang Garut pada Senin siang.", "Gempa mengguncang"),
        ("GARUT, Jawa Barat (Antara) - Gempa mengguncang Garut pada Senin siang.", "Gempa mengguncang"),
        ("Kabarnusa.id, GarutGempa mengguncang Garut pada Senin siang.", "Kabarnusa.id"),  # glued: not a dateline
        ("Kabarnusa.id, Garut Gempa mengguncang Garut pada Senin siang.", "Gempa mengguncang"),  # dash lost
        ("HILLSBORO — Two people were hurt in a crash on Monday.", "Two people"),
        ("Gempa bermagnitudo 5,4 - terkuat tahun ini - mengguncang Garut.", "Gempa bermagnitudo"),
        ("Two people were hurt - one badly - in a crash on Monday.", "Two people"),
        ("NASA — the space agency said on Monday it would launch.", "NASA"),  # the lead, no dateline
        ("Persib Bandung - Persija berakhir imbang 1-1 di stadion semalam.", "Persib"),
        ("Bank Indonesia (BI) - Bank sentral menahan suku bunga acuan.", "Bank Indonesia"),
        ("Garut, Persib, Persija - Tiga klub itu bersaing ketat musim ini.", "Garut, Persib"),
    ],
)
def test_where_the_lead_starts_after_a_dateline(lead: str, first: str) -> None:
    assert lead[dateline_end(lead) :].startswith(first), lead[: dateline_end(lead)]
