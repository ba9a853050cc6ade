"""Quality gate: contradictions on real stories, against every contradiction a reader listed.

112 real clusters (86 gva-news incidents with 3+ outlets, 26 multi-outlet id-news-2025 stories),
each compared as one story; labels in tests/data/contradiction_labels.jsonl (guideline
docs/contradiction-labelling.md; blind second readers agreed on 0.73, 0.86 and 0.82 of the
contradictions either found, on three samples). Clusters alternate between dev and held-out;
nothing was tuned on held-out.

Measured 2026-12-07 (stop 40), held-out (56 clusters, 66 contradictions): 51 reported, 23 true
(precision 0.451); 20 found (recall 0.303). The code of stop 39 on the same set: 0.442 / 0.303.
Dev: 0.800 / 0.489 (stop 39's code: 0.581 / 0.383). The 42 clusters of stop 32-39 alone, held
out: 0.500 / 0.389 at stop 35. Issue 23's target (precision >= 0.85, recall >= 0.70) is not
reached; the floors pin today's figure (history: docs/contradiction-tuning.md).
Stop 43 (ages of people described, not named; counts that are parts): held-out 0.490 / 0.318
(24 of 49 true, 21 of 66 found); dev 0.806 / 0.511.
Stop 44 (rules from a read of unlabelled GVA incidents): held-out 0.568 / 0.348 (25 of 44 true, 23
of 66 found); dev 0.806 / 0.511.
"""

from __future__ import annotations

import pytest

from lintas.evaluation.contradictions import evaluate, load_contradiction_labels, select_clusters
from tests.conftest import ROOT, shared_path

LABELS = ROOT / "tests" / "data" / "contradiction_labels.jsonl"
FLOORS = {"precision": 0.57, "recall": 0.39}

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def test_contradictions_on_held_out_real_stories() -> None:
    shared = shared_path("data").parent
    clusters = select_clusters(shared, ROOT / "tests" / "data" / "id_story_labels.jsonl")
    assert len(clusters) == 112
    labels = load_contradiction_labels(LABELS)
    assert set(labels) == {c.id for c in clusters}
    total = evaluate(clusters, labels, "heldout").total()
    print(f"held-out: {total.true}/{total.reported} true, {total.found}/{total.gold} found")
    assert total.gold == 66
    assert total.precision >= FLOORS["precision"], total
    assert total.recall >= FLOORS["recall"], total
