"""Fit the join of stories (src/lintas/group/join_params.json) on the training parts of the story score.

    python scripts/fit_story_join.py [--work /tmp/lintas-fit] [--check]

Uses the stores of scripts/fit_cluster_score.py (the same --work; made there or here): fits on its
training parts (GVA 2016-2017 and its April 2016 slice, synthetic Indonesian events, the three
labelled id-news-2025 dev parts) and reports on its held-out parts (GVA 2013-2015, its gate slices,
the held-out Indonesian day), which nothing here reads before the parameters are fixed. Steps,
all deterministic:
1. Re-cluster each training store with the shipped story score and no joins; weigh every story
   against its candidates (group.join), each pair labelled 1 when the two stories' most frequent
   incidents are one.
2. Fit an L2 logistic regression over the join evidence (the small parts weigh more, as in the
   score's fit).
3. The join bar by search over GRID on the training stores (mean of BCubed and pairwise F1).
4. Score the held-out stores once; write the parameters with how they were fit and what they
   scored. --check recomputes and exits 1 unless the result equals the shipped file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from fit_cluster_score import DEFAULT_DATA, FIT, HELDOUT, REPORT, TRAIN, WEIGHTED, C, Corpus, _line, corpus, fit

from lintas.corpus import recluster
from lintas.evaluation.clusters import score_clusters
from lintas.group.join import join_fingerprint, join_stories
from lintas.group.params import JOIN_FILE, JoinParams, join_params_from
from lintas.store import open_store, queries

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "lintas" / "group" / JOIN_FILE
NAMES = ["text", "lead", "people", "place", "conflict", "days", "size"]
NEVER = join_params_from({"weights": dict.fromkeys(NAMES, 0.0), "bias": 0.0, "min_score": math.inf})
GRID = (-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0)  # log-odds: p >= 0.12 .. 0.73

Row = tuple[list[float], bool]


def record(db: str, gold: dict[str, str]) -> list[Row]:
    """Every candidate pair of the stories ``db`` makes without joins, with its evidence and label."""
    seen: list[tuple[str, str, dict[str, float]]] = []
    with open_store(db) as store:
        recluster(store, join=NEVER)
        stories = [str(r[0]) for r in store.query("SELECT id FROM stories ORDER BY id")]
        join_stories(store, stories, params=NEVER, observe=lambda a, b, found: seen.append((a, b, found)))
        pred = {_line(i): story for i, story in queries.input_stories(store).items()}
    members: dict[str, Counter[str]] = defaultdict(Counter)
    for line, story in pred.items():
        if story and line in gold:
            members[story][gold[line]] += 1
    incident = {s: c.most_common(1)[0][0] for s, c in members.items()}
    pairs: dict[tuple[str, str], dict[str, float]] = {}
    for a, b, found in seen:  # each pair once, as the side checked first saw it (the product's order)
        pairs.setdefault((min(a, b), max(a, b)), found)
    return [
        ([found[k] for k in NAMES], incident.get(a) is not None and incident.get(a) == incident.get(b))
        for (a, b), found in sorted(pairs.items())
    ]


def scores(corpora: dict[str, Corpus], params: JoinParams) -> dict[str, dict[str, float]]:
    """BCubed and pairwise F1 of each corpus re-clustered with the joins of ``params``."""
    out = {}
    for name, (db, gold) in corpora.items():
        with open_store(db) as store:
            recluster(store, join=params)
            pred = {_line(i): story for i, story in queries.input_stories(store).items()}
        s = score_clusters(gold, {i: pred.get(i) for i in gold})
        out[name] = {"bcubed": round(s["bcubed"]["f1"], 4), "pairwise": round(s["pairwise"]["f1"], 4)}
    return out


def _objective(result: dict[str, dict[str, float]]) -> float:
    return float(np.mean([(r["bcubed"] + r["pairwise"]) / 2 for r in result.values()]))


def _show(label: str, result: dict[str, dict[str, float]]) -> None:
    print(f"{label:>24}  " + "   ".join(f"{n} {r['bcubed']:.4f} / {r['pairwise']:.4f}" for n, r in result.items()))


def run(data: Path, work: Path) -> JoinParams:
    work.mkdir(parents=True, exist_ok=True)
    fit_on = {name: corpus(data, work, name, p) for name, p in FIT.items()}
    report_on = {name: corpus(data, work, name, p) for name, p in REPORT.items()}
    recorded = {name: record(db, gold) for name, (db, gold) in fit_on.items()}
    x = np.array([r[0] for rows in recorded.values() for r in rows])
    y = np.array([r[1] for rows in recorded.values() for r in rows], dtype=float)
    weight = np.concatenate([np.full(len(rows), WEIGHTED.get(name, 1.0)) for name, rows in recorded.items()])
    for name, rows in recorded.items():
        print(f"{name}: {len(rows)} candidate pairs, {sum(r[1] for r in rows)} of one incident", flush=True)
    w, b = fit(x, y, weight, C)
    weights = {k: round(float(v), 3) for k, v in zip(NAMES, w, strict=True)}
    none = scores(fit_on, NEVER)
    _show("no joins, training", none)
    best, chosen = _objective(none), math.inf
    searched: list[dict[str, Any]] = []
    for bar in GRID:
        result = scores(fit_on, join_params_from({"weights": weights, "bias": round(b, 3), "min_score": bar}))
        searched.append({"min_score": bar, "training": result})
        _show(f"join at {bar:+}", result)
        if _objective(result) > best + 1e-9:
            best, chosen = _objective(result), bar
    params = join_params_from({"weights": weights, "bias": round(b, 3), "min_score": chosen})
    training = scores(fit_on, params)
    heldout = scores(report_on, params)
    _show("chosen, training", training)
    _show("chosen, held out", heldout)
    return join_params_from(
        {
            **params.to_dict(),
            "fit": {
                "data": "gva-news, id-news-2025 (labelled days), synthetic Indonesian events",
                "data_sha256": hashlib.sha256(data.read_bytes()).hexdigest(),
                "train": list(TRAIN),
                "heldout": list(HELDOUT),
                "weighted": WEIGHTED,
                "c": C,
                "pairs": len(y),
                "joined_pairs": int(y.sum()),
                "evidence": join_fingerprint(),
                "script_sha256": hashlib.sha256(Path(__file__).read_bytes()).hexdigest(),
                "no_joins": none,
                "grid": searched,
                "training": training,
                "held_out": heldout,
            },
        }
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--work", type=Path, default=Path("/tmp/lintas-fit"))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 unless the fit reproduces --out")
    args = ap.parse_args()
    if not args.data.exists():
        raise SystemExit(f"no GVA data at {args.data}")
    params = run(args.data, args.work)
    text = json.dumps(params.to_dict(), indent=2) + "\n"
    if args.check:
        same = args.out.read_text(encoding="utf-8") == text
        print("reproduced the shipped parameters exactly" if same else f"DIFFERENT from {args.out}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
