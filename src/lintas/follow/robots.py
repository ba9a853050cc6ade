"""robots.txt, read with the standard library's parser (urllib.robotparser: Allow, Disallow,
Crawl-delay and Sitemap lines, user-agent groups), fetched through the guarded client.

What a missing or failing robots.txt means follows RFC 9309: a 4xx answer (none there) allows
everything; a server error or no answer disallows everything until it can be read, since the
site may be unable to say what it forbids.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from lintas.errors import FetchError
from lintas.follow.http import Fetcher

# RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; more is ignored.
ROBOTS_MAX_BYTES = 512 * 1024
AGENT = "lintas"


@dataclass(frozen=True, slots=True)
class Rules:
    """One host's robots.txt as lintas obeys it."""

    parser: RobotFileParser | None  # None: no rules (allow all) or ``blocked``
    blocked: str | None = None  # why everything is disallowed (the file could not be read)
    sitemaps: tuple[str, ...] = ()

    def allows(self, url: str) -> bool:
        if self.blocked:
            return False
        return self.parser is None or self.parser.can_fetch(AGENT, url)

    def delay(self) -> float | None:
        if self.parser is None:
            return None
        d = self.parser.crawl_delay(AGENT)
        return float(d) if d is not None else None


def origin(url: str) -> str:
    """scheme://host[:port]: what robots.txt, the rate limit and the concurrency apply to."""
    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc.lower()}"


def parse(text: str) -> Rules:
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    return Rules(parser, sitemaps=tuple(parser.site_maps() or ()))


@dataclass
class RobotsCache:
    """Each host's rules, fetched once per run."""

    fetcher: Fetcher
    _rules: dict[str, Rules] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def rules(self, url: str) -> Rules:
        host = origin(url)
        with self._lock:
            known = self._rules.get(host)
        if known is not None:
            return known
        try:
            got = self.fetcher.get(f"{host}/robots.txt", max_bytes=ROBOTS_MAX_BYTES)
            rules = parse(got.body.decode("utf-8", "replace"))
        except FetchError as e:
            if e.reason.startswith("HTTP 4"):
                rules = Rules(None)
            elif e.reason.startswith("too large"):
                rules = Rules(None, blocked=f"robots.txt is {e.reason}; lintas reads none of the site")
            else:
                rules = Rules(None, blocked=f"robots.txt could not be read ({e.reason}); the site is left for now")
        with self._lock:
            self._rules[host] = rules
        return rules
