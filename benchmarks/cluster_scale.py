"""The clustering step alone at corpus sizes 10k, 100k and 1M: cost per article and peak memory.

    python benchmarks/cluster_scale.py [--sizes 10000 100000 1000000] [--probe 5000]

For each size N, a fresh SQLite store is filled with the index rows of N - probe precomputed
articles (bulk SQL: stories, blocking keys, copy bands, article rows), then ``probe`` more
articles go through ``group.engine.place`` one by one, as ingest does, and then the stories
of one article they started are settled, the stories they joined checked by their text and
weighed for joins (``group.engine.finish``, as at the end of an ingest run), all timed (ms/article
includes that end; its share is shown apart as "settle ms").
The features are synthetic but shaped like real ones: events with a place, people (a victim, an
official), a title (a few of 300 common words, the place, one word of the event's own) and a day
(1,000 articles a day, so the corpus spans N/1000 days), ~25 capitalised body words (a zipf draw of
3,000 common ones, the event's street, venue and town), leads near their event's vector, 10%
syndicated copies, ~40 lead words (a zipf draw of 20,000, a few of the event's own), 10% naming
the victim of an event 8-300 days older and citing its day (the
follow-up lookups of group.incremental). Each size runs in its own process so that peak memory is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np
from _results import add_record_flag, remember

PER_DAY = 1000
EVENTS_PER_DAY = PER_DAY // 3
START_DAY = 739000


class Synth:
    """Deterministic article features: ~3 articles per event, events spread over the days."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = np.random.default_rng(seed)
        self.places = [f"kota {i}" for i in range(400)]
        self.words = [f"kata{i}" for i in range(300)]  # title words, a few of them in most titles
        self.caps = [f"Nama{i}" for i in range(3000)]  # capitalised body words, ~25 of them in every article
        self.lead = [f"kata{i}" for i in range(20000)]  # the words of leads

    def article(self, n: int) -> tuple[str, int, np.ndarray, list[str], tuple[int, ...], int]:
        event = n // 3
        erng = np.random.default_rng(event)
        base = erng.standard_normal(512).astype(np.float32)
        v = base + 0.6 * self.rng.standard_normal(512).astype(np.float32)
        v /= np.linalg.norm(v)
        person, official = f"orang {event}", f"pejabat {int(erng.integers(5000))}"
        place = int(erng.integers(400))
        keys = [f"loc:{self.places[place]}", f"per:{person}", f"per:{official}", f"who:{person}"]
        common = {self.words[min(299, int(self.rng.zipf(1.3)))] for _ in range(4)}
        title = [*sorted(common), f"kota{place}", f"peristiwa{event}"]  # common words, the place, a rare word
        back = EVENTS_PER_DAY * int(erng.integers(8, 300))
        if erng.random() < 0.1 and event >= back:  # a follow-up naming an older event's victim
            keys.append(f"per:orang {event - back}")
            keys.append(f"on:{START_DAY + (event - back) * 3 // PER_DAY}")  # and cites its day
        keys.extend(f"ttl:{w}" for w in title)
        caps = {self.caps[min(2999, int(self.rng.zipf(1.2)))].lower() for _ in range(25)}
        event_caps = [f"jalan{event}", f"gedung{event}", f"kota{place}"]  # the event's street, venue and town
        keys.extend(f"cap:{w}" for w in [*event_caps, *sorted(caps)])
        keys.append(f"age:{int(erng.integers(15, 70))}")  # the victim's age, held by the story
        # the lead's words (held by the story): ~35 of a zipf vocabulary, ~8 of the event's own
        lead = {self.lead[min(19999, int(self.rng.zipf(1.1)))] for _ in range(35)}
        lead |= {f"hal{event}x{int(erng.integers(12))}" for _ in range(8)}
        keys.extend(f"lw:{w}" for w in sorted(lead))
        sig_rng = np.random.default_rng(event * 7 + (0 if self.rng.random() < 0.1 else n))
        sig = tuple(int(x) for x in sig_rng.integers(0, 2**32, 64))
        return f"{n:016x}", START_DAY + n // PER_DAY, v, keys, sig, event


