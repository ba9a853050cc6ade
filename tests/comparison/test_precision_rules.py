"""Rules that keep false contradictions out, each read off real news (CHANGELOG 0.11.1)."""

from __future__ import annotations

from lintas.comparison.discrepancies import _named, _step
from lintas.comparison.people import _common_word


def _step_of(sentence: str, clock: str) -> str | None:
    at = sentence.index(clock)
    return _step(sentence, at, at + len(clock))


def test_a_journeys_times_belong_to_their_steps() -> None:
    assert _step_of("Pukul 08.45 WIB pesawat berangkat dari Bandara Kualanamu.", "08.45") == "departure"
    assert _step_of("Sekira pukul 10.55 WIB pesawat mendarat di Kualanamu.", "10.55") == "landing"
    assert _step_of("Kru tiba di bandara pada pukul 06.40 WIB.", "06.40") == "arrival"
    assert _step_of("Gempa terjadi pukul 13.12 WIB.", "13.12") == "onset"


def test_a_common_word_is_no_surname_spelled_otherwise() -> None:
    assert _common_word("selain") and _common_word("karena")  # "Selain itu ...", a stop word
    assert not _common_word("slavina") and not _common_word("kusumawaty")


def test_a_speaker_described_is_not_named() -> None:
    assert not _named("hakim") and not _named("the judge") and not _named(None)
    assert _named("Rosihan Juhriah Rangkuti") and _named("Dadang")
