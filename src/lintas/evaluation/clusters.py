"""Clustering quality against gold labels: BCubed and pairwise precision, recall and F1.

Items are inputs (file paths, ``FILE:LINE`` for JSONL records). An input the system rejected, or
one it never saw, is its own singleton cluster, so junk pages are scored rather than dropped.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping


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
