"""NER gold data (CoNLL-style BIO) and entity-level precision/recall/F1 (exact span + type).

Readers accept ``token TAB tag``, ``token POS tag`` (tag = last column), CRLF line ends and
blank lines between sentences, so users can point ``lintas eval ner`` at their own data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

# Source label sets mapped onto ours. NERGrit: PERSON/PLACE/ORGANISATION. NERP: PPL/PLC/IND
# (organisations and companies)/EVT/FNB (food and beverage brands). idner-news-2k: PER/LOC/ORG.
LABEL_MAP: dict[str, str] = {
    "PERSON": "PER", "PPL": "PER", "PER": "PER",
    "PLACE": "LOC", "PLC": "LOC", "LOC": "LOC", "GPE": "LOC", "LOCATION": "LOC",
    "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "IND": "ORG", "ORG": "ORG",
    "EVT": "EVT", "EVENT": "EVT", "FNB": "FNB", "MISC": "MISC",
}  # fmt: skip

# The test split of each corpus under DIR, as `lintas eval ner` reports them.
SPLITS: dict[str, tuple[str, ...]] = {
    "nergrit": ("nergrit/test.txt",),
    "nerp": ("nerp/test.txt",),
    "idner-news-2k": ("idner-news-2k/test.txt",),
}


@dataclass(frozen=True, slots=True)
class Sentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}

    @classmethod
    def of(cls, tp: int, fp: int, fn: int) -> PRF:
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        return cls(precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def map_tag(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = LABEL_MAP.get(label.upper())
    return f"{prefix.upper()}-{mapped}" if mapped else "O"


def read_conll(path: str | Path) -> list[Sentence]:
    """Sentences of a BIO file, tags mapped onto our label set."""
    out: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.strip()
            if not line:
                if tokens:
                    out.append(Sentence(tuple(tokens), tuple(tags)))
                    tokens, tags = [], []
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            if len(parts) < 2:
                continue
            tokens.append(parts[0])
            tags.append(map_tag(parts[-1]))
    if tokens:
        out.append(Sentence(tuple(tokens), tuple(tags)))
    return out


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, label) of each entity in a BIO sequence (an I- after O starts an entity)."""
    found: set[tuple[int, int, str]] = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if start >= 0 and (prefix != "I" or kind != label):
            found.add((start, i, label))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, label = i, kind
    return found


def prf(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> PRF:
    tp = fp = fn = 0
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = spans(g), spans(p)
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
    return PRF.of(tp, fp, fn)


def restrict(tags: Sequence[str], labels: set[str]) -> list[str]:
    """Predictions of labels the gold set does not annotate become O (they cannot be scored)."""
    return [t if t == "O" or t.split("-", 1)[1] in labels else "O" for t in tags]


def gold_files(data: str | Path) -> dict[str, Path]:
    """What to score under ``data``: the known test splits, else every .txt/.conll file (or the file)."""
    root = Path(data)
    if root.is_file():
        return {root.stem: root}
    known = {name: root / parts[0] for name, parts in SPLITS.items() if (root / parts[0]).is_file()}
    if known:
        return known
    files = sorted([*root.rglob("*.txt"), *root.rglob("*.conll")])
    return {str(p.relative_to(root).with_suffix("")): p for p in files}


def evaluate_ner(data: str | Path) -> dict[str, PRF]:
    """Entity-level scores of the shipped tagger on each gold file under ``data``.

    Known corpora are tagged in their own annotation style (the model learnt each corpus's
    conventions as a domain); any other data in the news style articles get. Predicted labels
    the gold file never uses (EVT on a corpus that only marks PER/ORG/LOC)
    are not counted, since that corpus cannot say whether they are right.
    """
    from lintas.analyse.ner import DEFAULT_DOMAIN, tag

    results: dict[str, PRF] = {}
    for name, path in gold_files(data).items():
        gold = read_conll(path)
        labels = {t.split("-", 1)[1] for s in gold for t in s.tags if t != "O"}
        # A known corpus is tagged in its own annotation style; other data in the news style.
        domain = name if name in SPLITS else DEFAULT_DOMAIN
        predicted = [restrict(tag(s.tokens, domain), labels) for s in gold]
        results[name] = prf([s.tags for s in gold], predicted)
    return results
