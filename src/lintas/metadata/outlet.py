"""Who published the article: the outlet table, the URL's host, record, page, dateline, copyright.

The shipped table (``outlets.json``: name, domains, aliases, kind, country, language) names each
outlet once, whatever a page calls itself ("WISH" and wishtv.com are WISH-TV). A user's own file
(``LINTAS_OUTLETS``, else ``$XDG_CONFIG_HOME/lintas/outlets.json`` when it exists; the same shape,
with optional owner, region and notes, and the feeds, sitemaps and homepage ``lintas follow``
reads) adds outlets or overrides shipped ones by name; ``lintas outlets add/remove`` edit it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from lintas._lexicon import fold
from lintas._urls import fetchable
from lintas.errors import UsageError

OUTLETS_ENV = "LINTAS_OUTLETS"


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    kind: str = "outlet"  # or "wire"
    country: str | None = None
    language: str | None = None
    extra: dict[str, str] = field(default_factory=dict)  # owner, region, notes: the user's own fields
    feeds: tuple[str, ...] = ()  # RSS or Atom feeds lintas follow reads
    sitemaps: tuple[str, ...] = ()  # sitemaps or sitemap indexes (news sitemaps too)
    homepage: str | None = None  # read for article links when there is no feed or sitemap

    @property
    def followed(self) -> bool:
        return bool(self.feeds or self.sitemaps or self.homepage)


@dataclass(frozen=True, slots=True)
class OutletTable:
    outlets: tuple[Outlet, ...]
    by_alias: dict[str, str]  # folded alias, name or domain -> name
    by_domain: dict[str, str]  # domain (or domain/path) -> name
    kinds: dict[str, str]  # name -> outlet | wire | aggregator

    def is_aggregator(self, name: str) -> bool:
        """A site that shows other outlets' articles (Google News, MSN): not the article's outlet."""
        return self.kinds.get(name) == "aggregator"

    def domains_of(self, name: str) -> tuple[str, ...]:
        """The domains the table lists for the outlet ``name`` (none for one followed by feed alone)."""
        return next((o.domains for o in self.outlets if o.name == name), ())

    def named(self, name: str) -> str | None:
        return self.by_alias.get(fold(name))

    def hosting(self, host: str, path: str = "") -> str | None:
        """The outlet of a host: the longest listed domain it is or belongs to."""
        labels = host.split(".")
        first = path.strip("/").split("/", 1)[0].lower()
        for i in range(len(labels) - 1):
            domain = ".".join(labels[i:])
            found = (first and self.by_domain.get(f"{domain}/{first}")) or self.by_domain.get(domain)
            if found:
                return found
        return None


def _strings(value: object, what: str, origin: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise UsageError(f'{origin}: outlet "{name}": "{what}" must be a list of strings, e.g. ["contoh.id"]')
    return tuple(v.strip() for v in value)


def _domain(value: str) -> str:
    """'https://www.Contoh.ID/' -> 'contoh.id'; 'bbc.com/Indonesia' -> 'bbc.com/indonesia'."""
    value = re.sub(r"^[a-z]+://", "", value.strip().lower()).removeprefix("www.").rstrip("/").rstrip(".")
    host, _, path = value.partition("/")
    with contextlib.suppress(UnicodeError):  # a domain written in its own script matches the URL's
        host = host.encode("idna").decode("ascii")
    return f"{host}/{path}" if path else host


def _web(url: str, origin: str, name: str) -> str:
    if not fetchable(url):
        raise UsageError(f'{origin}: outlet "{name}": {url!r} is no http(s) address')
    return url.strip()


def _entries(data: object, origin: str) -> list[Outlet]:
    items = data.get("outlets") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise UsageError(f'{origin}: an outlet table is a JSON list of outlets (or {{"outlets": [...]}})')
    out = []
    known = {"name", "domains", "aliases", "kind", "country", "language", "feeds", "sitemaps", "homepage"}
    for k, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise UsageError(f'{origin}: outlet {k + 1} has no "name"; each outlet needs at least a name')
        name = item["name"].strip()
        kind = str(item.get("kind") or "outlet")
        if kind not in ("outlet", "wire", "aggregator"):
            raise UsageError(f'{origin}: outlet "{name}": "kind" is outlet, wire or aggregator, not {kind!r}')
        out.append(
            Outlet(
                name=name,
                domains=tuple(_domain(d) for d in _strings(item.get("domains"), "domains", origin, name)),
                aliases=_strings(item.get("aliases"), "aliases", origin, name),
                kind=kind,
                country=item.get("country") if isinstance(item.get("country"), str) else None,
                language=item.get("language") if isinstance(item.get("language"), str) else None,
                extra={str(key): str(v) for key, v in item.items() if key not in known},
                feeds=tuple(_web(u, origin, name) for u in _strings(item.get("feeds"), "feeds", origin, name)),
                sitemaps=tuple(_web(u, origin, name) for u in _strings(item.get("sitemaps"), "sitemaps", origin, name)),
                homepage=_web(item["homepage"], origin, name) if isinstance(item.get("homepage"), str) else None,
            )
        )
    return out


@lru_cache(maxsize=1)
def _shipped_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("lintas.metadata").joinpath("outlets.json").read_text(encoding="utf-8")
    )
    return data


@lru_cache(maxsize=4)
def _table(user_file: str | None) -> OutletTable:
    outlets = {fold(o.name): o for o in _entries(_shipped_data(), "outlets.json")}
    if user_file:
        path = Path(user_file)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            how = f"{OUTLETS_ENV}={user_file}" if os.environ.get(OUTLETS_ENV) else str(path)
            raise UsageError(f"{how}: cannot read the outlet table ({e}); fix or move it") from e
        for o in _entries(data, str(path)):
            outlets[fold(o.name)] = o  # the user's entry replaces a shipped one of the same name
    by_alias: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    for o in outlets.values():
        for alias in (o.name, *o.aliases, *o.domains):
            by_alias[fold(alias)] = o.name
        for d in o.domains:
            by_domain[d] = o.name
    kinds = {o.name: o.kind for o in outlets.values()}
    return OutletTable(tuple(outlets.values()), by_alias, by_domain, kinds)


def user_file() -> Path | None:
    """The user's outlet file: ``LINTAS_OUTLETS``, else ``lintas/outlets.json`` in the user's
    configuration directory (``XDG_CONFIG_HOME``, by default ~/.config); None when there is no
    home directory to find it in (a container's anonymous user)."""
    named = os.environ.get(OUTLETS_ENV)
    if named:
        return Path(named)
    config = os.environ.get("XDG_CONFIG_HOME")
    if not config:
        try:
            config = str(Path.home() / ".config")
        except (RuntimeError, KeyError):
            return None
    return Path(config) / "lintas" / "outlets.json"


def outlet_table() -> OutletTable:
    """The shipped table with the user's file (``user_file``) on top."""
    path = user_file()
    return _table(str(path) if path is not None and (os.environ.get(OUTLETS_ENV) or path.is_file()) else None)


def _user_data(path: Path) -> tuple[list[dict[str, object]], dict[str, object]]:
    """The user file's outlets, and its other top-level keys (kept when it is written again)."""
    if not path.exists():
        return [], {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise UsageError(f"{path}: cannot read the outlet table ({e}); fix or move it") from e
    items = data.get("outlets") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise UsageError(f'{path}: an outlet table is a JSON list of outlets (or {{"outlets": [...]}})')
    rest = {k: v for k, v in data.items() if k != "outlets"} if isinstance(data, dict) else {}
    return [i for i in items if isinstance(i, dict)], rest


def _write_user_items(path: Path, items: list[dict[str, object]], rest: dict[str, object]) -> None:
    _entries(items, str(path))  # what is written must read back
    path.parent.mkdir(parents=True, exist_ok=True)
    target = path.resolve()  # a link to the file stays a link; the file it points to is replaced
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(json.dumps({**rest, "outlets": items}, ensure_ascii=False, indent=1) + "\n")
            f.flush()
            os.fsync(f.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _table.cache_clear()


def _own_entry(items: list[dict[str, object]], name: str) -> dict[str, object] | None:
    """The user's entry for ``name``: by its name, or by the shipped name it stands for
    ("Kompas" and "kompas.com" are Kompas.com)."""
    shipped = _shipped(name)
    names = {fold(name), *([fold(str(shipped["name"]))] if shipped else [])}
    return next((i for i in items if fold(str(i.get("name", ""))) in names), None)


def add_outlet(path: Path, item: dict[str, object]) -> bool:
    """Add an outlet to the user's file, or add to the one of that name there (lists are extended,
    other fields replaced); returns True when it was new. An outlet the shipped table knows (by
    name, alias or domain) is copied from it first, so that following Kompas keeps its domains."""
    items, rest = _user_data(path)
    name = str(item["name"])
    old = _own_entry(items, name)
    new = old is None
    if old is None:
        shipped = _shipped(name)
        old = shipped if shipped is not None else {"name": name}
        items.append(old)
    for key, value in item.items():
        if key == "name":
            continue  # the name as first written (or as shipped) stays
        if isinstance(value, list) and isinstance(old.get(key), list):
            old[key] = list(dict.fromkeys([*old[key], *value]))  # type: ignore[misc]
        elif value is not None:
            old[key] = value
    _write_user_items(path, items, rest)
    return new


def _shipped(name: str) -> dict[str, object] | None:
    """The shipped table's entry for ``name`` (or one of its aliases or domains)."""
    want = fold(name)
    for item in _shipped_data()["outlets"]:
        names = [item["name"], *item.get("aliases", []), *item.get("domains", [])]
        if any(fold(str(n)) == want for n in names):
            copy: dict[str, object] = json.loads(json.dumps(item))  # the cached table stays as shipped
            return copy
    return None


def remove_outlet(path: Path, name: str) -> bool:
    """Remove an outlet from the user's file; returns False when the file has none of that name."""
    items, rest = _user_data(path)
    entry = _own_entry(items, name)
    if entry is None:
        return False
    _write_user_items(path, [i for i in items if i is not entry], rest)
    return True


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
    return outlet_table().named(name) or name


def known_outlet(name: str) -> str | None:
    """The table's name for ``name`` when the table knows it."""
    return outlet_table().named(name)


def outlet_language(name: str) -> str | None:
    """The language the table gives an outlet or wire ("AFP": en, "Antara": id), if it knows it."""
    known = known_outlet(name)
    return next((o.language for o in outlet_table().outlets if o.name == known), None) if known else None


def from_dateline(line: str) -> str | None:
    """The outlet named at the start of the first paragraph, if any."""
    for pattern in (_DOMAIN_FIRST, _CITY_DOMAIN, _PAREN):
        m = pattern.match(line)
        if m:
            return canonical_outlet(m["o"])
    m = _NAME_CITY.match(line)
    return known_outlet(m["o"]) if m else None


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


_PUBLIC_SUFFIX = re.compile(r"^(?:com|co|net|org|ac|go|or|gov|edu|web|my|sch|mil|biz|info)\.[a-z]{2}$|^[a-z]{2,}$")


def site_of(url: str) -> tuple[str, str] | None:
    """The bare host and path of a URL ('https://www.kabarnusa.id/x' -> 'kabarnusa.id', '/x'); for
    a web archive's copy, the archived page's."""
    url = archived_url(url)
    try:
        parts = urlsplit(url if "//" in url else f"//{url}")
        host = parts.hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = host.lower().rstrip(".")
    bare = re.sub(r"^(?:www\d?|m|amp|mobile|news)\.", "", host)
    if _PUBLIC_SUFFIX.match(bare):  # "news.com.au" is a site, "com.au" is not
        bare = host.removeprefix("www.")
    return bare, parts.path


def from_url(url: str) -> str | None:
    """The outlet of a URL: the table's name or the bare domain ('www.kabarnusa.id' -> 'kabarnusa.id')."""
    site = site_of(url)
    return (outlet_table().hosting(*site) or site[0]) if site else None
