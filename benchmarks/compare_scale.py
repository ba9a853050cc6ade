"""Wall time and peak memory of ``lintas compare`` on N near-identical reports of one event, each
outlet's own rewrite (not a copy: the sentences are picked, ordered and worded apart, and a few
figures differ), so that every article lands in one story and meets every other one. This is
issue 25's probe ("250 near-identical articles: 168 s, 500: 587 s"); the time inside one story may
grow with its pairs, nothing else faster than n log n. With --real, also the first N articles of
id-news-2025 and of GVA as scraped (issue 27: 100 real articles under 15 s, 500 under 90 s).

    python benchmarks/compare_scale.py [--sizes 100 250 500] [--real] [--record]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _results import add_record_flag, remember

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
REAL = {"id-news": SHARED / "id-news-2025" / "articles.jsonl", "gva": SHARED / "gva-news" / "articles.jsonl"}

# (variants of one sentence); {dead}, {hurt}, {day} are filled per article
SENTENCES = [
    ("Banjir bandang menerjang Kecamatan Cibeber, Kabupaten Cianjur, pada {day} dini hari.",
     "Kecamatan Cibeber di Kabupaten Cianjur diterjang banjir bandang {day} dini hari.",
     "Banjir bandang melanda wilayah Cibeber, Cianjur, {day} sekitar pukul 02.00 WIB."),
    ("Sedikitnya {dead} orang meninggal dunia dan {hurt} lainnya luka-luka.",
     "Korban tewas tercatat {dead} orang, sementara {hurt} warga mengalami luka.",
     "Jumlah korban meninggal mencapai {dead} jiwa dan {hurt} orang terluka."),
    ("Kepala BPBD Cianjur Asep Sudrajat mengatakan tim gabungan masih mencari warga yang hilang.",
     "Menurut Kepala BPBD Cianjur Asep Sudrajat, pencarian warga hilang terus dilakukan.",
     "Asep Sudrajat, Kepala BPBD Cianjur, menyebut tim SAR gabungan masih menyisir sungai."),
    ('"Kami mengerahkan perahu karet dan alat berat ke lokasi," kata Asep.',
     '"Perahu karet dan alat berat sudah kami kerahkan," ujar Asep kepada wartawan.',
     'Asep menuturkan, "Kami mengerahkan perahu karet dan alat berat ke lokasi."'),
    ("Hujan deras mengguyur kawasan hulu Sungai Cikondang sejak sore sebelumnya.",
     "Sejak sore hari sebelumnya, hujan lebat turun di hulu Sungai Cikondang.",
     "Curah hujan tinggi di hulu Sungai Cikondang memicu luapan air."),
    ("Sebanyak {houses} rumah rusak berat dan ratusan warga mengungsi ke masjid dan sekolah.",
     "Ratusan warga mengungsi setelah {houses} rumah rusak berat diterjang arus.",
     "Data sementara mencatat {houses} rumah rusak berat; warga mengungsi ke balai desa."),
    ("Bupati Cianjur Herman Suherman meninjau lokasi pengungsian pada siang harinya.",
     "Pada siang hari, Bupati Cianjur Herman Suherman mendatangi posko pengungsian.",
     "Herman Suherman, Bupati Cianjur, mengunjungi para pengungsi siang itu."),
    ("Jalan penghubung antardesa tertutup lumpur setinggi setengah meter.",
     "Lumpur setinggi 50 sentimeter menutup jalan antardesa.",
     "Akses jalan antardesa terputus karena tertimbun lumpur."),
    ("Pemerintah daerah menetapkan status tanggap darurat selama 14 hari.",
     "Status tanggap darurat ditetapkan untuk 14 hari ke depan.",
     "Pemkab Cianjur memberlakukan masa tanggap darurat 14 hari."),
    ("Bantuan logistik dari Pemerintah Provinsi Jawa Barat tiba sore harinya.",
     "Sore harinya, bantuan logistik Pemprov Jawa Barat sampai di lokasi.",
     "Pemprov Jawa Barat mengirimkan bantuan logistik yang tiba pada sore hari."),
]  # fmt: skip


def article(i: int, rng: random.Random) -> dict[str, str]:
    picked = rng.sample(range(len(SENTENCES)), 7)
    picked.sort(key=lambda k: (k > 1, rng.random()))  # the lead first, the rest in any order
    fill = {"dead": str(rng.choice([12, 12, 12, 13])), "hurt": str(rng.choice([30, 31, 34])),
            "day": "Senin (3/11/2025)", "houses": str(rng.choice([86, 86, 90]))}  # fmt: skip
    text = " ".join(rng.choice(SENTENCES[k]).format(**fill) for k in picked)
    return {
        "url": f"https://berita{i:03d}.example.id/daerah/banjir-bandang-cianjur-{i}",
        "title": rng.choice(["Banjir Bandang Cianjur", "Banjir Bandang Terjang Cibeber", "Korban Banjir Cianjur"]),
        "published": "2025-11-03T08:00:00+07:00",
        "text": text,
    }


def near(n: int, work: Path) -> Path:
    rng = random.Random(n)
    path = work / f"near-{n}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps(article(i, rng), ensure_ascii=False) + "\n")
    return path


def real(name: str, n: int, work: Path) -> Path | None:
    """The first n records of a real data set as scraped (GVA's come incident by incident)."""
    if not REAL[name].exists():
        return None
    path = work / f"{name}-{n}.jsonl"
    with REAL[name].open(encoding="utf-8") as src, path.open("w", encoding="utf-8") as fh:
        for _, line in zip(range(n), src, strict=False):
            fh.write(line)
    return path


def run(path: Path) -> tuple[float, float, int, int]:
    code = (
        "import resource, sys; from lintas.cli import main; code = main(sys.argv[1:]); "
        "sys.stderr.write(f'\\nRSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n'); sys.exit(code)"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, "compare", str(path), "-f", "json"], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    if done.returncode > 1:
        raise SystemExit(f"compare of {path.name} failed with exit {done.returncode}:\n{done.stderr[-2000:]}")
    rss = int(done.stderr.rsplit("RSS ", 1)[1]) / 1024
    report = json.loads(done.stdout)
    biggest = max((len(s["articles"]) for s in report["stories"]), default=0)
    return seconds, rss, len(report["stories"]), biggest


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 250, 500])
    ap.add_argument("--real", action="store_true", help="also the first N articles of id-news-2025 and of GVA")
    add_record_flag(ap)
    args = ap.parse_args()
    print(f"{'articles':>8} {'compare (s)':>12} {'peak RSS (MB)':>14} {'stories':>8} {'biggest':>8} {'s/article':>10}")
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            sets: list[tuple[str, Path | None]] = [("near-identical", near(n, Path(tmp)))]
            if args.real:
                sets += [(f"real {name}", real(name, n, Path(tmp))) for name in REAL]
            for label, path in sets:
                if path is None:
                    print(f"{n:>8} {label}: ../shared absent, skipped")
                    continue
                seconds, rss, stories, biggest = run(path)
                print(f"{n:>8} {seconds:12.1f} {rss:14.0f} {stories:>8} {biggest:>8} {seconds / n:10.3f}  {label}")
                figures[f"compare {n} {label} (s)"] = round(seconds, 1)
                figures[f"compare {n} {label} peak RSS (MB)"] = round(rss)
    remember("compare_scale", figures, record=args.record)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
