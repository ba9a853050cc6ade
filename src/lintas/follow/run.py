"""``lintas follow``: read the followed outlets' feeds, sitemaps and homepages, fetch the new
articles politely and ingest them.

A round: every followed outlet's listings are read (conditionally: an unchanged feed answers
304), the articles they list that are new, on the outlet's own site and not older than
FOLLOW_MAX_AGE_DAYS are queued in the store, then the queue is fetched (newest first, at most
FOLLOW_MAX_PAGES per outlet) by a pool of threads under robots.txt and a per-host pace, and
each page goes to ingest as it arrives. What was fetched, and each failure with its reason,
stays in the store (store.follow), so a run that is killed resumes with the pages it left
queued and a page that failed is tried again next round.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from lintas.corpus.ingest import ingest_documents
from lintas.errors import FetchError, ReadError
from lintas.follow.discover import Entry, canonical, feed_entries, page_links, same_site, sitemap_entries
from lintas.follow.http import Fetched, Fetcher, Policy
from lintas.follow.robots import RobotsCache, origin
from lintas.metadata.outlet import Outlet
from lintas.model import Document, Hints, Rejected
from lintas.read.sources import web_document
from lintas.settings import (
    FOLLOW_HOST_CONCURRENCY,
    FOLLOW_HOST_DELAY,
    FOLLOW_MAX_AGE_DAYS,
    FOLLOW_MAX_PAGES,
    FOLLOW_MAX_SITEMAPS,
    FOLLOW_SITEMAP_DEPTH,
    FOLLOW_WORKERS,
)
from lintas.store import Store
from lintas.store import follow as state

# A robots.txt Crawl-delay longer than this is read as this: a site asking for an hour between
# requests would otherwise hold a round for days.
MAX_CRAWL_DELAY = 60.0
# A page that failed is tried in this many rounds before it is given up.
GIVE_UP = 3
# Pages ingested per store transaction.
INGEST_BATCH = 32


@dataclass(frozen=True, slots=True)
class Settings:
    """How a round fetches: the client's limits and the politeness it keeps."""

    policy: Policy = field(default_factory=Policy)
    host_delay: float = FOLLOW_HOST_DELAY
    host_concurrency: int = FOLLOW_HOST_CONCURRENCY
    workers: int = FOLLOW_WORKERS
    max_pages: int = FOLLOW_MAX_PAGES
    max_sitemaps: int = FOLLOW_MAX_SITEMAPS
    max_age_days: int = FOLLOW_MAX_AGE_DAYS
    robots: bool = True  # off only for a site that is the user's own (benchmarks)
    ingest: bool = True


@dataclass
class RoundResult:
    """What one round did; ``failed`` and ``rejected`` carry the address and the plain reason."""

    outlets: int = 0
    listings_read: int = 0
    listings_unchanged: int = 0
    found: int = 0
    fetched: int = 0
    disallowed: int = 0
    added: int = 0
    duplicates: int = 0
    new_stories: int = 0
    failed: list[Rejected] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed and not self.rejected

    def to_dict(self) -> dict[str, object]:
        return {
            "outlets": self.outlets, "listings_read": self.listings_read,
            "listings_unchanged": self.listings_unchanged, "found": self.found, "fetched": self.fetched,
            "disallowed": self.disallowed, "added": self.added, "duplicates": self.duplicates,
            "new_stories": self.new_stories,
            "failed": [r.to_dict() for r in self.failed], "rejected": [r.to_dict() for r in self.rejected],
            "seconds": round(self.seconds, 2),
        }  # fmt: skip


class HostPace:
    """Per host: at most ``concurrency`` requests at once, started ``delay`` seconds apart (longer
    when its robots.txt asks)."""

    def __init__(self, delay: float, concurrency: int, sleep: Callable[[float], None] = time.sleep) -> None:
        self.delay, self.concurrency, self.sleep = delay, concurrency, sleep
        self._lock = threading.Lock()
        self._hosts: dict[str, tuple[threading.Semaphore, list[float]]] = {}

    @contextlib.contextmanager
    def turn(self, url: str, delay: float | None = None) -> Iterator[None]:
        host = origin(url)
        with self._lock:
            gate, next_at = self._hosts.setdefault(host, (threading.BoundedSemaphore(self.concurrency), [0.0]))
        with gate:
            with self._lock:
                now = time.monotonic()
                start = max(now, next_at[0])
                next_at[0] = start + max(self.delay, min(delay or 0.0, MAX_CRAWL_DELAY))
            if start > now:
                self.sleep(start - now)
            yield


