"""The web pages in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

No browser is downloaded: without a system Chromium these tests skip and say so; `make test`
installs Debian's package when it can. Screenshots are kept in build/screenshots/.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from tests.conftest import ROOT
from tests.serve.conftest import TOKEN

pytestmark = pytest.mark.slow
SHOTS = ROOT / "build" / "screenshots"


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("browser tests skipped: no system Chromium (Debian package 'chromium'; `make test` tries)")


@pytest.fixture(scope="module")
def server(served_db: str) -> Iterator[str]:
    pytest.importorskip("uvicorn")
    import uvicorn

    from lintas.serve import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(served_db, token=TOKEN), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def test_list_search_story_and_highlighted_contradiction(server: str, browser: object) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    page.goto(server + "/?lang=en")
    assert page.locator(".story").count() >= 3
    page.fill("#q", "gempa")
    page.click("button[type=submit]")
    page.wait_for_url("**q=gempa**")
    links = page.locator("a.story-link")
    assert links.count() >= 1
    page.locator(".story", has_text="discrepanc").first.locator("a.story-link").click()
    page.wait_for_selector(".discrepancy")
    marks = page.locator(".discrepancy mark")
    assert marks.count() >= 2
    assert (
        page.locator(".discrepancy mark").first.evaluate("e => getComputedStyle(e).backgroundColor")
        != "rgba(0, 0, 0, 0)"
    )
    page.screenshot(path=str(SHOTS / "story-phone.png"), full_page=True)
    assert (SHOTS / "story-phone.png").stat().st_size > 10_000
    page.close()


def test_hostile_article_runs_no_script_in_the_browser(server: str, browser: object) -> None:
    import httpx

    from tests.serve.conftest import HOSTILE

    created = httpx.post(server + "/api/articles", json=HOSTILE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert created.status_code == 201, created.text
    body = created.json()
    page = browser.new_page()  # type: ignore[attr-defined]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in (f"/articles/{body['article']}", f"/stories/{body['story']}", "/?q=banjir"):
        page.goto(server + path)
        page.wait_for_load_state("load")
        assert page.locator("img[src=x]").count() == 0
        assert page.locator("a[href^='javascript:']").count() == 0
        assert page.locator("main script").count() == 0
        assert "<script>" in page.inner_text("main")  # shown as text, not run
    page.screenshot(path=str(SHOTS / "hostile-list.png"))
    assert dialogs == []
    page.close()


def test_a_highlighted_claim_opens_the_article_at_its_sentence(server: str, browser: object) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto(server + "/?lang=id&disputed=1")
    page.locator("a.story-link").first.click()
    page.wait_for_selector(".discrepancy mark")
    claim = page.locator("a.claim-link").first
    href = claim.get_attribute("href")
    assert href is not None and "#s" in href
    claim.click()
    page.wait_for_url("**/articles/**")
    target = page.locator(f"span#{href.rsplit('#', 1)[1]}")
    assert target.is_visible()
    assert target.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"  # :target shows it
    page.close()


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("device", "width", "height"), [("desktop", 1280, 900), ("phone", 390, 844)])
def test_screenshots_of_each_page(
    server: str, browser: object, lang: str, device: str, width: int, height: int
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": height})  # type: ignore[attr-defined]
    page.goto(f"{server}/?lang={lang}")
    assert page.locator("html").get_attribute("lang") == lang
    page.screenshot(path=str(SHOTS / f"list-{device}-{lang}.png"), full_page=True)
    page.locator("a.story-link").first.click()
    page.wait_for_selector("h1")
    page.screenshot(path=str(SHOTS / f"story-{device}-{lang}.png"), full_page=True)
    page.locator(".columns .card a").first.click()
    page.wait_for_url("**/articles/**")
    page.screenshot(path=str(SHOTS / f"article-{device}-{lang}.png"), full_page=True)
    page.goto(f"{server}/outlets?lang={lang}")
    assert page.locator(".outlet").count() >= 3
    page.screenshot(path=str(SHOTS / f"outlets-{device}-{lang}.png"), full_page=True)
    for name in ("list", "story", "article", "outlets"):
        assert (SHOTS / f"{name}-{device}-{lang}.png").stat().st_size > 5_000
    page.close()
