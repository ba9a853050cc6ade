"""A span told by two outlets with one end the same and the other different is a date
contradiction, wherever the sentences stand in their articles."""

from __future__ import annotations

import json
from pathlib import Path

from lintas.analyse import analyse_article
from lintas.comparison import Discrepancy, compare_analyses
from lintas.pipeline import extract

OPENING = {
    "kabarsatu.id": (
        "Pemerintah Kota Bandung membuka program keringanan denda pajak kendaraan bagi warga yang menunggak. "
        "Warga cukup membayar pokok pajak tanpa bunga di seluruh kantor Samsat. "
        "Antrean sudah terlihat sejak pagi di kantor Samsat Soekarno-Hatta. "
    ),
    "wartadua.id": (
        "Penunggak pajak kendaraan di Bandung kini bisa bernapas lega karena denda dan bunga dihapus. "
        "Kepala Bapenda Kota Bandung meminta warga tidak menunda pembayaran agar tidak terjadi penumpukan. "
        "Pembayaran juga dapat dilakukan melalui aplikasi daring dan gerai di pusat perbelanjaan. "
    ),
}


def _write(tmp_path: Path, name: str, span: str) -> Path:
    record = {"title": "Keringanan denda pajak kendaraan di Bandung", "text": OPENING[name] + span,
              "url": f"https://{name}/berita/keringanan-pajak", "published": "2025-06-14T09:00:00+07:00"}  # fmt: skip
    path = tmp_path / f"{name}.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def _dates(*paths: Path) -> list[Discrepancy]:
    """The two articles compared as one story (grouping is the story engine's test)."""
    analyses = [analyse_article(a) for a in extract(list(paths)).articles]
    report = compare_analyses(analyses, clusters=[list(range(len(analyses)))], copies=[])
    return [d for s in report.stories for d in s.discrepancies if d.kind == "date"]


def test_one_span_with_two_start_dates(tmp_path: Path) -> None:
    a = _write(tmp_path, "kabarsatu.id", "Program ini berlaku mulai 13 Juni 2025 hingga 31 Agustus 2025.")
    b = _write(
        tmp_path, "wartadua.id", "Keringanan tersebut berlaku sejak tanggal 14 Juni 2025 sampai 31 Agustus 2025."
    )
    dates = _dates(a, b)
    assert [(d.about, sorted(str(c.value) for c in d.claims)) for d in dates] == [
        ("start date", ["2025-06-13", "2025-06-14"])
    ]


def test_same_span_is_no_contradiction(tmp_path: Path) -> None:
    a = _write(tmp_path, "kabarsatu.id", "Program ini berlaku mulai 14 Juni 2025 hingga 31 Agustus 2025.")
    b = _write(tmp_path, "wartadua.id", "Keringanan tersebut berlaku sejak 14 Juni 2025 sampai 31 Agustus 2025.")
    assert not _dates(a, b)