@dataclass
class _Round:
    fetcher: Fetcher
    settings: Settings
    pace: HostPace
    robots: RobotsCache

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """A polite GET: robots.txt first, then the host's pace."""
        rules = self.robots.rules(url) if self.settings.robots else None
        if rules is not None and not rules.allows(url):
            raise FetchError(url, rules.blocked or "disallowed by the site's robots.txt")
        with self.pace.turn(url, rules.delay() if rules is not None else None):
            return self.fetcher.get(url, etag=etag, last_modified=last_modified)


@dataclass
class _Discovery:
    listings: list[state.Listing] = field(default_factory=list)
    pages: list[Entry] = field(default_factory=list)
    read: int = 0
    unchanged: int = 0


def _discover(outlet: Outlet, known: dict[str, state.Listing], r: _Round, now: datetime) -> _Discovery:
    """Read an outlet's feeds, sitemaps and (when those give nothing) homepage; runs in a worker."""
    out = _Discovery()

    def read(url: str, kind: str, parent: str | None = None) -> Fetched | None:
        before = known.get(url)
        try:
            got = r.get(url, *((before.etag, before.last_modified) if before else (None, None)))
        except FetchError as e:
            refused = e.reason.startswith("disallowed") or "robots.txt" in e.reason
            out.listings.append(state.Listing(url, kind, state.DISALLOWED if refused else state.FAILED, e.reason))
            return None
        out.read += 1
        out.unchanged += got.not_modified
        stamp = state.NOT_MODIFIED if got.not_modified else state.FETCHED
        out.listings.append(state.Listing(url, kind, stamp, None, got.etag, got.last_modified, parent))
        return got

    for url in outlet.feeds:
        got = read(url, "feed")
        if got is not None and not got.not_modified:
            try:
                out.pages += feed_entries(got.body, got.url)
            except ValueError as e:
                out.listings[-1] = state.Listing(url, "feed", state.FAILED, str(e))
    sitemaps: list[tuple[str, int, str | None]] = [(u, 0, None) for u in outlet.sitemaps]
    if not outlet.feeds and not outlet.sitemaps and outlet.homepage and r.settings.robots:
        sitemaps = [(u, 0, None) for u in r.robots.rules(outlet.homepage).sitemaps]
    seen: set[str] = set()
    while sitemaps and len(seen) < r.settings.max_sitemaps:
        url, depth, parent = sitemaps.pop(0)
        if url in seen:
            continue
        seen.add(url)
        got = read(url, "sitemap", parent)
        if got is None:
            continue
        if got.not_modified:  # its sitemaps may have changed even so
            sitemaps += [(u, depth + 1, url) for u, x in known.items() if x.parent == url]
            continue
        try:
            children, pages = sitemap_entries(got.body, got.url, r.settings.policy.max_bytes)
        except ValueError as e:
            out.listings[-1] = state.Listing(
                url, "sitemap", state.FAILED, f"not a readable sitemap: {e}", parent=parent
            )
            continue
        out.pages += pages
        if depth < FOLLOW_SITEMAP_DEPTH:
            fresh = [c for c in children if not _too_old(c.published, now, r.settings.max_age_days)]
            fresh.sort(key=lambda c: c.published or "", reverse=True)  # newest first
            sitemaps += [(c.url, depth + 1, url) for c in fresh]
    listed = any(x.state in (state.FETCHED, state.NOT_MODIFIED) for x in out.listings)
    if outlet.homepage and not listed:
        got = read(outlet.homepage, "home")
        if got is not None and not got.not_modified:
            out.pages += page_links(got.body, got.url)
    hosts = (*outlet.feeds, *outlet.sitemaps, *((outlet.homepage,) if outlet.homepage else ()))
    out.pages = [
        p for p in out.pages
        if same_site(p.url, outlet.domains, hosts) and not _too_old(p.published, now, r.settings.max_age_days)
    ]  # fmt: skip
    return out


def _in_flight(
    pool: ThreadPoolExecutor, r: _Round, queue: list[state.Found], window: int
) -> Iterator[tuple[state.Found, Future[Fetched]]]:
    """The queue's fetches in order, at most ``window`` submitted ahead: a round of 10,000 pages
    holds a window of bodies in memory, not the round's."""
    pending: deque[tuple[state.Found, Future[Fetched]]] = deque()
    for f in queue:
        pending.append((f, pool.submit(r.get, f.url)))
        if len(pending) >= window:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


def _interleaved(queue: list[state.Found]) -> list[state.Found]:
    """The queue in turns over hosts (each host's first page, then each one's second, ...): in
    queue order, the workers would all wait on the first host's pace while the others idle."""
    turn: dict[str, int] = {}
    ranked = []
    for i, f in enumerate(queue):
        host = origin(f.url)
        turn[host] = turn.get(host, -1) + 1
        ranked.append((turn[host], i, f))
    return [f for _, _, f in sorted(ranked, key=lambda x: (x[0], x[1]))]


