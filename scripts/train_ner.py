"""Train the Indonesian NER model shipped in src/lintas/analyse/models/ner-id.crfsuite.

    python scripts/train_ner.py [--data ../shared/data/ner-id] [--c1 0.05 --c2 0.05]

Trains one CRF on the train splits of NERGrit, NERP and idner-news-2k (labels mapped onto
PER/ORG/LOC/EVT/FNB, see lintas.evaluation.ner.LABEL_MAP), reports dev scores per corpus, and
writes the model and its manifest (models/ner-id.json: the model's sha256, the feature
fingerprint it was trained under, the data files' sha256, the options). Deterministic: same data,
features and options give the same bytes; tests/analyse/test_ner_model.py holds the shipped model
to its manifest and to today's features, and `--check` retrains and compares the hash.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
import time
from pathlib import Path

import pycrfsuite

from lintas.analyse.ner import MANIFEST_NAME, MODEL_NAME, feature_fingerprint, features
from lintas.evaluation.ner import prf, read_conll, restrict

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ner-id"
TRAIN = ("nergrit/train.txt", "nerp/train.txt", "idner-news-2k/train.txt")
DEV = {"nergrit": "nergrit/valid.txt", "nerp": "nerp/valid.txt", "idner-news-2k": "idner-news-2k/dev.txt"}
LABELS = {"nergrit": {"PER", "ORG", "LOC"}, "nerp": {"PER", "ORG", "LOC", "EVT", "FNB"},
          "idner-news-2k": {"PER", "ORG", "LOC"}}  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--with-dev", action="store_true", help="also train on the dev splits (final model)")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "lintas" / "analyse" / "models" / MODEL_NAME)
    ap.add_argument("--check", action="store_true", help="retrain into a temporary file; exit 1 unless it equals --out")
    args = ap.parse_args()
    shipped = args.out
    if args.check:
        args.out = Path(tempfile.mkdtemp()) / MODEL_NAME

    trainer = pycrfsuite.Trainer(verbose=False)
    files = list(TRAIN) + (list(DEV.values()) if args.with_dev else [])
    n = 0
    for name in files:
        domain = name.split("/")[0]
        for s in read_conll(args.data / name):
            trainer.append(features(s.tokens, domain), list(s.tags))
            n += 1
    trainer.set_params(
        {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations, "feature.possible_transitions": True}
    )
    start = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out))
    print(f"trained on {n} sentences in {time.perf_counter() - start:.0f} s -> {args.out}")
    print(f"model size {args.out.stat().st_size / 1e6:.1f} MB")
    digest = _sha256(args.out)
    if args.check:
        want = _sha256(shipped)
        print(f"retrained {digest[:16]}, shipped {want[:16]}: {'identical' if digest == want else 'DIFFERENT'}")
        return 0 if digest == want else 1
    record = {
        "model_sha256": digest,
        "features": feature_fingerprint(),
        "data": {name: _sha256(args.data / name) for name in files},
        "options": {"c1": args.c1, "c2": args.c2, "iterations": args.iterations, "with_dev": args.with_dev},
        "sentences": n,
    }
    args.out.with_name(MANIFEST_NAME).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(args.out))
    for corpus, path in DEV.items():
        gold = read_conll(args.data / path)
        pred = [restrict(tagger.tag(features(s.tokens, corpus)), LABELS[corpus]) for s in gold]
        score = prf([s.tags for s in gold], pred)
        print(f"dev {corpus:<14} P {score.precision:.4f} R {score.recall:.4f} F1 {score.f1:.4f}")
    return 0


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


if __name__ == "__main__":
    raise SystemExit(main())
