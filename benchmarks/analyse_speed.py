"""Throughput of ``analyse`` (entities, numbers, dates, quotes) after extraction.

    python benchmarks/analyse_speed.py [--copies 30] [--gva 300]

Indonesian: the project's example articles, each repeated ``--copies`` times with a varied
line so no two are identical. English: the first ``--gva`` articles of
../shared/data/gva-news when present. Model loading is timed apart. Prints a table.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from _results import add_record_flag, remember

from lintas.analyse import analyse_article
from lintas.model import Article, Document, Hints
from lintas.pipeline import extract, extract_documents

ROOT = Path(__file__).resolve().parents[1]
GVA = ROOT.parent / "shared" / "data" / "gva-news" / "articles.jsonl"


def _indonesian(copies: int) -> list[Article]:
    base = [a for a in extract([ROOT / "examples" / "articles"]).articles if a.language == "id"]
    docs = [
        Document(
            f"{a.input}#{i}",
            f"{a.title}\n\n{a.text}\n\nCatatan redaksi nomor {i}.",
            "text",
            "utf-8",
            Hints(published=a.published, outlet=a.outlet, language="id"),
        )
        for i in range(copies)
        for a in base
    ]
    return list(extract_documents(docs).articles)


def _english(limit: int) -> list[Article]:
    if not GVA.exists() or limit <= 0:
        return []
    docs = []
    with GVA.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if len(docs) >= limit:
                break
            rec = json.loads(line)
            docs.append(Document(f"gva:{n}", rec["text"], "text", "utf-8",
                                 Hints(title=rec["title"], published=rec["published"], language="en")))  # fmt: skip
    return list(extract_documents(docs).articles)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=30)
    ap.add_argument("--gva", type=int, default=300)
    add_record_flag(ap)
    args = ap.parse_args()
    sets = {"Indonesian (examples)": _indonesian(args.copies), "English (gva-news)": _english(args.gva)}
    print(f"{'set':<24} {'articles':>8} {'sentences':>9} {'first (s)':>9} {'articles/s':>10} {'sentences/s':>11}")
    figures: dict[str, float] = {}
    for name, articles in sets.items():
        if not articles:
            continue
        start = time.perf_counter()
        analyse_article(articles[0])  # loads the models
        first = time.perf_counter() - start
        start = time.perf_counter()
        for a in articles[1:]:
            analyse_article(a)
        took = time.perf_counter() - start
        n = len(articles) - 1
        sentences = sum(len(a.sentences) for a in articles[1:])
        print(f"{name:<24} {n:8d} {sentences:9d} {first:9.2f} {n / took:10.1f} {sentences / took:11.1f}")
        figures[f"{name} sentences/s"] = sentences / took
    remember("analyse_speed", figures, record=args.record, config={"copies": args.copies, "gva": args.gva})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
