"""Quality gates: incremental story clustering on two held-out slices of ../shared/data/gva-news.

The score is fit on the articles published in 2016-2017 (scripts/fit_cluster_score.py); these
slices come from 2013-2015, which the fit never reads. 2013 holds 412 articles spread over a year,
where an incident's arrest, charge and trial come weeks or months after it: the case for linking
follow-ups to cold stories. July 2015 holds 140 articles on incidents across the US, several in the
same cities in the same weeks. Every input is scored (a page lintas rejects is its own cluster).
Floors sit just under what the shipped parameters reach (benchmarks/gva_clusters.py scores the
whole corpus, training and held-out parts apart).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lintas.corpus import ingest
from lintas.evaluation.clusters import score_clusters, write_slice
from lintas.store import open_store, queries
from tests.conftest import shared_path

pytestmark = [pytest.mark.shared, pytest.mark.slow]
# slice of publication dates -> floors. Measured 2026-12-02 (stop 31) with the parameters fit on
# 2016-2017, synthetic Indonesian events and three labelled parts of a real Indonesian stream:
# 2013 0.9216 / 0.8295, July 2015 0.9367 / 0.7647. Lowered from 0.93 / 0.865 and 0.95 / 0.865
# (stop 30's fit on GVA and synthetic events alone: 0.9419 / 0.8739, 0.9609 / 0.8772): that score
# joined unrelated articles of a real Indonesian day over one shared name (held-out day BCubed
# 0.733, now 0.913). A fit that keeps both is open work (issue 22).
SLICES = {
    "2013": {"bcubed": 0.915, "pairwise": 0.82},
    "2015-07": {"bcubed": 0.93, "pairwise": 0.755},
}


@pytest.mark.parametrize("prefix", sorted(SLICES))
def test_stories_match_incidents(prefix: str, tmp_path: Path) -> None:
    source = shared_path("data", "gva-news", "articles.jsonl")
    subset = tmp_path / "gva-slice.jsonl"
    gold = write_slice(source, prefix, subset)
    with open_store(str(tmp_path / "gva.db")) as store:
        ingest([str(subset)], store)
        stories = queries.input_stories(store)
    scores = score_clusters(gold, stories)
    print(prefix, len(gold), scores)
    assert scores["bcubed"]["f1"] >= SLICES[prefix]["bcubed"], scores
    assert scores["pairwise"]["f1"] >= SLICES[prefix]["pairwise"], scores
