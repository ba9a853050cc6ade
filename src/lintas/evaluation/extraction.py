"""Main-text extraction quality with the article-extraction-benchmark (AEB) metric.

Tokens are ``\\w+`` runs; shingles are 4 consecutive tokens with counts. Per page, tp/fp/fn
come from shingle counts; precision and recall are macro means over pages (a page with no
predicted shingles is left out of the precision mean, one with no true shingles out of the
recall mean); F1 is computed from those two means.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    pages: int

    def to_dict(self) -> dict[str, float | int]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1, "pages": self.pages}


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def score(truth: Mapping[str, str], predicted: Mapping[str, str | None]) -> Score:
    """AEB precision/recall/F1 of ``predicted`` bodies against ``truth`` bodies, by page key."""
    precisions: list[float] = []
    recalls: list[float] = []
    for key, true_text in truth.items():
        t, p = shingles(true_text), shingles(predicted.get(key) or "")
        tp = sum((t & p).values())
        fp = sum((p - t).values())
        fn = sum((t - p).values())
        if tp + fp:
            precisions.append(tp / (tp + fp))
        if tp + fn:
            recalls.append(tp / (tp + fn))
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, len(truth))


def load_aeb(data_dir: str | Path) -> tuple[dict[str, bytes], dict[str, str]]:
    """(html bytes by key, true body by key) from an AEB-style directory."""
    root = Path(data_dir)
    truth_raw = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    truth = {key: value["articleBody"] for key, value in truth_raw.items()}
    pages = {key: gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()) for key in truth}
    return pages, truth


def aeb_half(key: str) -> str:
    """'heldout' or 'tune': the AEB page's half, fixed by a hash of its key (85 / 96 pages). The
    extraction options are chosen on 'tune'; the quality gate pins 'heldout'."""
    return "heldout" if hashlib.sha1(key.encode()).hexdigest()[0] in "01234567" else "tune"


def lintas_body(html: bytes, key: str) -> str | None:
    """What lintas keeps of one page as its article body (None when it rejects the page)."""
    from lintas.pipeline import extract_documents
    from lintas.read import read_bytes

    result = extract_documents(read_bytes(html, key, fmt="html"))
    return result.articles[0].text if result.articles else None


def evaluate(
    pages: Mapping[str, bytes], truth: Mapping[str, str], extractor: Callable[[bytes, str], str | None]
) -> Score:
    return score(truth, {key: extractor(html, key) for key, html in pages.items()})