def _too_old(published: str | None, now: datetime, days: int) -> bool:
    if not published:
        return False
    try:
        when = datetime.fromisoformat(published)
    except ValueError:
        return False
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return now - when > timedelta(days=days)


def page_document(found: state.Found, got: Fetched) -> Document:
    """A fetched page as ingest reads it: the outlet the user follows it as, and what its listing
    said (title, time, language) as hints the page's own metadata may refine."""
    hints = Hints(
        title=found.title, url=got.url, outlet=found.outlet, published=found.published, language=found.language
    )
    return web_document(found.url, got.body, got.content_type, hints)


def follow_round(
    store: Store,
    outlets: Sequence[Outlet],
    settings: Settings | None = None,
    *,
    sleep: Callable[[float], None] = time.sleep,
    on_page: Callable[[str], None] | None = None,
) -> RoundResult:
    """One round over ``outlets`` into ``store``: discover, queue, fetch, ingest."""
    settings = settings or Settings()
    start = time.monotonic()
    result = RoundResult(outlets=len(outlets))
    with Fetcher(settings.policy, sleep=sleep) as fetcher:
        r = _Round(
            fetcher, settings, HostPace(settings.host_delay, settings.host_concurrency, sleep), RobotsCache(fetcher)
        )
        now = datetime.now(UTC)
        with ThreadPoolExecutor(max_workers=max(1, settings.workers), thread_name_prefix="lintas-follow") as pool:
            known = {o.name: state.listings(store, o.name) for o in outlets}
            found = {o.name: pool.submit(_discover, o, known[o.name], r, now) for o in outlets}
            for o in outlets:
                d = found[o.name].result()
                result.listings_read += d.read
                result.listings_unchanged += d.unchanged
                with store.write():
                    for x in d.listings:
                        state.note_listing(store, o.name, x)
                    pages = [state.Found(canonical(p.url), o.name, p.title, p.published, p.language) for p in d.pages]
                    result.found += state.add_found(store, pages)
                result.failed += [
                    Rejected(x.url, x.reason or x.state)
                    for x in d.listings
                    if x.state in (state.FAILED, state.DISALLOWED)
                ]
            queue = _interleaved([f for o in outlets for f in state.queued(store, o.name, settings.max_pages, GIVE_UP)])
            batch: list[Document] = []
            for f, fut in _in_flight(pool, r, queue, 4 * max(1, settings.workers)):
                try:
                    got = fut.result()
                    batch.append(page_document(f, got))
                except ReadError as e:  # fetched, but no text
                    with store.write():
                        state.note_page(store, f.url, state.FETCHED, e.reason)
                    result.fetched += 1
                    result.rejected.append(Rejected(f.url, e.reason))
                    continue
                except FetchError as e:
                    refused = e.reason.startswith("disallowed") or "robots.txt" in e.reason
                    final = (
                        state.DISALLOWED if refused else state.GAVE_UP if f.attempts + 1 >= GIVE_UP else state.FAILED
                    )
                    with store.write():
                        state.note_page(store, f.url, final, e.reason)
                    if refused:
                        result.disallowed += 1
                    else:
                        result.failed.append(Rejected(f.url, e.reason))
                    continue
                result.fetched += 1
                if on_page is not None:
                    on_page(f.url)
                if len(batch) >= INGEST_BATCH:
                    _ingest(store, batch, result, settings)
                    batch = []
            _ingest(store, batch, result, settings)
    result.seconds = time.monotonic() - start
    return result


def _ingest(store: Store, batch: list[Document], result: RoundResult, settings: Settings) -> None:
    """Ingest the fetched pages, then mark them fetched: a run killed between the two fetches
    them again and ingest skips what it stored."""
    if not batch:
        return
    if settings.ingest:
        done = ingest_documents(store, batch)
        result.added += done.added
        result.duplicates += done.duplicates
        result.new_stories += done.new_stories
        result.rejected += done.rejected
    with store.write():
        for doc in batch:
            state.note_page(store, doc.input, state.FETCHED)


def parse_every(value: str) -> float:
    """'10m' -> 600.0 seconds ('30s', '2h', '1d'; a bare number is minutes)."""
    from lintas.errors import UsageError

    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    v = value.strip().lower()
    number, unit = (v[:-1], v[-1]) if v and v[-1] in units else (v, "m")
    try:
        seconds = float(number) * units[unit]
    except ValueError as e:
        raise UsageError(f"--every {value!r}: give a time such as 10m, 30s, 2h") from e
    if seconds < 10:
        raise UsageError(f"--every {value!r}: at least 10 seconds between rounds")
    return seconds
