"""The guarded client against a local site (loopback only): every hostile answer gets its outcome."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from lintas.errors import FetchError
from lintas.follow.http import Fetcher, Policy, networks, refused, user_agent
from lintas.follow.site import Page, Site

LOOPBACK = networks(["loopback"])


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    pages = [
        Page(
            "/2025/06/17/banjir-garut",
            "Banjir Garut",
            "Banjir melanda Garut.\n\nWarga mengungsi.",
            "2025-06-17T08:00:00+07:00",
        )
    ]
    s = Site("Kabar Uji", pages, slow_seconds=3.0).start()
    yield s
    s.close()


def fetcher(**kw: object) -> Fetcher:
    return Fetcher(Policy(allow=LOOPBACK, **{"timeout": 2.0, "retries": 1, "backoff": 0.01, **kw}))  # type: ignore[arg-type]


def reason(site: Site, path: str, **kw: object) -> str:
    with fetcher(**kw) as f, pytest.raises(FetchError) as e:
        f.get(site.url + path)
    return e.value.reason


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"), ("10.1.2.3", "private"),
        ("192.168.0.10", "private"), ("172.16.5.4", "private"), ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"), ("100.64.0.1", "reserved"), ("0.0.0.0", "private"), ("224.0.0.1", "reserved"),
    ],
)  # fmt: skip
def test_non_public_addresses_are_refused(address: str, why: str) -> None:
    assert why in (refused(address, ()) or "")


def test_public_and_allowed_addresses_pass() -> None:
    assert refused("8.8.8.8", ()) is None
    assert refused("2001:4860:4860::8888", ()) is None
    assert refused("127.0.0.1", LOOPBACK) is None
    assert refused("10.1.2.3", networks(["10.0.0.0/8"])) is None
    assert refused("10.1.2.3", LOOPBACK) is not None


def test_loopback_is_refused_unless_allowed(site: Site) -> None:
    with Fetcher(Policy(retries=0)) as f, pytest.raises(FetchError, match=r"loopback address 127\.0\.0\.1"):
        f.get(site.url + "/robots.txt")
    assert fetcher().get(site.url + "/robots.txt").status == 200


def test_a_name_that_resolves_to_loopback_is_refused(site: Site) -> None:
    port = site.url.rsplit(":", 1)[1]
    with Fetcher(Policy(retries=0)) as f, pytest.raises(FetchError, match="loopback"):
        f.get(f"http://localhost:{port}/robots.txt")


def test_a_redirect_to_a_private_address_is_refused(site: Site) -> None:
    assert "redirected to http://10.255.255.1/admin" in reason(site, "/to-private")
    assert "private address 10.255.255.1" in reason(site, "/to-private")
    assert "link-local address 169.254.169.254" in reason(site, "/to-metadata")


def test_a_redirect_loop_ends(site: Site) -> None:
    assert reason(site, "/loop-a").startswith("redirect loop")


def test_a_10_gb_answer_is_cut_at_the_limit(site: Site) -> None:
    start = time.monotonic()
    assert reason(site, "/huge", max_bytes=1_000_000).startswith("too large: 10,737,418,240 bytes")
    assert reason(site, "/huge-unsized", max_bytes=1_000_000) == "too large: more than 1,000,000 bytes"
    assert time.monotonic() - start < 30


def test_a_slow_host_times_out_and_is_retried(site: Site) -> None:
    before = site.hits["/slow"]
    assert reason(site, "/slow", timeout=0.5, retries=1).startswith("timed out")
    assert site.hits["/slow"] - before == 2  # the first try and one retry


def test_a_server_error_that_passes_is_retried(site: Site) -> None:
    got = fetcher().get(site.url + "/flaky")
    assert got.status == 200 and b"Banjir Garut" in got.body


def test_a_missing_page_is_not_retried(site: Site) -> None:
    before = site.hits["/nothing-here"]
    assert reason(site, "/nothing-here") == "HTTP 404"
    assert site.hits["/nothing-here"] - before == 1


def test_a_conditional_request_gets_304(site: Site) -> None:
    with fetcher() as f:
        first = f.get(site.url + "/feed.xml")
        again = f.get(site.url + "/feed.xml", etag=first.etag)
    assert first.status == 200 and first.etag
    assert again.not_modified and again.body == b""


def test_only_web_addresses_are_fetched(site: Site) -> None:
    with fetcher() as f, pytest.raises(FetchError, match="http or https only"):
        f.get("file:///etc/passwd")


def test_the_user_agent_names_lintas_and_its_user(site: Site) -> None:
    with Fetcher(Policy(allow=LOOPBACK, user_agent=user_agent("desk@contoh.id"))) as f:
        f.get(site.url + "/robots.txt")
    assert site.agents[-1].startswith("lintas/") and "desk@contoh.id" in site.agents[-1]


@pytest.mark.parametrize(
    "address",
    [
        "64:ff9b::a9fe:a9fe", "64:ff9b:1::a00:1", "2002:7f00:1::1", "::127.0.0.1", "::ffff:0:7f00:1",
        "fec0::1", "2001:0:4136:e378:8000:63bf:80ff:fffe",
    ],
)  # fmt: skip
def test_ipv4_inside_ipv6_is_checked_as_ipv4(address: str) -> None:
    assert refused(address, ()) is not None


def test_a_gzip_bomb_stops_at_the_limit_and_stacked_codings_are_refused(site: Site) -> None:
    assert reason(site, "/gzip-bomb", max_bytes=1_000_000) == "too large: more than 1,000,000 bytes"
    assert reason(site, "/gzip-stacked", max_bytes=1_000_000).startswith("refused: more than one content coding")


def test_headers_that_drip_for_ever_end_at_the_deadline(site: Site) -> None:
    start = time.monotonic()
    assert reason(site, "/drip-headers", timeout=1.0, retries=0).startswith("timed out")
    assert time.monotonic() - start < 5


def test_malformed_addresses_are_reasons_not_crashes(site: Site) -> None:
    assert "cannot resolve" in reason(site, "/to-bad-host", retries=0)
    with fetcher() as f:
        for bad in ("http://[::1/x", "http://contoh.id:99999/x", "https:///x"):
            with pytest.raises(FetchError, match="not a web address"):
                f.get(bad)


def test_the_next_dns_answer_is_tried_when_one_does_not_answer(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    port = int(site.url.rsplit(":", 1)[1])
    answers = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in ("127.0.0.2", "127.0.0.1")]
    monkeypatch.setattr("lintas.follow.http.socket.getaddrinfo", lambda *a, **k: answers)
    assert fetcher().get(f"http://kabar.test:{port}/robots.txt").status == 200  # 127.0.0.2 refuses; 127.0.0.1 answers


def test_abort_ends_a_request_in_flight(site: Site) -> None:
    import threading

    f = fetcher(timeout=30.0, retries=0)
    threading.Timer(0.5, f.abort).start()
    start = time.monotonic()
    with pytest.raises(FetchError):
        f.get(site.url + "/slow")
    assert time.monotonic() - start < 2.5  # not the 3 s the site sleeps, nor the 30 s time-out


def test_an_address_that_never_answers_is_passed_over(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    import httpcore

    port = int(site.url.rsplit(":", 1)[1])
    answers = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in ("127.0.0.3", "127.0.0.1")]
    monkeypatch.setattr("lintas.follow.http.socket.getaddrinfo", lambda *a, **k: answers)
    real = httpcore.SyncBackend.connect_tcp

    def silent(self: object, host: str, *a: object, **k: object) -> object:
        if host == "127.0.0.3":
            raise httpcore.ConnectTimeout("no answer")
        return real(self, host, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", silent)
    assert fetcher().get(f"http://kabar.test:{port}/robots.txt").status == 200
