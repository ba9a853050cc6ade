"""``lintas follow``: read the followed outlets' feeds, sitemaps and homepages, fetch the new
articles politely and ingest them.

A round: every followed outlet's listings are read (conditionally: an unchanged feed answers
304), the articles they list that are new, on the outlet's own site and not older than
FOLLOW_MAX_AGE_DAYS are queued in the store, then the queue is fetched (newest first, at most
FOLLOW_MAX_PAGES per outlet, in turns over hosts) by a pool of threads under robots.txt and a
per-host pace, and each page goes to ingest as it arrives. What was fetched, and each failure
with its reason, stays in the store (store.follow), so a run that is killed resumes with the
pages it left queued. A page that failed for a reason that may pass (a time-out, a 503) is tried
in later rounds, GIVE_UP times in all; one the server refused for good (404, too large, a
private address) is given up at once; one not asked because its host was resting or its
robots.txt unreadable stays queued and counts no attempt. All store writes happen in the calling
thread; the workers only fetch.
"""

from __future__ import annotations

import math
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from lintas.corpus.ingest import ingest_documents
from lintas.errors import Deferred, Disallowed, FetchError, Later, ReadError, Stopped, StoreError, UsageError
from lintas.follow.discover import Entry, canonical, feed_entries, page_links, same_site, sitemap_entries
from lintas.follow.http import Fetched, Fetcher, Policy
from lintas.follow.pace import HostPace
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

# Rounds in which a page that failed for a passing reason is tried before it is given up.
GIVE_UP = 3
# Articles found per outlet and round, as a multiple of the pages fetched per round: an undated
# archive sitemap of 50,000 addresses is not queued whole.
FOUND_PER_ROUND = 10
# Pages ingested per store transaction.
INGEST_BATCH = 32
# How long a run's claim on the store's follow lock holds without being renewed (it is renewed
# after the listings and every INGEST_BATCH pages, and before waiting for the next round).
LOCK_SECONDS = 900.0


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
    deferred: int = 0
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
            "disallowed": self.disallowed, "deferred": self.deferred, "added": self.added,
            "duplicates": self.duplicates, "new_stories": self.new_stories,
            "failed": [r.to_dict() for r in self.failed], "rejected": [r.to_dict() for r in self.rejected],
            "seconds": round(self.seconds, 2),
        }  # fmt: skip


@dataclass
class _Round:
    fetcher: Fetcher
    settings: Settings
    pace: HostPace
    robots: RobotsCache

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """A polite GET: robots.txt first, then the host's pace; a host asking to wait is left."""
        if not canonical(url):
            raise FetchError(url, "not a web address lintas fetches (http or https only)")
        why = self.pace.resting(url)
        if why:
            raise Deferred(url, why)
        rules = self.robots.rules(url) if self.settings.robots else None
        if rules is not None and rules.blocked:
            raise Deferred(url, rules.blocked)
        if rules is not None and not rules.allows(url):
            raise Disallowed(url, "disallowed by the site's robots.txt")
        try:
            with self.pace.turn(url, rules.delay() if rules is not None else None):
                got = self.fetcher.get(url, etag=etag, last_modified=last_modified, hop=self._hop)
        except Later as e:
            raise Deferred(url, str(e)) from e
        except FetchError as e:
            self.pace.answered(url, tired=e.transient, wait=e.retry_after)
            raise
        self.pace.answered(url, tired=False)
        return got

    def _hop(self, target: str) -> None:
        """A redirect's target is asked only when its own host's robots.txt allows it (its pace is
        not kept: one request, in the turn of the host that redirected)."""
        if not self.settings.robots:
            return
        rules = self.robots.rules(target)
        if rules.blocked:  # the target's host does not answer (or may not be asked): nor will the page
            raise FetchError(target, rules.blocked)
        if not rules.allows(target):
            raise Disallowed(target, "which the site's robots.txt disallows")


@dataclass
class _Discovery:
    listings: list[state.Listing] = field(default_factory=list)
    pages: list[Entry] = field(default_factory=list)
    children: dict[str, list[Entry]] = field(default_factory=dict)  # sitemap index -> the sitemaps it lists
    read: int = 0
    unchanged: int = 0


