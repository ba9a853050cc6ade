"""Listing a big store: `lintas stories --disputed --min-sources 2` reads stored values only.

    python benchmarks/list_stories.py [--articles 100000] [--record]

Builds a store of story rows as a corpus of --articles articles leaves them (one story per two
articles, a third compared with a stored discrepancy count, the rest changed since), through the
store's own API, then times the listings a reader asks for. Before stop 31 the disputed listing
compared every changed story first: 15 minutes on a 3,700-article store.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from _results import add_record_flag, remember

from lintas.corpus.browse import StoryFilter, list_stories, unchecked
from lintas.store import StoryState, open_store

DAY0 = 739000


def build(path: str, articles: int) -> None:
    rng = random.Random(7)
    centroid = np.zeros(512, np.float32)
    with open_store(path) as store, store.write():
        for k in range(articles // 2):
            n = rng.choice((1, 1, 1, 2, 3, 5, 12))
            day = DAY0 + rng.randrange(365)
            s = StoryState(
                id=f"{k:016x}", title=f"story {k}", first_day=day, last_day=day + rng.randrange(5),
                first_published=None, last_published=None, n_articles=n, n_sources=max(1, n - rng.randrange(2)),
                n_outlets=n, centroid=centroid, new=True,
            )  # fmt: skip
            store.save_story(s)
            if n > 1 and rng.random() < 0.33:
                store.save_report(s.id, "{}", 1, rng.choice((0, 0, 1, 3)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    add_record_flag(ap)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "list.db")
        start = time.monotonic()
        build(path, args.articles)
        print(f"built {args.articles // 2} stories in {time.monotonic() - start:.1f} s")
        figures: dict[str, float] = {}
        with open_store(path) as store:
            for name, f in (
                ("all, newest 50", StoryFilter()),
                ("--min-sources 2", StoryFilter(min_sources=2)),
                ("--disputed --min-sources 2", StoryFilter(disputed=True, min_sources=2)),
                ("--disputed --since (a month)", StoryFilter(disputed=True, since="2024-06-01", until="2024-07-01")),
            ):
                start = time.monotonic()
                rows = list_stories(store, f)
                stale = unchecked(store, f) if f.disputed else 0
                seconds = time.monotonic() - start
                print(
                    f"{name:<34}{len(rows):>6} stories{seconds:>9.3f} s"
                    + (f"  ({stale} not compared)" if stale else "")
                )
                figures[f"{name} seconds"] = seconds
    remember("list_stories", figures, record=args.record, config={"articles": args.articles})
    return 0


if __name__ == "__main__":
    sys.exit(main())
