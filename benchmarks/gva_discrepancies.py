"""Recall and precision of number discrepancies on planted edits in real English news.

    python benchmarks/gva_discrepancies.py [--incidents 400] [--seed 7] [--show 8] [--debug]

See lintas.evaluation.discrepancies for the method. Prints recall and precision of the planted
differences, the discrepancies between the unedited articles, and a seeded sample of those to read.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from lintas.evaluation.discrepancies import planted_discrepancies

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "gva-news"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--incidents", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", type=int, default=8, help="real discrepancies to print for reading")
    ap.add_argument("--debug", action="store_true", help="print every missed edit")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    s = planted_discrepancies(DATA, args.incidents, args.seed, print if args.debug else None)
    took = time.perf_counter() - start
    for label, value in [
        ("stories", s.stories), ("edited stories", s.edited), ("planted differences found", s.found),
        ("new false discrepancies", s.new_false), ("recall", f"{s.recall:.3f}"), ("precision", f"{s.precision:.3f}"),
        ("unedited stories with discrepancy", s.unedited_with_discrepancy),
        ("real discrepancies (unedited)", len(s.real)), ("seconds", f"{took:.0f}"),
    ]:  # fmt: skip
        print(f"{label:<34}{value:>8}")
    for incident, d, sentences in random.Random(args.seed).sample(s.real, min(args.show, len(s.real))):
        print(f"\nincident {incident}: {d.about}")
        for c in d.claims:
            print(f"  {c.value} ({c.qualifier}) {c.article[:6]} | {sentences[c.article][c.sentence].text[:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
