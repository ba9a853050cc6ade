"""The HTTP API and pages through FastAPI's test client: contract, limits, tokens, escaping."""

from __future__ import annotations

from typing import Any

import pytest

from tests.serve.conftest import HOSTILE, TOKEN

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from lintas.serve import create_app


@pytest.fixture(scope="module")
def client(served_db: str) -> TestClient:
    return TestClient(create_app(served_db, token=TOKEN))


def _auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


def test_story_list_pages_and_filters(client: TestClient) -> None:
    first = client.get("/api/stories", params={"limit": 2})
    assert first.status_code == 200
    body = first.json()
    assert set(body) == {"stories", "next"} and len(body["stories"]) == 2 and body["next"]
    rest = client.get("/api/stories", params={"limit": 2, "cursor": body["next"]}).json()
    ids = [s["id"] for s in body["stories"] + rest["stories"]]
    assert len(ids) == len(set(ids)) >= 3
    found = client.get("/api/stories", params={"q": "inflasi"}).json()["stories"]
    assert len(found) == 1 and "Inflasi" in found[0]["title"]
    assert client.get("/api/stories", params={"min_sources": "x"}).status_code == 400
    assert client.get("/api/stories", params={"since": "yesterday"}).status_code == 400


def test_story_detail_is_the_compare_report(client: TestClient) -> None:
    listed = client.get("/api/stories", params={"q": "gempa", "min_sources": 4}).json()["stories"]
    report: dict[str, Any] = client.get(f"/api/stories/{listed[0]['id']}").json()
    assert {"lintas_version", "articles", "stories", "rejected"} <= set(report)
    assert report["stories"][0]["id"] == listed[0]["id"] and report["stories"][0]["discrepancies"]


def test_article_outlets_entities(client: TestClient) -> None:
    story = client.get("/api/stories", params={"q": "gempa", "min_sources": 4}).json()["stories"][0]
    article_id = client.get(f"/api/stories/{story['id']}").json()["stories"][0]["articles"][0]
    article = client.get(f"/api/articles/{article_id}").json()
    assert article["id"] == article_id and "removed" in article and article["entities"]
    assert any(o["name"] == "KabarNusa.id" for o in client.get("/api/outlets").json()["outlets"])
    assert any(e["key"] == "loc:garut" for e in client.get("/api/entities").json()["entities"])


def test_openapi_schema_is_served(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/stories", "/api/stories/{story}", "/api/articles"} <= set(paths)


def test_writes_need_the_token(client: TestClient) -> None:
    assert client.post("/api/articles", json=HOSTILE).status_code == 401
    assert client.post("/api/articles", json=HOSTILE, headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_oversized_bodies_get_413(client: TestClient) -> None:
    big = {"title": "x", "text": "kata " * 2_000_000}
    assert client.post("/api/articles", json=big, headers=_auth()).status_code == 413


@pytest.mark.parametrize("path", ["/api/stories/..%2F..%2Fetc%2Fpasswd", "/api/articles/..%2Fsecret",
                                  "/stories/%2e%2e", "/articles/0123", "/api/stories/ffffffffffffffff"])  # fmt: skip
def test_bad_ids_get_404(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404


def test_post_ingests_once_and_pages_escape_the_text(client: TestClient) -> None:
    created = client.post("/api/articles", json=HOSTILE, headers=_auth())
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["status"] == "ok" and body["story"]
    again = client.post("/api/articles", json=HOSTILE, headers=_auth()).json()
    assert again["already_stored"] and again["article"] == body["article"]
    for page in (f"/articles/{body['article']}", f"/stories/{body['story']}", "/?q=banjir"):
        html = client.get(page).text
        assert "<script>alert" not in html and "<img src=x" not in html and 'href="javascript:' not in html
        assert "&lt;script&gt;" in html
    assert "script-src" not in client.get("/").headers["content-security-policy"]  # no scripts at all


def test_pages_in_both_languages(client: TestClient) -> None:
    assert "Berita" in client.get("/").text
    assert "Stories" in client.get("/?lang=en").text
    story = client.get("/api/stories", params={"q": "gempa", "min_sources": 4}).json()["stories"][0]
    page = client.get(f"/stories/{story['id']}?lang=en").text
    assert "Where outlets differ" in page and "<mark>" in page


def test_reads_can_be_closed_with_a_token(served_db: str) -> None:
    closed = TestClient(create_app(served_db, token=TOKEN, read_token=TOKEN))
    assert closed.get("/api/stories").status_code == 401
    assert closed.get("/api/stories", headers=_auth()).status_code == 200


def test_the_disputed_list_reads_stored_counts_and_says_what_is_not_compared(client: TestClient) -> None:
    body = client.get("/api/stories", params={"disputed": "1"}).json()
    # served_db compared every story after its ingest: nothing is left uncounted.
    assert body["unchecked"] == 0 and body["stories"] and all(s["discrepancies"] > 0 for s in body["stories"])
    assert "unchecked" not in client.get("/api/stories").json()


def test_a_post_a_bug_rejects_gets_422_and_is_tried_again(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import lintas.pipeline as pipeline

    record = {**HOSTILE, "title": "Banjir lagi di Bekasi", "url": "https://contoh.example.id/banjir-bekasi-2"}

    def buggy(article: object, **kw: bool) -> object:
        raise ValueError("a bug only this article meets")

    with monkeypatch.context() as m:
        m.setattr(pipeline, "analyse_article", buggy)
        answer = client.post("/api/articles", json=record, headers=_auth())
    assert answer.status_code == 422, answer.text
    assert "a bug in lintas" in answer.json()["reason"] and "post it again" in answer.json()["reason"]
    again = client.post("/api/articles", json=record, headers=_auth())  # the bug mended
    assert again.status_code == 201 and not again.json()["already_stored"]
