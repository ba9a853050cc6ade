"""robots.txt as RFC 9309 reads it, with Protego (Scrapy's parser: the longest match wins, Allow
on a tie, ``*`` and ``$`` patterns, groups of one agent merged, Crawl-delay, Sitemap lines; the
standard library's ``urllib.robotparser`` takes the first match and ignores wildcards, and so
lets through paths a site forbids). Fetched through the guarded client, paced as any request.

What a missing or failing robots.txt means follows the RFC: a 4xx answer (none there) allows
everything; a server error, a 429 or no answer leaves the site alone until it can be read, since
the site may be unable to say what it forbids. Only the first 512 KiB are read (the RFC asks
for at least 500 KiB).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from protego import Protego

from lintas.errors import FetchError
from lintas.follow.http import Fetcher

ROBOTS_MAX_BYTES = 512 * 1024
AGENT = "lintas"


@dataclass(frozen=True, slots=True)
class Rules:
    """One host's robots.txt as lintas obeys it."""

    parser: Protego | None  # None: no rules (allow all) or ``blocked``
    blocked: str | None = None  # why nothing may be fetched now (the file could not be read)
    sitemaps: tuple[str, ...] = ()

    def allows(self, url: str) -> bool:
        """Whether the rules let lintas fetch ``url`` (False while ``blocked``)."""
        if self.blocked:
            return False
        return self.parser is None or bool(self.parser.can_fetch(url, AGENT))

    def delay(self) -> float | None:
        """The Crawl-delay the site asks of lintas, in seconds."""
        if self.parser is None:
            return None
        d = self.parser.crawl_delay(AGENT)
        return float(d) if d is not None else None


def origin(url: str) -> str:
    """scheme://host[:port]: what robots.txt, the rate limit and the concurrency apply to."""
    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc.lower()}"


def parse(text: str) -> Rules:
    """Rules from a robots.txt's text."""
    parser = Protego.parse(text)
    return Rules(parser, sitemaps=tuple(parser.sitemaps))


Turn = Callable[[str], contextlib.AbstractContextManager[None]]


def _unpaced(url: str) -> contextlib.AbstractContextManager[None]:
    return contextlib.nullcontext()


@dataclass
class RobotsCache:
    """Each host's rules, fetched once per run (one fetch per host however many threads ask,
    paced by ``turn`` as the host's other requests)."""

    fetcher: Fetcher
    turn: Turn = _unpaced
    _rules: dict[str, Rules] = field(default_factory=dict)
    _locks: dict[str, threading.Lock] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def rules(self, url: str) -> Rules:
        """The rules of ``url``'s host."""
        host = origin(url)
        with self._lock:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            known = self._rules.get(host)
            if known is None:
                known = self._rules[host] = self._fetch(host)
        return known

    def _fetch(self, host: str) -> Rules:
        try:
            with self.turn(f"{host}/robots.txt"):
                got = self.fetcher.get(f"{host}/robots.txt", max_bytes=ROBOTS_MAX_BYTES, truncate=True)
            return parse(got.body.decode("utf-8", "replace"))
        except FetchError as e:
            if e.status is not None and 400 <= e.status < 500 and e.status not in (408, 429):
                return Rules(None)
            return Rules(None, blocked=f"the site's robots.txt could not be read ({e.reason}); it is left for now")
