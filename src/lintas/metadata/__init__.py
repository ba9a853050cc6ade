"""Stage 3, metadata: Cleaned -> Metadata (outlet, title, published, authors, cites, language).

Needs the Cleaned body, its removed lines (credit, copyright, source and date lines carry
metadata) and, for HTML, the parsed tree. Adds nothing to the text.
"""

from __future__ import annotations

from lintas.metadata.cites import find_cites
from lintas.metadata.dates import day_from_lead, day_from_url, has_timezone, parse_published
from lintas.metadata.language import detect_language
from lintas.metadata.outlet import (
    canonical_outlet,
    from_copyright,
    from_dateline,
    known_outlet,
    outlet_table,
    site_of,
)
from lintas.metadata.page import page_meta
from lintas.metadata.people import names_from_credit
from lintas.model import Cleaned, Metadata, PageMeta

__all__ = ["describe", "detect_language", "parse_published"]

# Minutes east of UTC of Western Indonesian Time: the zone of a bare time on an Indonesian page.
_WIB = 7 * 60


def describe(cleaned: Cleaned) -> Metadata:
    """Everything the article says about itself, each field None/empty when nothing says it."""
    hints = cleaned.document.hints
    page = page_meta(cleaned.tree) if cleaned.tree is not None else PageMeta()
    by_kind: dict[str, list[str]] = {}
    for removed in cleaned.removed:
        by_kind.setdefault(removed.kind, []).append(removed.text)

    title = hints.title or cleaned.title or page.title
    language = hints.language or cleaned.language or detect_language(f"{title or ''}\n{cleaned.text}")
    language = language.split("-")[0].lower()
    url = hints.url or page.url
    outlet = _outlet(cleaned, hints.outlet, page, by_kind, url)
    site = site_of(url) if url else None
    indonesian = language in ("id", "ms") or (site is not None and site[0].endswith(".id"))  # the host, not its name
    published = _published(
        hints.published,
        page.published,
        by_kind.get("date", []),
        local_offset=_WIB if indonesian else None,
        day_first=language != "en",
    )
    if published is None:  # the day only, from the address or the lead; the time stays unknown
        published = (day_from_url(url) if url else None) or day_from_lead(cleaned.text)
    authors: list[str] = list(page.authors)
    for line in by_kind.get("credit", []):
        for name in names_from_credit(line):
            if name not in authors:
                authors.append(name)
    cites = [c for c in find_cites(cleaned.lines, by_kind.get("source", [])) if c != outlet]
    return Metadata(
        title=title,
        outlet=outlet,
        url=url,
        published=published,
        language=language,
        authors=tuple(authors),
        cites=tuple(cites),
    )


def _outlet(
    cleaned: Cleaned, hinted: str | None, page: PageMeta, by_kind: dict[str, list[str]], url: str | None
) -> str | None:
    """The URL's host decides first: the table's name for it; for a host the table does not know,
    the name the record or page gives, unless that names a known outlet with domains of its own
    (a KSLA page that says "AP News": the cited wire is not the outlet); else the bare domain. An
    outlet a user follows by its feed alone has no domains: its pages keep its name."""
    site = site_of(url) if url else None
    table = outlet_table()
    listed = table.hosting(*site) if site else None
    if site and listed and not table.is_aggregator(listed):
        return listed
    if site and not listed:
        for given in (hinted, page.site_name):
            known = known_outlet(given) if given and _is_name(given) else None
            if given and _is_name(given) and (known is None or not table.domains_of(known)):
                return known or canonical_outlet(given)
        return site[0]
    # No address, or an aggregator's (Google News, MSN): the record, the page, the dateline say who.
    if hinted:
        return canonical_outlet(hinted)
    if page.site_name:
        return canonical_outlet(page.site_name)
    for line in cleaned.lines[:2]:
        found = from_dateline(line)
        if found:
            return found
    for line in by_kind.get("copyright", []):
        found = from_copyright(line)
        if found:
            return found
    return listed


def _is_name(given: str) -> bool:
    """A short name, not a sentence or a byline ("present seacoastecho.com" is no outlet name)."""
    words = given.split()
    return 0 < len(words) <= 5 and (words[0][:1].isupper() or words[0][:1].isdigit()) and len(given) <= 60


def _published(
    hinted: str | None,
    declared: str | None,
    date_lines: list[str],
    *,
    local_offset: int | None,
    day_first: bool,
) -> str | None:
    for text in (hinted, declared, *date_lines):
        if not text:
            continue
        offset = None if has_timezone(text) else local_offset
        found = parse_published(text, local_offset=offset, day_first=day_first)
        if found:
            return found
    return None
