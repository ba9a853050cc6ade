"""A running tally read on different days is no disagreement on the event's day (stop 45, read
off unlabelled id-news-2025 pages; made-up figures)."""

from __future__ import annotations

from lintas.analyse import Analysis, analyse_article
from lintas.comparison import compare_analyses
from lintas.model import Document, Hints
from lintas.pipeline import extract_documents


def _dates(*pages: tuple[str, str, str]) -> list[list[str]]:
    docs = [
        Document(name, text, "text", "utf-8", Hints(published="2025-06-18T12:00:00+07:00", outlet=outlet))
        for name, outlet, text in pages
    ]
    analyses: list[Analysis] = [analyse_article(a) for a in extract_documents(docs).articles]
    report = compare_analyses(analyses, clusters=[list(range(len(analyses)))])
    return [[str(c.value) for c in d.claims] for s in report.stories for d in s.discrepancies if d.kind == "date"]


def test_a_tallys_moment_is_no_event_day() -> None:
    a = (
        "a.txt",
        "Harian Satu",
        "Tiket kereta diskon untuk libur sekolah laris terjual sejak dibuka pekan lalu.\n\n"
        "Hingga 17 Juni 2025 pukul 10.00 WIB, sebanyak 950.000 tiket kereta diskon telah terjual kepada penumpang.",
    )
    b = (
        "b.txt",
        "Warta Dua",
        "Tiket kereta diskon untuk libur sekolah laris terjual sejak dibuka pekan lalu.\n\n"
        "Hingga 18 Juni 2025 pukul 10.00 WIB, sebanyak 1.030.000 tiket kereta diskon telah terjual kepada penumpang.",
    )
    assert _dates(a, b) == []
    # a span's end without a clock time is still compared
    c = (
        "c.txt",
        "Harian Satu",
        "Program diskon tiket kereta untuk libur sekolah berlaku mulai 10 Juni hingga 30 Juni 2025 di semua stasiun.",
    )
    d = (
        "d.txt",
        "Warta Dua",
        "Program diskon tiket kereta untuk libur sekolah berlaku mulai 10 Juni hingga 31 Juli 2025 di semua stasiun.",
    )
    assert _dates(c, d) == [["2025-06-30", "2025-07-31"]]


def test_suspects_named_are_no_suspects_held() -> None:
    from lintas.analyse.quantities import find_quantities

    def counted(sentence: str) -> list[str | None]:
        return [q.counted for q in find_quantities(sentence, decimal_comma=True)]

    assert counted("Polda telah menetapkan 7 orang tersangka dalam kasus mafia tanah ini.") == ["suspects"]
    assert counted("Sebanyak 4 tersangka diamankan polisi pada Selasa malam.") == ["arrested"]
    assert counted("Polisi menangkap tiga tersangka di rumahnya.") == ["arrested"]
