"""Turn the readers' contradiction files into tests/data/contradiction_labels.jsonl, and report the
agreement of a blind second reader on the clusters both read.

Usage: python scripts/contradiction_labels.py SHEETS_DIR READER.jsonl... [--second CHECK.jsonl]
Article letters (A1, A2, ...) become URLs from SHEETS_DIR/index.jsonl; line numbers, notes and
doubts are dropped (they point into article text, which the repository does not keep). Clusters
of the index that no reader's file holds keep the labels already stored (a new batch adds to them).
Guideline: docs/contradiction-labelling.md.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from lintas.evaluation.contradictions import KINDS, normal_value, same_value

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "contradiction_labels.jsonl"
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|\([^)]*\)")


def _read(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return {r["cluster"]: r for r in map(json.loads, f) if r}


def _stored(rec: dict[str, Any], urls: list[str]) -> list[dict[str, Any]]:
    out = []
    for c in rec.get("contradictions", []):
        if c["kind"] not in KINDS:
            raise SystemExit(f"{rec['cluster']}: unknown kind {c['kind']!r}")
        claims = [{"url": urls[int(x["article"].lstrip("Aa")) - 1], "value": str(x["value"])} for x in c["claims"]]
        about = " ".join(_QUOTED.sub("", c.get("about", "")).split())  # no article words in the repository
        out.append({"kind": c["kind"], "about": about, "claims": claims})
    return out


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["kind"] != b["kind"]:
        return False
    if a["kind"] == "quote":  # every claim's value is the one speaker: the same articles tell
        common = {x["url"] for x in a["claims"]} & {y["url"] for y in b["claims"]}
        words = [set(normal_value("name", x["value"]).split()) for x in (*a["claims"], *b["claims"])]
        return len(common) >= 2 and bool(set.intersection(*words))  # "Joe Riley" / "Joseph P. Riley"
    hit = {
        normal_value(a["kind"], x["value"])
        for x in a["claims"]
        for y in b["claims"]
        if x["url"] == y["url"] and same_value(a["kind"], x["value"], y["value"])
    }
    return len(hit) >= 2


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sheets", type=Path)
    ap.add_argument("readers", type=Path, nargs="+")
    ap.add_argument("--second", type=Path)
    args = ap.parse_args()
    index = {r["cluster"]: r for r in map(json.loads, (args.sheets / "index.jsonl").open(encoding="utf-8"))}
    first: dict[str, dict[str, Any]] = {}
    for path in args.readers:
        first.update(_read(path))
    stored = _read(OUT) if OUT.exists() else {}  # clusters labelled before keep their labels
    missing = sorted(set(index) - set(first) - set(stored))
    if missing:
        raise SystemExit(f"clusters without labels: {missing}")
    lines = []
    for cid, meta in index.items():
        if cid not in first:
            lines.append(stored[cid])
            continue
        rec = first[cid]
        off = [meta["articles"][int(a.lstrip("Aa")) - 1] for a in rec.get("off_event", [])]
        lines.append({"cluster": cid, "part": meta["part"], "off_event": off,
                      "contradictions": _stored(rec, meta["articles"])})  # fmt: skip
    OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    counts: dict[str, int] = {}
    for x in lines:
        for c in x["contradictions"]:
            counts[f"{x['part']}:{c['kind']}"] = counts.get(f"{x['part']}:{c['kind']}", 0) + 1
    print(f"{len(lines)} clusters -> {OUT}; {dict(sorted(counts.items()))}")
    if args.second:
        a_n = b_n = both = 0
        for cid, rec in _read(args.second).items():
            a = _stored(first[cid], index[cid]["articles"])
            b = _stored(rec, index[cid]["articles"])
            a_n, b_n = a_n + len(a), b_n + len(b)
            both += sum(any(_same(x, y) for y in b) for x in a)
            for x in a:
                if not any(_same(x, y) for y in b):
                    print(f"  first only  {cid} {x['kind']} {[c['value'] for c in x['claims']]}")
            for y in b:
                if not any(_same(x, y) for x in a):
                    print(f"  second only {cid} {y['kind']} {[c['value'] for c in y['claims']]}")
        union = a_n + b_n - both
        if union:
            print(f"agreement: {both} found by both, {a_n} by the first, {b_n} by the second: {both / union:.2f}")


if __name__ == "__main__":
    main()
