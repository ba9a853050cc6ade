"""Politeness per host: how often, how many at once, and when a host is left alone."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from lintas.errors import Later, Stopped
from lintas.follow.robots import origin

# A robots.txt Crawl-delay or Retry-After longer than this (seconds) leaves the host for the round
# instead of holding a worker: a site asking for an hour between requests is asked next round.
MAX_WAIT = 60.0
# Answers asking to wait (429, 503, time-outs) in a row after which a host is left for the round.
TIRED_AFTER = 3


@dataclass
class _Host:
    gate: threading.BoundedSemaphore
    next_at: float = 0.0
    strikes: int = 0
    resting: str | None = None  # why the host is left for the round


@dataclass
class HostPace:
    """Per host: at most ``concurrency`` requests at once, started ``delay`` seconds apart (longer
    when its robots.txt or a Retry-After asks); a host that keeps asking to wait is left alone for
    the round. ``stop`` ends every wait."""

    delay: float
    concurrency: int = 1
    stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _hosts: dict[str, _Host] = field(default_factory=dict)

    def _host(self, url: str) -> _Host:
        with self._lock:
            return self._hosts.setdefault(origin(url), _Host(threading.BoundedSemaphore(self.concurrency)))

    def resting(self, url: str) -> str | None:
        """Why the host of ``url`` is left alone for the round, or None."""
        return self._host(url).resting

    @contextlib.contextmanager
    def turn(self, url: str, delay: float | None = None) -> Iterator[None]:
        """Wait for the host's turn (``delay``: its robots.txt Crawl-delay), then hold one of its
        slots; raises Later when the turn is more than MAX_WAIT off."""
        host = self._host(url)
        with host.gate:
            with self._lock:
                if host.resting:
                    raise Later(host.resting)
                now = time.monotonic()
                start = max(now, host.next_at)
                if start - now > MAX_WAIT:
                    host.resting = f"the site asks for {start - now:.0f} s before the next request; asked next round"
                    raise Later(host.resting)
                host.next_at = start + max(self.delay, delay or 0.0)
            if start > now:
                self.wait(start - now)
            yield

    def wait(self, seconds: float) -> None:
        """Sleep, unless the run is stopped (then raise Stopped)."""
        if self.stop.wait(seconds) or self.stop.is_set():
            raise Stopped

    def answered(self, url: str, *, tired: bool, wait: float | None = None) -> None:
        """Note how the host answered: ``tired`` (429, 503, a time-out) pushes its next turn back
        by ``wait`` (its Retry-After) and counts a strike; a good answer clears the strikes."""
        host = self._host(url)
        with self._lock:
            if not tired:
                host.strikes = 0
                return
            host.strikes += 1
            if host.strikes >= TIRED_AFTER:
                host.resting = f"{host.strikes} answers in a row asked to wait; asked again next round"
            host.next_at = max(host.next_at, time.monotonic() + (wait or self.delay))
