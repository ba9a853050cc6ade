"""Feeds, sitemaps, homepage links and canonical addresses, read from bytes (no network)."""

from __future__ import annotations

import gzip

import pytest

from lintas.follow.discover import canonical, feed_entries, page_links, same_site, sitemap_entries

BASE = "https://www.contoh.id/"


def test_canonical_drops_tracking_and_fragments() -> None:
    assert (
        canonical("HTTPS://WWW.Contoh.ID:443/berita/banjir-garut?utm_source=fb&id=7&fbclid=x&a=1#komentar")
        == "https://www.contoh.id/berita/banjir-garut?id=7&a=1"
    )
    assert canonical("https://contoh.id/baca?123") == "https://contoh.id/baca?123"  # as written
    assert canonical("https://contoh.id/baca?src=rss&id=9") == "https://contoh.id/baca?src=rss&id=9"
    assert canonical("http://[::1/x") == "" and canonical("ftp://contoh.id/x") == ""
    assert canonical("http://contoh.id") == "http://contoh.id/"
    assert canonical("http://contoh.id:8080/a?gclid=1") == "http://contoh.id:8080/a"


def test_rss_and_atom_items_are_read() -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Contoh</title><language>id</language>
    <item><title>Banjir Garut</title><link>/berita/banjir-garut</link>
    <pubDate>Tue, 17 Jun 2025 01:00:00 GMT</pubDate></item>
    <item><title>Tanpa tautan</title></item></channel></rss>"""
    (e,) = feed_entries(rss, BASE)
    assert (e.url, e.title, e.published, e.language) == (
        "https://www.contoh.id/berita/banjir-garut", "Banjir Garut", "2025-06-17T01:00:00+00:00", "id",
    )  # fmt: skip
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>C</title>
    <entry><title>Gempa</title><link href="https://www.contoh.id/gempa-cianjur"/><updated>2025-06-17T02:00:00Z</updated></entry></feed>"""
    assert [x.url for x in feed_entries(atom, BASE)] == ["https://www.contoh.id/gempa-cianjur"]


def test_a_broken_feed_says_why() -> None:
    with pytest.raises(ValueError, match="not a readable RSS or Atom feed"):
        feed_entries(b"<rss><channel><item><title>unfinished", BASE)
    with pytest.raises(ValueError):
        feed_entries(b"<html><body>Not found</body></html>", BASE)


INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://www.contoh.id/sitemap-news.xml</loc><lastmod>2025-06-17</lastmod></sitemap></sitemapindex>"""
NEWS = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://www.contoh.id/banjir-garut</loc>
 <news:news><news:publication><news:name>Contoh</news:name><news:language>id</news:language></news:publication>
 <news:publication_date>2025-06-17T08:00:00+07:00</news:publication_date><news:title>Banjir Garut</news:title>
 </news:news></url><url><loc>https://www.contoh.id/lama</loc><lastmod>2020-01-01</lastmod></url></urlset>"""


def test_sitemap_index_and_news_tags() -> None:
    sitemaps, pages = sitemap_entries(INDEX, BASE, 1_000_000)
    assert [s.url for s in sitemaps] == ["https://www.contoh.id/sitemap-news.xml"] and pages == []
    sitemaps, pages = sitemap_entries(gzip.compress(NEWS), BASE, 1_000_000)
    assert sitemaps == []
    assert [(p.url, p.title, p.published, p.language) for p in pages] == [
        ("https://www.contoh.id/banjir-garut", "Banjir Garut", "2025-06-17T08:00:00+07:00", "id"),
        ("https://www.contoh.id/lama", None, "2020-01-01", None),
    ]


def test_a_sitemap_neither_resolves_entities_nor_unpacks_without_bound() -> None:
    for entity in ('SYSTEM "file:///etc/passwd"', '"EXPANDED"'):  # lxml's defaults expand the second
        xml = f"""<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x {entity}>]><urlset
        xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://www.contoh.id/&x;</loc></url></urlset>"""
        _, pages = sitemap_entries(xml.encode(), BASE, 1_000_000)
        assert all("root:" not in p.url and "EXPANDED" not in p.url for p in pages)
    with pytest.raises(ValueError, match="unpacks to more than"):
        sitemap_entries(gzip.compress(b"<urlset>" + b" " * 2_000_000 + b"</urlset>"), BASE, 1_000_000)
    for junk in (b"<html><body>hi</body></html>", b"", b"\x1f\x8b\x08\x00trunc"):
        with pytest.raises(ValueError, match=r"not a sitemap|not XML"):
            sitemap_entries(junk, BASE, 1_000_000)


def test_homepage_links_are_articles_on_the_site() -> None:
    page = b"""<html><body><a href="/kategori/nasional">Nasional</a><a href="/tag/banjir">Banjir</a>
    <a href="/2025/06/17/banjir-garut">Banjir Garut</a><a href="https://news.contoh.id/gempa-landa-cianjur-malam-ini">Gempa</a>
    <a href="https://lain.id/banjir-di-tempat-lain-juga">Lain</a><a href="javascript:void(0)">x</a>
    <a href="/foto/banjir-garut-besar.jpg">foto</a></body></html>"""
    assert [e.url for e in page_links(page, BASE)] == [
        "https://www.contoh.id/2025/06/17/banjir-garut", "https://news.contoh.id/gempa-landa-cianjur-malam-ini",
    ]  # fmt: skip


def test_same_site() -> None:
    assert same_site("https://news.contoh.id/a", ("contoh.id",), ())
    assert not same_site("https://lain.id/a", ("contoh.id",), ())
    assert same_site("http://127.0.0.1:8000/a", (), ("http://127.0.0.1:8000/feed.xml",))
    assert same_site("https://www.kompas.com/read/a", (), ("https://rss.kompas.com/feed",))  # one site
    assert same_site("https://www.bbc.com/indonesia/dunia-1", ("bbc.com/indonesia",), ())
    assert not same_site("https://www.bbc.com/indonesian-food", ("bbc.com/indonesia",), ())
    assert not same_site("https://www.bbc.com/news/a", ("bbc.com/indonesia",), ())
