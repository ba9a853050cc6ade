"""Quality gate: stories on the held-out labelled day of a real Indonesian stream (id-news-2025).

17 June 2025, 289 articles of six outlets and every desk, labelled into 232 stories by two readers
(agreement BCubed F1 0.996; docs/story-labelling.md). Nothing was tuned on it: the story score,
the name prior and the baseline's threshold come from the dev parts and the training corpora.

Measured 2026-12-07 (stop 46, how-tos and listicles stand alone): BCubed F1 0.9608, pairwise F1
0.8170 (stop 39, the joins of group.join: 0.9536 / 0.7967; stop 36, the text check of group.split:
0.9481 / 0.717; stop 34: 0.9234 / 0.690; stop 31: 0.9125 / 0.619); plain TF-IDF + average linkage
on the same day, its threshold chosen on the dev day: 0.938 / 0.654. The floors pin the figure
(issue 22's targets: 0.93 / 0.80) and the baseline.
"""

from __future__ import annotations

import pytest

from lintas.evaluation.clusters import score_clusters
from lintas.evaluation.stories import engine_stories, labelled_records, load_story_labels, tfidf_stories, tune_baseline
from tests.conftest import ROOT, shared_path

LABELS = ROOT / "tests" / "data" / "id_story_labels.jsonl"
FLOORS = {"bcubed": 0.955, "pairwise": 0.81}

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def test_stories_of_a_held_out_day() -> None:
    data = shared_path("data", "id-news-2025", "articles.jsonl")
    labels = load_story_labels(LABELS)
    threshold, _ = tune_baseline(labelled_records(data, labels["dev"]), labels["dev"])
    records = labelled_records(data, labels["heldout"])
    assert len(records) == 289
    ours = score_clusters(labels["heldout"], engine_stories(records))
    baseline = score_clusters(labels["heldout"], tfidf_stories(records, threshold))
    print("lintas", ours, "\nbaseline", threshold, baseline)
    for kind, floor in FLOORS.items():
        assert ours[kind]["f1"] >= floor, (kind, ours, baseline)
        assert ours[kind]["f1"] > baseline[kind]["f1"], (kind, ours, baseline)
