"""Contradictions on real stories: every real one listed by a reader, scored per kind.

Clusters are real events of ../shared/data (``select_clusters``): gva-news incidents with three or
more articles from three or more outlets, and stories of the reader-labelled id-news-2025 days
(tests/data/id_story_labels.jsonl) with two or more outlets. Each cluster is compared as one story
(grouping is the story engine's business, tested apart). The labels
(tests/data/contradiction_labels.jsonl, guideline docs/contradiction-labelling.md) list, per
cluster, every contradiction a reader found: its kind and each claim's article URL and value. No
article text is kept.

A reported discrepancy is true when two of its claims with different values match claims (same
article, same value) of one labelled contradiction of the same kind; a labelled contradiction is
found when some reported discrepancy matches it. Clusters alternate between a ``dev`` part (which
anything may be tuned on) and a ``heldout`` part (which nothing is).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lintas.comparison.model import Discrepancy
from lintas.metadata.outlet import site_of

GVA_CLUSTERS = 86  # incidents taken, half per part
ID_CLUSTERS = 26  # id-news stories taken, half per part
MAX_ARTICLES = 8  # per cluster, in the stream's order: a reader must be able to hold them all
KINDS = ("number", "age", "name", "place", "time", "date", "money", "quote", "attribution")


@dataclass(frozen=True, slots=True)
class Cluster:
    id: str
    part: str
    records: tuple[Mapping[str, Any], ...]  # url, title, published, text (as the data set has them)


def outlet_of_url(url: str) -> str:
    """The site of a record, also behind a web.archive.org address: the bare host, as when the
    clusters were chosen and labelled (the outlet table may name two hosts as one outlet)."""
    site = site_of(url)
    return site[0] if site else url


def _order(key: str) -> str:
    return hashlib.sha1(f"contradictions:{key}".encode()).hexdigest()


def _take(groups: Mapping[str, Sequence[Mapping[str, Any]]], n: int, prefix: str) -> list[Cluster]:
    chosen = sorted(groups, key=_order)[:n]
    return [
        Cluster(f"{prefix}:{key}", "dev" if k % 2 == 0 else "heldout", tuple(groups[key][:MAX_ARTICLES]))
        for k, key in enumerate(chosen)
    ]


def _gva_by_incident(shared: Path) -> dict[str, list[dict[str, Any]]]:
    """GVA's articles of more than 300 characters by incident, in the data set's order."""
    gva: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with (shared / "data" / "gva-news" / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if len(r["text"]) > 300:
                gva[r["incident"]].append(r)
    return gva


def gva_incidents(shared: Path) -> dict[str, list[dict[str, Any]]]:
    """GVA incidents with 3+ articles (of more than 300 characters) from 3+ outlets, in the data
    set's order: the ones a reader can compare."""
    gva = _gva_by_incident(shared)
    return {i: a for i, a in gva.items() if len(a) >= 3 and len({outlet_of_url(r["url"]) for r in a}) >= 3}


def two_outlet_gva_incidents(shared: Path) -> dict[str, list[dict[str, Any]]]:
    """GVA incidents whose articles (of more than 300 characters) come from exactly two outlets: a
    set apart from the labelled and the unlabelled 3-outlet ones, read first in stop 46."""
    gva = _gva_by_incident(shared)
    return {i: a for i, a in gva.items() if len({outlet_of_url(r["url"]) for r in a}) == 2}


def unlabelled_gva_incidents(shared: Path) -> dict[str, list[dict[str, Any]]]:
    """The ``gva_incidents`` that ``select_clusters`` does not take (no reader labelled them)."""
    gva = gva_incidents(shared)
    labelled = set(sorted(gva, key=_order)[:GVA_CLUSTERS])
    return {i: a for i, a in gva.items() if i not in labelled}


