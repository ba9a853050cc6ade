"""Load on `lintas serve` over a 100k-article corpus: p50/p99 latency and requests/s (loopback only).

    python benchmarks/serve_load.py [--articles 100000] [--seed-articles 2000] [--clients 8]
                                    [--seconds 20] [--max-requests 5000] [--rebuild]

The corpus: ``--seed-articles`` synthetic Indonesian articles (``lintas.evaluation.synth``) go
through the real ingest and every story of two or more articles gets its comparison report; the
store is then replicated by SQL until it holds ``--articles`` articles (each copy shifted by the
seed's time span, with new article and story ids, its own FTS rows, blocking keys and reports
whose ids are rewritten). The tables, indexes and full-text index are therefore those of a real
100k corpus; only the texts repeat. It is kept in build/serve_load/ and reused unless --rebuild.

Then `lintas serve` runs in its own process (uvicorn, one process) and ``--clients`` threads with
keep-alive connections send requests for ``--seconds`` per scenario (at most ``--max-requests``):
story list pages at random offsets, searches, filtered lists, the JSON API, story pages whose
report is cached. Cold story pages (report computed on the request) are timed one at a time.
The clients share the 2 cores with the server, so the numbers are a floor for a real client.
"""

from __future__ import annotations

import argparse
import http.client
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "serve_load"
_HEX = re.compile(r"\b[0-9a-f]{16}\b")


