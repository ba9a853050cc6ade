"""A news site on this machine, for the demo, the tests and the benchmark of ``lintas follow``.

Each ``Site`` is one outlet on its own loopback port (a host of its own, for robots.txt and the
per-host pace): an RSS feed, a sitemap index with a news sitemap (news: tags) and a plain one,
a homepage linking every article, robots.txt, and articles as HTML pages with the furniture real
pages have. It also serves the cases a crawler must survive: a slow answer, headers dripping for
ever, a 10 GB body, a gzip bomb (packed once and twice), a redirect loop, a redirect to a private
address or to a malformed host, a broken feed, an empty sitemap, a PDF, a 429 asking to wait
five minutes, a path robots.txt forbids, a server error that passes. Conditional requests are
answered 304. Standard library only.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import html
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ROBOTS = "User-agent: *\nDisallow: /private/\n"
HUGE_BYTES = 10 * 1024**3


@dataclass(frozen=True, slots=True)
class Page:
    path: str  # "/2025/06/17/gempa-garut-korban-bertambah"
    title: str
    text: str  # paragraphs separated by blank lines
    published: str  # ISO 8601


@dataclass
class Site:
    """One outlet's site; ``start()`` serves it, ``url`` is its address, ``hits`` counts requests."""

    name: str
    pages: Sequence[Page]
    robots: str = ROBOTS
    robots_status: int = 200  # 429, 503: robots.txt cannot be read
    extra_urls: list[str] = field(default_factory=list)  # listed in the plain sitemap (traps)
    slow_seconds: float = 5.0
    index: list[str] | None = None  # the sitemaps the index lists (paths; default: the news and the plain one)
    hits: Counter[str] = field(default_factory=Counter)
    agents: list[str] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the site first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> Site:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else each answer waits 40 ms for a delayed ACK

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                site.hits[self.path] += 1
                site.agents.append(self.headers.get("User-Agent", ""))
                site._answer(self)

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client that hangs up on a trap is what the trap is for

        self._server = Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def close(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    # --- answers ---------------------------------------------------------------------------
    def _answer(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path.split("?", 1)[0]
        by_path = {p.path: p for p in self.pages}
        if path == "/robots.txt":
            return _send(h, self.robots_status, self.robots.encode(), "text/plain")
        if path == "/feed.xml":
            return _send(h, 200, self._feed(), "application/rss+xml", conditional=True)
        if path == "/sitemap.xml":
            urls = [f"{self.url}{p}" for p in (self.index or ["/sitemap-news.xml", "/sitemap-pages.xml"])]
            body = _urlset("sitemapindex", "".join(f"<sitemap><loc>{html.escape(u)}</loc></sitemap>" for u in urls))
            return _send(h, 200, body, "application/xml", conditional=True)
        if path == "/sitemap-news.xml":
            return _send(h, 200, self._news_sitemap(), "application/xml", conditional=True)
        if path == "/sitemap-pages.xml":
            half = self.pages[len(self.pages) // 2 :]
            urls = [f"{self.url}{p.path}" for p in half] + self.extra_urls
            items = "".join(f"<url><loc>{html.escape(u)}</loc></url>" for u in urls)
            return _send(h, 200, _urlset("urlset", items), "application/xml", conditional=True)
        if path == "/":
            links = "".join(f'<li><a href="{html.escape(p.path)}">{html.escape(p.title)}</a></li>' for p in self.pages)
            nav = '<a href="/kategori/nasional">Nasional</a> <a href="/tag/gempa">Gempa</a>'
            home = f"<html><head><title>{html.escape(self.name)}</title></head><body>{nav}<ul>{links}</ul>"
            return _send(h, 200, f"{home}</body></html>".encode(), "text/html; charset=utf-8", conditional=True)
        if path in by_path:
            return _send(h, 200, self._article(by_path[path]), "text/html; charset=utf-8")
        return self._trap(h, path)

    def _trap(self, h: BaseHTTPRequestHandler, path: str) -> None:
        if path == "/slow":
            time.sleep(self.slow_seconds)
            return _send(h, 200, b"<html><body>late</body></html>", "text/html")
        if path == "/huge":
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Content-Length", str(HUGE_BYTES))
            h.end_headers()
            chunk = b"<p>" + b"a" * 65530 + b"</p>"
            try:
                for _ in range(HUGE_BYTES // len(chunk)):
                    h.wfile.write(chunk)
            except OSError:
                pass  # the client hung up, as it should
            return None
        if path == "/huge-unsized":  # no Content-Length: only the count of bytes read can stop it
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Connection", "close")
            h.end_headers()
            try:
                while True:
                    h.wfile.write(b"a" * 65536)
            except OSError:
                return None
        if path in ("/gzip-bomb", "/gzip-stacked"):  # 65 KB that unpack to 64 MB; twice packed, 500 bytes
            coding = "gzip, gzip" if path == "/gzip-stacked" else "gzip"
            return _send(h, 200, _bomb(path == "/gzip-stacked"), "text/html", headers={"Content-Encoding": coding})
        if path == "/drip-headers":  # a header line every 0.3 s, for ever
            h.send_response(200)
            try:
                for k in range(10_000):
                    h.wfile.write(f"X-Drip-{k}: a\r\n".encode())
                    h.wfile.flush()
                    time.sleep(0.3)
            except OSError:
                pass
            return None
        if path == "/to-disallowed":
            return _redirect(h, "/private/laporan")
        if path == "/to-bad-host":
            return _redirect(h, "http://cdn..example.com/x")
        if path == "/throttled":
            return _send(h, 429, b"slow down", "text/plain", headers={"Retry-After": "300"})
        if path == "/report.pdf":
            return _send(h, 200, b"%PDF-1.4 not an article", "application/pdf")
        if path == "/empty-sitemap.xml":
            return _send(h, 200, b"", "application/xml")
        if path in ("/loop-a", "/loop-b"):
            return _redirect(h, "/loop-b" if path == "/loop-a" else "/loop-a")
        if path == "/to-private":
            return _redirect(h, "http://10.255.255.1/admin")
        if path == "/to-metadata":
            return _redirect(h, "http://169.254.169.254/latest/meta-data/")
        if path == "/broken-feed.xml":
            return _send(h, 200, b"<rss><channel><item><title>unfinished", "application/rss+xml")
        if path == "/flaky":
            if self.hits[path] == 1:
                return _send(h, 503, b"busy", "text/plain", headers={"Retry-After": "0"})
            return _send(h, 200, self._article(self.pages[0]), "text/html; charset=utf-8")
        if path.startswith("/private/"):
            return _send(h, 200, self._article(self.pages[0]), "text/html; charset=utf-8")
        return _send(h, 404, b"not found", "text/plain")

    def _feed(self) -> bytes:
        items = "".join(
            f"<item><title>{html.escape(p.title)}</title><link>{self.url}{html.escape(p.path)}</link>"
            f"<pubDate>{format_datetime(datetime.fromisoformat(p.published).astimezone(UTC), usegmt=True)}</pubDate>"
            f"</item>"
            for p in self.pages
        )
        return (
            f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{html.escape(self.name)}'
            f"</title><link>{self.url}/</link><language>id</language>{items}</channel></rss>"
        ).encode()

    def _news_sitemap(self) -> bytes:
        items = "".join(
            f"<url><loc>{self.url}{html.escape(p.path)}</loc><news:news><news:publication><news:name>"
            f"{html.escape(self.name)}</news:name><news:language>id</news:language></news:publication>"
            f"<news:publication_date>{p.published}</news:publication_date><news:title>{html.escape(p.title)}"
            f"</news:title></news:news></url>"
            for p in self.pages[: len(self.pages) // 2]
        )
        return _urlset("urlset", items)

    def _article(self, p: Page) -> bytes:
        paragraphs = "".join(f"<p>{html.escape(x.strip())}</p>" for x in p.text.split("\n\n") if x.strip())
        return (
            f'<html lang="id"><head><meta charset="utf-8"><title>{html.escape(p.title)} - {html.escape(self.name)}'
            f'</title><meta property="article:published_time" content="{p.published}">'
            f'<meta property="og:site_name" content="{html.escape(self.name)}"></head><body>'
            f'<nav><a href="/">Beranda</a> <a href="/kategori/nasional">Nasional</a></nav>'
            f"<article><h1>{html.escape(p.title)}</h1>{paragraphs}<p>Baca Juga: Berita lain hari ini</p></article>"
            f"<footer>Copyright © 2025 {html.escape(self.name)}. All rights reserved.</footer>"
            f"<script>document.title = 'ran';</script></body></html>"
        ).encode()


@functools.cache
def _bomb(stacked: bool) -> bytes:
    inner = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
    return gzip.compress(inner, compresslevel=9) if stacked else inner


def _urlset(root: str, items: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><{root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{items}</{root}>'
    ).encode()


def _send(
    h: BaseHTTPRequestHandler, status: int, body: bytes, kind: str, *, conditional: bool = False,
    headers: dict[str, str] | None = None,
) -> None:  # fmt: skip
    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
    if conditional and h.headers.get("If-None-Match") == etag:
        h.send_response(304)
        h.send_header("ETag", etag)
        h.send_header("Content-Length", "0")
        h.end_headers()
        return
    h.send_response(status)
    h.send_header("Content-Type", kind)
    h.send_header("Content-Length", str(len(body)))
    if conditional:
        h.send_header("ETag", etag)
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)


def _redirect(h: BaseHTTPRequestHandler, location: str) -> None:
    h.send_response(302)
    h.send_header("Location", location)
    h.send_header("Content-Length", "0")
    h.end_headers()


def synthetic_sites(n_pages: int, *, seed: int = 7, days: int = 2) -> list[Site]:
    """Sites (not started) holding ``n_pages`` synthetic Indonesian articles (lintas.evaluation.synth:
    events told by several outlets, tolls that differ, copies, junk lines) published over the last
    ``days`` days, one site per outlet."""
    from datetime import timedelta
    from urllib.parse import urlsplit

    from lintas.evaluation.synth import generate

    start = (datetime.now(UTC) - timedelta(days=days)).date()
    by_outlet: dict[str, list[Page]] = {}
    for r in generate(n_pages, seed=seed, start=start, span_days=max(1, days - 1)):
        pages = by_outlet.setdefault(r["outlet"], [])
        path = urlsplit(r["url"]).path
        taken = {p.path for p in pages}
        k = 2
        while path in taken:
            path, k = f"{urlsplit(r['url']).path}-{k}", k + 1
        pages.append(Page(path, r["title"], r["text"], r["published"]))
    return [Site(name, pages) for name, pages in by_outlet.items()]
