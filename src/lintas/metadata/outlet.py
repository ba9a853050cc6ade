"""Who published the article: record, page, dateline, copyright line, URL domain."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lintas._lexicon import DOMAIN_OUTLETS, OUTLETS, fold

_DASH = r"\s*[-–—]+\s"
# "GenPI.co - ...", "KOMPAS.com - ...", "Liputan6.com, Jakarta - ..."
_DOMAIN_FIRST = re.compile(rf"^(?P<o>[A-Za-z][\w-]*(?:\.[A-Za-z]{{2,6}}){{1,2}})(?:,\s*[A-Z][\w .'-]{{1,30}})?{_DASH}")
# "JAKARTA (Reuters) - ...", "GARUT, Jawa Barat (ANTARA) - ..."
_PAREN = re.compile(rf"^[A-Z][\w .,'-]{{1,50}}?\s*\((?P<o>[A-Za-z][\w .&-]{{1,30}})\){_DASH}")
# "JAKARTA, KOMPAS.com - ...", "Garut, KabarNusa.id - ..."
_CITY_DOMAIN = re.compile(rf"^[A-Z][\w .'-]{{1,40}},\s*(?P<o>[A-Za-z][\w-]*(?:\.[A-Za-z]{{2,6}}){{1,2}}){_DASH}")
# "Warta Priangan, Garut - ..." only for outlets we know by name.
_NAME_CITY = re.compile(rf"^(?P<o>[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,3}}),\s*[A-Z][\w .'-]{{1,30}}{_DASH}")
_COPYRIGHT_NOISE = re.compile(
    r"(?:copyright|hak cipta|\(c\)|©|all rights reserved\.?|hak cipta dilindungi(?: undang-undang)?\.?"
    r"|\b(?:19|20)\d{2}\b|\bby\b|-|–)",
    re.I,
)


def canonical_outlet(name: str) -> str:
    """Known outlets under one spelling ('ANTARA' -> 'Antara'); others as written."""
    name = " ".join(name.strip(" .,;:").split())
    return OUTLETS.get(fold(name), name)


def from_dateline(line: str) -> str | None:
    """The outlet named at the start of the first paragraph, if any."""
    for pattern in (_DOMAIN_FIRST, _CITY_DOMAIN, _PAREN):
        m = pattern.match(line)
        if m:
            return canonical_outlet(m["o"])
    m = _NAME_CITY.match(line)
    if m and fold(m["o"]) in OUTLETS:
        return OUTLETS[fold(m["o"])]
    return None


def from_copyright(line: str) -> str | None:
    """'Copyright © 2024 by GenPI.co' -> 'GenPI.co'."""
    rest = _COPYRIGHT_NOISE.sub(" ", line)
    rest = re.split(r"[.|]\s", rest + " ")[0]
    rest = re.sub(r"^\s*PT\.?\s+", "", rest.strip(" .,;:"))
    words = rest.split()
    if not words or len(words) > 6:
        return None
    return canonical_outlet(" ".join(words))


# A page kept by a web archive names the archived page's address after its own:
# "http://web.archive.org/web/20140215012040/http://www.waff.com:80/story/...",
# "https://archive.ph/20190101000000/https://...".
_ARCHIVED = re.compile(
    r"^(?:https?://)?(?:web\.archive\.org/web|archive\.(?:today|ph|is|li|vn|md|fo))/\d{4,14}(?:[a-z]{2}_)?/+(?P<url>.+)$",
    re.I,
)


def archived_url(url: str) -> str:
    """The original address of an archived page; any other URL unchanged."""
    m = _ARCHIVED.match(url.strip())
    return archived_url(m["url"]) if m else url


def from_url(url: str) -> str | None:
    """The site of a URL: a known name or the bare domain ('www.kabarnusa.id' -> 'kabarnusa.id');
    for a web archive's copy, the archived site's."""
    url = archived_url(url)
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = re.sub(r"^(?:www\d?|m|amp|mobile|news)\.", "", host.lower())
    for domain, name in DOMAIN_OUTLETS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host
