"""The SQL of ``lintas follow`` (follow.run): every address found or fetched, and how it went.

A page is found (``queued``), then fetched and ingested (``fetched``), or refused by robots.txt
(``disallowed``), or it failed (``failed``, tried again in a later round until
``give_up`` attempts). Feeds, sitemaps and homepages are read every round, conditionally (their
ETag and Last-Modified kept here). A run killed midway leaves its pages queued: the next run
fetches them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from lintas.store.base import Store, now

QUEUED, FETCHED, NOT_MODIFIED, FAILED, DISALLOWED, GAVE_UP, LISTED = (
    "queued", "fetched", "not-modified", "failed", "disallowed", "gave-up", "listed",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Found:
    """A page to fetch and what its listing said of it."""

    url: str
    outlet: str
    title: str | None = None
    published: str | None = None
    language: str | None = None
    attempts: int = 0


def add_found(store: Store, pages: Sequence[Found]) -> int:
    """Queue the pages not known yet; returns how many were new."""
    known = {r[0] for r in store._in("SELECT url FROM fetches WHERE url IN ({in})", [p.url for p in pages])}
    new = list({p.url: p for p in pages if p.url not in known}.values())
    stamp = now()
    store.execute_many(
        "INSERT INTO fetches (url, outlet, kind, state, title, published, language, found_at) "
        "VALUES (?, ?, 'page', ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING",
        [(p.url, p.outlet, QUEUED, p.title, p.published, p.language, stamp) for p in new],
    )
    return len(new)


def queued(store: Store, outlet: str, limit: int, give_up: int) -> list[Found]:
    """The outlet's pages to fetch this round, newest first: queued ones and failed ones not yet
    tried ``give_up`` times."""
    rows = store.query(
        "SELECT url, outlet, title, published, language, attempts FROM fetches WHERE outlet = ? AND kind = 'page' "
        "AND (state = ? OR (state = ? AND attempts < ?)) "
        "ORDER BY CASE WHEN published IS NULL THEN 1 ELSE 0 END, published DESC, found_at, url LIMIT ?",
        (outlet, QUEUED, FAILED, give_up, limit),
    )
    return [Found(r[0], r[1], r[2], r[3], r[4], int(r[5])) for r in rows]


@dataclass(frozen=True, slots=True)
class Listing:
    """A read of a feed, sitemap or homepage: how it went, its validators, the listing it was
    found in (a sitemap index) and the sitemaps it lists (read again when it answers 304)."""

    url: str
    kind: str
    state: str
    reason: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    parent: str | None = None
    published: str | None = None  # a sitemap's lastmod, as its index gave it


def listings(store: Store, outlet: str) -> dict[str, Listing]:
    """The outlet's listings as last read: url -> Listing."""
    rows = store.query(
        "SELECT url, kind, state, reason, etag, last_modified, parent, published FROM fetches "
        "WHERE outlet = ? AND kind != 'page' ORDER BY url",
        (outlet,),
    )
    return {r[0]: Listing(*r) for r in rows}


def set_children(store: Store, outlet: str, parent: str, children: Sequence[tuple[str, str | None]]) -> None:
    """Record the sitemaps (url, lastmod) a sitemap index lists now; those it no longer lists are
    its children no more (an index that answers 304 later is read through this list)."""
    store.execute("UPDATE fetches SET parent = NULL WHERE outlet = ? AND parent = ?", (outlet, parent))
    stamp = now()
    store.execute_many(
        "INSERT INTO fetches (url, outlet, kind, state, parent, published, found_at) "
        "VALUES (?, ?, 'sitemap', ?, ?, ?, ?) "
        "ON CONFLICT (url) DO UPDATE SET parent = excluded.parent, published = excluded.published",
        [(url, outlet, LISTED, parent, lastmod, stamp) for url, lastmod in children],
    )


def note_listing(store: Store, outlet: str, listing: Listing) -> None:
    """Record a read of a feed, sitemap or homepage (validators kept from before on a 304 or failure)."""
    stamp = now()
    x = listing
    store.execute(
        "INSERT INTO fetches (url, outlet, kind, state, reason, etag, last_modified, parent, found_at, fetched_at, "
        "attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (url) DO UPDATE SET state = excluded.state, "
        "reason = excluded.reason, etag = COALESCE(excluded.etag, fetches.etag), "
        "last_modified = COALESCE(excluded.last_modified, fetches.last_modified), "
        "parent = COALESCE(excluded.parent, fetches.parent), fetched_at = excluded.fetched_at, "
        "attempts = fetches.attempts + 1",
        (x.url, outlet, x.kind, x.state, x.reason, x.etag, x.last_modified, x.parent, stamp, stamp),
    )


def note_page(store: Store, url: str, state: str, reason: str | None = None) -> None:
    """Record how fetching a found page went."""
    store.execute(
        "UPDATE fetches SET state = ?, reason = ?, fetched_at = ?, attempts = attempts + 1 WHERE url = ?",
        (state, reason, now(), url),
    )


def claim(store: Store, owner: str, seconds: float) -> str | None:
    """Hold the store's follow lock for ``seconds`` more (taking it when it is free or its
    holder's claim ran out: a killed run); returns the holder when another run holds it."""
    stamp = datetime.now(UTC)
    until = (stamp + timedelta(seconds=seconds)).isoformat(timespec="seconds")
    with store.write():
        rows = store.query("SELECT owner, until FROM follow_lock WHERE id = 1")
        if rows and rows[0][0] != owner and datetime.fromisoformat(rows[0][1]) > stamp:
            return f"{rows[0][0]} (until {rows[0][1]} unless it renews)"
        store.execute(
            "INSERT INTO follow_lock (id, owner, until) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, until = excluded.until",
            (owner, until),
        )
    return None


def release(store: Store, owner: str) -> None:
    with store.write():
        store.execute("DELETE FROM follow_lock WHERE id = 1 AND owner = ?", (owner,))


def states(store: Store) -> list[tuple[str, str, str, int]]:
    """(outlet, kind, state, count) over everything followed."""
    rows = store.query(
        "SELECT outlet, kind, state, COUNT(*) FROM fetches GROUP BY outlet, kind, state ORDER BY outlet, kind, state"
    )
    return [(r[0], r[1], r[2], int(r[3])) for r in rows]


def failures(store: Store, limit: int) -> list[tuple[str, str, str, str | None, str | None]]:
    """(outlet, url, state, reason, when) of the latest failed or refused fetches."""
    rows = store.query(
        "SELECT outlet, url, state, reason, fetched_at FROM fetches WHERE state IN (?, ?, ?) "
        "ORDER BY fetched_at DESC, url LIMIT ?",
        (FAILED, GAVE_UP, DISALLOWED, limit),
    )
    return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]
