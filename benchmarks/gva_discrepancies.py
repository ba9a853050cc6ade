"""Recall and precision of number discrepancies on planted edits in real English news.

    python benchmarks/gva_discrepancies.py [--incidents 120] [--seed 7] [--show 8]

From ../shared/data/gva-news, incidents where 2+ independent articles state the same gold killed
(or injured) count are compared as one story each. In half of them (seeded), one article's count sentence is
edited (+-1 or +-2, written as digits or as words). Reported:
- recall: edited stories where lintas reports the planted difference (a number discrepancy about
  that counted thing holding the edited article's sentence with the edited value);
- precision: planted detections over every discrepancy that the edit made appear (new in the
  edited story compared with the same story unedited);
- real discrepancies between the unedited GVA articles, with a sample to read.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from lintas.analyse import Analysis, analyse_article
from lintas.analyse.numbers import UNITS_EN
from lintas.comparison.align import SentenceIndex
from lintas.comparison.model import Discrepancy
from lintas.comparison.story import build_story
from lintas.group import find_copies
from lintas.model import Document, Hints
from lintas.pipeline import extract_documents

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "gva-news"
COUNTED = {"deaths": "killed", "injured": "injured"}
WORDS = {v: k for k, v in UNITS_EN.items() if k not in ("a", "dozen") and v <= 20}


def _load(limit: int, rng: random.Random) -> list[tuple[dict[str, object], list[dict[str, str]]]]:
    gold = {}
    with (DATA / "incidents.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            gold[rec["incident"]] = rec
    by_incident: dict[str, list[dict[str, str]]] = defaultdict(list)
    with (DATA / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["incident"] in gold and len(rec["text"]) > 300:
                by_incident[rec["incident"]].append(rec)
    ids = sorted(i for i, arts in by_incident.items() if len(arts) >= 2)
    rng.shuffle(ids)
    return [(gold[i], by_incident[i]) for i in ids[: limit * 3]]


def _analyse(records: list[dict[str, str]], incident: str) -> list[Analysis]:
    docs = [
        Document(
            f"{incident}:{k}",
            r["text"],
            "text",
            "utf-8",
            Hints(title=r["title"], published=r["published"], language="en", url=r["url"]),
        )
        for k, r in enumerate(records)
    ]
    return [analyse_article(a) for a in extract_documents(docs).articles]


def _stating(analyses: list[Analysis], gold: dict[str, object]) -> list[tuple[Analysis, str]]:
    """(article, counted) pairs where the article states the gold count of that thing, for the
    counted things that at least two independent articles state (so an edit makes them differ)."""
    copies = {c.article for c in find_copies([a.article for a in analyses])}
    out = []
    for counted, field in COUNTED.items():
        agree = [an for an in analyses if an.article.id not in copies
                 and any(q.counted == counted and q.value == gold[field] for q in an.quantities)]  # fmt: skip
        if len(agree) >= 2:
            out.extend((an, counted) for an in agree)
    return out


def _story_discrepancies(analyses: list[Analysis]) -> list[Discrepancy]:
    copies = find_copies([a.article for a in analyses])
    story = build_story(analyses, copies, SentenceIndex.build(analyses))
    return [
        d
        for d in story.discrepancies
        if d.kind == "number" and d.about.split(" (")[0] in ("death toll", "number of injured")
    ]


def _key(d: Discrepancy, inputs: dict[str, str]) -> frozenset[tuple[str, int, object]]:
    """A discrepancy by input (not article id: an edit changes the edited article's id)."""
    return frozenset((inputs[c.article], c.sentence, c.value) for c in d.claims)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--incidents", type=int, default=120)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", type=int, default=8, help="real discrepancies to print for reading")
    ap.add_argument("--debug", action="store_true", help="print every missed edit")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    start = time.perf_counter()
    stories = []
    for gold, records in _load(args.incidents, rng):
        analyses = _analyse(records, str(gold["incident"]))
        stating = _stating(analyses, gold)
        if len(analyses) >= 2 and stating:
            stories.append((gold, records, analyses, stating))
        if len(stories) >= args.incidents:
            break
    edited = tp = new_fp = 0
    real: list[tuple[str, Discrepancy]] = []
    untouched_with_real = 0
    for n, (gold, records, analyses, stating) in enumerate(stories):
        before = _story_discrepancies(analyses)
        if before:
            untouched_with_real += 1
            real.extend((str(gold["incident"]), d) for d in before)
        if n % 2:
            continue  # untouched half
        an, counted = rng.choice(stating)
        q = rng.choice([q for q in an.quantities if q.counted == counted and q.value == gold[COUNTED[counted]]])
        original = int(q.value)
        new = max(0, original + rng.choice([-2, -1, 1, 2]))
        if new == original:
            new = original + 1
        surface = an.article.text[q.start : q.end]
        m = re.search(r"\d+(?:,\d{3})*|\b(?:" + "|".join(sorted(WORDS.values(), key=len, reverse=True)) + r")\b",
                      surface, re.I)  # fmt: skip
        if m is None:
            continue
        as_word = rng.random() < 0.5 and new in WORDS
        replacement = WORDS[new] if as_word else str(new)
        start = q.start + m.start()
        text = an.article.text[:start] + replacement + an.article.text[q.start + m.end() :]
        k = int(an.article.input.rsplit(":", 1)[1])
        records = [dict(r) for r in records]
        records[k]["text"] = text
        after_analyses = _analyse(records, str(gold["incident"]))
        after = _story_discrepancies(after_analyses)
        edited += 1
        inputs = {a.article.id: a.article.input for a in [*analyses, *after_analyses]}
        old_keys = {_key(d, inputs) for d in before}
        edited_id = after_analyses[[a.article.input for a in after_analyses].index(an.article.input)].article.id
        found = False
        for d in after:
            if _key(d, inputs) in old_keys:
                continue
            if any(c.article == edited_id and c.value == new for c in d.claims):
                found = True
            else:
                new_fp += 1
                if args.debug:
                    print(f"FALSE {gold['incident']} {d.about}: {[(c.value, c.text) for c in d.claims]}")
        tp += found
        if not found and args.debug:
            sent = after_analyses[[a.article.input for a in after_analyses].index(an.article.input)]
            qs = [(x.text, x.counted, x.value) for x in sent.quantities if x.sentence == q.sentence]
            is_copy = any(c.article == edited_id for c in find_copies([a.article for a in after_analyses]))
            print(f"MISS {gold['incident']} {counted} {original}->{replacement} copy={is_copy}"
                  f" | {sent.article.sentences[q.sentence].text[:160]} | {qs}")  # fmt: skip
            for a2 in after_analyses:
                if a2.article.id != edited_id:
                    print("   other:", [(x.text, x.counted) for x in a2.quantities if x.counted == counted])
    took = time.perf_counter() - start
    recall = tp / edited if edited else 0.0
    precision = tp / (tp + new_fp) if tp + new_fp else 0.0
    print(f"{'stories':<34}{len(stories):>8}")
    print(f"{'edited stories':<34}{edited:>8}")
    print(f"{'planted differences found':<34}{tp:>8}")
    print(f"{'new false discrepancies':<34}{new_fp:>8}")
    print(f"{'recall':<34}{recall:>8.3f}")
    print(f"{'precision':<34}{precision:>8.3f}")
    print(f"{'unedited stories with discrepancy':<34}{untouched_with_real:>8}")
    print(f"{'real discrepancies (unedited)':<34}{len(real):>8}")
    print(f"{'seconds':<34}{took:>8.0f}")
    for incident, d in real[: args.show]:
        print(f"\nincident {incident}: {d.about}")
        for c in d.claims:
            print(f"  {c.value} ({c.qualifier}) | {c.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
