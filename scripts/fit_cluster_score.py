"""Fit the story score of corpus mode (settings.CLUSTER_SCORE_WEIGHTS) on ../shared/data/gva-news.

    python scripts/fit_cluster_score.py [--work /tmp/lintas-fit] [--rounds 1] [--heldout]

Ingests all of GVA and its April 2016 and 2013 slices into stores under --work (once; later runs
reuse them), re-clusters each with the current settings while recording every candidate story the
clusterer scored (group.incremental.evidence), labels a candidate 1 when the story already held an
article of the article's incident, and fits an L2 logistic regression on them (Newton's method;
the slices weigh --slice-weight times more, so that a small corpus, where every name is rare,
counts). Prints the weights as settings lines and the BCubed / pairwise F1 each threshold reaches.
--rounds 2 re-records the candidates under the new weights and fits again. --heldout fits on half
the incidents and scores the other half, both ways. Deterministic.
"""

from __future__ import annotations

import argparse
import zlib
from collections import defaultdict
from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np

import lintas.group.incremental as incremental
from lintas.corpus import ingest, recluster
from lintas.evaluation.clusters import score_clusters, write_slice
from lintas.settings import CLUSTER_MIN_SCORE, CLUSTER_SCORE_BIAS, CLUSTER_SCORE_WEIGHTS
from lintas.store import open_store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "gva-news" / "articles.jsonl"
SLICES = ("", "2016-04", "2013")  # all, then the test gates' slices (tests/group/test_gva_clusters.py)
NAMES = list(CLUSTER_SCORE_WEIGHTS)
SHIPPED = dict(CLUSTER_SCORE_WEIGHTS)  # ``use`` changes the settings' dict in place

Row = tuple[list[float], bool, str]  # evidence, label, incident


def corpus(data: Path, work: Path, prefix: str) -> tuple[str, dict[str, str]]:
    """The store of the articles published under ``prefix`` (ingested once) and their gold labels,
    keyed by line number: the store holds that one file."""
    name = prefix or "all"
    subset, db = work / f"{name}.jsonl", work / f"{name}.db"
    gold = {_line(i): incident for i, incident in write_slice(data, prefix, subset).items()}
    if not db.exists():
        with open_store(str(db)) as store:
            ingest([str(subset)], store)
    return str(db), gold


def record(db: str, gold: dict[str, str]) -> tuple[list[Row], dict[str, str | None]]:
    """Re-cluster ``db``, returning each candidate's evidence and label, and the stories of the inputs."""
    seen: list[tuple[str, str, dict[str, float]]] = []
    with open_store(db) as store:
        recluster(store, observe=lambda aid, sid, found: seen.append((aid, sid, found)))
        rows = [
            (_line(r[0]), *r[1:])
            for r in store.query(
                "SELECT i.input, a.id, a.story, a.seq FROM inputs i LEFT JOIN articles a ON a.id = i.article"
            )
        ]
        # A story merged later (group.incremental._merge) is labelled by the articles of the story
        # it went into that came before the candidate's article.
        merged = dict(store.query("SELECT merged, story FROM story_merges"))
    incident = {aid: gold[inp] for inp, aid, _, _ in rows if aid}
    seq = {aid: n for _, aid, _, n in rows if aid}
    members: dict[str, list[str]] = defaultdict(list)
    for _, aid, story, _ in rows:
        if story and aid not in members[story]:
            members[story].append(aid)
    out = []
    for aid, sid, found in seen:
        label = any(seq[m] < seq[aid] and incident[m] == incident[aid] for m in members[merged.get(sid, sid)])
        out.append(([found[k] for k in NAMES], label, incident[aid]))
    return out, {inp: story for inp, _, story, _ in rows}


def half(part: int, incident: str) -> bool:
    """Half ``part`` of the incidents (0 or 1), fixed by a hash of the label."""
    return zlib.crc32(incident.encode()) % 2 == part


