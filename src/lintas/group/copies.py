"""Syndicated and near-duplicate copies: shared word 5-grams over the smaller article."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from lintas.model import Article
from lintas.settings import COPY_MIN_CONTAINMENT, COPY_SHINGLE_WORDS

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Copy:
    article: str
    copy_of: str
    similarity: float

    def to_dict(self) -> dict[str, object]:
        return {"article": self.article, "copy_of": self.copy_of, "similarity": round(self.similarity, 3)}


def shingles(text: str, n: int = COPY_SHINGLE_WORDS) -> set[int]:
    """Hashed word n-grams of a body, case-folded (outlet datelines differ, bodies do not)."""
    words = _WORD.findall(text.casefold())
    return {hash(tuple(words[i : i + n])) for i in range(max(0, len(words) - n + 1))}


def containment(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _published(article: Article) -> datetime | None:
    try:
        dt = datetime.fromisoformat(article.published) if article.published else None
    except ValueError:
        return None
    if dt is not None and dt.tzinfo is None:
        return None  # naive and aware times cannot be ordered safely
    return dt


def original_first(a: Article, b: Article, index: dict[str, int]) -> tuple[Article, Article]:
    """(original, copy): the one the other cites, else the earlier published, else input order."""
    if a.outlet and a.outlet in b.cites:
        return a, b
    if b.outlet and b.outlet in a.cites:
        return b, a
    ta, tb = _published(a), _published(b)
    if ta is not None and tb is not None and ta != tb:
        return (a, b) if ta < tb else (b, a)
    return (a, b) if index[a.id] < index[b.id] else (b, a)


def find_copies(articles: Sequence[Article]) -> list[Copy]:
    """Each copy once, pointing at its original (a copy of a copy points at the first original)."""
    index = {a.id: i for i, a in enumerate(articles)}
    sets = [shingles(a.text) for a in articles]
    copy_of: dict[str, tuple[str, float]] = {}
    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            score = containment(sets[i], sets[j])
            if score < COPY_MIN_CONTAINMENT:
                continue
            original, copy = original_first(articles[i], articles[j], index)
            if copy.id not in copy_of or copy_of[copy.id][1] < score:
                copy_of[copy.id] = (original.id, score)
    out: list[Copy] = []
    for article_id, (root, score) in copy_of.items():
        seen = {article_id}
        while root in copy_of and root not in seen:  # follow chains to the first original
            seen.add(root)
            root = copy_of[root][0]
        if root != article_id:
            out.append(Copy(article_id, root, score))
    return sorted(out, key=lambda c: index[c.article])
