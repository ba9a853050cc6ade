"""``lintas follow`` against local sites (loopback only): discovery, politeness, failures, state."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lintas.follow.http import Policy, networks
from lintas.follow.run import HostPace, Settings, follow_round, parse_every
from lintas.follow.site import Site, synthetic_sites
from lintas.metadata.outlet import Outlet, _table
from lintas.store import Store, open_store
from lintas.store import follow as state
from tests.conftest import CliResult

FAST = Settings(
    policy=Policy(allow=networks(["loopback"]), timeout=1.0, retries=1, backoff=0.01), host_delay=0.0, workers=4
)


@pytest.fixture
def sites() -> Iterator[list[Site]]:
    made = [s.start() for s in synthetic_sites(16, seed=6, days=3)[:3]]
    yield made
    for s in made:
        s.close()


def outlet(site: Site, **kw: object) -> Outlet:
    args: dict[str, object] = {"feeds": (f"{site.url}/feed.xml",), "sitemaps": (f"{site.url}/sitemap.xml",)}
    return Outlet(site.name, language="id", **{**args, **kw})  # type: ignore[arg-type]


def test_a_round_reads_feeds_and_sitemaps_ingests_once_and_then_asks_conditionally(
    sites: list[Site], store: Store
) -> None:
    outlets = [outlet(s) for s in sites]
    pages = sum(len(s.pages) for s in sites)
    first = follow_round(store, outlets, FAST)
    assert first.ok, first.to_dict()
    assert (first.found, first.fetched, first.added) == (pages, pages, pages)
    assert first.listings_read == 4 * len(sites)  # feed, index, news sitemap, plain sitemap
    stored = {a["outlet"] for a in _articles(store)}
    assert stored == {s.name for s in sites}  # the outlet followed, not the host 127.0.0.1
    again = follow_round(store, outlets, FAST)
    assert (again.found, again.fetched, again.added) == (0, 0, 0)
    assert again.listings_unchanged == again.listings_read == 4 * len(sites)  # 304s; the index's sitemaps still asked
    assert all(s.hits[p.path] == 1 for s in sites for p in s.pages)  # every article fetched once
    assert all(s.hits["/robots.txt"] == 2 for s in sites)  # once a round


def _articles(store: Store) -> list[dict[str, str]]:
    return [{"outlet": r[0], "url": r[1]} for r in store.query("SELECT outlet, url FROM articles")]


def test_robots_txt_is_obeyed_and_recorded(sites: list[Site], tmp_path: Path) -> None:
    s = sites[0]
    s.extra_urls.append(f"{s.url}/private/laporan-rahasia")
    with open_store(str(tmp_path / "c.db")) as store:
        r = follow_round(store, [outlet(s)], FAST)
        assert r.disallowed == 1 and r.ok
        assert s.hits["/private/laporan-rahasia"] == 0
        (row,) = [f for f in state.failures(store, 10) if f[1].endswith("/private/laporan-rahasia")]
        assert row[2] == state.DISALLOWED and "robots.txt" in (row[3] or "")


def test_a_site_whose_robots_txt_fails_is_left_alone(tmp_path: Path) -> None:
    (s,) = [x.start() for x in synthetic_sites(3, seed=6, days=3)[:1]]
    s.robots = ""
    try:
        s.__dict__["robots"] = ""
        with open_store(str(tmp_path / "c.db")) as store:
            # A robots.txt that answers 503 every time: RFC 9309 says the whole site is disallowed.
            broken = Outlet(s.name, feeds=(f"{s.url}/feed.xml",))
            settings = Settings(policy=FAST.policy, host_delay=0.0)
            original = s._answer

            def answer(h: object) -> None:
                if getattr(h, "path", "") == "/robots.txt":
                    from lintas.follow.site import _send

                    _send(h, 503, b"down", "text/plain")  # type: ignore[arg-type]
                    return
                original(h)  # type: ignore[arg-type]

            s._answer = answer  # type: ignore[method-assign]
            r = follow_round(store, [broken], settings)
            assert r.fetched == 0 and [f.input for f in r.failed] == [f"{s.url}/feed.xml"]
            assert "robots.txt could not be read" in r.failed[0].reason
    finally:
        s.close()


def test_failures_are_reasons_and_the_rest_goes_on(sites: list[Site], tmp_path: Path) -> None:
    a, b, c = sites
    a.slow_seconds = 3.0
    a.extra_urls += [f"{a.url}/slow", f"{a.url}/huge", f"{a.url}/loop-a", f"{a.url}/to-private"]
    outlets = [
        outlet(a),
        outlet(b, feeds=(f"{b.url}/broken-feed.xml",)),  # a broken feed: its sitemaps still list the articles
        outlet(c, sitemaps=(), feeds=(f"{c.url}/feed.xml", f"{c.url}/no-such-feed.xml")),
    ]
    policy = Policy(allow=networks(["loopback"]), timeout=0.5, retries=0, max_bytes=2_000_000)
    with open_store(str(tmp_path / "c.db")) as store:
        r = follow_round(store, outlets, Settings(policy=policy, host_delay=0.0))
        reasons = {f.input.rsplit("/", 1)[1]: f.reason for f in r.failed}
        assert reasons["slow"].startswith("timed out")
        assert reasons["huge"].startswith("too large")
        assert reasons["loop-a"].startswith("redirect loop")
        assert "private address 10.255.255.1" in reasons["to-private"]
        assert reasons["broken-feed.xml"].startswith("not a readable RSS or Atom feed")
        assert reasons["no-such-feed.xml"] == "HTTP 404"
        assert r.added == sum(len(s.pages) for s in sites)  # every real article still came in
        # A failed page is tried again next round, and given up after three.
        follow_round(store, outlets, Settings(policy=policy, host_delay=0.0))
        follow_round(store, outlets, Settings(policy=policy, host_delay=0.0))
        last = follow_round(store, outlets, Settings(policy=policy, host_delay=0.0))
        assert not any(f.input.endswith(("/slow", "/huge")) for f in last.failed)
        gave_up = {u.rsplit("/", 1)[1] for _, u, st, _, _ in state.failures(store, 50) if st == state.GAVE_UP}
        assert {"slow", "huge", "loop-a", "to-private"} <= gave_up
        assert a.hits["/huge"] == 3


def test_a_stopped_run_resumes_with_what_it_left_queued(sites: list[Site], tmp_path: Path) -> None:
    s = sites[0]
    db = str(tmp_path / "c.db")
    with open_store(db) as store:
        first = follow_round(store, [outlet(s)], Settings(policy=FAST.policy, host_delay=0.0, max_pages=1))
        assert (first.found, first.fetched) == (len(s.pages), 1)
    with open_store(db) as store:  # a new run: the listings are unchanged (304), the queue is not
        rest = follow_round(store, [outlet(s)], FAST)
        assert (rest.found, rest.fetched, rest.listings_unchanged) == (0, len(s.pages) - 1, 4)
    assert all(s.hits[p.path] == 1 for p in s.pages)


def test_the_homepage_is_read_when_there_is_no_feed_or_sitemap(sites: list[Site], tmp_path: Path) -> None:
    s = sites[0]
    with open_store(str(tmp_path / "c.db")) as store:
        r = follow_round(store, [Outlet(s.name, homepage=f"{s.url}/")], FAST)
    assert r.ok and r.fetched == len(s.pages)
    assert s.hits["/kategori/nasional"] == 0  # a section, not an article


def test_articles_of_other_sites_in_a_feed_are_not_followed(sites: list[Site], tmp_path: Path) -> None:
    a = sites[0]
    a.extra_urls.append("http://contoh-lain.id/berita/banjir-garut-meluas")
    with open_store(str(tmp_path / "c.db")) as store:
        follow_round(store, [outlet(a, domains=("kabar.id",))], FAST)
        urls = {r[0] for r in store.query("SELECT url FROM fetches")}
    assert not any("contoh-lain.id" in u for u in urls)


def test_the_pace_per_host_spaces_requests() -> None:
    waits: list[float] = []
    pace = HostPace(delay=2.0, concurrency=1, sleep=waits.append)
    for _ in range(3):
        with pace.turn("http://a.id/x"):
            pass
    with pace.turn("http://b.id/x"):
        pass
    # a.id waited twice (the fake sleep lets no time pass: 2 s, then 4 s), b.id not at all
    assert len(waits) == 2 and 1.9 < waits[0] <= 2.0 and 3.9 < waits[1] <= 4.0
    with pace.turn("http://c.id/x", delay=30.0):
        pass
    with pace.turn("http://c.id/y"):
        pass
    assert 29.0 < waits[-1] <= 30.0  # robots.txt's Crawl-delay


def test_every_reads_times() -> None:
    assert parse_every("10m") == 600 and parse_every("30s") == 30 and parse_every("2h") == 7200
    assert parse_every("5") == 300


# --- the command line ----------------------------------------------------------------------------
@pytest.fixture
def outlet_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "outlets.json"
    monkeypatch.setenv("LINTAS_OUTLETS", str(path))
    _table.cache_clear()
    yield path
    _table.cache_clear()


def test_outlets_add_list_remove(outlet_file: Path, run_cli: Callable[..., CliResult]) -> None:
    r = run_cli("outlets", "add", "Kabar Uji", "--domain", "kabaruji.id", "--feed", "https://kabaruji.id/rss",
                "--language", "id", "--region", "Jawa Barat")  # fmt: skip
    assert r.code == 0 and "added Kabar Uji" in r.err
    r = run_cli("outlets", "add", "kabar uji", "--sitemap", "https://kabaruji.id/sitemap.xml")
    assert r.code == 0 and "updated" in r.err
    listed = json.loads(run_cli("outlets", "list", "--following", "-f", "json").out)["outlets"]
    assert [(o["name"], o["feeds"], o["sitemaps"], o["region"]) for o in listed] == [
        ("Kabar Uji", ["https://kabaruji.id/rss"], ["https://kabaruji.id/sitemap.xml"], "Jawa Barat")
    ]
    assert run_cli("outlets", "add", "Salah", "--feed", "ftp://x.id/rss").code == 2
    assert run_cli("outlets", "remove", "Kabar Uji").code == 0
    assert json.loads(run_cli("outlets", "list", "--following", "-f", "json").out)["outlets"] == []
    assert run_cli("outlets", "remove", "Kompas.com").code == 2  # shipped: only overridden


def test_follow_once_then_status(
    outlet_file: Path, sites: list[Site], tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    db = str(tmp_path / "c.db")
    assert run_cli("follow", "--db", db).code == 2  # nothing followed yet
    s = sites[0]
    run_cli("outlets", "add", s.name, "--feed", f"{s.url}/feed.xml")
    r = run_cli("follow", "--once", "--db", db, "--delay", "0")  # loopback is not allowed by default
    assert r.code == 1 and "loopback address 127.0.0.1" in r.err
    r = run_cli(
        "follow", "--once", "--db", db, "--delay", "0", "--allow", "loopback", "--contact", "a@b.id", "-f", "json"
    )
    assert r.code == 0, r.err
    assert json.loads(r.out)["added"] == len(s.pages)
    status = json.loads(run_cli("follow", "--status", "--db", db, "-f", "json").out)
    assert {"outlet": s.name, "kind": "page", "state": "fetched", "n": len(s.pages)} in status["counts"]
    assert run_cli("follow", "--every", "1s", "--db", db).code == 2


def test_extract_a_web_address(
    sites: list[Site], run_cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = sites[0].pages[0]
    url = f"{sites[0].url}{page.path}"
    r = run_cli("extract", url, "-f", "json")
    assert r.code == 1 and "loopback" in r.err  # refused: loopback is not public
    monkeypatch.setenv("LINTAS_ALLOW", "127.0.0.1")
    r = run_cli("extract", url, "-f", "json")
    assert r.code == 0, r.err
    (article,) = json.loads(r.out)["articles"]
    assert article["title"] == page.title and article["url"] == url
    assert "document.title" not in article["text"]  # the page's script is neither run nor read as text
