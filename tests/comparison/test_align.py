"""Sentence embeddings are made only for articles that share a story with another article."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from lintas.analyse import analyse_article
from lintas.comparison import align, compare_analyses
from lintas.pipeline import extract

TEXTS = {
    "kabarsatu.id": "Banjir di Kecamatan Dayeuhkolot, Kabupaten Bandung, pada Selasa pagi menewaskan 3 orang warga. "
    "Kepala BPBD Kabupaten Bandung mengatakan air mulai surut menjelang sore.",
    "wartadua.id": "Sebanyak 4 orang tewas dalam banjir di Dayeuhkolot, Kabupaten Bandung, Selasa pagi. "
    "Menurut BPBD Kabupaten Bandung, genangan berangsur surut pada sore hari.",
    "lainlagi.id": "Harga cabai rawit di Pasar Kosambi naik menjadi Rp 80.000 per kilogram pekan ini. "
    "Pedagang menyebut pasokan dari Garut berkurang karena hujan.",
}


def test_a_lone_article_is_not_embedded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = []
    for name, text in TEXTS.items():
        path = tmp_path / f"{name}.jsonl"
        record = {"title": f"Berita {name}", "text": text, "url": f"https://{name}/berita/1",
                  "published": "2025-06-17T09:00:00+07:00"}  # fmt: skip
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
        paths.append(path)
    analyses = [analyse_article(a) for a in extract(paths).articles]
    embedded: list[str] = []
    real_embed = align.embed

    def counting(texts: Sequence[str]) -> align.Vectors:
        embedded.extend(texts)
        return real_embed(texts)

    monkeypatch.setattr(align, "embed", counting)
    lone = next(k for k, an in enumerate(analyses) if "cabai" in an.article.text)
    pair = [k for k in range(3) if k != lone]
    report = compare_analyses(analyses, clusters=[pair, [lone]], copies=[])
    assert embedded and not any("cabai" in t or "Garut" in t for t in embedded)
    numbers = {c.value for s in report.stories for d in s.discrepancies for c in d.claims}
    assert numbers >= {3, 4}  # the pair is still compared
    assert len(report.stories) == 2 and report.stories[1].articles
