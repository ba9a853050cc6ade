"""Story clustering on ../shared/data/gva-news: ingest every article, score stories against incidents.

    python benchmarks/gva_clusters.py [--db /tmp/lintas-gva.db] [--recluster] [--workers 2]

The first run ingests all 6,335 articles (about 3 minutes on 2 cores) into --db; later runs
reuse it (--recluster re-clusters the stored features with the current settings, in seconds).
Every input is scored: rejected pages are singleton clusters. Prints BCubed and pairwise
precision/recall/F1 next to the all-singletons baseline and the ceilings of a clusterer whose
stories go cold after 7 (CLUSTER_WINDOW_DAYS) or 30 days: gold incidents split where no chain of
publication gaps within the window links their articles. lintas passes the 7-day ceiling's reach
only through follow-ups that name an event's victims or suspects or cite its day and places
(CLUSTER_FOLLOW_UP_DAYS).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

from _results import add_record_flag, remember

from lintas.corpus import ingest, recluster
from lintas.corpus.version import code_fingerprint
from lintas.evaluation.clusters import score_clusters, window_oracle
from lintas.group.features import day_of
from lintas.group.params import PARAMS
from lintas.store import open_store, queries

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "gva-news", "articles.jsonl")


def read_gold(path: str) -> tuple[dict[str, str], dict[str, int | None], dict[str, str]]:
    """Incident label, publication day and publication date of every input, keyed ``FILE:LINE``."""
    labels, days, published = {}, {}, {}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            if line.strip():
                record = json.loads(line)
                key = f"{path}:{lineno}"
                labels[key], days[key] = record["incident"], day_of(record.get("published"))
                published[key] = record.get("published") or ""
    return labels, days, published


def predicted(store_target: str) -> dict[str, str | None]:
    with open_store(store_target) as store:
        return queries.input_stories(store)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="/tmp/lintas-gva.db")
    parser.add_argument("--data", default=os.path.normpath(DATA))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--recluster", action="store_true")
    add_record_flag(parser)
    args = parser.parse_args()
    if not os.path.exists(args.data):
        sys.exit(f"no GVA data at {args.data}")
    with open_store(args.db) as store:
        built_by = store.code_version()
        if store.counts()["articles"] and built_by != code_fingerprint() and not args.recluster:
            sys.exit(
                f"{args.db} was built by other code ({built_by}, this code is {code_fingerprint()}): "
                "its stories are not this code's. Delete it, pass another --db, or --recluster "
                "(stories only; the features stay the other code's)."
            )
        start = time.monotonic()
        result = ingest([args.data], store, workers=args.workers)
        if result.added:
            print(
                f"ingested {result.added} articles in {result.seconds:.0f} s ({result.added / result.seconds:.1f}/s), "
                f"{len(result.rejected)} rejected, {result.duplicates} duplicates"
            )
        if args.recluster:
            start = time.monotonic()
            n = recluster(store)
            print(f"re-clustered into {n} stories in {time.monotonic() - start:.1f} s")
    gold, days, published = read_gold(args.data)
    pred = predicted(args.db)
    ours = score_clusters(gold, pred)
    # The parts of the score's fit (group.params): the held-out part is what generalises.
    parts = {
        f"lintas, {name} ({'+'.join(PARAMS.fit[key])})": score_clusters(
            sub := {k: g for k, g in gold.items() if published[k].startswith(tuple(PARAMS.fit[key]))},
            {k: pred.get(k) for k in sub},
        )
        for name, key in (("training", "train"), ("held-out", "heldout"))
    }
    single = score_clusters(gold, {})
    accepted = {i for i, story in pred.items() if story}
    ceilings = [
        (f"ceiling, {w}-day window", score_clusters(gold, window_oracle(gold, days, accepted, w))) for w in (7, 30)
    ]
    print(f"{'':40}{'BCubed P':>10}{'R':>8}{'F1':>8}{'pair P':>10}{'R':>8}{'F1':>8}")
    for name, s in (("all singletons", single), ("lintas", ours), *parts.items(), *ceilings):
        b, p = s["bcubed"], s["pairwise"]
        print(
            f"{name:40}{b['precision']:>10.4f}{b['recall']:>8.4f}{b['f1']:>8.4f}"
            f"{p['precision']:>10.4f}{p['recall']:>8.4f}{p['f1']:>8.4f}"
        )
    n_pred = len({v for v in pred.values() if v})
    print(f"items {len(gold)}, predicted clusters {n_pred}, gold clusters {len(set(gold.values()))}")
    figures = {}
    for name, s in (("all", ours), *zip(("training", "held-out"), parts.values(), strict=True)):
        figures |= {f"{name} BCubed F1": s["bcubed"]["f1"], f"{name} pairwise F1": s["pairwise"]["f1"]}
    remember("gva_clusters", figures, record=args.record)


if __name__ == "__main__":
    main()
