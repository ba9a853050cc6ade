"""Stories on reader-labelled days of a real Indonesian stream (id-news-2025), against a baseline.

The labels (tests/data/id_story_labels.jsonl, guideline docs/story-labelling.md) are keyed by URL
into ../shared/data/id-news-2025/articles.jsonl: a dev day (16 June 2025) that anything may be
tuned on and a held-out day (17 June 2025) that nothing is. Every labelled article is scored; an
input lintas rejects is a story of its own. The baseline is plain TF-IDF over title and text with
average linkage, its one threshold chosen on the dev day (``tune_baseline``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from lintas.evaluation.clusters import score_clusters
from lintas.group.text import average_linkage, similarities, words

Scores = dict[str, dict[str, float]]


def load_story_labels(path: str | Path) -> dict[str, dict[str, str]]:
    """part ("dev" or "heldout") -> URL -> story slug."""
    out: dict[str, dict[str, str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out.setdefault(r["part"], {})[r["url"]] = r["story"]
    return out


def labelled_records(source: str | Path, urls: Collection[str]) -> list[dict[str, str]]:
    """The records of ``source`` whose URL is labelled, in the stream's order (every labelled URL
    must be there: a changed data set is said, not scored wrongly). Shared by every evaluation on
    hand-labelled pages."""
    with open(source, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    found = [r for r in records if r.get("url") in urls]
    missing = set(urls) - {r["url"] for r in found}
    if missing:
        raise ValueError(f"{len(missing)} labelled URLs are not in {source}, e.g. {sorted(missing)[0]}")
    return found


def engine_stories(records: Sequence[Mapping[str, str]]) -> dict[str, str]:
    """URL -> story id by lintas's one story engine (the map step, then ``group_articles``)."""
    from lintas.group.engine import group_articles
    from lintas.model import Article
    from lintas.pipeline import map_documents
    from lintas.read.records import record_to_document

    mapped = map_documents([record_to_document(r, r["url"], "utf-8") for r in records])  # as a JSONL line is read
    first: dict[str, int] = {}  # article id -> its first input (a duplicate joins it)
    kept: list[int] = []
    for i, m in enumerate(mapped):
        if m.article is not None and m.article.id not in first:
            first[m.article.id] = i
            kept.append(i)
    articles: list[Article] = [mapped[i].article for i in kept]  # type: ignore[misc]
    grouping = group_articles(articles, [mapped[i].features for i in kept])  # type: ignore[misc]
    story_of = {articles[i].id: f"s{k}" for k, members in enumerate(grouping.stories) for i in members}
    out: dict[str, str] = {}
    for r, m in zip(records, mapped, strict=True):
        out[r["url"]] = story_of[m.article.id] if m.article is not None else f"rejected:{r['url']}"
    return out


def tfidf_stories(records: Sequence[Mapping[str, str]], threshold: float) -> dict[str, str]:
    """URL -> story by the baseline: TF-IDF of title and text (document frequencies among the
    records), average linkage at ``threshold``."""
    bags = [words(f"{r.get('title') or ''}\n{r.get('text') or ''}") for r in records]
    labels = average_linkage(similarities(bags, Counter(w for b in bags for w in b), len(bags)), threshold)
    return {r["url"]: f"t{label}" for r, label in zip(records, labels, strict=True)}


# The thresholds the baseline tries on the dev day.
BASELINE_GRID = tuple(round(0.05 * k, 2) for k in range(2, 13))


def tune_baseline(records: Sequence[Mapping[str, str]], gold: Mapping[str, str]) -> tuple[float, Scores]:
    """The baseline's threshold with the best BCubed F1 on ``records`` (the dev day), and its scores."""
    best: tuple[float, Scores] | None = None
    for t in BASELINE_GRID:
        s = score_clusters(gold, tfidf_stories(records, t))
        if best is None or s["bcubed"]["f1"] > best[1]["bcubed"]["f1"]:
            best = (t, s)
    assert best is not None
    return best
