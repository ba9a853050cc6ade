"""The Indonesian NER on real scraped news, against hand labels.

    python benchmarks/ner_stream.py [--record]

Scores the 240 sentences of tests/data/ner_stream_labels.jsonl (guideline docs/ner-labelling.md)
on ../shared/data/id-news-2025: the dev half beside the held-out half (the quality gate pins it).
Exact span and kind (PER, ORG, LOC), for the tagger alone and for the mentions lintas reports.
The NER corpora's test splits are scored by `lintas eval ner`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _results import add_record_flag, remember

from lintas.evaluation.ner_stream import load_labels, score_stream

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "id-news-2025" / "articles.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_record_flag(ap)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    labels = load_labels(ROOT / "tests" / "data" / "ner_stream_labels.jsonl")
    print(f"{'half':<9}{'sentences':>10}{'gone':>6}  {'tagger P/R/F1':>24}  {'mentions P/R/F1':>24}{'s':>6}")
    figures: dict[str, float] = {}
    for part in ("dev", "heldout"):
        t = time.perf_counter()
        s = score_stream(DATA, labels, part)
        a, m = s.tagger, s.mentions
        print(f"{part:<9}{s.sentences:>10}{s.not_found:>6}  {a.precision:>8.3f}{a.recall:>8.3f}{a.f1:>8.3f}"
              f"  {m.precision:>8.3f}{m.recall:>8.3f}{m.f1:>8.3f}{time.perf_counter() - t:>6.1f}")  # fmt: skip
        figures |= {f"{part} tagger F1": a.f1, f"{part} mentions F1": m.f1}
    remember("ner_stream", figures, record=args.record)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
