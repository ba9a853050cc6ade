"""Align the sentences of a story's independent articles into facts (mutual best matches)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from lintas.analyse import Analysis
from lintas.analyse.embeddings import DIM, Vectors, embed
from lintas.settings import (
    ALIGN_LEXICAL_WEIGHT,
    ALIGN_MAX_CLAUSES,
    ALIGN_MAX_SENTENCES,
    ALIGN_MIN_COMBINED,
    ALIGN_MIN_SIMILARITY,
    ALIGN_MIN_UNANCHORED,
)

_STOP = frozenset(
    [
        "yang",
        "dengan",
        "untuk",
        "dalam",
        "pada",
        "dari",
        "akan",
        "telah",
        "bahwa",
        "tersebut",
        "juga",
        "atau",
        "karena",
        "sebagai",
        "oleh",
        "kepada",
        "mereka",
        "sudah",
        "masih",
        "tidak",
        "lebih",
        "adalah",
        "merupakan",
        "menjadi",
        "antara",
        "sejak",
        "hingga",
        "setelah",
        "saat",
        "ketika",
        "this",
        "that",
        "with",
        "from",
        "have",
        "were",
        "been",
        "said",
        "will",
        "their",
        "they",
        "which",
        "about",
        "after",
        "into",
        "more",
        "than",
        "also",
        "there",
        "when",
        "where",
        "would",
        "could",
        "should",
        "other",
    ]
)
_WORD = re.compile(r"\w+")


# Where a long sentence divides into clauses that may each state a fact of their own.
_CLAUSE_BREAK = re.compile(
    r",\s+(?=(?:yang|dan|sedangkan|tetapi|namun|sementara|which|and|but|while|who)\b)|;\s+|\s+[—–]\s+"
)


def clauses(text: str) -> list[str]:
    """The sentence itself, then its clauses when it has several of 4+ words."""
    parts = [p.strip() for p in _CLAUSE_BREAK.split(text) if len(p.split()) >= 4]
    return [text, *parts] if len(parts) > 1 else [text]


@dataclass(slots=True)
class SentenceIndex:
    """Embeddings of every sentence (and of its clauses) of a set of articles, once per run.

    Two sentences are as similar as their closest pair of clauses: "Ini merupakan kontak
    pertama keduanya sejak Oktober 2022, yang mendiskusikan serangan di Moskow, ..." states
    the fact of its first clause plus others.
    """

    vectors: dict[str, Vectors]  # one row per sentence or clause
    starts: dict[str, npt.NDArray[np.intp]]  # first row of each sentence

    @classmethod
    def build(cls, analyses: Sequence[Analysis]) -> SentenceIndex:
        texts: list[str | None] = []  # None: a sentence past the cap, a zero row that matches nothing
        starts: dict[str, npt.NDArray[np.intp]] = {}
        spans: dict[str, tuple[int, int]] = {}
        for a in analyses:
            begin = len(texts)
            first_rows = []
            for k, s in enumerate(a.article.sentences):
                first_rows.append(len(texts) - begin)
                if k >= ALIGN_MAX_SENTENCES:
                    texts.append(None)
                    continue
                parts = clauses(s.text)
                texts.extend(parts if len(parts) <= ALIGN_MAX_CLAUSES else [s.text])
            starts[a.article.id] = np.asarray(first_rows, dtype=np.intp)
            spans[a.article.id] = (begin, len(texts))
        real = [k for k, t in enumerate(texts) if t is not None]
        vectors = embed([t for t in texts if t is not None])
        flat = np.zeros((len(texts), DIM), np.float32)
        flat[real] = vectors
        return cls({aid: flat[b:e] for aid, (b, e) in spans.items()}, starts)

    def matrix(self, a: str, b: str) -> npt.NDArray[np.float64]:
        """Sentence-by-sentence similarity of two articles (best clause pair)."""
        full = (self.vectors[a] @ self.vectors[b].T).astype(np.float64)
        if full.size == 0:
            return np.zeros((len(self.starts[a]), len(self.starts[b])))
        rows = np.maximum.reduceat(full, self.starts[a], axis=0)
        result: npt.NDArray[np.float64] = np.maximum.reduceat(rows, self.starts[b], axis=1)
        return result

    def similarity(self, a: str, i: int, b: str, j: int) -> float:
        return float((self._rows(a, i) @ self._rows(b, j).T).max())

    def _rows(self, article: str, sentence: int) -> Vectors:
        starts = self.starts[article]
        end = starts[sentence + 1] if sentence + 1 < len(starts) else len(self.vectors[article])
        return self.vectors[article][starts[sentence] : end]


def mutual_best(matrix: np.ndarray, minimum: float) -> list[tuple[int, int, float]]:
    """(row, column, score) pairs that are each other's best match, at least ``minimum``."""
    if matrix.size == 0:
        return []
    rows = matrix.argmax(axis=1)
    cols = matrix.argmax(axis=0)
    return [(i, int(j), float(matrix[i, j])) for i, j in enumerate(rows) if cols[j] == i and matrix[i, j] >= minimum]


