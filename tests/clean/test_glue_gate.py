"""De-gluing on real scraped pages (../shared/data/id-news-2025), against glued words listed by hand
(tests/data/glue_labels.jsonl, guideline docs/glue-labelling.md). The GLUE_* settings and the rules
were tuned on the dev half; the floors pin the held-out half, which nothing was tuned on."""

from __future__ import annotations

import pytest

from lintas.evaluation.glue import load_labels, score_glue
from tests.conftest import ROOT, shared_path

LABELS = ROOT / "tests" / "data" / "glue_labels.jsonl"
# Held-out half (50 pages, 439 glued tokens), measured 2026-12-07 (stop 46, outlets' names): recall
# 0.847, wrong splits 12 of 390 split tokens (0.031). Dev half: 0.943 / 0.014. Target (issue 24):
# >= 0.95 / <= 0.01, missed.
RECALL_FLOOR = 0.83
WRONG_CEILING = 0.04


@pytest.mark.shared
def test_glued_words_of_real_pages_are_split() -> None:
    data = shared_path("data", "id-news-2025", "articles.jsonl")
    s = score_glue(data, load_labels(LABELS), "heldout")
    assert not [e for e in s.errors if e.startswith("label not found")], s.errors[:5]
    assert s.glued >= 400 and s.tokens >= 15000, s
    print(f"glued {s.glued} recall {s.recall:.3f} wrong {s.wrong}/{s.splits_made} = {s.wrong_share:.3f}")
    assert s.recall >= RECALL_FLOOR, s.recall
    assert s.wrong_share <= WRONG_CEILING, s.wrong_share


def test_labels_follow_the_guideline_format() -> None:
    labels = load_labels(LABELS)
    assert {str(lab["part"]) for lab in labels} == {"dev", "heldout"}
    assert len({str(lab["url"]) for lab in labels}) == 100
    for lab in labels:
        assert set(lab) == {"url", "line", "token", "spaces", "part"}
        assert lab["line"] == -1 or len(str(lab["token"])) == 12  # a hash, never the text
