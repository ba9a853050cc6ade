"""``lintas follow`` against local sites (loopback only): discovery, politeness, failures, state."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lintas.errors import Later, Stopped, StoreError, UsageError
from lintas.follow.http import Policy, networks
from lintas.follow.pace import TIRED_AFTER, HostPace
from lintas.follow.robots import parse
from lintas.follow.run import Settings, _Lock, follow, follow_round, parse_every
from lintas.follow.site import Site, synthetic_sites
from lintas.metadata.outlet import Outlet, _table
from lintas.store import Store, open_store
from lintas.store import follow as state
from tests.conftest import CliResult

FAST = Settings(
    policy=Policy(allow=networks(["loopback"]), timeout=5.0, retries=1, backoff=0.01), host_delay=0.0, workers=4
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


def test_a_redirect_is_followed_only_where_robots_txt_allows(sites: list[Site], tmp_path: Path) -> None:
    s = sites[0]
    s.extra_urls.append(f"{s.url}/to-disallowed")
    with open_store(str(tmp_path / "c.db")) as store:
        r = follow_round(store, [outlet(s)], FAST)
        (row,) = [f for f in state.failures(store, 10) if f[1].endswith("/to-disallowed")]
    assert r.disallowed == 1 and s.hits["/to-disallowed"] == 1 and s.hits["/private/laporan"] == 0
    assert row[2] == state.DISALLOWED and "redirected to" in (row[3] or "") and "robots.txt" in (row[3] or "")


def test_a_site_whose_robots_txt_fails_is_left_alone(sites: list[Site], tmp_path: Path) -> None:
    s = sites[0]
    s.robots_status = 503  # RFC 9309: the site may be unable to say what it forbids
    with open_store(str(tmp_path / "c.db")) as store:
        r = follow_round(store, [Outlet(s.name, feeds=(f"{s.url}/feed.xml",))], FAST)
    assert r.fetched == 0 and [f.input for f in r.failed] == [f"{s.url}/feed.xml"]
    assert "robots.txt could not be read (HTTP 503)" in r.failed[0].reason
    assert s.hits["/feed.xml"] == 0


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
        # A page that failed for a passing reason (a time-out) is tried again next round, and given up
        # after three; one refused for good (too large, a loop, a private address) at once.
        follow_round(store, outlets, Settings(policy=policy, host_delay=0.0))
        follow_round(store, outlets, Settings(policy=policy, host_delay=0.0))
        last = follow_round(store, outlets, Settings(policy=policy, host_delay=0.0))
        assert not any(f.input.endswith(("/slow", "/huge")) for f in last.failed)
        gave_up = {u.rsplit("/", 1)[1] for _, u, st, _, _ in state.failures(store, 50) if st == state.GAVE_UP}
        assert {"slow", "huge", "loop-a", "to-private"} <= gave_up
        assert a.hits["/huge"] == 1 and a.hits["/slow"] == 3


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


class RecordedPace(HostPace):
    """A pace whose waits are recorded instead of slept."""

    def __init__(self, delay: float) -> None:
        super().__init__(delay)
        self.waits: list[float] = []

    def wait(self, seconds: float) -> None:
        self.waits.append(seconds)


def test_the_pace_per_host_spaces_requests() -> None:
    pace = RecordedPace(2.0)
    for _ in range(3):
        with pace.turn("http://a.id/x"):
            pass
    with pace.turn("http://b.id/x"):
        pass
    # a.id waited twice (no time passes: 2 s, then 4 s), b.id not at all
    assert len(pace.waits) == 2 and 1.9 < pace.waits[0] <= 2.0 and 3.9 < pace.waits[1] <= 4.0
    with pace.turn("http://c.id/x", delay=30.0):
        pass
    with pace.turn("http://c.id/y"):
        pass
    assert 29.0 < pace.waits[-1] <= 30.0  # robots.txt's Crawl-delay
    with pace.turn("http://d.id/x", delay=600.0):
        pass
    with pytest.raises(Later), pace.turn("http://d.id/y"):  # ten minutes off: asked next round
        pass


def test_a_host_that_keeps_asking_to_wait_is_left_for_the_round() -> None:
    pace = RecordedPace(0.0)
    for _ in range(TIRED_AFTER):
        assert pace.resting("http://a.id/x") is None
        pace.answered("http://a.id/x", tired=True)
    assert "in a row" in (pace.resting("http://a.id/y") or "")
    pace.answered("http://b.id/x", tired=True, wait=300.0)  # Retry-After: 300
    with pytest.raises(Later), pace.turn("http://b.id/y"):
        pass


def test_a_throttled_host_is_not_hammered(sites: list[Site], tmp_path: Path) -> None:
    s = sites[0]
    s.extra_urls += [f"{s.url}/throttled"] + [f"{s.url}/throttled?p={k}" for k in range(20)]
    with open_store(str(tmp_path / "c.db")) as store:
        r = follow_round(store, [outlet(s)], FAST)
        assert s.hits["/throttled"] + sum(v for k, v in s.hits.items() if k.startswith("/throttled?")) <= 2
        assert r.deferred >= 19
        assert len(state.queued(store, s.name, 100, 3)) >= 19  # still queued, no attempt counted


def test_stop_ends_a_round_at_once(sites: list[Site], tmp_path: Path) -> None:
    s = sites[0]
    s.robots = "User-agent: *\nCrawl-delay: 30\n"
    pace = HostPace(0.0)
    threading.Timer(1.0, pace.stop.set).start()
    start = time.monotonic()
    with open_store(str(tmp_path / "c.db")) as store, pytest.raises(Stopped):
        follow_round(store, [outlet(s)], FAST, pace=pace)
    assert time.monotonic() - start < 10


def test_one_run_at_a_time(sites: list[Site], store: Store) -> None:
    assert state.claim(store, "another run", 600) is None
    with pytest.raises(StoreError, match="another lintas follow is running on this store: another run"):
        follow(store, [outlet(sites[0])], FAST)
    state.release(store, "another run")
    assert state.claim(store, "a killed run", -1) is None  # its claim has run out
    assert follow(store, [outlet(sites[0])], FAST).ok
    assert state.claim(store, "another run", 600) is None  # released at the end
    lock = _Lock(store, "this run", renewed=-1e9)  # due for renewal, and the claim was taken meanwhile
    with pytest.raises(StoreError, match="took it; this round stops"):
        lock.renew()
    assert [s for _, kind, s, _ in state.states(store) if kind == "page"] == ["fetched"]
    assert state.failures(store, 5) == []


def test_an_index_read_again_unchanged_reads_what_it_lists_now(sites: list[Site], tmp_path: Path) -> None:
    s = sites[0]
    with open_store(str(tmp_path / "c.db")) as store:
        follow_round(store, [outlet(s, feeds=())], FAST)
        s.index = ["/sitemap-news.xml"]  # the index changes: the plain sitemap is listed no more
        follow_round(store, [outlet(s, feeds=())], FAST)
        follow_round(store, [outlet(s, feeds=())], FAST)  # the index answers 304
    assert s.hits["/sitemap.xml"] == 3 and s.hits["/sitemap-news.xml"] == 3
    assert s.hits["/sitemap-pages.xml"] == 1


def test_far_dates_and_bad_validators_break_nothing() -> None:
    from lintas.follow.discover import Entry
    from lintas.follow.http import _header_safe
    from lintas.follow.run import _too_old, _utc

    far = "9999-12-31T23:59:59-05:00"
    assert _utc(far) is None and not _too_old(Entry("http://a.id/x", published=far), datetime.now(UTC), 7)
    assert not _header_safe('"caf\xe9"') and not _header_safe("a\r\nb") and _header_safe('W/"abc"')


def test_robots_rules_as_rfc_9309_reads_them() -> None:
    rules = parse(
        "User-agent: *\nAllow: /\nDisallow: /private/\nDisallow: /*?print=\nDisallow: /*.pdf$\n"
        "User-agent: *\nDisallow: /search\n"
    )
    for url, allowed in (
        ("https://a.id/private/a", False), ("https://a.id/a?print=1", False), ("https://a.id/a.pdf", False),
        ("https://a.id/a.pdf?x=1", True), ("https://a.id/search", False), ("https://a.id/berita/a", True),
    ):  # fmt: skip
        assert rules.allows(url) is allowed, url


def test_a_robots_txt_outage_loses_no_page(sites: list[Site], tmp_path: Path) -> None:
    s = sites[0]
    with open_store(str(tmp_path / "c.db")) as store:
        first = follow_round(store, [outlet(s)], Settings(policy=FAST.policy, host_delay=0.0, max_pages=1))
        assert first.fetched == 1
        s.robots_status = 429
        down = follow_round(store, [outlet(s)], FAST)
        assert down.fetched == 0 and down.deferred == len(s.pages) - 1 and not down.ok
        s.robots_status = 200
        back = follow_round(store, [outlet(s)], FAST)
        assert back.fetched == len(s.pages) - 1


def test_hostile_listings_and_pages_are_reasons(sites: list[Site], tmp_path: Path) -> None:
    s = sites[0]
    s.extra_urls += [f"{s.url}/report.pdf", f"{s.url}/to-bad-host", "http://[::1/x", "http://a.id:99999/x"]
    o = outlet(s, sitemaps=(f"{s.url}/sitemap.xml", f"{s.url}/empty-sitemap.xml"), domains=("a.id",))
    with open_store(str(tmp_path / "c.db")) as store:
        r = follow_round(store, [o], FAST)
    reasons = {f.input.rsplit("/", 1)[1]: f.reason for f in [*r.failed, *r.rejected]}
    assert reasons["report.pdf"] == "not a web page but application/pdf"
    assert "cannot resolve" in reasons["to-bad-host"]
    assert reasons["empty-sitemap.xml"].startswith("not a readable sitemap")
    assert r.added == len(s.pages)


def test_every_reads_times() -> None:
    assert parse_every("10m") == 600 and parse_every("90s") == 90 and parse_every("2h") == 7200
    assert parse_every("5") == 300
    for bad in ("nan", "inf", "30s", "x"):
        with pytest.raises(UsageError):
            parse_every(bad)


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


def test_outlets_named_by_their_shipped_name_or_alias(outlet_file: Path, run_cli: Callable[..., CliResult]) -> None:
    assert run_cli("outlets", "add", "Kompas", "--feed", "https://www.kompas.com/rss").code == 0
    assert run_cli("outlets", "add", "kompas.com", "--sitemap", "https://www.kompas.com/sitemap.xml").code == 0
    (entry,) = json.loads(outlet_file.read_text())["outlets"]
    assert entry["name"] == "Kompas.com" and "kompas.com" in entry["domains"]  # copied from the shipped table
    assert entry["feeds"] == ["https://www.kompas.com/rss"] and entry["sitemaps"] == [
        "https://www.kompas.com/sitemap.xml"
    ]
    assert run_cli("outlets", "remove", "Kompas").code == 0
    assert json.loads(outlet_file.read_text())["outlets"] == []
    r = run_cli("outlets", "add", "Uji", "--feed", "http://[::1/x")
    assert r.code == 2 and "is no http(s) address" in r.err


def test_no_home_directory_is_no_outlet_file(
    monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., CliResult]
) -> None:
    def nowhere() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("LINTAS_OUTLETS", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(nowhere))
    _table.cache_clear()
    try:
        assert run_cli("outlets", "list", "-f", "json").code == 0
        r = run_cli("outlets", "add", "Uji", "--feed", "https://uji.id/rss")
        assert r.code == 2 and "set LINTAS_OUTLETS" in r.err
    finally:
        _table.cache_clear()


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


def test_a_page_a_bug_rejects_is_fetched_again_next_round(
    sites: list[Site], store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lintas.pipeline as pipeline

    site = sites[0]
    outlets = [outlet(site)]
    victim = site.pages[0].title
    real = pipeline.analyse_article

    def buggy(article: pipeline.Article, **kw: bool) -> object:
        if article.title == victim:
            raise ValueError("a bug only this page meets")
        return real(article, **kw)

    with monkeypatch.context() as m:
        m.setattr(pipeline, "analyse_article", buggy)
        first = follow_round(store, outlets, FAST)
    assert first.added == len(site.pages) - 1
    failed = store.query("SELECT url, state, reason, attempts FROM fetches WHERE kind = 'page' AND state <> 'fetched'")
    assert len(failed) == 1 and failed[0][1] == state.FAILED and "a bug in lintas" in failed[0][2]
    again = follow_round(store, outlets, FAST)  # the bug mended: asked again, stored
    assert again.added == 1 and store.counts()["articles"] == len(site.pages)
