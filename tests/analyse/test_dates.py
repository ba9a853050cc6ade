from __future__ import annotations

import pytest

from lintas.analyse.dates import find_dates

SUNDAY = "2024-04-07T18:30:00+07:00"


def _d(sentence: str, published: str | None = SUNDAY) -> list[tuple[str | None, str]]:
    return [(d.value, d.granularity) for d in find_dates(sentence, published)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Menteri itu menelepon pada Rabu dan memperingatkan Paris.", [("2024-04-03", "day")]),
        ("Pembicaraan dilakukan Rabu (3/4) di Moskow.", [("2024-04-03", "day")]),
        ("Gempa terjadi Senin (16/11/2026) siang.", [("2026-11-16", "day")]),
        ("Serangan tanggal 22 Maret menewaskan banyak orang.", [("2024-03-22", "day")]),
        ("Kontak pertama sejak Oktober 2022.", [("2022-10", "month")]),
        ("Macron berbicara pada bulan Februari.", [("2024-02", "month")]),
        ("Hujan turun kemarin.", [("2024-04-06", "day")]),
        ("Ia tiba pekan lalu.", [("2024-03-25", "week")]),
        ("Rapat digelar hari ini.", [("2024-04-07", "day")]),
        ("Kunjungan pada 2022 itu penting.", [("2022", "year")]),
        ("Pada Senin (16/11/2026) pukul 13.21 WIB gempa terjadi.",
         [("2026-11-16", "day"), ("2026-11-16T13:21+07:00", "datetime")]),
        ("The call took place on Wednesday.", [("2024-04-03", "day")]),
        ("The attack on March 22 killed 145.", [("2024-03-22", "day")]),
        ("They spoke last week.", [("2024-03-25", "week")]),
        ("It happened yesterday.", [("2024-04-06", "day")]),
        ("Talks broke down in October 2022.", [("2022-10", "month")]),
        # published Sunday 7 April 2024: a plan's weekday is the next one, a report's the last one
        ("Pemerintah akan mengirim bantuan ke lokasi pada Selasa pagi.", [("2024-04-09", "day")]),
        ("Sidang lanjutan digelar Kamis depan.", [("2024-04-11", "day")]),
        ("The ministers will meet on Thursday.", [("2024-04-11", "day")]),
        ("Ia dirawat sejak Selasa.", [("2024-04-02", "day")]),
        ("The minister said on Thursday that talks will resume.", [("2024-04-04", "day")]),
        ("Polisi akan memeriksa pelaku yang ditangkap pada Senin.", [("2024-04-01", "day")]),
        ("Presiden, yang akan berkunjung ke Aceh, mengatakan pada Senin bahwa bantuan tiba.", [("2024-04-01", "day")]),
        ("The flight was cancelled due to bad weather on Monday.", [("2024-04-01", "day")]),
        ("He was searched next to the mosque on Monday.", [("2024-04-01", "day")]),
        ("Pertemuan berikutnya digelar Sabtu depan.", [("2024-04-13", "day")]),
        ("They meet again next Sunday.", [("2024-04-14", "day")]),
    ],
)  # fmt: skip
def test_dates_resolve_against_publication(sentence: str, expected: list[tuple[str | None, str]]) -> None:
    assert _d(sentence) == expected


def test_same_weekday_as_publication_is_that_day() -> None:
    assert _d("Pertemuan digelar pada Minggu pagi.", SUNDAY) == [("2024-04-07", "day")]


def test_december_day_in_a_january_article_is_last_year() -> None:
    assert _d("Banjir terjadi 28 Desember.", "2025-01-03T09:00:00+07:00") == [("2024-12-28", "day")]


def test_time_with_zone_without_a_day() -> None:
    assert _d("Gempa terjadi pukul 13.21 WIB.", None) == [("T13:21+07:00", "time")]
    assert _d("The quake hit at 1:21 p.m.", SUNDAY) == [("T13:21+07:00", "time")]


def test_unknown_publication_date_leaves_year_open() -> None:
    assert _d("Serangan tanggal 22 Maret itu.", None) == [("--03-22", "day")]
    assert _d("Ia datang pada Rabu.", None) == [(None, "day")]
    assert _d("Kontak sejak Oktober 2022.", None) == [("2022-10", "month")]


def test_may_and_minggu_are_not_always_dates() -> None:
    assert _d("Officials may resign soon.") == []
    assert _d("Dua minggu kemudian ia pulang.") == []