def _discover(outlet: Outlet, known: dict[str, state.Listing], r: _Round, now: datetime) -> _Discovery:
    """Read an outlet's feeds, sitemaps and (when those give nothing) homepage; runs in a worker."""
    out = _Discovery()
    hosts = (*outlet.feeds, *outlet.sitemaps, *((outlet.homepage,) if outlet.homepage else ()))
    max_days = r.settings.max_age_days

    def keep(entries: list[Entry]) -> None:  # filtered as read: a year's sitemap is not held whole
        room = FOUND_PER_ROUND * max(1, r.settings.max_pages) - len(out.pages)
        kept = [e for e in entries if same_site(e.url, outlet.domains, hosts) and not _too_old(e, now, max_days)]
        out.pages += kept[: max(0, room)]

    def read(url: str, kind: str, parent: str | None = None) -> Fetched | None:
        before = known.get(url)
        try:
            got = r.get(url, *((before.etag, before.last_modified) if before else (None, None)))
        except FetchError as e:
            stamp = state.DISALLOWED if isinstance(e, Disallowed) else state.FAILED
            out.listings.append(state.Listing(url, kind, stamp, e.reason, parent=parent))
            return None
        out.read += 1
        out.unchanged += got.not_modified
        stamp = state.NOT_MODIFIED if got.not_modified else state.FETCHED
        out.listings.append(state.Listing(url, kind, stamp, None, got.etag, got.last_modified, parent))
        return got

    def unreadable(url: str, kind: str, why: str, parent: str | None = None) -> None:
        out.listings[-1] = state.Listing(url, kind, state.FAILED, why, parent=parent)

    for url in outlet.feeds:
        got = read(url, "feed")
        if got is not None and not got.not_modified:
            try:
                keep(feed_entries(got.body, got.url))
            except ValueError as e:
                unreadable(url, "feed", str(e))
    sitemaps: list[tuple[str, int, str | None]] = [(u, 0, None) for u in outlet.sitemaps]
    if not outlet.feeds and not outlet.sitemaps and outlet.homepage and r.settings.robots:
        sitemaps = [(u, 0, None) for u in r.robots.rules(outlet.homepage).sitemaps if canonical(u)]
    seen: set[str] = set()
    while sitemaps and len(seen) < r.settings.max_sitemaps:
        url, depth, parent = sitemaps.pop(0)
        if url in seen:
            continue
        seen.add(url)
        got = read(url, "sitemap", parent)
        if got is None:
            continue
        if got.not_modified:  # an index unchanged: the sitemaps it listed (they may have changed)
            children = [Entry(u, published=x.published) for u, x in known.items() if x.parent == url]
        else:
            try:
                children, pages = sitemap_entries(got.body, got.url, r.settings.policy.max_bytes)
            except ValueError as e:
                unreadable(url, "sitemap", f"not a readable sitemap: {e}", parent)
                continue
            keep(pages)
            if children:
                out.children[url] = children
        if depth < FOLLOW_SITEMAP_DEPTH:
            fresh = [c for c in children if canonical(c.url) and not _too_old(c, now, max_days)]
            fresh.sort(key=lambda c: _utc(c.published) or "", reverse=True)  # newest first
            sitemaps += [(canonical(c.url), depth + 1, url) for c in fresh]
    listed = any(x.state in (state.FETCHED, state.NOT_MODIFIED) for x in out.listings)
    if outlet.homepage and not listed:
        got = read(outlet.homepage, "home")
        if got is not None and not got.not_modified:
            keep(page_links(got.body, got.url))
    return out


def _when(published: str | None) -> datetime | None:
    """A listing's time in UTC (a bare date or time read as UTC); None when it is none or past
    what a datetime holds in UTC ("9999-12-31T23:59:59-05:00")."""
    if not published:
        return None
    try:
        when = datetime.fromisoformat(published)
        return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
    except (ValueError, OverflowError):
        return None


def _utc(published: str | None) -> str | None:
    """An ISO time in UTC, so that times of several offsets sort as they happened (a bare date
    stays as it is)."""
    when = _when(published)
    if when is None or published is None:
        return None
    return when.isoformat() if datetime.fromisoformat(published).tzinfo else published


def _too_old(entry: Entry, now: datetime, days: int) -> bool:
    when = _when(entry.published)
    return when is not None and now - when > timedelta(days=days)


def page_document(found: state.Found, got: Fetched) -> Document:
    """A fetched page as ingest reads it: the outlet the user follows it as, and what its listing
    said (title, time, language) as hints the page's own metadata may refine."""
    hints = Hints(
        title=found.title, url=got.url, outlet=found.outlet, published=found.published, language=found.language
    )
    return web_document(found.url, got.body, got.content_type, hints)