def build(db: Path, articles: int, seed_articles: int) -> None:
    from lintas.corpus import ingest
    from lintas.corpus.browse import refresh_reports
    from lintas.evaluation.synth import write_jsonl
    from lintas.store import open_store
    from lintas.store.base import EPOCH_DAYS

    OUT.mkdir(parents=True, exist_ok=True)
    for p in OUT.glob("corpus.db*"):
        p.unlink()
    span = 30
    src = OUT / "seed.jsonl"
    write_jsonl(str(src), seed_articles, span_days=span)
    t = time.monotonic()
    with open_store(str(db)) as store:
        result = ingest([str(src)], store, workers=2)
        print(f"seed ingest: {result.added} articles in {time.monotonic() - t:.0f} s", flush=True)
        t = time.monotonic()
        n = refresh_reports(store, min_articles=2)
        print(f"seed reports: {n} stories in {time.monotonic() - t:.0f} s", flush=True)
    conn = sqlite3.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    seed_n = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    ids = [r[0] for r in conn.execute("SELECT id FROM articles UNION SELECT id FROM stories")]
    reports = conn.execute("SELECT id, report FROM stories WHERE report IS NOT NULL").fetchall()
    copies = max(0, -(-articles // seed_n) - 1)
    conn.execute("CREATE TEMP TABLE seed_stories AS SELECT id FROM stories")
    t = time.monotonic()
    for k in range(1, copies + 1):
        prefix = f"{k:03x}"
        remap = {i: prefix + i[3:] for i in ids}

        def new(i: str | None, remap: dict[str, str] = remap) -> str | None:
            return None if i is None else remap.get(i, i)

        shift = k * span
        conn.execute("BEGIN")
        conn.create_function("remap", 1, new)
        conn.execute(
            "INSERT OR IGNORE INTO articles SELECT remap(id), input || '#' || ?, outlet, url, title, "
            "CASE WHEN published IS NULL THEN NULL "
            "ELSE date(substr(published, 1, 10), ?) || substr(published, 11) END, "
            "language, authors, cites, text, removed, day + ?, embedding, keys, minhash, remap(story), remap(copy_of), "
            "copy_similarity, seq + ?, ingested_at FROM articles WHERE seq <= ?",
            (k, f"+{shift} days", shift, k * seed_n, seed_n),
        )
        conn.execute(
            "INSERT OR IGNORE INTO inputs SELECT input || '#' || ?, remap(article), status, reason, raw, raw_format, "
            "hints, ingested_at FROM inputs WHERE input NOT LIKE '%#%'",
            (k,),
        )
        conn.execute(
            "INSERT INTO articles_fts (id, title, text) "
            "SELECT id, title, text FROM articles WHERE seq > ? AND seq <= ?",
            (k * seed_n, (k + 1) * seed_n),
        )
        conn.execute(
            "INSERT OR IGNORE INTO stories SELECT remap(id), title, first_day + ?, last_day + ?, "
            "date(substr(first_published, 1, 10), ?) || substr(first_published, 11), "
            "date(substr(last_published, 1, 10), ?) || substr(last_published, 11), n_articles, n_sources, n_outlets, "
            "centroid, version, NULL, NULL, n_discrepancies FROM stories WHERE id IN (SELECT id FROM seed_stories)",
            (shift, shift, f"+{shift} days", f"+{shift} days"),
        )
        conn.execute(
            "INSERT OR IGNORE INTO key_index SELECT (day + ?) / ?, key, day + ?, remap(story) FROM key_index "
            "WHERE story IN (SELECT id FROM seed_stories)",
            (shift, EPOCH_DAYS, shift),
        )
        conn.execute(
            "INSERT OR IGNORE INTO name_index SELECT key, day + ?, remap(story) FROM name_index "
            "WHERE story IN (SELECT id FROM seed_stories)",
            (shift,),
        )
        conn.execute(
            "INSERT OR IGNORE INTO story_names SELECT remap(story), key FROM story_names "
            "WHERE story IN (SELECT id FROM seed_stories)"
        )
        conn.executemany(
            "UPDATE stories SET report = ?, report_version = version WHERE id = ?",
            [(_HEX.sub(lambda m, r=remap: r.get(m.group(0), m.group(0)), rep), remap[sid]) for sid, rep in reports],
        )
        conn.execute("COMMIT")
    conn.execute("UPDATE key_stories SET n = n * ?", (copies + 1,))
    conn.close()
    with open_store(str(db)) as store:
        counts = store.counts()
    print(f"replicated x{copies + 1} in {time.monotonic() - t:.0f} s: {counts}", flush=True)


class Client:
    """One keep-alive HTTP connection per thread."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def get(self, path: str) -> tuple[int, float]:
        t = time.perf_counter()
        try:
            self.conn.request("GET", path)
            r = self.conn.getresponse()
            r.read()
            status = r.status
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            status = 0
        return status, time.perf_counter() - t


def run_scenario(
    port: int, paths: list[str], clients: int, seconds: float, cap: int, hostile: list[str] | None = None
) -> dict[str, float]:
    """Latency of ``paths``; with ``hostile``, every fifth request is a hostile one (issue 25's
    probes: answered 200 or 4xx, never a 500), and p50/p99 are those of the normal requests."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    counter = iter(range(cap))

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        c = Client(port)
        while time.monotonic() < stop:
            with lock:
                if next(counter, None) is None:
                    return
            bad = hostile is not None and rng.random() < 0.2
            status, dt = c.get(rng.choice(hostile if bad and hostile else paths))
            with lock:
                if not bad:
                    latencies.append(dt)
                if status != 200 and not (bad and 400 <= status < 500):
                    errors[0] += 1

    t = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.monotonic() - t
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [latencies[0]] * 99
    return {"requests": len(latencies), "errors": errors[0], "p50": 1000 * q[49], "p99": 1000 * q[98],
            "rps": len(latencies) / wall}  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed-articles", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--max-requests", type=int, default=5000)
    parser.add_argument("--cold", type=int, default=10, help="cold story pages to time one at a time")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    db = OUT / "corpus.db"
    if args.rebuild or not db.exists():
        build(db, args.articles, args.seed_articles)
    conn = sqlite3.connect(str(db))
    n_articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    warm = [r[0] for r in conn.execute("SELECT id FROM stories WHERE report IS NOT NULL")]
    cold = [r[0] for r in conn.execute("SELECT id FROM stories WHERE n_articles >= 3 ORDER BY id LIMIT ?",
                                       (args.cold,))]  # fmt: skip
    marks = ",".join("?" * len(cold))
    conn.execute(f"UPDATE stories SET report = NULL, report_version = NULL WHERE id IN ({marks})", cold)
    conn.commit()
    outlets = [r[0] for r in conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")]
    article_ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY random() LIMIT 500")]
    conn.close()
    warm = [s for s in warm if s not in set(cold)]
    words = ["banjir", "gempa", "longsor", "kebakaran", "Garut", "Cianjur", "Malang", "Bogor", "bus", "korban"]
    rng = random.Random(1)
    scenarios: list[tuple[str, list[str]]] = [
        ("story list, pages 1-20", [f"/?cursor={25 * i}" for i in range(20)]),
        (
            "story list, search",
            [f"/?q={w}" for w in words] + [f"/?q={w}+{v}" for w, v in zip(words, words[4:], strict=False)],
        ),
        (
            "story list, filters",
            [f"/?min_sources=2&since=2026-0{m}-01&outlet={o.replace(' ', '+')}" for m in range(1, 10) for o in outlets],
        ),
        ("API /api/stories", [f"/api/stories?cursor={25 * i}&limit=25" for i in range(20)]),
        ("story page (cached report)", [f"/stories/{s}" for s in rng.sample(warm, min(2000, len(warm)))]),
        ("API story report (cached)", [f"/api/stories/{s}" for s in rng.sample(warm, min(2000, len(warm)))]),
        ("article page", [f"/articles/{a}" for a in article_ids]),
    ]
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "lintas", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if Client(port).get("/api/outlets")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.3)
        print(f"\ncorpus: {n_articles} articles, {len(warm)} cached story reports; {args.clients} clients, "
              f"{args.seconds:.0f} s or {args.max_requests} requests per scenario\n")  # fmt: skip
        print(f"{'scenario':<30}{'requests':>9}{'errors':>7}{'p50 ms':>9}{'p99 ms':>9}{'req/s':>8}")
        hostile = [
            "/api/stories?q=" + "+".join(["gempa"] * 2000),
            "/api/stories?q=" + "+".join(f"w{i}" for i in range(3000)),
            "/api/stories?limit=-2",
            "/api/stories?min_sources=" + "9" * 20,
            "/api/stories?cursor=" + "9" * 20,
            "/api/stories?q=a%00b",
            "/stories/..%2F..%2Fetc%2Fpasswd",
            "/api/articles/" + "f" * 16,
        ]
        runs = [(name, paths, None) for name, paths in scenarios]
        runs.append(("lists + API, 20% hostile", scenarios[0][1] + scenarios[3][1] + scenarios[1][1], hostile))
        for name, paths, bad in runs:
            r = run_scenario(port, paths, args.clients, args.seconds, args.max_requests, bad)
            print(f"{name:<30}{r['requests']:>9.0f}{r['errors']:>7.0f}{r['p50']:>9.1f}{r['p99']:>9.1f}"
                  f"{r['rps']:>8.1f}", flush=True)  # fmt: skip
        c = Client(port)
        times = [c.get(f"/stories/{s}") for s in cold]
        ok = sum(1 for s, _ in times if s == 200)
        ms = sorted(1000 * t for _, t in times)
        if ms:
            print(f"{'story page (cold, 1 client)':<30}{len(ms):>9}{len(ms) - ok:>7}{statistics.median(ms):>9.1f}"
                  f"{ms[-1]:>9.1f}{len(ms) / (sum(ms) / 1000):>8.1f}   (p99 column: max)")  # fmt: skip
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
