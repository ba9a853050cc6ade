"""Recall and precision of number discrepancies on planted edits in real English news.

    python benchmarks/gva_discrepancies.py [--incidents 400] [--show 8] [--debug] [--record]

See lintas.evaluation.discrepancies for the method. Two parts side by side: ``tuning`` (seed 7, the
incidents the number settings were tuned on, an edit in every other story) and ``held-out`` (seed
11, incidents never tuned on, an edit in every story; the quality gate pins it). For each: recall
and precision of the planted differences, and the discrepancies between unedited articles with
how many of them are true by hand labels (tests/data/discrepancy_labels.jsonl, held-out only).
Then a seeded sample of the held-out unedited discrepancies to read.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from _results import add_record_flag, remember

from lintas.evaluation.discrepancies import load_discrepancy_labels, planted_discrepancies, unedited_precision

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "gva-news"
LABELS = ROOT / "tests" / "data" / "discrepancy_labels.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--incidents", type=int, default=400)
    ap.add_argument("--show", type=int, default=8, help="real discrepancies to print for reading")
    ap.add_argument("--debug", action="store_true", help="print every missed edit")
    add_record_flag(ap)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    labels = load_discrepancy_labels(LABELS)
    log = print if args.debug else None
    parts = {}
    for name, seed, part, edit_all in (("tuning", 7, "tuning", False), ("held-out", 11, "heldout", True)):
        start = time.perf_counter()
        s = planted_discrepancies(DATA, args.incidents, seed, log, part=part, edit_all=edit_all)
        parts[name] = (s, unedited_precision(s, labels), time.perf_counter() - start)
    print(f"\n{'':<36}{'tuning':>10}{'held-out':>10}")
    rows = [
        ("stories", lambda s, u: s.stories), ("edited stories", lambda s, u: s.edited),
        ("planted differences found", lambda s, u: s.found), ("new false discrepancies", lambda s, u: s.new_false),
        ("recall", lambda s, u: f"{s.recall:.3f}"), ("precision", lambda s, u: f"{s.precision:.3f}"),
        ("unedited discrepancies", lambda s, u: u[2]), ("  of them labelled", lambda s, u: u[1]),
        ("  labelled true", lambda s, u: u[0]),
        ("  precision (unlabelled = false)", lambda s, u: f"{u[0] / u[2]:.3f}" if u[2] else "-"),
    ]  # fmt: skip
    for label, get in rows:
        print(f"{label:<36}" + "".join(f"{get(s, u)!s:>10}" for s, u, _ in parts.values()))
    print(f"{'seconds':<36}" + "".join(f"{t:>10.0f}" for _, _, t in parts.values()))
    held, (true, _, reported), _ = parts["held-out"]
    for incident, d, sentences in random.Random(11).sample(held.real, min(args.show, len(held.real))):
        print(f"\nincident {incident}: {d.about}")
        for c in d.claims:
            print(f"  {c.value} ({c.qualifier}) {c.article[:6]} | {sentences[c.article][c.sentence].text[:200]}")
    figures = {}
    for name, (s, u, _) in parts.items():
        figures |= {f"{name} recall": s.recall, f"{name} precision": s.precision, f"{name} unedited reported": u[2]}
    figures["held-out unedited precision"] = true / reported if reported else 0.0
    remember("gva_discrepancies", figures, record=args.record, config={"incidents": args.incidents})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
