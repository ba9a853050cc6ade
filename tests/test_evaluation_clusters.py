"""Cluster scores and the time-window ceiling used by benchmarks/gva_clusters.py."""

from __future__ import annotations

from lintas.evaluation.clusters import score_clusters, window_oracle


def test_scores_of_a_perfect_and_of_an_all_singleton_clustering() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    assert score_clusters(gold, {"a": "x", "b": "x", "c": "y"})["bcubed"]["f1"] == 1.0
    single = score_clusters(gold, {})
    assert single["pairwise"]["recall"] == 0.0 and single["bcubed"]["precision"] == 1.0


def test_the_window_oracle_splits_gold_clusters_at_long_gaps_and_keeps_rejected_items_alone() -> None:
    gold = {"a": "1", "b": "1", "c": "1", "d": "1", "e": "2"}
    days = {"a": 100, "b": 105, "c": 111, "d": 200, "e": 100}  # a-b-c chain by gaps of 5 and 6
    oracle = window_oracle(gold, days, accepted={"a", "b", "c", "d"}, window=7)
    assert oracle["a"] == oracle["b"] == oracle["c"] != oracle["d"]
    assert "e" not in oracle  # rejected: a singleton when scored
    assert score_clusters(gold, oracle)["bcubed"]["precision"] == 1.0
    wide = window_oracle(gold, days, accepted={"a", "b", "c", "d"}, window=100)
    assert len({wide[i] for i in "abcd"}) == 1
