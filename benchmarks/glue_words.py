"""De-gluing on real scraped Indonesian pages against hand labels.

    python benchmarks/glue_words.py [--part dev --show-errors] [--record]

Scores every token of the 100 pages of tests/data/glue_labels.jsonl (guideline
docs/glue-labelling.md) on ../shared/data/id-news-2025: the dev half (GLUE_* settings tuned on it)
beside the held-out half (the quality gate pins it). Glued tokens split right, and the share of
split tokens that are split wrong. Only read the dev half's errors.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _results import add_record_flag, remember

from lintas.evaluation.glue import load_labels, score_glue

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "id-news-2025" / "articles.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("dev", "heldout"), help="only this half")
    ap.add_argument("--show-errors", action="store_true")
    add_record_flag(ap)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    labels = load_labels(ROOT / "tests" / "data" / "glue_labels.jsonl")
    head = ("tokens", 8), ("glued", 7), ("right", 7), ("recall", 8), ("split", 7), ("wrong", 7), ("wrong %", 9)
    print(f"{'half':<10}" + "".join(f"{name:>{width}}" for name, width in head) + f"{'tok/s':>9}")
    figures = {}
    for part in (args.part,) if args.part else ("dev", "heldout"):
        t = time.perf_counter()
        s = score_glue(DATA, labels, part)
        rate = s.tokens / (time.perf_counter() - t)
        print(f"{part:<10}{s.tokens:>8}{s.glued:>7}{s.split_right:>7}{s.recall:>8.3f}{s.splits_made:>7}{s.wrong:>7}"
              f"{100 * s.wrong_share:>9.2f}{rate:>9.0f}")  # fmt: skip
        figures |= {f"{part} recall": s.recall, f"{part} wrong share": s.wrong_share}
        if args.show_errors and part == "dev":
            print("\n".join(s.errors))
    if not args.part:
        remember("glue_words", figures, record=args.record)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
