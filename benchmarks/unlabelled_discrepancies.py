"""What lintas reports on real incidents no label covers, to read as a fact-checker would.

    python benchmarks/unlabelled_discrepancies.py [--part read|counted|both] [--kinds number,date] [--show] [--record]

GVA incidents with 3+ articles from 3+ outlets that are not in the labelled contradiction set
(tests/data/contradiction_labels.jsonl), in a seeded order: the first 150 are the "read" part
(stop 44 wrote rules from reading their output), the rest the "counted" part (only counted). Each
incident's first 8 articles are compared as one story, as in benchmarks/contradictions.py. Prints
the not-compatible discrepancies per kind for each part; ``--show`` prints each with the sentence
of every claim, to class true or false by docs/contradiction-labelling.md. Counts are no
precision: a lower count is better only when what went away was false (say so in the notes).

``--two-outlets``: instead, the GVA incidents whose articles come from exactly two outlets (974),
in another seeded order: the first 712 are the "read" part (450 read in stop 46, the next 262 in
stop 47), the other 262 "counted".
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from _results import add_record_flag, remember

from lintas.analyse import analyse_article
from lintas.comparison import compare_analyses
from lintas.evaluation.contradictions import MAX_ARTICLES, two_outlet_gva_incidents, unlabelled_gva_incidents
from lintas.group import find_copies
from lintas.pipeline import extract_documents
from lintas.read.records import record_to_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = 7
READ = 150  # incidents in the "read" part
TWO_SEED, TWO_READ = 46, 712  # the two-outlet incidents' order and "read" part (the first 450 in stop 46, 262 in 47)


def _incidents(two: bool) -> list[tuple[str, list[dict[str, Any]]]]:
    gva = two_outlet_gva_incidents(SHARED) if two else unlabelled_gva_incidents(SHARED)
    keys = list(gva)
    random.Random(TWO_SEED if two else SEED).shuffle(keys)
    return [(k, gva[k][:MAX_ARTICLES]) for k in keys]


def _report(incident: str, records: list[dict[str, Any]], kinds: set[str] | None, show: bool) -> Counter[str]:
    docs = [record_to_document(dict(r), str(r["url"]), "utf-8") for r in records]
    articles = extract_documents(docs).articles
    analyses = [analyse_article(a) for a in articles]
    by_id = {an.article.id: an for an in analyses}
    report = compare_analyses(analyses, clusters=[list(range(len(analyses)))], copies=find_copies(articles))
    counts: Counter[str] = Counter()
    for story in report.stories:
        for d in story.discrepancies:
            if d.compatible or (kinds and d.kind not in kinds):
                continue
            counts[d.kind] += 1
            if show:
                print(f"\n## {incident} [{d.kind}] {d.about}")
                for c in d.claims:
                    sentence = by_id[c.article].article.sentences[c.sentence].text
                    print(f"   [{c.value}] {(c.outlet or '')[:18]} | {sentence[:300]}")
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("read", "counted", "both"), default="both")
    ap.add_argument("--kinds", default="", help="comma-separated kinds to keep (number, date, time, name, quote)")
    ap.add_argument("--show", action="store_true", help="print every discrepancy with its claims' sentences")
    ap.add_argument("--two-outlets", action="store_true", help="the incidents of exactly two outlets instead")
    add_record_flag(ap)
    args = ap.parse_args()
    if not (SHARED / "data").exists():
        sys.exit(f"no data at {SHARED / 'data'}")
    kinds = set(args.kinds.split(",")) - {""} or None
    incidents = _incidents(args.two_outlets)
    read = TWO_READ if args.two_outlets else READ
    parts = {"read": incidents[:read], "counted": incidents[read:]}
    chosen = ("read", "counted") if args.part == "both" else (args.part,)
    totals = {p: Counter[str]() for p in chosen}
    for p in chosen:
        for incident, records in parts[p]:
            totals[p] += _report(incident, records, kinds, args.show)
    shown = sorted({k for c in totals.values() for k in c})
    print(f"\n{'kind':<10}" + "".join(f"{p + f' ({len(parts[p])})':>18}" for p in chosen))
    for kind in [*shown, "all"]:
        row = [sum(totals[p].values()) if kind == "all" else totals[p][kind] for p in chosen]
        print(f"{kind:<10}" + "".join(f"{n:>18}" for n in row))
    figures = {f"{p} {kind}": float(totals[p][kind]) for p in chosen for kind in shown}
    figures.update({f"{p} all": float(sum(totals[p].values())) for p in chosen})
    name = "unlabelled_discrepancies_two_outlets" if args.two_outlets else "unlabelled_discrepancies"
    remember(name, figures, record=args.record, config={"kinds": args.kinds, "part": args.part})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
