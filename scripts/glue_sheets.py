"""Write reading sheets of the junk-labelled pages, for the readers who list glued words.

Usage: python scripts/glue_sheets.py OUT_DIR [--shared ../shared]
The pages are those of tests/data/junk_labels.jsonl (same dev/held-out split); each sheet holds
pages with their lines numbered as the junk labels number them (non-empty lines, whitespace
collapsed, from 0). Readers follow docs/glue-labelling.md. Sheets stay outside the repository.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from lintas.clean.text import split_lines

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--per-sheet", type=int, default=10)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    split: dict[str, str] = {}
    for line in (ROOT / "tests" / "data" / "junk_labels.jsonl").read_text(encoding="utf-8").splitlines():
        lab = json.loads(line)
        split[lab["url"]] = lab["split"]
    records = {}
    with (args.shared / "data" / "id-news-2025" / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["url"] in split:
                records[r["url"]] = r
    for part in ("dev", "heldout"):
        urls = sorted(u for u in split if split[u] == part)
        for k in range(0, len(urls), args.per_sheet):
            out = []
            for url in urls[k : k + args.per_sheet]:
                out += [f"## PAGE {url}", ""]
                out += [f"L{n}: {t}" for n, t in enumerate(split_lines(str(records[url]["text"])))] + [""]
            (args.out / f"{part}-{k // args.per_sheet:02d}.md").write_text("\n".join(out), encoding="utf-8")
    print(f"{len(split)} pages in {args.out}")


if __name__ == "__main__":
    main()
