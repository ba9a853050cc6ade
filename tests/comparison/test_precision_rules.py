"""Rules that keep false contradictions out, each read off real news (CHANGELOG 0.11.1)."""

from __future__ import annotations

from lintas.comparison.discrepancies import _named, _step
from lintas.comparison.people import _common_word


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
    assert not _named(Q(speaker="Kapolda", speaker_id="per:kapolda"))  # a role alone
    assert _named(Q(speaker="Rosihan Juhriah Rangkuti", speaker_id="per:rosihan juhriah rangkuti"))
