"""Fit the background frequencies of story keys (src/lintas/group/name_prior.json).

    python scripts/fit_name_prior.py [--check]

A name, title word or lead word is evidence of one event only when few events share it. A young
store (one ``compare`` run, the first days of a corpus) cannot know that "Jakarta", "Indonesia"
or "Chicago" are on most pages: counted among its own few stories they looked rare, and on a
real Indonesian day unrelated articles joined over them (dev day 16 June 2025: 43 of 73 joins
wrong). The file gives each key common in the training corpora, people's names apart
(``background``), its share of articles (the largest over the corpora: the background is per
language); ``group.incremental`` counts a key as
held by at least share x CLUSTER_PRIOR_STORIES stories.

Training corpora, never the held-out ones: gva-news published 2016-2017 (the clustering fit's
training part) and id-news-2025 without its held-out day 2025-06-17 (tests/data/id_story_labels.jsonl).
Deterministic: --check recomputes and exits 1 unless the result equals the shipped file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from lintas.pipeline import map_documents
from lintas.read.records import record_to_document
from lintas.store import keys as codec
from lintas.store.keys import store_keys

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "lintas" / "group" / "name_prior.json"
CORPORA = {
    "gva-news 2016-2017": (DATA / "gva-news" / "articles.jsonl", lambda p: p.startswith(("2016", "2017"))),
    "id-news-2025 without 2025-06-17": (
        DATA / "id-news-2025" / "articles.jsonl",
        lambda p: not p.startswith("2025-06-17"),
    ),
}
MIN_SHARE = 0.004  # keys on fewer pages are left to the store's own counts (file ~0.1 MB)


def background(key: str) -> bool:
    """Whether a key may have a background share: not people's names. The training week of
    id-news-2025 is one week: its big stories' people (a celebrity couple on 2% of its pages) are
    common there and rare in any other week, while places, organisations and words stay common."""
    return not (codec.is_person(key) or codec.is_event_person(key))


BATCH = 64


def shares(path: Path, keep: object) -> tuple[int, Counter[str]]:
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    records = [r for r in records if keep(r.get("published") or "")]  # type: ignore[operator]
    counts: Counter[str] = Counter()
    n = 0
    for i in range(0, len(records), BATCH):
        docs = [record_to_document(r, f"{path}:{i + k}", "utf-8") for k, r in enumerate(records[i : i + BATCH])]
        for m in map_documents(docs):
            if m.features is None:
                continue
            names, held, _ = store_keys(m.features.keys)
            counts.update(set(names) | held)
            n += 1
    return n, counts


def fit() -> dict[str, object]:
    prior: dict[str, float] = {}
    corpora: dict[str, int] = {}
    for name, (path, keep) in CORPORA.items():
        n, counts = shares(path, keep)
        corpora[name] = n
        for key, c in counts.items():
            share = round(c / n, 4)
            if share >= MIN_SHARE and background(key):
                prior[key] = max(prior.get(key, 0.0), share)
        common = sum(1 for k, c in counts.items() if c / n >= MIN_SHARE and background(k))
        print(f"{name}: {n} articles, {common} common keys", file=sys.stderr)
    return {"corpora": corpora, "min_share": MIN_SHARE, "shares": dict(sorted(prior.items()))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = json.dumps(fit(), ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    if args.check:
        sys.exit(0 if OUT.read_text(encoding="utf-8") == text else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
