from __future__ import annotations

import pytest

from lintas.metadata import parse_published

WIB = 7 * 60


@pytest.mark.parametrize(
    ("text", "local", "expected"),
    [
        ("07 April 2024 18:30", WIB, "2024-04-07T18:30:00+07:00"),
        ("Senin, 16 November 2026 | 18:02 WIB", None, "2026-11-16T18:02:00+07:00"),
        ("16/11/2026, 20:30 WIB", None, "2026-11-16T20:30:00+07:00"),
        ("Selasa, 17 November 2026 09:15 WITA", None, "2026-11-17T09:15:00+08:00"),
        ("Rabu, 18 November 2026 - 07:00 WIT", None, "2026-11-18T07:00:00+09:00"),
        ("Kamis, 19 Nov 2026 pukul 10.30 WIB", None, "2026-11-19T10:30:00+07:00"),
        ("November 16, 2026 9:10 PM GMT+7", None, "2026-11-16T21:10:00+07:00"),
        ("2026-11-16T14:10:00Z", None, "2026-11-16T14:10:00+00:00"),
        ("2026-11-16T19:45:00+07:00", None, "2026-11-16T19:45:00+07:00"),
        ("2026-11-16 19:45", WIB, "2026-11-16T19:45:00+07:00"),
        ("April 7, 2024", None, "2024-04-07"),
        ("07 April 2024 18:30", None, "2024-04-07T18:30:00"),  # an English page: no zone guessed
        ("Diperbarui 3 Desember 2026, 08:00 WIB", None, "2026-12-03T08:00:00+07:00"),
    ],
)
def test_published_formats(text: str, local: int | None, expected: str) -> None:
    assert parse_published(text, local_offset=local) == expected


def test_month_first_numeric_for_english() -> None:
    assert parse_published("11/04/2026", day_first=False) == "2026-11-04"
    assert parse_published("11/04/2026", day_first=True) == "2026-04-11"


def test_no_date_and_invalid_date() -> None:
    assert parse_published("Redaktur: Irwina") is None
    assert parse_published("31 Februari 2026") is None


def test_a_day_from_the_address_or_the_lead_when_the_page_gives_none() -> None:
    from lintas.metadata.dates import day_from_lead, day_from_url

    assert day_from_url("https://news.example.co.id/read/2025/06/17/57/3148094/judul") == "2025-06-17"
    assert day_from_url("https://example.com/berita/20250618/judul") == "2025-06-18"
    assert day_from_url("https://example.com/2025/13/40/x") is None  # no such month
    assert day_from_url("https://example.com/produk/1234567/x") is None
    assert day_from_lead("GARUT - Polisi pada Rabu (18/6/2025) menangkap dua orang.") == "2025-06-18"
    # The weekday must fit the date: 18 June 2025 was a Wednesday (Rabu), not a Tuesday.
    assert day_from_lead("Polisi pada Selasa (18/6/2025) menangkap dua orang.") is None
    assert day_from_lead("x " * 400 + "Rabu (18/6/2025)") is None  # past the lead


def test_describe_takes_the_address_day_for_a_page_without_a_date() -> None:
    from lintas.clean import clean
    from lintas.metadata import describe
    from lintas.model import Document, Hints

    body = "Banjir merendam ratusan rumah warga di Kabupaten Garut setelah hujan deras semalaman. " * 3
    doc = Document("a.txt", body, "text", "utf-8", Hints(url="https://berita.example.id/2025/06/17/banjir-garut"))
    assert describe(clean(doc)).published == "2025-06-17"


def test_a_product_number_in_an_address_is_no_day() -> None:
    from lintas.metadata.dates import day_from_url

    assert day_from_url("https://shop.example.com/product/20121130") is None
    assert day_from_url("https://shop.example.com/p/20190101-blue-shirt") is None