def select_clusters(shared: Path, story_labels: Path) -> list[Cluster]:
    """The labelled clusters, the same on every machine (chosen by a hash of their id);
    ``story_labels`` is tests/data/id_story_labels.jsonl (the id-news stories)."""
    gva = gva_incidents(shared)
    story_of: dict[str, str] = {}
    with story_labels.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                story_of[r["url"]] = f"{r['part']}:{r['story']}"
    ids: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with (shared / "data" / "id-news-2025" / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("url") in story_of:
                ids[story_of[r["url"]]].append(r)
    ids = {s: a for s, a in ids.items() if len({outlet_of_url(r["url"]) for r in a}) >= 2}
    return _take(gva, GVA_CLUSTERS, "gva") + _take(ids, ID_CLUSTERS, "id")


@dataclass(frozen=True, slots=True)
class GoldClaim:
    url: str
    value: str


@dataclass(frozen=True, slots=True)
class GoldContradiction:
    kind: str
    about: str
    claims: tuple[GoldClaim, ...]


def load_contradiction_labels(path: Path) -> dict[str, list[GoldContradiction]]:
    """cluster id -> its labelled contradictions (an empty list: the reader found none)."""
    out: dict[str, list[GoldContradiction]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            out[r["cluster"]] = [
                GoldContradiction(
                    c["kind"], c.get("about", ""), tuple(GoldClaim(x["url"], str(x["value"])) for x in c["claims"])
                )
                for c in r["contradictions"]
            ]
    return out


def normal_value(kind: str, value: Any) -> str:
    """One spelling of a value for matching: numbers as numbers, text folded."""
    text = str(value).strip().casefold()
    if kind in ("number", "age", "money"):
        m = re.search(r"-?\d+(?:\.\d+)?", text.replace(",", ""))
        if m:
            number = float(m.group())
            return str(int(number)) if number.is_integer() else str(number)
    if kind == "time":
        m = re.search(r"(\d{1,2})[:.](\d{2})", text)
        if m:
            return f"{int(m.group(1)):02d}:{m.group(2)}"
    return " ".join(re.findall(r"\w+", text))


def same_value(kind: str, gold: Any, reported: Any) -> bool:
    """Whether a reported value is the labelled one. Names, places, quotes and attributions are
    free text in the labels ("at the scene (the home)"): one's words within the other's do."""
    a, b = normal_value(kind, gold), normal_value(kind, reported)
    if a == b or kind not in ("name", "place", "quote", "attribution"):
        return a == b
    wa, wb = set(a.split()), set(b.split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def kind_of(d: Discrepancy) -> str:
    """The label kind of a reported discrepancy: the report's contract has no kind for an age, a
    place or money, so they come as a number or a name and say which in ``about``."""
    if d.kind == "number" and d.about.startswith("age of"):
        return "age"
    if d.kind == "number" and d.about.startswith("amount"):
        return "money"
    if d.kind == "name" and d.about.startswith("place"):
        return "place"
    return d.kind


def _matches(d: Discrepancy, g: GoldContradiction, url_of: Mapping[str, str]) -> bool:
    """Two of the discrepancy's claims with different values are claims of the labelled one."""
    if kind_of(d) != g.kind:
        return False
    if g.kind == "quote":  # a quote's claims hold the words; the label, the speaker named in ``about``
        speakers = {normal_value("name", x.value) for x in g.claims}
        arts = {x.url for x in g.claims}
        spoken = set(normal_value("name", d.about.removeprefix("words of ")).split())
        return len({c.article for c in d.claims if url_of.get(c.article) in arts}) >= 2 and any(
            spoken & set(s.split()) for s in speakers
        )
    hit = {
        k
        for c in d.claims
        for k, x in enumerate(g.claims)
        if x.url == url_of.get(c.article) and same_value(g.kind, x.value, c.value)
    }
    return len({normal_value(g.kind, g.claims[k].value) for k in hit}) >= 2


@dataclass
class KindScore:
    reported: int = 0
    true: int = 0
    gold: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.true / self.reported if self.reported else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


@dataclass
class ContradictionScore:
    kinds: dict[str, KindScore] = field(default_factory=lambda: defaultdict(KindScore))
    false: list[tuple[str, Discrepancy]] = field(default_factory=list)
    missed: list[tuple[str, GoldContradiction]] = field(default_factory=list)

    def total(self) -> KindScore:
        out = KindScore()
        for s in self.kinds.values():
            out.reported += s.reported
            out.true += s.true
            out.gold += s.gold
            out.found += s.found
        return out


def score_cluster(
    score: ContradictionScore,
    cluster: str,
    reported: Iterable[Discrepancy],
    gold: Sequence[GoldContradiction],
    url_of: Mapping[str, str],
) -> None:
    """Add one cluster's reported discrepancies (compatible ones are not claimed as contradictions
    and are left out) against its labels; ``url_of`` maps article id to URL."""
    shown = [d for d in reported if not d.compatible]
    for d in shown:
        s = score.kinds[kind_of(d)]
        s.reported += 1
        if any(_matches(d, g, url_of) for g in gold):
            s.true += 1
        else:
            score.false.append((cluster, d))
    for g in gold:
        s = score.kinds[g.kind]
        s.gold += 1
        if any(_matches(d, g, url_of) for d in shown):
            s.found += 1
        else:
            score.missed.append((cluster, g))


def compare_cluster(cluster: Cluster) -> tuple[list[Discrepancy], dict[str, str]]:
    """The cluster's articles read as JSONL records are, compared as one story; the reported
    discrepancies and article id -> URL. A rejected input takes no part (and so claims nothing)."""
    from lintas.analyse import analyse_article
    from lintas.comparison import compare_analyses
    from lintas.group import find_copies
    from lintas.pipeline import extract_documents
    from lintas.read.records import record_to_document

    docs = [record_to_document(dict(r), str(r["url"]), "utf-8") for r in cluster.records]
    articles = extract_documents(docs).articles
    analyses = [analyse_article(a) for a in articles]
    url_of = {a.id: a.input for a in articles}
    report = compare_analyses(analyses, clusters=[list(range(len(analyses)))], copies=find_copies(articles))
    return [d for s in report.stories for d in s.discrepancies], url_of


def evaluate(
    clusters: Sequence[Cluster], labels: Mapping[str, Sequence[GoldContradiction]], part: str
) -> ContradictionScore:
    """Score every labelled cluster of ``part``."""
    score = ContradictionScore()
    for c in clusters:
        if c.part == part and c.id in labels:
            reported, url_of = compare_cluster(c)
            score_cluster(score, c.id, reported, labels[c.id], url_of)
    return score
