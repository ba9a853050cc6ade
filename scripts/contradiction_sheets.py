"""Write one reading sheet per labelled cluster, for the readers who list its contradictions.

Usage: python scripts/contradiction_sheets.py OUT_DIR [--shared ../shared]
Each sheet holds the cluster's articles as the data set has them (A1, A2, ...: outlet, URL,
title, date, text by numbered line); readers follow docs/contradiction-labelling.md. The sheets
stay outside the repository: they hold article text.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from lintas.evaluation.contradictions import outlet_of_url, select_clusters


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    index = []
    story_labels = Path(__file__).resolve().parents[1] / "tests" / "data" / "id_story_labels.jsonl"
    for c in select_clusters(args.shared, story_labels):
        lines = [f"# cluster {c.id}", ""]
        for k, r in enumerate(c.records, start=1):
            lines += [f"## A{k}", f"outlet: {outlet_of_url(r['url'])}", f"url: {r['url']}",
                      f"title: {r.get('title') or ''}", f"published: {r.get('published') or ''}", ""]  # fmt: skip
            text_lines = [t for t in str(r["text"]).splitlines() if t.strip()]
            lines += [f"L{n}: {t}" for n, t in enumerate(text_lines, start=1)] + [""]
        name = c.id.replace(":", "_").replace("/", "_") + ".md"
        (args.out / name).write_text("\n".join(lines), encoding="utf-8")
        index.append({"cluster": c.id, "part": c.part, "sheet": name, "articles": [r["url"] for r in c.records],
                      "chars": sum(len(str(r["text"])) for r in c.records)})  # fmt: skip
    (args.out / "index.jsonl").write_text("".join(json.dumps(i) + "\n" for i in index), encoding="utf-8")
    print(f"{len(index)} sheets in {args.out}")


if __name__ == "__main__":
    main()
