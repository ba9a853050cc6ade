"""Fetching web pages without letting a page steer lintas: a guarded HTTP GET.

httpx does the HTTP (connection reuse, TLS, gzip, HTTP/1.1 framing); what lintas adds is the
guard. Every address a host name resolves to is checked before connecting, at the socket: a
private, loopback, link-local or otherwise non-public address is refused unless the user allowed
its network. The check and the connection use the same resolved address (no second lookup a
rebinding DNS server could answer differently), and redirects are followed here, one hop at a
time, so every hop is checked the same way. Responses are bounded in bytes (after
decompression: a gzip bomb stops at the limit), in time (the whole response, not each read: a
server dripping one byte a second is cut off) and in redirects. Nothing a page holds is run.
"""

from __future__ import annotations

import contextlib
import email.utils
import ipaddress
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from lintas import __version__
from lintas.errors import FetchError, UsageError
from lintas.settings import (
    FOLLOW_BACKOFF,
    FOLLOW_CONNECT_TIMEOUT,
    FOLLOW_MAX_BYTES,
    FOLLOW_MAX_REDIRECTS,
    FOLLOW_MAX_WAIT,
    FOLLOW_RETRIES,
    FOLLOW_TIMEOUT,
)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def user_agent(contact: str | None = None) -> str:
    """What lintas calls itself to a server: its name and version, and how to reach its user."""
    return f"lintas/{__version__} (news comparison; +{contact or 'https://pypi.org/project/lintas/'})"


