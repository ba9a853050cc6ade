"""Quality gates: incremental story clustering on two slices of ../shared/data/gva-news.

April 2016 holds 192 articles on ~100 gun-violence incidents across the US, many in the same
cities in the same weeks: the hard case for telling events apart. 2013 holds 412 articles spread
over a year, where an incident's arrest, charge and trial come weeks or months after it: the case
for linking follow-ups to cold stories. Every input is scored (a page lintas rejects is its own
cluster). Floors sit just under what the current settings reach (benchmarks/gva_clusters.py
scores the whole corpus).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lintas.corpus import ingest
from lintas.evaluation.clusters import score_clusters, write_slice
from lintas.store import open_store
from tests.conftest import shared_path

pytestmark = [pytest.mark.shared, pytest.mark.slow]
# slice of publication dates -> floors; measured values in the comments (2026-11-29, stop 19)
SLICES = {
    # stop 11 (no follow-ups): 0.8750 / 0.5772; stop 12: 0.8775 / 0.5887; stop 13:
    # 0.8884 / 0.6185; stop 14 (headline-only pages, body words, min score 1.1): 0.9187 / 0.7297;
    # stop 15 (learned score, April in its fit): 0.9149 / 0.7343; stop 16 (word follow-ups, re-fit):
    # 0.9184 / 0.7232; stop 17 (ages): 0.9206 / 0.7264; stop 18 (merging, event people, cited days
    # both ways): 0.9251 / 0.7397; stop 19 (settling, the lead's words): 0.9364 / 0.7615
    "2016-04": {"bcubed": 0.93, "pairwise": 0.755},
    # stop 11: 0.8908 / 0.7559; stop 12: 0.9073 / 0.7985; stop 13:
    # 0.9149 / 0.8143; stop 14: 0.9162 / 0.8120; stop 15 (learned score, 2013 in its fit):
    # 0.9247 / 0.8315; stop 16 (word follow-ups, re-fit): 0.9291 / 0.8454; stop 17 (ages): 0.9328
    # / 0.8518; stop 18: 0.9364 / 0.8593; stop 19 (settling, the lead's words): 0.9463 / 0.8833
    "2013": {"bcubed": 0.94, "pairwise": 0.875},
}


@pytest.mark.parametrize("prefix", sorted(SLICES))
def test_stories_match_incidents(prefix: str, tmp_path: Path) -> None:
    source = shared_path("data", "gva-news", "articles.jsonl")
    subset = tmp_path / "gva-slice.jsonl"
    gold = write_slice(source, prefix, subset)
    with open_store(str(tmp_path / "gva.db")) as store:
        ingest([str(subset)], store)
        rows = store.query("SELECT i.input, a.story FROM inputs i LEFT JOIN articles a ON a.id = i.article")
    scores = score_clusters(gold, {r[0]: r[1] for r in rows})
    print(prefix, len(gold), scores)
    assert scores["bcubed"]["f1"] >= SLICES[prefix]["bcubed"], scores
    assert scores["pairwise"]["f1"] >= SLICES[prefix]["pairwise"], scores
