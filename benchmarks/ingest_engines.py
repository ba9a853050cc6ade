"""Ingest on each engine: the map step in local worker processes, and on Ray (a Ray instance
started on this machine), on the same real articles; the overhead of Ray and whether the stores
are identical.

    python benchmarks/ingest_engines.py [--limit N] [--workers 2] [--record]

Data: ../shared/data/id-news-2025 (2,755 real Indonesian articles as scraped; the first N with
--limit), else 2,000 synthetic articles. Wall time, articles/s, and the CPU of the driver (read,
cluster, store) and of the map workers (clean, metadata, analyse, features) per article.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from itertools import islice
from pathlib import Path

from _results import add_record_flag, remember

from lintas.corpus import ingest
from lintas.evaluation.synth import write_jsonl
from lintas.store import open_store

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "data" / "id-news-2025" / "articles.jsonl"


def _cpu() -> float:
    """CPU seconds of this process (the driver)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def _stored(db: str) -> list[tuple[object, ...]]:
    with open_store(db) as store:
        return sorted((s.article.id, s.story, s.copy_of, s.keys) for s in store.iter_articles())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="the first N real articles (default: all)")
    ap.add_argument("--workers", type=int, default=2)
    add_record_flag(ap)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "input.jsonl")
        if REAL.exists():
            with REAL.open(encoding="utf-8") as f, open(source, "w", encoding="utf-8") as out:
                out.writelines(islice(f, args.limit))
            data = f"id-news-2025 ({args.limit or 'all'})"
        else:
            write_jsonl(source, args.limit or 2000, seed=5, span_days=60)
            data = "synthetic"
        rows, stores = {}, {}
        for engine in ("local", "ray"):
            db = os.path.join(tmp, f"{engine}.db")
            with open_store(db) as store:
                cpu, start = _cpu(), time.monotonic()
                result = ingest([source], store, workers=args.workers, engine=engine)
                wall, cpu = time.monotonic() - start, _cpu() - cpu
            rows[engine] = (result.read, wall, cpu)
            stores[engine] = _stored(db)
    print(f"data: {data}; {args.workers} map workers on {os.cpu_count()} cores")
    print(f"{'engine':<8}{'articles':>9}{'wall s':>9}{'articles/s':>12}{'driver CPU ms/article':>24}")
    figures: dict[str, float] = {}
    for engine, (n, wall, cpu) in rows.items():
        print(f"{engine:<8}{n:>9}{wall:>9.1f}{n / wall:>12.1f}{1000 * cpu / max(n, 1):>24.1f}")
        figures[f"{engine} articles/s"] = n / wall
    ratio = rows["ray"][1] / rows["local"][1]
    same = stores["ray"] == stores["local"]
    print(f"Ray overhead (wall ray / local): {ratio:.2f}; stored articles, copies and stories identical: {same}")
    figures["ray/local wall ratio"] = ratio
    remember("ingest_engines", figures, record=args.record, config={"data": data, "workers": args.workers})


if __name__ == "__main__":
    main()
