"""Contradictions on real stories: precision and recall per kind against a reader's labels.

    python benchmarks/contradictions.py [--show-errors] [--record]

112 real clusters (86 gva-news incidents with 3+ outlets, 26 multi-outlet stories of id-news-2025),
each compared as one story; every real contradiction listed by a reader
(tests/data/contradiction_labels.jsonl, guideline docs/contradiction-labelling.md). Two parts: dev
(anything may be tuned on it) and held-out (nothing is; tests/comparison/test_real_contradictions.py
pins it). A reported discrepancy the report calls compatible ("145" and "at least 144") is no claim
of a contradiction and is not counted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _results import add_record_flag, remember

from lintas.evaluation.contradictions import KINDS, evaluate, load_contradiction_labels, select_clusters

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LABELS = ROOT / "tests" / "data" / "contradiction_labels.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show-errors", action="store_true", help="print every false and missed contradiction")
    ap.add_argument("--part", choices=("dev", "heldout", "both"), default="both")
    add_record_flag(ap)
    args = ap.parse_args()
    if not (SHARED / "data").exists():
        sys.exit(f"no data at {SHARED / 'data'}")
    clusters = select_clusters(SHARED, ROOT / "tests" / "data" / "id_story_labels.jsonl")
    labels = load_contradiction_labels(LABELS)
    parts = ("dev", "heldout") if args.part == "both" else (args.part,)
    scores = {p: evaluate(clusters, labels, p) for p in parts}
    print(f"{'kind':<12}" + "".join(f"{p + ' P':>12}{p + ' R':>12}{'(true/rep, found/gold)':>26}" for p in parts))
    figures: dict[str, float] = {}
    for kind in (*KINDS, "all"):
        row = f"{kind:<12}"
        for p in parts:
            s = scores[p].total() if kind == "all" else scores[p].kinds.get(kind)
            if s is None or (not s.reported and not s.gold):
                row += f"{'-':>12}{'-':>12}{'':>26}"
                continue
            row += f"{s.precision:>12.3f}{s.recall:>12.3f}{f'{s.true}/{s.reported}, {s.found}/{s.gold}':>26}"
            if kind == "all":
                figures[f"{p} precision"] = s.precision
                figures[f"{p} recall"] = s.recall
        print(row)
    if args.show_errors:
        for p in parts:
            for cluster, d in scores[p].false:
                claims = "; ".join(f"{c.value} ({c.outlet})" for c in d.claims)
                print(f"FALSE {p} {cluster} [{d.kind}] {d.about}: {claims}")
            for cluster, g in scores[p].missed:
                claims = "; ".join(f"{c.value} ({c.url[-50:]})" for c in g.claims)
                print(f"MISS  {p} {cluster} [{g.kind}] {g.about}: {claims}")
    remember("contradictions", figures, record=args.record)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
