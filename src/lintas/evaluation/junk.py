"""Junk-line removal scored against lines labelled by hand on real scraped pages.

The labels (``tests/data/junk_labels.jsonl``, guideline in ``docs/junk-labelling.md``) name a
record by URL and a line by its number among the record's non-empty lines; they never hold the
text, only a hash of the line, so a changed source is noticed instead of scored wrongly.
A labelled line is *removed* when it is among the article's removed lines, *kept* otherwise.
Junk recall is the share of junk lines removed; body loss the share of body lines removed;
precision the share of removed labelled lines that are junk. Mixed lines are counted apart.
Shared by benchmarks/junk_lines.py and the quality gate.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lintas.clean.text import split_lines
from lintas.evaluation.stories import labelled_records
from lintas.pipeline import extract_documents
from lintas.read.records import record_to_document


@dataclass(frozen=True, slots=True)
class Label:
    url: str
    line: int
    sha1: str
    label: str  # junk | body | mixed
    split: str  # dev | heldout


@dataclass(slots=True)
class JunkScore:
    junk: int = 0
    junk_removed: int = 0
    body: int = 0
    body_removed: int = 0
    mixed: int = 0
    mixed_removed: int = 0
    articles: int = 0
    rejected: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # labels whose line no longer matches its hash

    @property
    def recall(self) -> float:
        return self.junk_removed / self.junk if self.junk else 0.0

    @property
    def precision(self) -> float:
        removed = self.junk_removed + self.body_removed
        return self.junk_removed / removed if removed else 0.0

    @property
    def body_loss(self) -> float:
        return self.body_removed / self.body if self.body else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_labels(path: str | Path) -> list[Label]:
    with Path(path).open(encoding="utf-8") as f:
        return [Label(**json.loads(line)) for line in f if line.strip()]


def line_hash(line: str) -> str:
    return hashlib.sha1(line.encode("utf-8")).hexdigest()[:12]


def score_junk(records_path: str | Path, labels: list[Label], split: str | None = None) -> JunkScore:
    """Run extraction over every labelled record (all splits together, as a stream would hold
    them: repeated lines count across an outlet's articles) and score the lines of ``split``."""
    records = {rec["url"]: rec for rec in labelled_records(records_path, {lab.url for lab in labels})}
    result = extract_documents(record_to_document(rec, url, "utf-8") for url, rec in sorted(records.items()))
    removed = {a.input: Counter(a.removed) for a in result.articles}
    out = JunkScore(articles=len(result.articles), rejected=[r.input for r in result.rejected])
    lines = {url: split_lines(rec["text"]) for url, rec in records.items()}
    for lab in labels:
        if split is not None and lab.split != split:
            continue
        text = lines.get(lab.url, [])
        if lab.line >= len(text) or line_hash(text[lab.line]) != lab.sha1:
            out.changed.append(f"{lab.url}#{lab.line}")
            continue
        gone = lab.url not in removed or removed[lab.url][text[lab.line]] > 0
        if lab.url in removed and gone:
            removed[lab.url][text[lab.line]] -= 1
        if lab.label == "junk":
            out.junk += 1
            out.junk_removed += gone
        elif lab.label == "body":
            out.body += 1
            out.body_removed += gone
        else:
            out.mixed += 1
            out.mixed_removed += gone
    return out
