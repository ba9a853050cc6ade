"""Every month of GVA on its own, as `lintas compare` would group it, dated and undated.

    python benchmarks/gva_months.py [--min-articles 30] [--record]

Each month's articles go alone into a fresh store through the one story engine (`compare` and
`ingest` make the same stories: tests/group/test_engine.py), once as published and once with
every `published` removed (the day then comes from the address or the lead, else from the
article before it in the stream, else today). Prints each month's BCubed and pairwise F1, the
worst month and the mean, for the training years of the score's fit (2016-2017) and the held-out
ones (2013-2015) apart.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from _results import add_record_flag, remember

from lintas.corpus import ingest
from lintas.evaluation.clusters import score_clusters
from lintas.group.params import PARAMS
from lintas.store import open_store, queries

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "gva-news" / "articles.jsonl"


def month_scores(records: list[dict[str, str]], tmp: Path, *, undated: bool) -> dict[str, dict[str, float]]:
    path = tmp / ("undated.jsonl" if undated else "dated.jsonl")
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({k: v for k, v in r.items() if not (undated and k == "published")}) + "\n")
    gold = {f"{path}:{n}": str(r["incident"]) for n, r in enumerate(records, start=1)}
    db = tmp / ("undated.db" if undated else "dated.db")
    with open_store(str(db)) as store:
        ingest([str(path)], store, workers=1, batch=100_000)
        stories = queries.input_stories(store)
    os.remove(db)
    return score_clusters(gold, stories)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--min-articles", type=int, default=30)
    add_record_flag(ap)
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"no GVA data at {args.data}")
    months: dict[str, list[dict[str, str]]] = defaultdict(list)
    with args.data.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            months[r["published"][:7]].append(r)
    train = tuple(PARAMS.fit.get("train", ("2016", "2017")))
    rows: dict[str, dict[str, tuple[float, float]]] = defaultdict(dict)
    start = time.monotonic()
    print(f"{'month':<9}{'part':<10}{'articles':>9}{'dated B / pair':>18}{'undated B / pair':>20}")
    with tempfile.TemporaryDirectory() as tmp:
        for month in sorted(months):
            records = months[month]
            if len(records) < args.min_articles:
                continue
            part = "training" if month.startswith(train) else "held-out"
            for undated in (False, True):
                s = month_scores(records, Path(tmp), undated=undated)
                rows[month]["undated" if undated else "dated"] = (s["bcubed"]["f1"], s["pairwise"]["f1"])
            d, u = rows[month]["dated"], rows[month]["undated"]
            print(f"{month:<9}{part:<10}{len(records):>9}{d[0]:>10.3f} /{d[1]:>6.3f}{u[0]:>12.3f} /{u[1]:>6.3f}")
    print(f"({time.monotonic() - start:.0f} s)")
    figures: dict[str, float] = {}
    for part in ("training", "held-out"):
        ms = [m for m in rows if (m.startswith(train)) == (part == "training")]
        for kind in ("dated", "undated"):
            b = [rows[m][kind][0] for m in ms]
            p = [rows[m][kind][1] for m in ms]
            print(
                f"{part:<9} {kind:<8} {len(ms)} months: BCubed worst {min(b):.3f} mean {sum(b) / len(b):.3f}; "
                f"pairwise worst {min(p):.3f} mean {sum(p) / len(p):.3f}"
            )
            figures[f"{part} {kind} worst month BCubed F1"] = min(b)
            figures[f"{part} {kind} mean month BCubed F1"] = sum(b) / len(b)
            figures[f"{part} {kind} worst month pairwise F1"] = min(p)
            figures[f"{part} {kind} mean month pairwise F1"] = sum(p) / len(p)
    remember("gva_months", figures, record=args.record, config={"min_articles": args.min_articles})
    return 0


if __name__ == "__main__":
    sys.exit(main())
