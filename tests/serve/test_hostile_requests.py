"""Hostile requests (issue 25's probes and their kin), each with the answer it must get: a clear
4xx, or a normal answer whose cost stays bounded; never a 500 or a held worker."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest

from tests.serve.conftest import TOKEN

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from lintas.serve import create_app
from lintas.serve.app import SingleFlight


@pytest.fixture(scope="module")
def client(served_db: str) -> TestClient:
    return TestClient(create_app(served_db, token=TOKEN), raise_server_exceptions=False)


AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/api/stories", {"q": "a\x00b"}, 400),  # NUL in a search
        ("/api/stories", {"cursor": "\x00"}, 400),
        ("/api/stories", {"min_sources": str(10**20)}, 200),  # clamped, no overflow
        ("/api/stories", {"cursor": str(10**20)}, 200),
        ("/api/stories", {"limit": "-2"}, 200),  # clamped to 1, not every story
        ("/api/stories", {"limit": str(10**30)}, 200),
        ("/api/stories", {"limit": "1e9"}, 400),
        ("/api/stories", {"min_sources": "-5"}, 200),
        ("/api/stories", {"since": "2026-13-45"}, 400),
        ("/api/stories", {"q": " ".join(["gempa"] * 2000)}, 200),  # one word 2,000 times: one word
        ("/api/stories", {"q": " ".join(f"w{i}" for i in range(5000))}, 200),  # 5,000 words: the first 8
        ("/api/stories", {"q": "x" * 50_000}, 200),
        ("/api/stories", {"entity": "\u202e\u0000"}, 400),
        ("/api/entities", {"limit": "-1"}, 200),
        ("/stories/../../etc/passwd", {}, 404),
        ("/api/articles/%00", {}, 404),
        ("/docs", {}, 404),  # no page that loads scripts from a CDN
        ("/redoc", {}, 404),
    ],
)
def test_hostile_query_gets_its_answer(client: TestClient, path: str, params: dict[str, str], status: int) -> None:
    r = client.get(path, params=params)
    assert r.status_code == status, (r.status_code, r.text[:200])
    if path == "/api/stories" and status == 200:
        assert len(r.json()["stories"]) <= 200


def test_limit_minus_two_is_one_story_not_all(client: TestClient) -> None:
    assert len(client.get("/api/stories", params={"limit": "-2"}).json()["stories"]) == 1


@pytest.mark.parametrize(
    ("body", "headers", "status"),
    [
        ("[" * 100_000 + "]" * 100_000, {"Content-Type": "application/json"}, 400),  # nested JSON
        ('{"a":' * 50_000 + "1" + "}" * 50_000, {"Content-Type": "application/json"}, 400),
        ("not json", {"Content-Type": "application/json"}, 400),
        ("[1, 2]", {"Content-Type": "application/json"}, 400),
        ('{"text": "kurang"}', {"Content-Type": "application/json"}, 422),  # too short to be an article
    ],
)
def test_hostile_post_gets_its_answer(client: TestClient, body: str, headers: dict[str, str], status: int) -> None:
    r = client.post("/api/articles", content=body, headers=AUTH | headers)
    assert r.status_code == status, (r.status_code, r.text[:200])


def test_a_chunked_upload_is_stopped_at_the_limit_not_buffered_whole(client: TestClient) -> None:
    from lintas.settings import SERVE_MAX_BODY_BYTES

    def chunks() -> Any:
        piece = b"x" * (1 << 20)
        for _ in range(SERVE_MAX_BODY_BYTES // len(piece) + 4):
            yield piece

    r = client.post("/api/articles", content=chunks(), headers=AUTH | {"Content-Type": "application/json"})
    assert r.status_code == 413, r.text[:200]


@pytest.mark.parametrize(
    "header",
    ["bearer " + TOKEN, "BEARER " + TOKEN, "Bearer  " + TOKEN + " "],  # the scheme is case-insensitive
)
def test_the_bearer_scheme_in_any_case(client: TestClient, header: str) -> None:
    r = client.post(
        "/api/articles", content="[]", headers={"Authorization": header, "Content-Type": "application/json"}
    )
    assert r.status_code == 400  # past the token check: the body is refused, not the token


@pytest.mark.parametrize("header", ["", "Bearer", "Bearer x", "Basic " + TOKEN, TOKEN])
def test_wrong_tokens_get_401(client: TestClient, header: str) -> None:
    r = client.post("/api/articles", content="{}", headers={"Authorization": header})
    assert r.status_code == 401


def test_pages_cannot_be_framed(client: TestClient) -> None:
    r = client.get("/")
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"


def test_a_story_is_computed_once_however_many_ask() -> None:
    once, calls, started = SingleFlight(), [], threading.Event()

    def slow() -> str:
        calls.append(1)
        started.wait(2)
        return "report"

    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(once.run("s", slow))) for _ in range(4)]
    for t in threads:
        t.start()
    started.set()
    for t in threads:
        t.join()
    assert results == ["report"] * 4 and len(calls) <= 2  # the first, and at most one that came after it


def test_an_article_is_analysed_once_not_on_every_view(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import lintas.serve.app as app

    calls: list[str] = []
    real = app._analysed
    monkeypatch.setattr(app, "_analysed", lambda article: calls.append(article.id) or real(article))
    story = client.get("/api/stories", params={"limit": 1}).json()["stories"][0]["id"]
    article_id = client.get(f"/api/stories/{story}").json()["articles"][0]["id"]
    for _ in range(3):
        assert client.get(f"/api/articles/{article_id}").status_code == 200
    assert calls.count(article_id) <= 1


def test_every_answer_is_json_or_a_page_never_a_traceback(client: TestClient) -> None:
    r = client.get("/api/stories", params={"min_sources": "abc"})
    assert r.status_code == 400 and json.loads(r.text)["error"]