def _line(source: str) -> str:
    return source.rsplit(":", 1)[1]


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression (the bias unpenalised), by Newton's method."""
    a = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(a.shape[1])
    penalty = np.full(a.shape[1], 1.0 / c)
    penalty[-1] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        grad = a.T @ (weight * (p - y)) + penalty * w
        hess = (a * (weight * p * (1 - p))[:, None]).T @ a + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def use(weights: np.ndarray, bias: float, threshold: float) -> None:
    CLUSTER_SCORE_WEIGHTS.update(zip(NAMES, (round(float(v), 3) for v in weights), strict=True))
    setattr(incremental, "CLUSTER_SCORE_BIAS", round(bias, 3))  # noqa: B010 (the module imported it by name)
    setattr(incremental, "CLUSTER_MIN_SCORE", threshold)  # noqa: B010


def scores(
    corpora: list[tuple[str, dict[str, str]]], keep: Callable[[str], bool] = lambda _: True
) -> list[dict[str, dict[str, float]]]:
    out = []
    for db, gold in corpora:
        with open_store(db) as store:
            recluster(store)
            rows = store.query("SELECT i.input, a.story FROM inputs i LEFT JOIN articles a ON a.id = i.article")
        pred = {_line(i): story for i, story in rows}
        kept = {i: g for i, g in gold.items() if keep(g)}
        out.append(score_clusters(kept, {i: pred.get(i) for i in kept}))
    return out


def show(label: str, results: list[dict[str, dict[str, float]]]) -> None:
    cells = [f"{r['bcubed']['f1']:.4f} / {r['pairwise']['f1']:.4f}" for r in results]
    print(f"{label:>24}  " + "   ".join(f"{c:>17}" for c in cells))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--work", type=Path, default=Path("/tmp/lintas-fit"))
    ap.add_argument("--c", type=float, default=10.0, help="inverse L2 strength")
    ap.add_argument("--slice-weight", type=float, default=20.0)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--thresholds", default="-1.5,-1,-0.5,0")
    ap.add_argument("--heldout", action="store_true")
    args = ap.parse_args()
    if not args.data.exists():
        raise SystemExit(f"no GVA data at {args.data}")
    args.work.mkdir(parents=True, exist_ok=True)
    corpora = [corpus(args.data, args.work, p) for p in SLICES]
    thresholds = [float(t) for t in args.thresholds.split(",")]
    print(f"{'':>24}  {'all':>17}   {'April 2016':>17}   {'2013':>17}")
    show("current settings", scores(corpora))

    for _ in range(args.rounds):
        recorded = [record(db, gold)[0] for db, gold in corpora]
        x = np.array([r[0] for rows in recorded for r in rows])
        y = np.array([r[1] for rows in recorded for r in rows], dtype=float)
        incidents = [r[2] for rows in recorded for r in rows]
        weight = np.concatenate(
            [np.full(len(rows), 1.0 if i == 0 else args.slice_weight) for i, rows in enumerate(recorded)]
        )
        print(f"{len(y)} candidates, {int(y.sum())} of the article's incident")
        if args.heldout:
            for part in (0, 1):
                train = np.array([not half(part, i) for i in incidents])
                w, b = fit(x[train], y[train], weight[train], args.c)
                use(w, b, CLUSTER_MIN_SCORE)
                show(f"fit w/o half {part}, on it", scores(corpora, partial(half, part)))
                use(np.array([SHIPPED[k] for k in NAMES]), CLUSTER_SCORE_BIAS, CLUSTER_MIN_SCORE)
                show(f"settings, on half {part}", scores(corpora, partial(half, part)))
        w, b = fit(x, y, weight, args.c)
        for t in thresholds:
            use(w, b, t)
            show(f"fit, threshold {t:+}", scores(corpora))
        use(w, b, CLUSTER_MIN_SCORE)
    print("CLUSTER_SCORE_WEIGHTS = {")
    for k in NAMES:
        print(f'    "{k}": {CLUSTER_SCORE_WEIGHTS[k]},')
    print(f"}}\nCLUSTER_SCORE_BIAS = {round(b, 3)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
