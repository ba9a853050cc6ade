"""Full-pipeline ingest of synthetic Indonesian news: articles/s, peak memory, story quality.

    python benchmarks/ingest_synth.py [--articles 10000] [--workers 2]

Generates the corpus with ``lintas.evaluation.synth`` (events, outlets, dates, copies, junk
lines), ingests it into a fresh SQLite store as ``lintas ingest`` does (map step in worker
processes, clustering in this one), then scores the stories against the generated events.
The generated articles are templated (two floods in one month read almost alike, cosine ~0.95),
so the story scores here are a stress case, not a quality measure: benchmarks/gva_clusters.py
measures quality on real articles.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time

from _results import add_record_flag, remember

from lintas.corpus import ingest
from lintas.evaluation.clusters import score_clusters
from lintas.evaluation.synth import generate, write_jsonl
from lintas.store import open_store, queries


def _resident_mb() -> dict[str, float]:
    """The main process's anonymous vs file-backed resident memory (Linux): mapped database pages
    are file-backed and reclaimable, so only the anonymous part says whether ingest streams."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            fields = dict(line.split(":", 1) for line in f if line.startswith("Rss"))
    except OSError:
        return {}
    return {k: int(v.split()[0]) / 1024 for k, v in fields.items()}


def _cpu_s() -> dict[str, float]:
    """CPU seconds of this process (reading, clustering, storing) and of the ended worker
    processes (the map step: cleaning, metadata, analysis, features): which of them the 2 cores
    spend their time on says what dominates the cost."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"main": own.ru_utime + own.ru_stime, "workers": kids.ru_utime + kids.ru_stime}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--span-days", type=int, default=365)
    add_record_flag(parser)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "synth.jsonl")
        write_jsonl(path, args.articles, span_days=args.span_days)
        db = os.path.join(tmp, "synth.db")
        with open_store(db) as store:
            cpu0 = _cpu_s()
            start = time.monotonic()
            result = ingest([path], store, workers=args.workers)
            wall = time.monotonic() - start
            cpu = {k: v - cpu0[k] for k, v in _cpu_s().items()}
            resident = _resident_mb()
            stories = queries.input_stories(store)
            counts = store.counts()
        gold = {f"{path}:{n}": r["event"] for n, r in enumerate(generate(args.articles, span_days=args.span_days), 1)}
        scores = score_clusters(gold, stories)
        db_mb = os.path.getsize(db) / 2**20
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{'articles':<28}{args.articles}")
    print(f"{'workers':<28}{args.workers}")
    print(f"{'wall time (s)':<28}{wall:.1f}")
    print(f"{'articles/s':<28}{result.read / wall:.1f}")
    per = 1000 / max(1, result.read)
    print(f"{'CPU ms/article: map':<28}{cpu['workers'] * per:.1f} (worker processes: clean, metadata, analyse)")
    print(f"{'CPU ms/article: main':<28}{cpu['main'] * per:.1f} (read, cluster, store)")
    print(f"{'stored / copies / rejected':<28}{result.added} / {result.copies} / {len(result.rejected)}")
    print(f"{'stories':<28}{counts['stories']} (events: {len(set(gold.values()))})")
    print(f"{'peak RSS main (MB)':<28}{own:.0f}")
    print(f"{'peak RSS a worker (MB)':<28}{children:.0f}")
    if resident:
        print(f"{'main after ingest (MB)':<28}anon {resident['RssAnon']:.0f}, file-backed {resident['RssFile']:.0f}")
    print(f"{'database (MB)':<28}{db_mb:.0f}")
    b, p = scores["bcubed"], scores["pairwise"]
    print(f"{'BCubed P/R/F1':<28}{b['precision']:.4f} / {b['recall']:.4f} / {b['f1']:.4f}")
    print(f"{'pairwise P/R/F1':<28}{p['precision']:.4f} / {p['recall']:.4f} / {p['f1']:.4f}")
    figures = {"articles/s": result.read / wall, "CPU ms/article map": cpu["workers"] * per,
               "CPU ms/article main": cpu["main"] * per, "peak RSS main MB": own, "BCubed F1": b["f1"],
               "pairwise F1": p["f1"]}  # fmt: skip
    remember("ingest_synth", figures, record=args.record, config={"articles": args.articles, "workers": args.workers})


if __name__ == "__main__":
    main()
