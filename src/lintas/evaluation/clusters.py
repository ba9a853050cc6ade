"""Clustering quality against gold labels: BCubed and pairwise precision, recall and F1.

Items are inputs (file paths, ``FILE:LINE`` for JSONL records). An input the system rejected, or
one it never saw, is its own singleton cluster, so junk pages are scored rather than dropped.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from itertools import pairwise
from pathlib import Path

from lintas._sets import Joined


def _prf(p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_clusters(gold: Mapping[str, str], predicted: Mapping[str, str | None]) -> dict[str, dict[str, float]]:
    """BCubed (per item, averaged) and pairwise (over item pairs) scores of ``predicted``."""
    items = list(gold)
    pred = {i: predicted.get(i) or f"\0singleton:{i}" for i in items}
    by_gold: dict[str, list[str]] = defaultdict(list)
    by_pred: dict[str, list[str]] = defaultdict(list)
    for i in items:
        by_gold[gold[i]].append(i)
        by_pred[pred[i]].append(i)
    joint = Counter((gold[i], pred[i]) for i in items)
    precision = recall = 0.0
    for i in items:
        both = joint[(gold[i], pred[i])]
        precision += both / len(by_pred[pred[i]])
        recall += both / len(by_gold[gold[i]])
    n = len(items) or 1
    pairs_both = sum(c * (c - 1) // 2 for c in joint.values())
    pairs_pred = sum(len(v) * (len(v) - 1) // 2 for v in by_pred.values())
    pairs_gold = sum(len(v) * (len(v) - 1) // 2 for v in by_gold.values())
    return {
        "bcubed": _prf(precision / n, recall / n),
        "pairwise": _prf(
            pairs_both / pairs_pred if pairs_pred else 1.0, pairs_both / pairs_gold if pairs_gold else 1.0
        ),
    }


def window_oracle(
    gold: Mapping[str, str], days: Mapping[str, int | None], accepted: set[str], window: int
) -> dict[str, str]:
    """The best clustering a clusterer whose stories go cold after ``window`` days can reach.

    Each gold cluster is split where its accepted items are linked by no chain of publication
    gaps <= ``window`` (an undated item joins the first chain); rejected items stay singletons. Scored with
    ``score_clusters`` it gives the ceiling of a time-windowed clusterer on that gold set."""
    kept = [i for i in gold if i in accepted]
    joined = Joined(kept)
    by_gold: dict[str, list[str]] = defaultdict(list)
    for i in kept:
        by_gold[gold[i]].append(i)
    for members in by_gold.values():
        dated = sorted((d, i) for i in members if (d := days.get(i)) is not None)
        for (d1, a), (d2, b) in pairwise(dated):
            if d2 - d1 <= window:  # sorted by day: consecutive gaps decide the chains
                joined.join(a, b)
        undated = [i for i in members if days.get(i) is None]
        for i in undated:
            joined.join(members[0], i)
    return {i: f"{gold[i]}/{joined.root(i)}" for i in kept}


def write_slice(source: Path, prefix: str | tuple[str, ...], out: Path) -> dict[str, str]:
    """Copy the records of the JSONL gold file ``source`` (with ``published`` and ``incident``)
    published under ``prefix`` ("2016-04", or any of several: ("2013", "2014")) to ``out``; returns
    their incidents keyed ``OUT:LINE``, the inputs an ingest of ``out`` stores."""
    gold: dict[str, str] = {}
    with source.open(encoding="utf-8") as f, out.open("w", encoding="utf-8") as sink:
        n = 0
        for line in f:
            record = json.loads(line)
            if record["published"].startswith(prefix):
                n += 1
                sink.write(line)
                gold[f"{out}:{n}"] = str(record["incident"])
    return gold
