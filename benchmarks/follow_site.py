"""``lintas follow`` on a local fixture site: 20 outlets (each its own loopback port, so its own
host for the pace and robots.txt) holding 10,000 synthetic Indonesian articles; pages per second
with the politeness limits off and on, and the memory over the run.

    python benchmarks/follow_site.py [--pages 10000] [--polite-pages 1000] [--ingest-pages 400] [--record]

- off: robots.txt not read, no pace per host, FOLLOW_WORKERS requests in flight; pages fetched
  and recorded in the store but not ingested (this measures following, not the pipeline).
- on: robots.txt obeyed and the default pace (FOLLOW_HOST_DELAY between two requests to one
  host, FOLLOW_HOST_CONCURRENCY at once): bounded by 20 hosts / 1 s = 20 pages/s whatever the
  machine; run on --polite-pages pages (at 10,000 it takes ~8 minutes).
- ingest: politeness off, each page ingested as it arrives (the pipeline's rate is the bound).
The sites' server threads run in this process and share its 2 cores.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from _results import add_record_flag, remember

from lintas.evaluation.synth import generate
from lintas.follow.http import Policy, networks
from lintas.follow.run import Settings, follow_round
from lintas.follow.site import Page, Site
from lintas.metadata.outlet import Outlet
from lintas.store import open_store

OUTLETS = 20


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def make_sites(n: int) -> list[Site]:
    from datetime import UTC, datetime, timedelta

    start = (datetime.now(UTC) - timedelta(days=3)).date()
    pages: list[list[Page]] = [[] for _ in range(OUTLETS)]
    for i, r in enumerate(generate(n, seed=7, start=start, span_days=2)):
        pages[i % OUTLETS].append(Page(f"{urlsplit(r['url']).path}-{i}", r["title"], r["text"], r["published"]))
    return [Site(f"Outlet {k + 1:02d}", p).start() for k, p in enumerate(pages)]


def run(sites: list[Site], pages: int, settings: Settings, label: str) -> dict[str, float]:
    per_outlet = pages // len(sites)
    outlets = [
        Outlet(s.name, feeds=(f"{s.url}/feed.xml",), sitemaps=(f"{s.url}/sitemap.xml",)) for s in sites
    ]  # fmt: skip
    memory: list[float] = []
    done = [0]

    def seen(url: str) -> None:
        done[0] += 1
        if done[0] % max(1, pages // 10) == 0:
            memory.append(rss_mb())

    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "follow.db")) as store:
        settings = Settings(
            policy=settings.policy, host_delay=settings.host_delay, workers=settings.workers,
            max_pages=per_outlet, robots=settings.robots, ingest=settings.ingest,
        )  # fmt: skip
        start = time.perf_counter()
        r = follow_round(store, outlets, settings, on_page=seen)
        seconds = time.perf_counter() - start
    rate = r.fetched / seconds
    # From the run's middle to its end: the first pages load the models (ingest) and warm the caches.
    grow = (memory[-1] - memory[len(memory) // 2]) if len(memory) > 1 else 0.0
    print(
        f"{label:<28}{r.fetched:>8}{seconds:>9.1f}{rate:>10.1f}{r.added:>8}{len(r.failed):>7}"
        f"{(memory[len(memory) // 2] if memory else 0):>10.0f}{(memory[-1] if memory else 0):>9.0f}{grow:>+8.0f}"
    )
    return {"pages/s": rate, "seconds": seconds, "rss growth MB": grow}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--polite-pages", type=int, default=1_000)
    ap.add_argument("--ingest-pages", type=int, default=400)
    add_record_flag(ap)
    args = ap.parse_args()
    sites = make_sites(args.pages)
    policy = Policy(allow=networks(["loopback"]))
    print(f"{OUTLETS} outlets on loopback, {args.pages:,} pages; RSS after building the sites {rss_mb():.0f} MB\n")
    print(
        f"{'run':<28}{'pages':>8}{'s':>9}{'pages/s':>10}{'added':>8}{'failed':>7}{'RSS 50%':>10}{'100%':>9}{'grow':>8}"
    )
    figures: dict[str, float] = {}
    try:
        off = run(
            sites, args.pages, Settings(policy=policy, host_delay=0.0, robots=False, ingest=False), "politeness off"
        )
        on = run(sites, args.polite_pages, Settings(policy=policy, ingest=False), "politeness on (1 s/host)")
        ing = run(sites, args.ingest_pages, Settings(policy=policy, host_delay=0.0, robots=False), "off, with ingest")
    finally:
        for s in sites:
            s.close()
    for name, got in (("off", off), ("on", on), ("ingest", ing)):
        figures[f"{name} pages/s"] = got["pages/s"]
        figures[f"{name} RSS growth MB"] = got["rss growth MB"]
    remember(
        "follow_site", figures, record=args.record,
        config={"pages": args.pages, "polite_pages": args.polite_pages, "ingest_pages": args.ingest_pages},
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
