"""Stories on the reader-labelled days of id-news-2025: lintas's engine beside a TF-IDF baseline.

    python benchmarks/id_stories.py [--record]

The dev parts (16 June 2025, 187 articles; 13-15 June, 148; the Iran-Israel articles of 19 June,
64) are what the story score is fit on (the baseline's threshold: on 16 June); the held-out day
(17 June 2025, 289 articles) is tuned on by nothing, and tests/group/test_id_stories.py pins its
figure. Labels: tests/data/id_story_labels.jsonl
(guideline docs/story-labelling.md). The engine is the one ``compare`` and ``ingest`` share
(tests/group/test_engine.py holds them to the same stories).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _results import add_record_flag, remember

from lintas.evaluation.clusters import score_clusters
from lintas.evaluation.stories import engine_stories, labelled_records, load_story_labels, tfidf_stories, tune_baseline

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "id-news-2025" / "articles.jsonl"
LABELS = ROOT / "tests" / "data" / "id_story_labels.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_record_flag(ap)
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"no id-news-2025 data at {DATA}")
    labels = load_story_labels(LABELS)
    days = {part: labelled_records(DATA, labels[part]) for part in ("dev", "dev-2", "dev-iran", "heldout")}
    threshold, _ = tune_baseline(days["dev"], labels["dev"])
    figures: dict[str, float] = {}
    print(
        f"{'day':<10}{'articles':>9}{'stories':>9}  {'method':<28}{'BCubed P/R/F1':>24}{'pairwise P/R/F1':>24}{'s':>6}"
    )
    for part, records in days.items():
        gold = labels[part]
        for method, run in (("lintas (compare = ingest)", engine_stories), (f"TF-IDF avg link @{threshold}", None)):
            start = time.monotonic()
            got = engine_stories(records) if run else tfidf_stories(records, threshold)
            seconds = time.monotonic() - start
            s = score_clusters(gold, got)
            b, p = s["bcubed"], s["pairwise"]
            print(
                f"{part:<10}{len(records):>9}{len(set(gold.values())):>9}  {method:<28}"
                f"{b['precision']:>8.3f}{b['recall']:>8.3f}{b['f1']:>8.3f}"
                f"{p['precision']:>8.3f}{p['recall']:>8.3f}{p['f1']:>8.3f}{seconds:>6.1f}"
            )
            who = "lintas" if run else "tfidf"
            figures[f"{part} {who} bcubed F1"] = b["f1"]
            figures[f"{part} {who} pairwise F1"] = p["f1"]
    remember("id_stories", figures, record=args.record, config={"baseline_threshold": threshold})
    return 0


if __name__ == "__main__":
    sys.exit(main())
