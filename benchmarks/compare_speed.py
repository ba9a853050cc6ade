"""Wall time of ``lintas compare`` vs ``lintas extract`` on 2 and on 10 articles, as a user runs
them (a fresh process each time, model loading included). Best of --repeat runs.

    python benchmarks/compare_speed.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from _results import add_record_flag, remember

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
TWO = [EXAMPLES / "kabarnusa-gempa-garut.txt", EXAMPLES / "wartapriangan-gempa-garut.html"]


def _time(args: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "lintas", *args], check=False, capture_output=True, text=True)
        if done.returncode > 1:  # 1 is "some inputs rejected"; anything else is a failure, not a time
            raise SystemExit(f"lintas {' '.join(args)} failed with exit {done.returncode}:\n{done.stderr[-2000:]}")
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    add_record_flag(ap)
    args = ap.parse_args()
    print(f"{'articles':<10} {'extract (s)':>12} {'compare (s)':>12}")
    figures: dict[str, float] = {}
    for label, paths in (("2", [str(p) for p in TWO]), ("10", [str(EXAMPLES)])):
        extract = _time(["extract", *paths], args.repeat)
        compare = _time(["compare", *paths], args.repeat)
        print(f"{label:<10} {extract:12.2f} {compare:12.2f}")
        figures.update({f"extract {label} articles (s)": extract, f"compare {label} articles (s)": compare})
    remember("compare_speed", figures, record=args.record)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
