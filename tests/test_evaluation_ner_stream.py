"""The real-news NER scorer: finds a labelled sentence by its hash after cleaning, scores exact
spans for the tagger and the reported mentions, and counts a sentence it no longer finds apart."""

from __future__ import annotations

import json
from pathlib import Path

from lintas.evaluation.ner_stream import StreamLabel, score_stream, sentence_hash

TEXT = (
    "Kepala Dinas Kesehatan Kota Surabaya, Ratna Wulandari, mengatakan 12 warga dirawat di RSUD Dr Soetomo "
    "setelah keracunan makanan pada Senin malam. Petugas masih menunggu hasil uji laboratorium sampel makanan "
    "yang dibagikan dalam acara syukuran warga. Polisi juga meminta keterangan pemilik usaha katering itu."
)


def test_scores_a_labelled_sentence_and_counts_a_lost_one(tmp_path: Path) -> None:
    records = tmp_path / "stream.jsonl"
    url = "https://news.example.id/surabaya-keracunan"
    record = {"url": url, "title": "Warga Surabaya Keracunan", "text": TEXT, "outlet": "example.id"}
    records.write_text(json.dumps(record) + "\n", encoding="utf-8")
    first = TEXT.split(". ")[0] + "."
    name = first.index("Ratna Wulandari")
    gold = frozenset({(name, name + len("Ratna Wulandari"), "PER"), (0, 5, "LOC")})  # the second is wrong
    labels = [
        StreamLabel(url, sentence_hash(first), "heldout", gold),
        StreamLabel(url, sentence_hash("a sentence the page no longer holds"), "heldout", frozenset()),
        StreamLabel(url, sentence_hash(first), "dev", frozenset()),
    ]
    score = score_stream(records, labels, "heldout")
    assert (score.sentences, score.not_found) == (1, 1)
    assert score.mentions.recall == 0.5  # the person is found, the made-up place is not
    assert score.tagger.recall == 0.5  # the tagger's spans land on the same offsets
    assert 0 < score.mentions.precision < 1  # more names are reported than the one labelled right