def preload(target: str, count: int, synth: Synth) -> None:
    """Index rows of ``count`` articles, written in bulk (one story per event)."""
    import sqlite3

    from lintas.group.incremental import ann_keys, rare_keys
    from lintas.group.minhash import bands
    from lintas.settings import CLUSTER_TITLE_MAX_STORIES as TITLE_MAX
    from lintas.settings import CLUSTER_WORD_MAX_STORIES as WORD_MAX
    from lintas.store import open_store
    from lintas.store.base import EPOCH_DAYS
    from lintas.store.keys import STORIES, looked_up_far, store_keys

    open_store(target).close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    key_n: dict[str, int] = {}
    for start in range(0, count, 10000):
        arts, skeys, far, names, cbands, stories = [], [], [], [], [], {}
        for n in range(start, min(count, start + 10000)):
            aid, day, v, keys, sig, event = synth.article(n)
            story = f"{event * 3:016x}"
            arts.append(
                (
                    aid,
                    aid,
                    "Outlet",
                    None,
                    "t",
                    None,
                    "id",
                    "[]",
                    "[]",
                    "teks",
                    "[]",
                    day,
                    v.astype(np.float16).tobytes(),
                    json.dumps(keys),
                    "[]",
                    story,
                    None,
                    None,
                    n + 1,
                    "",
                )
            )
            index_keys, held, cited = store_keys(keys)  # held: ages and lead words; cited: the days it cites
            # as assign does: a title or body word too common to count is no longer indexed
            index_keys = rare_keys(index_keys, key_n, TITLE_MAX, WORD_MAX)
            for k in [*index_keys, *ann_keys(v), *cited]:
                skeys.append((day // EPOCH_DAYS, k, day, story))
            far.extend((k, day, story) for k in [*index_keys, *cited] if looked_up_far(k))
            names.extend((story, k) for k in [*index_keys, *held])
            for b in bands(sig):
                cbands.append((day // EPOCH_DAYS, b, aid))
            s = stories.setdefault(story, [day, day, 0, np.zeros(512, np.float32)])
            s[1], s[2] = day, s[2] + 1
            s[3] += v
            for k in [*index_keys, *held]:
                key_n[k] = key_n.get(k, 0) + 1
        conn.executemany(f"INSERT OR IGNORE INTO articles VALUES ({', '.join('?' * 20)})", arts)
        conn.executemany("INSERT OR IGNORE INTO key_index VALUES (?, ?, ?, ?)", skeys)
        conn.executemany("INSERT OR IGNORE INTO name_index VALUES (?, ?, ?)", far)
        conn.executemany("INSERT OR IGNORE INTO story_names VALUES (?, ?)", names)
        conn.executemany("INSERT OR IGNORE INTO copy_index VALUES (?, ?, ?)", cbands)
        conn.executemany(
            "INSERT OR REPLACE INTO stories (id, title, first_day, last_day, n_articles, n_sources, n_outlets, "
            "centroid, version) VALUES (?, 't', ?, ?, ?, ?, 1, ?, 1)",
            [(sid, a, b, c, c, cen.tobytes()) for sid, (a, b, c, cen) in stories.items()],
        )
    key_n[STORIES] = (count + 2) // 3
    conn.executemany("INSERT OR REPLACE INTO key_stories VALUES (?, ?)", list(key_n.items()))
    conn.execute("COMMIT")
    conn.close()


def run_size(size: int, probe: int) -> dict[str, float]:
    from lintas.group.engine import Clock, finish, place
    from lintas.group.incremental import Features
    from lintas.model import Article, Sentence
    from lintas.settings import INGEST_BATCH
    from lintas.store import open_store

    synth = Synth()
    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(tmp, "scale.db")
        t0 = time.monotonic()
        preload(target, size - probe, synth)
        os.sync()  # the bulk load's dirty pages hit the disk now, not in the first timed fsync
        load_s = time.monotonic() - t0
        with open_store(target) as store:
            elapsed = 0.0
            clock = Clock()
            batch: list[tuple[Article, Features]] = []
            for n in range(size - probe, size):
                aid, day, v, keys, sig, _ = synth.article(n)
                text = f"teks artikel {n}"
                article = Article(aid, aid, "Outlet", None, "t", None, "id", (), (), text, (),
                                  (Sentence(text, 0, len(text)),))  # fmt: skip
                batch.append((article, Features(day, v.astype(np.float16).tobytes(), tuple(keys), sig)))
                if len(batch) < INGEST_BATCH and n < size - 1:
                    continue
                t = time.perf_counter()
                with store.write():  # one transaction per batch, as ingest does
                    for article, f in batch:
                        place(store, article, f, clock)
                elapsed += time.perf_counter() - t
                batch = []
            t = time.perf_counter()
            finish(store)  # as the end of an ingest run does: settle, the text check, the joins
            settle_s = time.perf_counter() - t
            elapsed += settle_s
            size_mb = os.path.getsize(target) / 2**20
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"size": size, "ms_per_article": 1000 * elapsed / probe, "settle_ms": 1000 * settle_s / probe,
            "peak_mb": peak_mb, "preload_s": load_s, "db_mb": size_mb}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--probe", type=int, default=5000)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    add_record_flag(parser)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_size(args.one, args.probe)))
        return
    print(f"{'articles':>10} {'ms/article':>11} {'vs 10k':>7} {'settle ms':>10} {'peak MB':>8} {'db MB':>8} "
          f"{'preload s':>10}")  # fmt: skip
    base = None
    figures: dict[str, float] = {}
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--probe", str(args.probe)],
                             capture_output=True, text=True, check=True)  # fmt: skip
        r = json.loads(out.stdout.strip().splitlines()[-1])
        base = base or r["ms_per_article"]
        print(f"{size:>10} {r['ms_per_article']:>11.2f} {r['ms_per_article'] / base:>7.2f} {r['settle_ms']:>10.2f} "
              f"{r['peak_mb']:>8.0f} {r['db_mb']:>8.0f} {r['preload_s']:>10.1f}", flush=True)  # fmt: skip
        figures.update({f"{size} ms/article": r["ms_per_article"], f"{size} vs first size": r["ms_per_article"] / base})
    remember("cluster_scale", figures, record=args.record, config={"sizes": args.sizes, "probe": args.probe})


if __name__ == "__main__":
    main()
