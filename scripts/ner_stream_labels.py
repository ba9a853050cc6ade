"""Turn a labeller's name lists into tests/data/ner_stream_labels.jsonl (docs/ner-labelling.md).

    python scripts/ner_stream_labels.py SENTENCES.jsonl LABELS.jsonl [--second LABELS_B.jsonl]

SENTENCES holds {"id", "url", "part", "sentence"} (the sample); LABELS holds {"id", "entities":
[[text, kind], ...]} in order of appearance. Each name is found in its sentence after the previous
one (as a whole word where it is one); the labels keep the sentence's hash and the offsets, no
text. --second scores another labeller's lists on the sentences both labelled (exact span and
kind) and prints the agreement.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from lintas.evaluation.ner_stream import KINDS, Span, sentence_hash, span_prf

ROOT = Path(__file__).resolve().parents[1]


def offsets(sentence: str, entities: list[list[str]]) -> list[Span]:
    out, at = [], 0
    for text, kind in entities:
        if kind not in KINDS:
            raise SystemExit(f"unknown kind {kind!r} for {text!r}")
        # a whole word first ("S" in "Saudara S"), then inside a glued word ("Santoso" in "Santosoatau")
        whole = re.compile(rf"(?<!\w){re.escape(text)}(?!\w)").search(sentence, at)
        start = whole.start() if whole else sentence.find(text, at)
        if start < 0:
            raise SystemExit(f"{text!r} is not in the sentence after offset {at}: {sentence!r}")
        out.append((start, start + len(text), kind))
        at = start + len(text)
    return out


def _read(path: Path) -> dict[int, dict[str, object]]:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return {int(r["id"]): r for r in rows}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sentences", type=Path)
    ap.add_argument("labels", type=Path)
    ap.add_argument("--second", type=Path)
    args = ap.parse_args()
    sample, first = _read(args.sentences), _read(args.labels)
    if set(sample) != set(first):
        raise SystemExit(f"labels cover {len(first)} of {len(sample)} sentences")
    rows: list[dict[str, object]] = []
    names = 0
    for i, s in sorted(sample.items()):
        text = str(s["sentence"])
        spans = offsets(text, first[i]["entities"])  # type: ignore[arg-type]
        rows.append({"url": s["url"], "sentence": sentence_hash(text), "part": s["part"], "entities": spans})
        names += len(spans)
    out = ROOT / "tests" / "data" / "ner_stream_labels.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} sentences, {names} names -> {out}")
    if args.second:
        pairs = []
        for i, r in _read(args.second).items():
            text = str(sample[i]["sentence"])
            pairs.append((set(offsets(text, first[i]["entities"])), set(offsets(text, r["entities"]))))  # type: ignore[arg-type]
        alike = sum(len(a & b) for a, b in pairs)
        print(f"agreement on {len(pairs)} sentences: F1 {span_prf(pairs).f1:.3f} ({alike} names alike, "
              f"{sum(len(a - b) for a, b in pairs)} only in the first labels, "
              f"{sum(len(b - a) for a, b in pairs)} only in the second)")  # fmt: skip


if __name__ == "__main__":
    main()