def follow(
    store: Store,
    outlets: Sequence[Outlet],
    settings: Settings | None = None,
    *,
    every: float | None = None,
    rounds: int | None = None,
    on_round: Callable[[RoundResult], None] | None = None,
    on_page: Callable[[str], None] | None = None,
    say: Callable[[str], None] | None = None,
) -> RoundResult:
    """Rounds every ``every`` seconds until ``rounds`` are done (one round without ``every``).
    Each round holds the store's follow lock (a cron run that started while a long round goes on
    would fetch the same queue at twice the pace), renewed as the round goes and released at its
    end; a killed run's claim runs out after LOCK_SECONDS. The first round refuses to start when
    another run holds the lock; a later one waits for the next turn."""
    owner = f"{socket.gethostname()} pid {os.getpid()} ({uuid.uuid4().hex[:8]})"
    done = 0
    last: RoundResult | None = None
    while True:
        started = time.monotonic()
        holder = state.claim(store, owner, LOCK_SECONDS)
        if holder is not None:
            message = f"another lintas follow is running on this store: {holder}; wait for it or stop it"
            if last is None:
                raise StoreError(message)
            if say is not None:
                say(f"lintas: round skipped: {message}")
        else:
            try:
                last = follow_round(store, outlets, settings, on_page=on_page, lock=_Lock(store, owner))
            finally:
                state.release(store, owner)
            done += 1
            if on_round is not None:
                on_round(last)
        if every is None or (rounds is not None and done >= rounds):
            assert last is not None
            return last
        time.sleep(max(0.0, every - (time.monotonic() - started)))


@dataclass
class _Lock:
    """The run's claim on the store's follow lock, renewed from the round's thread every
    LOCK_SECONDS / 3 (a step of a round never lasts that long: one request and its retries)."""

    store: Store
    owner: str
    renewed: float = field(default_factory=time.monotonic)

    def renew(self) -> None:
        if time.monotonic() - self.renewed < LOCK_SECONDS / 3:
            return
        holder = state.claim(self.store, self.owner, LOCK_SECONDS)
        if holder is not None:
            raise StoreError(f"this run's claim on the store ran out and {holder} took it; this round stops")
        self.renewed = time.monotonic()


def follow_round(
    store: Store,
    outlets: Sequence[Outlet],
    settings: Settings | None = None,
    *,
    on_page: Callable[[str], None] | None = None,
    pace: HostPace | None = None,
    lock: _Lock | None = None,
) -> RoundResult:
    """One round over ``outlets`` into ``store``: discover, queue, fetch, ingest. Ctrl-C ends it
    within a request's time-out (queued fetches are cancelled, waits end)."""
    settings = settings or Settings()
    pace = pace or HostPace(settings.host_delay, settings.host_concurrency)
    start = datetime.now(UTC)
    result = RoundResult(outlets=len(outlets))
    with Fetcher(settings.policy, sleep=pace.wait) as fetcher:
        r = _Round(fetcher, settings, pace, RobotsCache(fetcher, pace.turn))
        pool = ThreadPoolExecutor(max_workers=max(1, settings.workers), thread_name_prefix="lintas-follow")
        try:
            renew = lock.renew if lock is not None else (lambda: None)
            _discover_all(store, outlets, r, pool, result, start, renew)
            _fetch_all(store, outlets, r, pool, result, on_page, renew)
        except BaseException:
            pace.stop.set()
            fetcher.abort()
            raise
        finally:
            pool.shutdown(wait=not pace.stop.is_set(), cancel_futures=True)
    result.seconds = (datetime.now(UTC) - start).total_seconds()
    return result


def _discover_all(
    store: Store,
    outlets: Sequence[Outlet],
    r: _Round,
    pool: ThreadPoolExecutor,
    result: RoundResult,
    now: datetime,
    renew: Callable[[], None],
) -> None:
    known = {o.name: state.listings(store, o.name) for o in outlets}
    found = {o.name: pool.submit(_discover, o, known[o.name], r, now) for o in outlets}
    for o in outlets:
        try:
            d = found[o.name].result()
        except Stopped:
            raise
        except Exception as e:  # a last-resort guard: one outlet's listings never end the round
            d = _Discovery(listings=[state.Listing(_first_listing(o), "feed", state.FAILED, _internal(e))])
        renew()
        result.listings_read += d.read
        result.listings_unchanged += d.unchanged
        with store.write():
            for x in d.listings:
                state.note_listing(store, o.name, x)
            for parent, children in d.children.items():
                kids = {canonical(c.url): _utc(c.published) for c in children}
                state.set_children(store, o.name, parent, [(u, p) for u, p in kids.items() if u])
            pages: dict[str, state.Found] = {}
            for p in d.pages:
                url = canonical(p.url)
                if url:
                    pages.setdefault(url, state.Found(url, o.name, p.title, _utc(p.published), p.language))
            result.found += state.add_found(store, list(pages.values()))
        result.failed += [Rejected(x.url, x.reason or x.state) for x in d.listings if x.state == state.FAILED]
        result.disallowed += sum(x.state == state.DISALLOWED for x in d.listings)


