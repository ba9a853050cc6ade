"""Throughput of ``lintas extract`` vs bare trafilatura on the same AEB pages.

    python benchmarks/extract_speed.py [--data ../shared/data/extraction-aeb] [--repeat 2]

Both run in this process on the same decoded pages, after one warm-up page each (so the
language model load and imports are not counted); prints pages/s and the cost ratio.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

import trafilatura
from _results import add_record_flag, remember

from lintas.pipeline import extract_documents
from lintas.read import read_bytes

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction-aeb"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=2)
    add_record_flag(ap)
    args = ap.parse_args()
    html_dir = args.data / "html"
    if not html_dir.is_dir():
        print(f"no AEB pages at {html_dir}", file=sys.stderr)
        return 2
    pages = [gzip.decompress(p.read_bytes()) for p in sorted(html_dir.glob("*.html.gz"))]
    first = pages[0]
    trafilatura.extract(first)
    extract_documents(read_bytes(first, "warmup", fmt="html"))

    def run_trafilatura() -> None:
        for html in pages:
            trafilatura.extract(html)

    def run_lintas() -> None:
        for i, html in enumerate(pages):
            extract_documents(read_bytes(html, f"page{i}", fmt="html"))

    rows = []
    for name, fn in (("trafilatura (defaults)", run_trafilatura), ("lintas extract", run_lintas)):
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - start)
        rows.append((name, len(pages) / best))
    print(f"{'extractor':<24} {'pages/s':>9} {'ms/page':>9}")
    for name, rate in rows:
        print(f"{name:<24} {rate:9.1f} {1000 / rate:9.1f}")
    print(f"cost ratio lintas/trafilatura: {rows[0][1] / rows[1][1]:.2f}x")
    figures = {"trafilatura pages/s": rows[0][1], "lintas pages/s": rows[1][1], "cost ratio": rows[0][1] / rows[1][1]}
    remember("extract_speed", figures, record=args.record)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
