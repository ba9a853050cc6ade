"""Split and merge from the API and from the story page's forms: the write token, and the answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from lintas.corpus import ingest
from lintas.store import open_store
from tests.conftest import EXAMPLES
from tests.serve.conftest import TOKEN

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from lintas.serve import create_app


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    db = str(tmp_path / "fix.db")
    with open_store(db) as store:
        ingest([str(EXAMPLES)], store)
    return TestClient(create_app(db, token=TOKEN))


def _quake(client: TestClient) -> dict[str, object]:
    stories = client.get("/api/stories").json()["stories"]
    biggest = max(stories, key=lambda s: s["articles"])
    return client.get(f"/api/stories/{biggest['id']}").json()["stories"][0]  # type: ignore[no-any-return]


def test_split_and_merge_through_the_api(client: TestClient) -> None:
    quake = _quake(client)
    article = quake["articles"][-1]  # type: ignore[index]
    url = f"/api/stories/{quake['id']}/split"
    assert client.post(url, json={"article": article}).status_code == 401  # no token
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post(url, json={"article": "0" * 16}, headers=auth).status_code == 404
    moved = client.post(url, json={"article": article}, headers=auth)
    assert moved.status_code == 200, moved.text
    new = moved.json()["story"]
    assert client.get(f"/api/stories/{new}").json()["stories"][0]["articles"] == [article]
    merged = client.post(f"/api/stories/{quake['id']}/merge", json={"with": new}, headers=auth)
    assert merged.status_code == 200 and article in client.get(f"/api/stories/{merged.json()['story']}").text
    assert client.post(url, json=[1], headers=auth).status_code == 400


def test_the_story_page_forms_split_with_the_token(client: TestClient) -> None:
    quake = _quake(client)
    page = client.get(f"/stories/{quake['id']}").text
    assert 'action="/stories/' in page and 'name="token"' in page
    article = quake["articles"][-1]  # type: ignore[index]
    form = {"article": article, "token": "wrong-token-0123456789", "lang": "en"}
    assert client.post(f"/stories/{quake['id']}/split", data=form, follow_redirects=False).status_code == 401
    form["token"] = TOKEN
    done = client.post(f"/stories/{quake['id']}/split", data=form, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].endswith("?lang=en")
    assert client.get(done.headers["location"]).status_code == 200
