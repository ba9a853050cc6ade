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
# slice of publication dates -> floors. Measured 2026-12-07 (stop 39, with the joins of group.join):
# 2013 0.9133 / 0.7985, July 2015 0.9313 / 0.7400, the held-out years 0.9335 / 0.8130.
# Measured 2026-12-06 (stop 36) with the parameters fit on
# 2016-2017, synthetic Indonesian events and three labelled parts of a real Indonesian stream, and
# the text check of stories (group.split): 2013 0.9116 / 0.7969, July 2015 0.9313 / 0.7400. The
# check costs GVA recall (stop 31 to 35: 0.9216 / 0.8295, 0.9367 / 0.7647; the held-out years
# 2013-2015 0.9306 / 0.8029 -> 0.9277 / 0.7893) and keeps a real Indonesian day's desks apart
# (held-out day 0.9234 / 0.690 -> 0.9481 / 0.717; docs/clustering-tuning.md, stop 36). Stop 30's
# fit on GVA and synthetic events alone reached 0.9419 / 0.8739 and 0.9609 / 0.8772 here, but
# joined unrelated articles of the Indonesian day over one shared name (held-out day BCubed 0.733).
SLICES = {
    "2013": {"bcubed": 0.905, "pairwise": 0.79},
    "2015-07": {"bcubed": 0.925, "pairwise": 0.73},
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
