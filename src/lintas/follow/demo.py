"""``python -m lintas.follow.demo``: outlets on this machine, followed into a store (no internet).

Starts one local site per outlet (lintas.follow.site: a feed, a sitemap index with a news
sitemap, a homepage, robots.txt), writes an outlet file naming them, runs
``lintas follow --once`` into the store and lists its stories: what ``make demo`` shows.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from lintas.follow.site import synthetic_sites


def main(argv: Sequence[str] | None = None) -> int:
    from lintas.cli import main as lintas

    ap = argparse.ArgumentParser(prog="python -m lintas.follow.demo", description=__doc__)
    ap.add_argument("--db", default="build/demo/follow.db", help="the store (default: %(default)s)")
    ap.add_argument("--articles", type=int, default=30, help="articles over all outlets (default: %(default)s)")
    args = ap.parse_args(argv)
    db = Path(args.db)
    db.parent.mkdir(parents=True, exist_ok=True)
    sites = [s.start() for s in synthetic_sites(args.articles, seed=6, days=6)]
    try:
        outlets = [
            {"name": s.name, "language": "id", "feeds": [f"{s.url}/feed.xml"], "sitemaps": [f"{s.url}/sitemap.xml"]}
            for s in sites
        ]
        table = db.parent / "demo-outlets.json"
        table.write_text(json.dumps({"outlets": outlets}, indent=1) + "\n", encoding="utf-8")
        os.environ["LINTAS_OUTLETS"] = str(table)
        print(f"$ LINTAS_OUTLETS={table} lintas follow --once --allow loopback --delay 0 --db {db}", flush=True)
        code = lintas(["follow", "--once", "--allow", "loopback", "--delay", "0", "--db", str(db)])
        print(f"\n$ lintas stories --db {db} --min-sources 2", flush=True)
        lintas(["stories", "--db", str(db), "--min-sources", "2", "--format", "text"])
        return code
    finally:
        for s in sites:
            s.close()


if __name__ == "__main__":
    sys.exit(main())