def _first_listing(o: Outlet) -> str:
    return next(iter((*o.feeds, *o.sitemaps, o.homepage or o.name)))


def _internal(e: Exception) -> str:
    return f"could not be read (an error in lintas: {type(e).__name__}: {str(e)[:200]})"


def _fetch_all(
    store: Store,
    outlets: Sequence[Outlet],
    r: _Round,
    pool: ThreadPoolExecutor,
    result: RoundResult,
    on_page: Callable[[str], None] | None,
    renew: Callable[[], None],
) -> None:
    queue = _interleaved([f for o in outlets for f in state.queued(store, o.name, r.settings.max_pages, GIVE_UP)])
    batch: list[Document] = []
    for f, fut in _in_flight(pool, r, queue, 4 * max(1, r.settings.workers)):
        renew()
        try:
            batch.append(page_document(f, fut.result()))
        except Stopped:
            raise
        except ReadError as e:  # fetched, but no article (a PDF, an image, no text)
            with store.write():
                state.note_page(store, f.url, state.FETCHED, e.reason)
            result.fetched += 1
            result.rejected.append(Rejected(f.url, e.reason))
            continue
        except Exception as e:
            _failed(store, f, e, result)
            continue
        result.fetched += 1
        if on_page is not None:
            on_page(f.url)
        if len(batch) >= INGEST_BATCH:
            _ingest(store, batch, result, r.settings)
            batch = []
    _ingest(store, batch, result, r.settings)


def _failed(store: Store, f: state.Found, e: Exception, result: RoundResult) -> None:
    """Record a page that was not fetched, by why: refused by robots.txt, not asked this round
    (stays queued, no attempt counted), failed for a reason that may pass (asked again), or for
    good."""
    if isinstance(e, Deferred):  # not a failure of the page: its host is asked next round
        result.deferred += 1
        return
    if isinstance(e, Disallowed):
        final, reason = state.DISALLOWED, e.reason
        result.disallowed += 1
    else:
        reason = e.reason if isinstance(e, FetchError) else _internal(e)
        passing = not isinstance(e, FetchError) or e.transient
        final = state.FAILED if passing and f.attempts + 1 < GIVE_UP else state.GAVE_UP
        result.failed.append(Rejected(f.url, reason))
    with store.write():
        state.note_page(store, f.url, final, reason)


def _in_flight(
    pool: ThreadPoolExecutor, r: _Round, queue: list[state.Found], window: int
) -> Iterator[tuple[state.Found, Future[Fetched]]]:
    """The queue's fetches as they end, at most ``window`` submitted ahead: a round of 10,000
    pages holds a window of bodies in memory, not the round's, and a slow host holds up no other."""
    todo = iter(queue)
    pending: dict[Future[Fetched], state.Found] = {}
    while True:
        while len(pending) < window:
            f = next(todo, None)
            if f is None:
                break
            pending[pool.submit(r.get, f.url)] = f
        if not pending:
            return
        finished, _ = wait(pending, return_when=FIRST_COMPLETED)
        for fut in finished:
            yield pending.pop(fut), fut


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


def _ingest(store: Store, batch: list[Document], result: RoundResult, settings: Settings) -> None:
    """Ingest the fetched pages, then mark them fetched: a run killed between the two fetches
    them again and ingest skips what it stored."""
    if not batch:
        return
    failed: dict[str, str] = {}
    if settings.ingest:
        done = ingest_documents(store, batch)
        result.added += done.added
        result.duplicates += done.duplicates
        result.new_stories += done.new_stories
        result.rejected += done.rejected
        # A bug in lintas rejected these and the store did not keep them: fetched again next
        # round (after an upgrade it may pass), at most GIVE_UP times.
        failed = {r.input: r.reason for r in done.rejected if r.retry}
    with store.write():
        for doc in batch:
            if doc.input in failed:
                state.note_page(store, doc.input, state.FAILED, failed[doc.input])
            else:
                state.note_page(store, doc.input, state.FETCHED)


def parse_every(value: str) -> float:
    """'10m' -> 600.0 seconds ('30s', '2h', '1d'; a bare number is minutes)."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    v = value.strip().lower()
    number, unit = (v[:-1], v[-1]) if v and v[-1] in units else (v, "m")
    try:
        seconds = float(number) * units[unit]
    except ValueError as e:
        raise UsageError(f"--every {value!r}: give a time such as 10m, 30s, 2h") from e
    if not math.isfinite(seconds) or not 60 <= seconds <= 366 * 86400:
        raise UsageError(f"--every {value!r}: between a minute and a year (a site's feed is not news every second)")
    return seconds
