"""Where an outlet's new articles are listed: its feeds, its sitemaps, its homepage.

Feeds are read by feedparser (RSS 0.9x-2.0, RSS 1.0, Atom; it copes with the broken feeds news
sites serve and never fetches anything when given bytes). Sitemaps (urlset, sitemap indexes and
Google's news: tags) are small XML documents read with lxml with entities and network access
off. The homepage's links are the fallback for an outlet with neither. Every address is put in
one canonical form so that the same article found three ways is fetched once.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser
import lxml.etree
import lxml.html

from lintas._urls import fetchable
from lintas.metadata.dates import parse_published

# Query parameters that say where a click came from, not which page it is (the well-known ones
# only: "src", "ref" or "id" may well choose the page).
_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|"
    r"__twitter_impression|ref_src|amp_\w+)$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Entry:
    """An address found in a feed, a sitemap or on a page, with what the listing says of it."""

    url: str
    title: str | None = None
    published: str | None = None  # ISO 8601 when the listing gives one
    language: str | None = None


def canonical(url: str) -> str:
    """One spelling per page: lower-case scheme and host, no default port, no fragment, no
    tracking parameters, the rest of the query sorted. "" for an address that cannot be one."""
    if not fetchable(url):
        return ""
    p = urlsplit(url.strip())
    scheme = p.scheme.lower()
    host = (p.hostname or "").rstrip(".")
    port = p.port if p.port and (scheme, p.port) not in (("http", 80), ("https", 443)) else None
    netloc = f"[{host}]" if ":" in host else host
    netloc += f":{port}" if port else ""
    pairs = parse_qsl(p.query, keep_blank_values=True)
    query = p.query  # as the site wrote it ("?123" stays), unless trackers are taken out
    if any(_TRACKING.match(k) for k, _ in pairs):
        query = urlencode([(k, v) for k, v in pairs if not _TRACKING.match(k)])
    return urlunsplit((scheme, netloc, p.path or "/", query, ""))


def feed_entries(body: bytes, base: str) -> list[Entry]:
    """The items of an RSS or Atom feed. Raises ValueError when the bytes are no feed."""
    parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": base})
    out = []
    for e in parsed.entries:
        link = e.get("link") or ""
        if not link:
            continue
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        try:  # one item with a broken link or date is skipped, not the feed
            published = datetime(*stamp[:6]).replace(tzinfo=UTC).isoformat() if stamp else None
            out.append(Entry(urljoin(base, link), e.get("title") or None, published, parsed.feed.get("language")))
        except (ValueError, TypeError, OverflowError):
            continue
    if not out and (parsed.bozo or not parsed.get("version")):  # a broken feed may still give its first items
        why = parsed.get("bozo_exception") or "no items"
        raise ValueError(f"not a readable RSS or Atom feed ({str(why)[:160]})")
    return out


def _xml(body: bytes, max_bytes: int) -> lxml.etree._Element:
    """The XML document, never more than ``max_bytes`` unpacked; ValueError when it is none."""
    try:
        if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as f:
                body = f.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise ValueError(f"unpacks to more than {max_bytes:,} bytes")
        parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
        root = lxml.etree.fromstring(body, parser)
    except (lxml.etree.LxmlError, OSError, EOFError, zlib.error) as e:  # empty, truncated, broken
        raise ValueError(f"not XML ({str(e)[:120] or type(e).__name__})") from e
    if root is None:
        raise ValueError("not XML")
    return root


def _local(tag: object) -> str:
    return lxml.etree.QName(tag).localname if isinstance(tag, str) else ""


def _child_text(el: lxml.etree._Element, *path: str) -> str | None:
    """The text of the first descendant along ``path`` of local names (namespaces ignored)."""
    for name in path:
        nxt = next((c for c in el if _local(c.tag) == name), None)
        if nxt is None:
            return None
        el = nxt
    return (el.text or "").strip() or None


def sitemap_entries(body: bytes, base: str, max_bytes: int) -> tuple[list[Entry], list[Entry]]:
    """(sitemaps, pages) listed by a sitemap index or a url set, news: tags read. Raises
    ValueError when the bytes are no sitemap."""
    root = _xml(body, max_bytes)
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise ValueError(f"not a sitemap (its root element is <{kind or '?'}>)")
    sitemaps: list[Entry] = []
    pages: list[Entry] = []
    for item in root:
        loc = _child_text(item, "loc")
        try:
            url = urljoin(base, loc or "")
        except ValueError:
            continue
        if not loc:
            continue
        if _local(item.tag) == "sitemap":
            sitemaps.append(Entry(url, published=_iso(_child_text(item, "lastmod"))))
        elif _local(item.tag) == "url":
            published = _child_text(item, "news", "publication_date") or _child_text(item, "lastmod")
            pages.append(
                Entry(
                    url,
                    title=_child_text(item, "news", "title"),
                    published=_iso(published),
                    language=_child_text(item, "news", "publication", "language"),
                )
            )
    return sitemaps, pages


def _iso(value: str | None) -> str | None:
    return parse_published(value) if value else None


# A link to an article rather than a section, a tag or a file: a slug of several words, or an id.
_ARTICLE_PATH = re.compile(r"/[^/]*\w+-\w+-\w+[^/]*/?$|/\d{4,}[^/]*/?$|/\d{4}/\d{1,2}/")
_NOT_ARTICLE = re.compile(
    r"/(?:tag|tags|topic|topik|category|kategori|kanal|author|penulis|search|cari|login|register|about|contact|"
    r"privacy|redaksi|pedoman|indeks|index)(?:/|$)|\.(?:jpe?g|png|gif|webp|svg|css|js|pdf|mp4|mp3|zip|xml|rss)$",
    re.I,
)


def page_links(body: bytes, base: str) -> list[Entry]:
    """Links on a homepage that look like articles, in page order, on the page's own site."""
    try:
        doc = lxml.html.fromstring(body)
    except (lxml.etree.ParserError, ValueError):
        return []
    site = _site(urlsplit(base).hostname or "")
    out: dict[str, Entry] = {}
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        try:
            url = urljoin(base, href)
            p = urlsplit(url)
            host = p.hostname or ""
        except ValueError:
            continue
        if p.scheme not in ("http", "https") or _site(host) != site:
            continue
        if _ARTICLE_PATH.search(p.path) and not _NOT_ARTICLE.search(p.path):
            title = " ".join(str(a.text_content()).split()) or None  # type: ignore[attr-defined]
            out.setdefault(canonical(url), Entry(url, title=title))
    return list(out.values())


