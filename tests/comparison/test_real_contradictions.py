"""Quality gate: contradictions on real stories, against every contradiction a reader listed.

42 real clusters (26 gva-news incidents with 3+ outlets, 16 multi-outlet id-news-2025 stories),
each compared as one story; labels in tests/data/contradiction_labels.jsonl (guideline
docs/contradiction-labelling.md; a blind second reader agreed on 8 of 11 contradictions of a
10-cluster sample). Clusters alternate between dev and held-out; nothing was tuned on held-out.

Measured 2026-12-06 (stop 35), held-out: 14 reported, 7 true (precision 0.500; the one true
fewer than stop 32 is a duplicate of a found one); 18 listed, 7 found (recall 0.389). Dev: 0.727
/ 0.444. Stop 32: held-out 8 of 17, 7 of 18; before it 0 of 14, 0 of 18. Issue 23's target
(precision >= 0.85, recall >= 0.70) is not reached; the floors pin today's figure (history:
docs/contradiction-tuning.md).
"""

from __future__ import annotations

import pytest

from lintas.evaluation.contradictions import evaluate, load_contradiction_labels, select_clusters
from tests.conftest import ROOT, shared_path

LABELS = ROOT / "tests" / "data" / "contradiction_labels.jsonl"
FLOORS = {"precision": 0.49, "recall": 0.38}

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def test_contradictions_on_held_out_real_stories() -> None:
    shared = shared_path("data").parent
    clusters = select_clusters(shared, ROOT / "tests" / "data" / "id_story_labels.jsonl")
    assert len(clusters) == 42
    labels = load_contradiction_labels(LABELS)
    assert set(labels) == {c.id for c in clusters}
    total = evaluate(clusters, labels, "heldout").total()
    print(f"held-out: {total.true}/{total.reported} true, {total.found}/{total.gold} found")
    assert total.gold == 18
    assert total.precision >= FLOORS["precision"], total
    assert total.recall >= FLOORS["recall"], total
