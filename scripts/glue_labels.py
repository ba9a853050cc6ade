"""Turn the readers' glued-word lists into tests/data/glue_labels.jsonl.

Usage: python scripts/glue_labels.py LIST.jsonl [LIST.jsonl ...] [--shared ../shared]
Each list holds {"url", "line", "token", "split"} as docs/glue-labelling.md asks. The labels keep
no text: the token's hash and the offsets of its lost spaces; the part (dev/held-out) is that of
the page in tests/data/junk_labels.jsonl. Pages without a glued word are listed as checked.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from lintas.evaluation.glue import token_hash

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("lists", nargs="+", type=Path)
    args = ap.parse_args()
    part: dict[str, str] = {}
    for line in (ROOT / "tests" / "data" / "junk_labels.jsonl").read_text(encoding="utf-8").splitlines():
        lab = json.loads(line)
        part[lab["url"]] = lab["split"]
    rows = []
    for path in args.lists:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            spaces, k = [], 0
            for ch in r["split"]:
                if ch == " ":
                    spaces.append(k)
                else:
                    k += 1
            assert r["split"].replace(" ", "") == r["token"], r
            rows.append({"url": r["url"], "line": r["line"], "token": token_hash(r["token"]), "spaces": spaces,
                         "part": part[r["url"]]})  # fmt: skip
    labelled = {r["url"] for r in rows}
    for url in sorted(set(part) - labelled):
        rows.append({"url": url, "line": -1, "token": "", "spaces": [], "part": part[url]})
    rows.sort(key=lambda r: (r["part"], r["url"], r["line"], r["token"]))
    out = ROOT / "tests" / "data" / "glue_labels.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} labels of {len(part)} pages in {out}")


if __name__ == "__main__":
    main()
