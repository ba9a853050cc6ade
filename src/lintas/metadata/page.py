"""Metadata an HTML page declares: Open Graph and article meta tags, JSON-LD, <html lang>."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

from lintas.model import PageMeta

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "blogposting",
    "webpage",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
}


_META_ATTRS = ("property", "name", "itemprop")


def _metas(tree: HtmlElement) -> dict[tuple[str, str], str]:
    """The first non-empty content of each (attribute, value) of the page's <meta> tags, read in
    one pass (a search of the whole page per name and attribute cost a few ms a page)."""
    out: dict[tuple[str, str], str] = {}
    for el in tree.iter("meta"):
        text = " ".join(str(el.get("content") or "").split())
        if text:
            for attr in _META_ATTRS:
                value = el.get(attr)
                if value is not None:
                    out.setdefault((attr, value), text)
    return out


def _meta(metas: dict[tuple[str, str], str], *names: str) -> str | None:
    for name in names:
        for attr in _META_ATTRS:
            if (attr, name) in metas:
                return metas[attr, name]
    return None


def _walk_jsonld(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _walk_jsonld(item)
    elif isinstance(value, dict):
        yield value
        graph = value.get("@graph")
        if graph is not None:
            yield from _walk_jsonld(graph)


def _jsonld_article(tree: HtmlElement) -> dict[str, Any]:
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(str(script))
        except (json.JSONDecodeError, ValueError):
            continue
        for obj in _walk_jsonld(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            is_article = any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)
            if is_article and ("headline" in obj or "datePublished" in obj):
                return obj
    return {}


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _clean_title(title: str | None, site: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        head, _, tail = title.rpartition(sep)
        if head and (site is None or site.lower() in tail.lower() or len(tail.split()) <= 3):
            return head.strip()
    return title


def page_meta(tree: HtmlElement) -> PageMeta:
    """Read what the page says about itself; every field is None when the page is silent."""
    ld = _jsonld_article(tree)
    metas = _metas(tree)
    publisher = _names(ld.get("publisher"))
    site = _meta(metas, "og:site_name", "application-name") or (publisher[0] if publisher else None)
    title = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    title = title or _meta(metas, "og:title", "twitter:title")
    if not title:
        h1 = tree.xpath("//h1")
        title = " ".join(h1[0].text_content().split()) if h1 else None
    if not title:
        texts = tree.xpath("//title/text()")
        title = _clean_title(str(texts[0]), site) if texts else None
    published = ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None
    published = published or _meta(
        metas,
        "article:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "date",
        "dc.date",
        "DC.date.issued",
        "og:published_time",
        "content_PublishedDate",
    )
    authors = _names(ld.get("author"))
    if not authors:
        author = _meta(metas, "author", "article:author", "dc.creator", "content_author")
        authors = [author] if author and not author.startswith("http") else []
    url = _meta(metas, "og:url")
    if not url:
        links = tree.xpath('//link[@rel="canonical"]/@href')
        url = str(links[0]) if links else None
    lang = tree.get("lang") or _meta(metas, "og:locale", "language", "content-language")
    return PageMeta(
        title=title,
        site_name=site,
        url=url,
        published=published,
        authors=tuple(" ".join(a.split()) for a in authors if a.strip()),
        language=lang.split("-")[0].split("_")[0].lower() if lang else None,
    )