def mutual_pairs(
    places: Sequence[tuple[str, int]], index: SentenceIndex, minimum: float, may_pair: Callable[[int, int], bool]
) -> list[tuple[float, int, int]]:
    """(score, k, m) for claims ``k`` and ``m`` of two articles (``places``: article id and
    sentence of each) whose sentences are each other's closest, at least ``minimum``, among the
    pairs ``may_pair`` allows."""
    by_article: dict[str, list[int]] = {}
    for k, (article, _) in enumerate(places):
        by_article.setdefault(article, []).append(k)
    arts = list(by_article)
    pairs: list[tuple[float, int, int]] = []
    for x in range(len(arts)):
        for y in range(x + 1, len(arts)):
            left, right = by_article[arts[x]], by_article[arts[y]]
            matrix = np.full((len(left), len(right)), -1.0)
            for i, k in enumerate(left):
                for j, m in enumerate(right):
                    if may_pair(k, m):
                        matrix[i, j] = index.similarity(*places[k], *places[m])
            pairs.extend((score, left[i], right[j]) for i, j, score in mutual_best(matrix, minimum))
    return pairs


def sentence_years(an: Analysis) -> list[frozenset[str]]:
    """Years each sentence speaks of: its dates with a year, else the year of publication."""
    default = frozenset({an.article.published[:4]}) if an.article.published else frozenset()
    years: list[set[str]] = [set() for _ in an.article.sentences]
    for d in an.dates:
        if d.value and d.value[:4].isdigit() and d.granularity != "week":
            years[d.sentence].add(d.value[:4])
    return [frozenset(y) or default for y in years]


def sentence_speakers(an: Analysis) -> dict[int, frozenset[str]]:
    """Who speaks in each sentence that quotes someone ("X said ..." vs "Y said ..." differ)."""
    out: dict[int, set[str]] = {}
    for q in an.quotes:
        if q.speaker_id:
            out.setdefault(q.sentence, set()).add(q.speaker_id)
    return {k: frozenset(v) for k, v in out.items()}


def sentence_terms(an: Analysis) -> list[frozenset[str]]:
    """Content words (4+ letters, no stop words), entity ids and date values of each sentence."""
    terms: list[set[str]] = [
        {w for w in _WORD.findall(s.text.casefold()) if len(w) >= 4 and w not in _STOP and not w.isdigit()}
        for s in an.article.sentences
    ]
    for m in an.mentions:
        terms[m.sentence].add(m.key)
    for d in an.dates:
        if d.value:
            terms[d.sentence].add(f"date:{d.value[:10]}")
    for q in an.quantities:
        terms[q.sentence].add(f"num:{q.value:g}")
    return [frozenset(t) for t in terms]


def sentence_names(an: Analysis) -> list[frozenset[str]]:
    """Folded words of entity mentions and their roles, per sentence: no anchor for a fact."""
    names: list[set[str]] = [set() for _ in an.article.sentences]
    text = an.article.text
    for m in an.mentions:
        names[m.sentence].update(_WORD.findall(f"{m.text} {m.role or ''}".casefold()))
        names[m.sentence].add(m.key)
        if m.type == "PER" and text[m.end : m.end + 1] == ",":  # "X, head of the agency, said"
            appositive = text[m.end + 1 :].split(",", 1)[0]
            if len(appositive.split()) <= 8:
                names[m.sentence].update(_WORD.findall(appositive.casefold()))
    return [frozenset(n) for n in names]


