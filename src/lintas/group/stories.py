"""Stories: articles about the same event, across outlets and languages.

Average-linkage clustering over lead embeddings (cross-lingual), with small bonuses for shared
evidence (the same counted things, the same people) and a time window. Copies always join their
original. Sized for the articles of one ``compare`` run; corpus mode clusters incrementally.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import numpy as np
import numpy.typing as npt

from lintas.analyse import Analysis
from lintas.analyse.embeddings import embed
from lintas.group.copies import Copy
from lintas.model import Article
from lintas.settings import (
    STORY_COUNTED_BONUS,
    STORY_LEAD_SENTENCES,
    STORY_MAX_DAYS,
    STORY_MIN_SIMILARITY,
    STORY_PERSON_BONUS,
)


def lead_text(article: Article) -> str:
    lead = " ".join(s.text for s in article.sentences[:STORY_LEAD_SENTENCES])
    return f"{article.title}. {lead}" if article.title else lead


def _day(article: Article) -> datetime | None:
    try:
        return datetime.fromisoformat(article.published[:10]) if article.published else None
    except ValueError:
        return None


def similarity_matrix(analyses: Sequence[Analysis]) -> npt.NDArray[np.float64]:
    """Pairwise story similarity of the articles: cosine of leads plus evidence bonuses."""
    vectors = embed([lead_text(a.article) for a in analyses])
    sim = (vectors @ vectors.T).astype(np.float64)
    counted = [{q.counted for q in a.quantities if q.counted} for a in analyses]
    people = [{e.key for e in a.entities if e.type == "PER"} for a in analyses]
    days = [_day(a.article) for a in analyses]
    n = len(analyses)
    for i in range(n):
        for j in range(i + 1, n):
            bonus = STORY_COUNTED_BONUS * min(2, len(counted[i] & counted[j]))
            if people[i] & people[j]:
                bonus += STORY_PERSON_BONUS
            value = sim[i, j] + bonus
            di, dj = days[i], days[j]
            if di is not None and dj is not None and abs((di - dj).days) > STORY_MAX_DAYS:
                value = 0.0
            sim[i, j] = sim[j, i] = value
    return sim


def group_stories(analyses: Sequence[Analysis], copies: Sequence[Copy] = ()) -> list[list[int]]:
    """Indexes of the articles of each story, stories in order of their first article."""
    n = len(analyses)
    if n == 0:
        return []
    sim = similarity_matrix(analyses)
    index = {a.article.id: i for i, a in enumerate(analyses)}
    for c in copies:
        if c.article in index and c.copy_of in index:
            i, j = index[c.article], index[c.copy_of]
            sim[i, j] = sim[j, i] = 1.0
    clusters: list[list[int]] = [[i] for i in range(n)]
    while len(clusters) > 1:
        best, pair = STORY_MIN_SIMILARITY, None
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                score = float(np.mean(sim[np.ix_(clusters[a], clusters[b])]))
                if score >= best:
                    best, pair = score, (a, b)
        if pair is None:
            break
        a, b = pair
        clusters[a] = sorted(clusters[a] + clusters[b])
        del clusters[b]
    return sorted(clusters, key=lambda c: c[0])
