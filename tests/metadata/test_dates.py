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
