"""Junk-line removal on real scraped Indonesian pages against hand labels.

    python benchmarks/junk_lines.py [--record]

Scores the lines labelled in tests/data/junk_labels.jsonl (guideline docs/junk-labelling.md) on
../shared/data/id-news-2025: the dev half (rules may be tuned on it) beside the held-out half (the
quality gate pins it). Junk recall, precision of removal, F1, and the share of body lines removed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _results import add_record_flag, remember

from lintas.evaluation.junk import load_labels, score_junk

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "id-news-2025" / "articles.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_record_flag(ap)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    labels = load_labels(ROOT / "tests" / "data" / "junk_labels.jsonl")
    print(f"{'half':<10}{'junk':>6}{'body':>6}{'mixed':>7}{'recall':>8}{'precision':>10}{'F1':>7}{'body lost':>10}")
    figures = {}
    for split in ("dev", "heldout"):
        s = score_junk(DATA, labels, split)
        print(f"{split:<10}{s.junk:>6}{s.body:>6}{s.mixed:>7}{s.recall:>8.3f}{s.precision:>10.3f}{s.f1:>7.3f}"
              f"{s.body_loss:>10.4f}")  # fmt: skip
        figures |= {f"{split} junk recall": s.recall, f"{split} precision": s.precision, f"{split} F1": s.f1}
    remember("junk_lines", figures, record=args.record)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
