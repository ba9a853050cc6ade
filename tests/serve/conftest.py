"""A served corpus: the examples plus one hostile article, ingested once per module."""

from __future__ import annotations

from pathlib import Path

import pytest

from lintas.corpus import ingest
from lintas.store import open_store
from tests.conftest import EXAMPLES

pytest.importorskip("fastapi", reason="lintas serve needs the 'serve' extra")

TOKEN = "test-token-0123456789abcdef"
HOSTILE = {
    "title": 'Banjir <script>alert("t")</script> di Lebak <img src=x onerror=alert(1)>',
    "outlet": "Kabar <b>Jahat</b>",
    "published": "2026-11-19T09:00:00+07:00",
    "text": (
        "Banjir bandang melanda Kecamatan Cipanas, Kabupaten Lebak, Banten, pada Kamis pagi "
        '<script>alert("x")</script>. '
        "Sedikitnya tiga orang meninggal dunia dan 20 rumah rusak berat, kata Kepala BPBD Lebak Iwan Setiawan. "
        'Warga diminta menjauhi sungai <img src=x onerror="alert(2)"> dan <a href="javascript:alert(3)">klik</a>. '
        "Tim SAR gabungan masih mencari dua warga yang hilang &amp; terseret arus &lt;deras&gt;."
    ),
}


@pytest.fixture(scope="session")
def served_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("serve") / "served.db")
    from lintas.corpus.browse import refresh_reports

    with open_store(db) as store:
        ingest([str(EXAMPLES)], store)
        refresh_reports(store)  # as `lintas ingest --refresh`: the list shows contradiction counts
    return db


@pytest.fixture(scope="session")
def hostile_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import json

    path = tmp_path_factory.mktemp("hostile") / "hostile.json"
    path.write_text(json.dumps(HOSTILE))
    return path