def _lexical(a: frozenset[str], b: frozenset[str], idf: dict[str, float], names: frozenset[str]) -> tuple[float, bool]:
    """IDF-weighted overlap over the smaller side, and whether they share an anchor: a date, a
    number, or a word no other sentence uses that is not part of a name (two sentences naming the
    same official can still say different things)."""
    shared = a & b
    if not shared:
        return 0.0, False
    weight = sum(idf[t] for t in shared)
    smaller = min(sum(idf[t] for t in a), sum(idf[t] for t in b)) or 1.0
    anchor = any(t.startswith(("date:", "num:")) or (idf[t] >= idf["__rare__"] and t not in names) for t in shared)
    return weight / smaller, anchor


def align(analyses: Sequence[Analysis], index: SentenceIndex) -> list[list[tuple[str, int]]]:
    """Groups of (article id, sentence) that state one fact; at most one sentence per article.

    Sentences about different years never align ("a 2022 quake in Cianjur" is not this week's),
    nor sentences that quote different people.
    Every sentence is in exactly one group (a sentence no other article matches is a group of one).
    """
    ids = [a.article.id for a in analyses]
    years = {a.article.id: sentence_years(a) for a in analyses}
    speakers = {a.article.id: sentence_speakers(a) for a in analyses}
    terms = {a.article.id: sentence_terms(a) for a in analyses}
    names = {a.article.id: sentence_names(a) for a in analyses}
    languages = {a.article.id: a.article.language for a in analyses}
    df: Counter[str] = Counter(t for a in analyses for ts in terms[a.article.id] for t in ts)
    n = sum(len(terms[i]) for i in ids) + 1
    idf = {t: math.log(n / c) for t, c in df.items()}
    idf["__rare__"] = math.log(n / 2)  # a term only the two sentences share
    edges: list[tuple[float, tuple[str, int], tuple[str, int]]] = []
    for x in range(len(ids)):
        for y in range(x + 1, len(ids)):
            a, b = ids[x], ids[y]
            matrix = index.matrix(a, b)
            same_language = languages[a] == languages[b]
            anchored = np.zeros(matrix.shape, dtype=bool)
            for i in range(matrix.shape[0]):
                for j in range(matrix.shape[1]):
                    ya, yb = years[a][i], years[b][j]
                    sa, sb = speakers[a].get(i), speakers[b].get(j)
                    if (ya and yb and not ya & yb) or (sa and sb and not sa & sb):
                        matrix[i, j] = -1.0
                        continue
                    overlap, anchored[i, j] = _lexical(terms[a][i], terms[b][j], idf, names[a][i] | names[b][j])
                    matrix[i, j] += ALIGN_LEXICAL_WEIGHT * overlap
            minimum = ALIGN_MIN_COMBINED if same_language else ALIGN_MIN_SIMILARITY
            for i, j, score in mutual_best(matrix, minimum):
                if not anchored[i, j] and (same_language or score < ALIGN_MIN_UNANCHORED):
                    continue
                edges.append((score, (a, i), (b, j)))
    group_of: dict[tuple[str, int], int] = {}
    groups: list[list[tuple[str, int]]] = []
    for an in analyses:
        for i in range(len(an.article.sentences)):
            group_of[(an.article.id, i)] = len(groups)
            groups.append([(an.article.id, i)])
    for _, u, v in sorted(edges, reverse=True):
        gu, gv = group_of[u], group_of[v]
        if gu == gv:
            continue
        if {art for art, _ in groups[gu]} & {art for art, _ in groups[gv]}:
            continue  # would put two sentences of one article in one fact
        for node in groups[gv]:
            group_of[node] = gu
        groups[gu].extend(groups[gv])
        groups[gv] = []
    order = {aid: k for k, aid in enumerate(ids)}
    result = [sorted(g, key=lambda n: (order[n[0]], n[1])) for g in groups if g]
    return sorted(result, key=lambda g: (order[g[0][0]], g[0][1]))
