"""Rules that keep false contradictions out, each read off real news (CHANGELOG 0.11.1)."""

from __future__ import annotations

from lintas.comparison.discrepancies import _step
from lintas.comparison.people import _common_word
from lintas.comparison.quotes import _named, reworded


def _step_of(sentence: str, clock: str) -> str | None:
    at = sentence.index(clock)
    return _step(sentence, at, at + len(clock))


def test_a_journeys_times_belong_to_their_steps() -> None:
    assert _step_of("Sekitar pukul 13.12 WIB, tiba-tiba terjadi ledakan di gudang.", "13.12") == "onset"
    assert _step_of("Petugas pemadam tiba di lokasi pukul 14.50 WIB.", "14.50") is None  # no vehicle: no journey
    assert _step_of("Pukul 08.45 WIB pesawat berangkat dari Bandara Kualanamu.", "08.45") == "departure"
    assert _step_of("Sekira pukul 10.55 WIB pesawat mendarat di Kualanamu.", "10.55") == "landing"
    assert _step_of("Kru pesawat tiba di bandara pada pukul 06.40 WIB.", "06.40") == "arrival"
    assert _step_of("Gempa terjadi pukul 13.12 WIB.", "13.12") == "onset"


def test_a_common_word_is_no_surname_spelled_otherwise() -> None:
    text = 'Selain itu, ia datang. "Karena hujan," katanya. Presiden Joko Widodo dan Rizki Ramadhan hadir.'
    assert _common_word("selain", "Selain", text)  # capitalised only at a sentence's start
    assert _common_word("karena", "Karena", text)  # a stop word
    assert not _common_word("widodo", "Widodo", text) and not _common_word("ramadhan", "Ramadhan", text)
    assert not _common_word("fontenout", "Fontenout", "Fontenout said the two men fled.")  # no common word


def test_a_speaker_described_is_not_named() -> None:
    from types import SimpleNamespace as Q

    assert not _named(Q(speaker="hakim", speaker_id=None)) and not _named(Q(speaker="Hakim Ketua", speaker_id=None))
    assert not _named(Q(speaker="Kapolda", speaker_id="per:kapolda", inferred=False))  # a role alone
    assert _named(Q(speaker="Rosihan Juhriah Rangkuti", speaker_id="per:rosihan juhriah rangkuti", inferred=False))


def test_a_speaker_carried_over_glued_or_an_acronym_is_not_named() -> None:
    from types import SimpleNamespace as Q

    assert not _named(Q(speaker="Sugiono", speaker_id="per:sugiono", inferred=True))  # "tuturnya"
    assert not _named(Q(speaker="Donald Trumpmengatakan", speaker_id="per:donald trumpmengatakan", inferred=False))
    assert not _named(Q(speaker="RI", speaker_id="per:ri", inferred=False))
    assert not _named(Q(speaker="Selatan", speaker_id="per:selatan", inferred=False))  # of "Jakarta Selatan"


def test_quotes_carry_how_their_speaker_was_found() -> None:
    from lintas.analyse import analyse_article
    from lintas.model import Document, Hints
    from lintas.pipeline import extract_documents

    text = (
        "Menteri Luar Negeri Sugiono tiba di St. Petersburg, Rusia, pada Rabu malam bersama rombongan.\n\n"
        '"Besok direncanakan akan melaksanakan kunjungan kepada Presiden Vladimir Putin," kata Menlu Sugiono kepada '
        "awak media.\n\n"
        '"Saya yakin kedua pemimpin juga akan berbicara mengenai masalah regional maupun global," tuturnya.'
    )
    doc = Document("menlu.txt", text, "text", "utf-8", Hints(published="2025-06-19T10:00:00+07:00"))
    [article] = extract_documents([doc]).articles
    quotes = analyse_article(article).quotes
    assert [q.inferred for q in quotes if q.direct] == [False, True]


def test_fillers_and_glosses_are_the_same_words() -> None:
    a = "Para jamaah ini dirujuk ke Rumah Sakit Arab Saudi (RSAS) di Madinah. Mereka terdiagnosis pneumonia atau radang"
    b = "Para jemaah ini dirujuk ke Rumah Sakit Arab Saudi di Madinah. Mereka terdiagnosis pneumonia/radang"
    assert not reworded(a, b)
    assert not reworded("Bapak Presiden akan diundang berbicara", "Bapak Presiden juga akan diundang berbicara")
    assert not reworded(
        "Rapat Dewan Gubernur Bank Indonesia pada tanggal 17 dan 18 Juni memutuskan mempertahankan BI Rate",
        "Rapat Dewan Gubernur BI pada 17 dan 18 Juni memutuskan mempertahankan BI Rate",
    )
    assert reworded("Kami cek ke ESDM, belum ada penelitian", "Kami cek di ESDM, belum pernah ada penelitian di sana")


def test_one_of_and_of_them_are_no_counts() -> None:
    from lintas.analyse.quantities import find_quantities

    assert [q.counted for q in find_quantities("Mbah Tupon digugat salah satu tersangka.")] == [None]
    assert [q.counted for q in find_quantities("Tiga tersangka di antaranya langsung ditahan.")] == [None]
    assert [q.counted for q in find_quantities("Polisi menangkap tiga tersangka.")] == ["arrested"]


def test_a_formula_read_for_another_person_is_another_statement() -> None:
    a = "Menjatuhkan pidana terhadap terdakwa dengan pidana penjara selama 11 tahun"
    b = "Menjatuhkan pidana kepada terdakwa Meirizka Widjaja berupa pidana penjara selama tiga tahun penjara"
    assert not reworded(a, b)
    # the same words with another figure are a misquote, still told
    assert reworded(
        "Kami sudah menemukan 14 korban meninggal di lokasi", "Kami sudah menemukan 15 korban tewas di lokasi"
    )
