"""NER quality gates with pinned floors: the ../shared/data/ner-id test splits and real news."""

from __future__ import annotations

from pathlib import Path

import pytest

from lintas.evaluation.ner import evaluate_ner, prf, read_conll, spans
from lintas.evaluation.ner_stream import load_labels, score_stream
from tests.conftest import shared_path

# Measured 2026-12-07 with the shipped model (scripts/train_ner.py --with-dev): F1 nergrit 0.7385,
# nerp 0.7590, idner-news-2k 0.9192 (test splits). Floors sit just under.
FLOORS = {"nergrit": 0.73, "nerp": 0.75, "idner-news-2k": 0.90}


@pytest.mark.slow
def test_ner_floors() -> None:
    scores = evaluate_ner(shared_path("data", "ner-id"))
    assert set(scores) == set(FLOORS)
    for split, floor in FLOORS.items():
        assert scores[split].f1 >= floor, (split, scores[split])


def test_bio_spans_and_scoring() -> None:
    assert spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG"]) == {
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "ORG")
    }  # fmt: skip
    s = prf([["B-PER", "I-PER", "O", "B-LOC"]], [["B-PER", "I-PER", "O", "B-ORG"]])
    assert (s.precision, s.recall) == (0.5, 0.5)


def test_reader_handles_tabs_spaces_crlf_and_label_maps(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "gold.txt"  # type: ignore[operator]
    path.write_bytes(b"Budi PROPN B-PERSON\r\ndi ADP O\r\nJakarta PROPN B-PLC\r\n\r\nPT\tB-IND\nX\tI-IND\n")
    sentences = read_conll(path)
    assert [s.tags for s in sentences] == [("B-PER", "O", "B-LOC"), ("B-ORG", "I-ORG")]


# Real scraped news (tests/data/ner_stream_labels.jsonl, guideline docs/ner-labelling.md), the
# held-out half: measured 2026-12-07, tagger F1 0.606, reported mentions F1 0.616 (114 sentences).
STREAM_FLOORS = {"tagger": 0.59, "mentions": 0.60}


@pytest.mark.slow
def test_ner_on_real_news_held_out() -> None:
    labels = load_labels(Path(__file__).resolve().parents[1] / "data" / "ner_stream_labels.jsonl")
    score = score_stream(shared_path("data", "id-news-2025", "articles.jsonl"), labels, "heldout")
    assert score.not_found <= 5, "today's cleaning no longer yields the labelled sentences: relabel them"
    assert score.tagger.f1 >= STREAM_FLOORS["tagger"], score.tagger
    assert score.mentions.f1 >= STREAM_FLOORS["mentions"], score.mentions
