"""Outlet and date of the 100 labelled real pages (id-news-2025), as given and from text + URL.

python benchmarks/page_metadata.py [--show-errors] [--record]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _results import add_record_flag, remember

from lintas.evaluation.pages import load_pages, score_pages

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "id-news-2025" / "articles.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show-errors", action="store_true")
    add_record_flag(ap)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    pages = load_pages(DATA, ROOT / "tests" / "data" / "junk_labels.jsonl")
    print(f"{'read':<10}{'pages':>7}{'outlet':>8}{'date ok':>9}{'undated':>9}{'wrong':>7}")
    figures = {}
    for name, bare in (("as given", False), ("bare", True)):
        s = score_pages(pages, bare=bare)
        print(f"{name:<10}{s.pages:>7}{s.outlet_right:>8}{s.date_right:>9}{s.date_missing:>9}{s.date_wrong:>7}")
        figures |= {f"{name} outlet right": s.outlet_right / s.pages, f"{name} date right": s.date_right / s.pages,
                    f"{name} date wrong": s.date_wrong / s.pages}  # fmt: skip
        if args.show_errors:
            print("\n".join(s.errors))
    remember("page_metadata", figures, record=args.record)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
