"""Extraction quality of lintas vs bare trafilatura on the AEB pages, in one run.

    python benchmarks/extraction_quality.py [--data ../shared/data/extraction-aeb]

Prints a table of precision / recall / F1 (AEB shingle metric) and pages/s.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura
from _results import add_record_flag, remember

from lintas.evaluation.extraction import aeb_half, evaluate, lintas_body, load_aeb

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction-aeb"


def _trafilatura(html: bytes, key: str) -> str | None:
    text: str | None = trafilatura.extract(html)
    return text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    add_record_flag(ap)
    args = ap.parse_args()
    if not (args.data / "ground-truth.json").exists():
        print(f"no AEB data at {args.data}", file=sys.stderr)
        return 2
    pages, truth = load_aeb(args.data)
    runs: list[tuple[str, Callable[[bytes, str], str | None]]] = [
        ("trafilatura (defaults)", _trafilatura),
        ("lintas", lintas_body),
    ]
    print(f"{'extractor':<26} {'half':<8} {'pages':>5} {'precision':>9} {'recall':>9} {'F1':>9} {'pages/s':>9}")
    figures: dict[str, float] = {}
    for name, fn in runs:
        for half in ("tune", "heldout"):
            part = {key: html for key, html in pages.items() if aeb_half(key) == half}
            start = time.perf_counter()
            s = evaluate(part, {key: truth[key] for key in part}, fn)
            rate = len(part) / (time.perf_counter() - start)
            print(f"{name:<26} {half:<8} {len(part):>5} {s.precision:9.4f} {s.recall:9.4f} {s.f1:9.4f} {rate:9.1f}")
            key = f"{name.split()[0]} {half}"
            figures.update({f"{key} precision": s.precision, f"{key} recall": s.recall, f"{key} F1": s.f1})
    remember("extraction_quality", figures, record=args.record)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
