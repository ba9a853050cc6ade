"""The web pages in one language at a time, and every claim one click from its sentence."""

from __future__ import annotations

import re

import pytest

from tests.interface_words import foreign_words, source_strings

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from lintas.serve import create_app


@pytest.fixture(scope="module")
def client(served_db: str) -> TestClient:
    return TestClient(create_app(served_db))


def _disputed_story(client: TestClient) -> dict[str, object]:
    stories = client.get("/api/stories", params={"disputed": "1"}).json()["stories"]
    return client.get(f"/api/stories/{stories[0]['id']}").json()  # type: ignore[no-any-return]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_pages_speak_one_language(client: TestClient, lang: str) -> None:
    report = _disputed_story(client)
    story = report["stories"][0]  # type: ignore[index]
    sources = source_strings(report)  # type: ignore[arg-type]
    listing = client.get("/api/stories").json()["stories"]
    titles = sorted({s["title"] or "" for s in listing}, key=len, reverse=True)
    page = client.get("/", params={"lang": lang}).text
    assert foreign_words(page, [*titles, "lintas"], lang) == set()
    page = client.get(f"/stories/{story['id']}", params={"lang": lang}).text
    assert f'<html lang="{lang}">' in page
    assert foreign_words(page, sources, lang) == set()
    article = report["articles"][0]  # type: ignore[index]
    page = client.get(f"/articles/{article['id']}", params={"lang": lang}).text
    analysed = client.get(f"/api/articles/{article['id']}").json()
    names = [e["name"] for e in analysed["entities"]]
    assert foreign_words(page, [*sources, *names, story["title"]], lang) == set()


def test_every_claim_links_to_its_sentence_and_the_original(client: TestClient) -> None:
    report = _disputed_story(client)
    story = report["stories"][0]  # type: ignore[index]
    page = client.get(f"/stories/{story['id']}", params={"lang": "id"}).text
    for d in story["discrepancies"]:
        for c in d["claims"]:
            assert f'href="/articles/{c["article"]}?lang=id#s{c["sentence"]}"' in page
    urls = [a["url"] for a in report["articles"] if (a.get("url") or "").startswith("http")]  # type: ignore[union-attr]
    assert urls and all(f'href="{u}"' in page for u in urls)
    c = story["discrepancies"][0]["claims"][0]
    article = client.get(f"/articles/{c['article']}", params={"lang": "id"}).text
    sentence = report["articles"]  # type: ignore[index]
    text = next(a for a in sentence if a["id"] == c["article"])["sentences"][c["sentence"]]["text"]
    found = re.search(rf'<span id="s{c["sentence"]}">([^<]*)</span>', article)
    assert found is not None and found.group(1).replace("&#34;", '"').replace("&#39;", "'")[:40] == text[:40]
    listed = next(s for s in client.get("/api/stories").json()["stories"] if s["id"] == story["id"])
    assert "← " + listed["title"] in article.replace("&#39;", "'")  # back to the story by its title, not its id


def test_a_record_url_that_is_no_web_address_is_no_link(client: TestClient) -> None:
    from lintas.report.compare import web_url as _web_url

    assert _web_url("javascript:alert(1)") is None and _web_url(" data:text/html,x") is None
    assert _web_url("https://example.com/a") == "https://example.com/a"