def networks(values: Iterable[str]) -> tuple[Network, ...]:
    """The networks a user allows beside the public internet ("127.0.0.1", "10.0.0.0/8",
    "loopback" for 127.0.0.0/8 and ::1, "private" for every non-public range)."""
    out: list[Network] = []
    for value in values:
        v = value.strip().lower()
        if v == "loopback":
            out += [ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128")]
        elif v == "private":
            out += [ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0")]
        else:
            try:
                out.append(ipaddress.ip_network(v, strict=False))
            except ValueError as e:
                raise UsageError(
                    f"--allow {value!r}: not a network; give one as 10.0.0.0/8, 127.0.0.1 or loopback"
                ) from e
    return tuple(out)


def refused(address: str, allow: tuple[Network, ...]) -> str | None:
    """Why connecting to ``address`` is refused, or None when it is public or allowed."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if any(ip.version == n.version and ip in n for n in allow):
        return None
    if ip.is_global and not ip.is_multicast:
        return None
    kind = (
        "loopback"
        if ip.is_loopback
        else "link-local"
        if ip.is_link_local
        else "private"
        if ip.is_private
        else "reserved"
    )
    return f"refused: it resolves to {kind} address {ip} (allow it with --allow {ip} if you mean it)"


class Refused(Exception):
    """Raised at the socket: the address is not one lintas may connect to."""


class _GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to addresses ``refused`` lets through."""

    def __init__(self, allow: tuple[Network, ...]) -> None:
        self.allow = allow

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as e:
            raise httpcore.ConnectError(f"cannot resolve {host}: {e.strerror or e}") from e
        reasons = []
        for *_, sockaddr in answers:
            address = str(sockaddr[0])
            why = refused(address, self.allow)
            if why is None:  # the checked address itself is connected to: no second lookup
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            reasons.append(why)
        raise Refused(reasons[0] if reasons else f"{host} has no address")


@dataclass(frozen=True, slots=True)
class Policy:
    """What a fetch may cost and reach."""

    user_agent: str = user_agent()
    allow: tuple[Network, ...] = ()
    max_bytes: int = FOLLOW_MAX_BYTES
    timeout: float = FOLLOW_TIMEOUT
    connect_timeout: float = FOLLOW_CONNECT_TIMEOUT
    max_redirects: int = FOLLOW_MAX_REDIRECTS
    retries: int = FOLLOW_RETRIES
    backoff: float = FOLLOW_BACKOFF
    max_wait: float = FOLLOW_MAX_WAIT


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response: its final address (after redirects), status, body and validators. A 304 has no
    body: what was fetched before is still current."""

    url: str
    status: int
    body: bytes
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """One HTTP client for a run (connections are reused per host); safe to share between threads."""

    def __init__(self, policy: Policy | None = None, *, sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy or Policy()
        self.sleep = sleep
        transport = httpx.HTTPTransport(retries=0)
        # httpx builds httpcore's pool itself and names no option for its socket backend; the
        # guard is set on it (tests/follow/test_http.py fails if a new httpx stops using it).
        transport._pool._network_backend = _GuardedBackend(self.policy.allow)
        self.client = httpx.Client(
            transport=transport,
            follow_redirects=False,
            trust_env=False,  # a proxy from the environment would connect where the guard does not look
            timeout=httpx.Timeout(self.policy.timeout, connect=self.policy.connect_timeout),
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None, max_bytes: int | None = None
    ) -> Fetched:
        """GET ``url`` (conditionally when a validator is given), retrying what may pass; raises
        FetchError with the reason otherwise."""
        p = self.policy
        for attempt in range(p.retries + 1):
            try:
                return self._once(url, etag, last_modified, max_bytes or p.max_bytes)
            except FetchError as e:
                if not e.transient or attempt == p.retries:
                    raise
                wait = e.retry_after if e.retry_after is not None else p.backoff * 2**attempt
                if wait > p.max_wait:
                    raise FetchError(url, f"{e.reason}; the server asks to wait {wait:.0f} s") from e
                self.sleep(wait)
        raise AssertionError("unreachable")

    def _once(self, url: str, etag: str | None, last_modified: str | None, max_bytes: int) -> Fetched:
        p = self.policy
        seen: list[str] = []
        current = url
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        while True:
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError(url, f"not a web address lintas fetches: {current[:200]!r} (http or https only)")
            if current in seen:
                raise FetchError(url, f"redirect loop ({len(seen)} hops, back to {current[:200]})")
            if len(seen) > p.max_redirects:
                raise FetchError(url, f"more than {p.max_redirects} redirects")
            seen.append(current)
            deadline = time.monotonic() + p.timeout
            try:
                with self.client.stream("GET", current, headers=headers) as r:
                    if r.status_code in _REDIRECTS:
                        location = r.headers.get("location")
                        if not location:
                            raise FetchError(url, f"HTTP {r.status_code} redirect without a Location")
                        current = urljoin(current, location.strip())
                        continue
                    if r.status_code == 304:
                        return Fetched(current, 304, b"", etag=etag, last_modified=last_modified)
                    if r.status_code == 429 or r.status_code >= 500:
                        raise FetchError(
                            url, f"HTTP {r.status_code}", transient=True, retry_after=_retry_after(r.headers)
                        )
                    if r.status_code >= 400 or r.status_code < 200:
                        raise FetchError(url, f"HTTP {r.status_code}")
                    body = _read(r, url, max_bytes, deadline)
                    return Fetched(
                        str(r.url), r.status_code, body, r.headers.get("content-type", ""),
                        r.headers.get("etag"), r.headers.get("last-modified"),
                    )  # fmt: skip
            except Refused as e:
                raise FetchError(url, str(e) if current == url else f"redirected to {current[:200]}, {e}") from e
            except httpx.TimeoutException as e:
                raise FetchError(url, f"timed out after {p.timeout:.0f} s", transient=True) from e
            except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as e:
                raise FetchError(url, f"cannot connect or read: {e}", transient=True) from e
            except (httpx.InvalidURL, httpx.UnsupportedProtocol, httpx.DecodingError, httpx.LocalProtocolError) as e:
                raise FetchError(url, f"cannot fetch: {e}") from e


def _read(r: httpx.Response, url: str, max_bytes: int, deadline: float) -> bytes:
    """The body, at most ``max_bytes`` once decoded and before ``deadline``."""
    declared = r.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes and not r.headers.get("content-encoding"):
        raise FetchError(url, f"too large: {int(declared):,} bytes (the limit is {max_bytes:,})")
    chunks: list[bytes] = []
    size = 0
    for chunk in r.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, f"too large: more than {max_bytes:,} bytes")
        if time.monotonic() > deadline:
            raise FetchError(url, "too slow: the response did not end in time", transient=True)
        chunks.append(chunk)
    return b"".join(chunks)


def _retry_after(headers: httpx.Headers) -> float | None:
    """Retry-After in seconds (a number or an HTTP date), or None."""
    value = headers.get("retry-after", "").strip()
    if value.isdigit():
        return float(value)
    with contextlib.suppress(TypeError, ValueError):
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time())
    return None