_SECOND_LEVEL = re.compile(r"^(?:com|co|net|org|ac|go|or|gov|edu|web|my|sch|mil|biz|info|ne)\.[a-z]{2}$")


def _site(host: str) -> str:
    """The registrable domain: 'news.contoh.co.id' and 'www.contoh.co.id' are one site; an
    address is its own site."""
    if host.replace(".", "").isdigit() or ":" in host:
        return host
    labels = host.lower().rstrip(".").split(".")
    keep = 3 if len(labels) >= 3 and _SECOND_LEVEL.match(".".join(labels[-2:])) else 2
    return ".".join(labels[-keep:])


def same_site(url: str, domains: tuple[str, ...], listings: tuple[str, ...]) -> bool:
    """Whether ``url`` belongs to an outlet: one of its domains (a subdomain too; a domain with a
    path, "bbc.com/indonesia", only under that path), or the site of a listing it is followed at
    (articles at www.contoh.id from a feed at rss.contoh.id)."""
    try:
        p = urlsplit(url)
        host = (p.hostname or "").lower()
    except ValueError:
        return False
    for d in domains:
        d_host, _, d_path = d.partition("/")
        prefix = f"/{d_path}".rstrip("/")
        path = p.path.lower()
        if (host == d_host or host.endswith("." + d_host)) and (path == prefix or path.startswith(prefix + "/")):
            return True
    sites = set()
    for listing in listings:
        try:
            sites.add(_site(urlsplit(listing).hostname or ""))
        except ValueError:
            continue
    return _site(host) in sites
