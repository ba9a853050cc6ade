"""Fetching web pages without letting a page steer lintas: a guarded HTTP GET.

httpx does the HTTP (connection reuse, TLS, HTTP/1.1 framing); what lintas adds is the guard, at
httpcore's socket layer. Every address a host name resolves to is checked before connecting: a
private, loopback, link-local or otherwise non-public address (also one carried inside an IPv6
address: mapped, 6to4, Teredo, NAT64) is refused unless the user allowed its network. The
address checked is the one connected to (no second lookup that a rebinding DNS server could
answer differently), and redirects are followed here, one hop at a time, each checked the same
way. A response is bounded in time at the socket (headers and body together: a server dripping
a byte a second is cut off), in bytes on the wire and after decompression (lintas decompresses
itself, a chunk at a time with an output limit: a gzip bomb stops at the limit; stacked codings
are refused), and in redirects. Nothing a page holds is run.
"""

from __future__ import annotations

import contextlib
import email.utils
import ipaddress
import math
import os
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import httpcore
import httpx

from lintas import __version__
from lintas._urls import fetchable
from lintas.errors import AddressRefused, FetchError, UsageError
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
# Not public, whatever this Python's ``is_global`` says (it learnt 6to4 and others late).
_NOT_PUBLIC = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/3", "::/128", "::1/128", "fc00::/7",
        "fe80::/10", "fec0::/10", "ff00::/8",
    )
)  # fmt: skip
# IPv6 prefixes that carry an IPv4 address in their last 32 bits (IPv4-compatible, SIIT, NAT64).
_V4_IN_LAST_32 = tuple(ipaddress.ip_network(n) for n in ("::/96", "::ffff:0:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48"))
# "private" for --allow: the private ranges and loopback, not link-local (the cloud metadata address).
_PRIVATE = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "fc00::/7", "::1/128")


def user_agent(contact: str | None = None) -> str:
    """What lintas calls itself to a server: its name and version, and how to reach its user."""
    if contact is not None and (not contact.isascii() or not contact.isprintable() or len(contact) > 200):
        raise UsageError("--contact: give an e-mail address or web address in plain ASCII, on one line")
    return f"lintas/{__version__} (news comparison; +{contact or 'https://pypi.org/project/lintas/'})"


def networks(values: Iterable[str]) -> tuple[Network, ...]:
    """The networks a user allows beside the public internet ("127.0.0.1", "10.0.0.0/8",
    "loopback" for 127.0.0.0/8 and ::1, "private" for the private ranges and loopback)."""
    out: list[Network] = []
    for value in values:
        v = value.strip().lower()
        if v == "loopback":
            out += [ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128")]
        elif v == "private":
            out += [ipaddress.ip_network(n) for n in _PRIVATE]
        else:
            try:
                out.append(ipaddress.ip_network(v, strict=False))
            except ValueError as e:
                raise UsageError(f"--allow {value!r}: not a network; give 10.0.0.0/8, 127.0.0.1 or loopback") from e
    return tuple(out)


def allowed(extra: Iterable[str] = ()) -> tuple[Network, ...]:
    """The networks allowed beside the public internet: ``extra`` (``--allow``) and ``LINTAS_ALLOW``
    (comma-separated)."""
    return networks([*extra, *(x for x in os.environ.get("LINTAS_ALLOW", "").split(",") if x.strip())])


def _inner_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if any(ip in n for n in _V4_IN_LAST_32) and int(ip) & 0xFFFFFFFF and ip != ipaddress.IPv6Address("::1"):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def refused(address: str, allow: tuple[Network, ...]) -> str | None:
    """Why connecting to ``address`` is refused, or None when it is public or allowed."""
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        ip = _inner_v4(ip) or ip
    if any(ip.version == n.version and ip in n for n in allow):
        return None
    if ip.is_global and not any(ip.version == n.version and ip in n for n in _NOT_PUBLIC):
        return None
    kind = (
        "loopback" if ip.is_loopback
        else "link-local" if ip.is_link_local
        else "private" if ip.is_private and not ip.is_reserved and not ip.is_multicast
        else "reserved"
    )  # fmt: skip
    return f"refused: it resolves to {kind} address {ip} (allow it with --allow {ip} if you mean it)"


# The deadline of the request the calling thread is making: the socket reads and writes of any
# connection it uses wait at most until then.
_deadline = threading.local()


def _left(timeout: float | None) -> float | None:
    at: float | None = getattr(_deadline, "at", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the response did not end in time")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    """A socket stream whose every read and write ends by the request's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner
        self.on_close: Callable[[_Stream], None] | None = None

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, _left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _left(timeout))

    def close(self) -> None:
        if self.on_close is not None:
            self.on_close(self)
        self.inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        self.inner = self.inner.start_tls(ssl_context, server_hostname, _left(timeout))
        return self  # the same stream, still known to ``abort``

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to addresses ``refused`` lets through."""

    def __init__(self, allow: tuple[Network, ...]) -> None:
        self.allow = allow
        self.open: set[_Stream] = set()  # for ``abort``
        self._lock = threading.Lock()

    def _closed(self, stream: _Stream) -> None:
        with self._lock:
            self.open.discard(stream)

    def abort(self) -> None:
        """Cut every open connection: a thread blocked reading one returns at once (Ctrl-C)."""
        with self._lock:
            streams = list(self.open)
        for stream in streams:
            sock = stream.get_extra_info("socket")
            with contextlib.suppress(OSError, AttributeError):
                sock.shutdown(socket.SHUT_RDWR)

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
        except (OSError, UnicodeError) as e:
            raise FetchError(host, f"cannot resolve {host}: {getattr(e, 'strerror', None) or e}") from e
        reasons: list[str] = []
        failure: Exception | None = None
        for *_, sockaddr in answers:
            address = str(sockaddr[0])
            why = refused(address, self.allow)
            if why is not None:
                reasons.append(why)
                continue
            try:  # the checked address itself is connected to; the next one if it does not answer
                stream = _Stream(super().connect_tcp(address, port, _left(timeout), local_address, socket_options))
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                failure = e
                continue
            with self._lock:
                self.open.add(stream)
            stream.on_close = self._closed
            return stream
        if failure is not None:
            raise failure
        raise AddressRefused(host, reasons[0] if reasons else f"{host} has no address")


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
    """One HTTP client for a run (connections are reused per host); safe to share between threads.
    ``sleep`` waits between retries (a run that is stopped passes one that returns at once)."""

    def __init__(self, policy: Policy | None = None, *, sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy or Policy()
        self.sleep = sleep
        transport = httpx.HTTPTransport(retries=0)
        # httpx builds httpcore's pool itself and names no option for its socket backend; the
        # guard is set on it (tests/follow/test_http.py fails if a new httpx stops using it).
        self.backend = _GuardedBackend(self.policy.allow)
        transport._pool._network_backend = self.backend
        self.client = httpx.Client(
            transport=transport,
            follow_redirects=False,
            trust_env=False,  # a proxy from the environment would connect where the guard does not look
            timeout=httpx.Timeout(self.policy.timeout, connect=self.policy.connect_timeout),
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def close(self) -> None:
        self.client.close()

    def abort(self) -> None:
        """End every request in flight now (from another thread): the run is stopping."""
        self.backend.abort()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
        truncate: bool = False,
        hop: Callable[[str], None] | None = None,
    ) -> Fetched:
        """GET ``url`` (conditionally when a validator is given), retrying what may pass; raises
        FetchError with the reason otherwise. ``truncate``: a body over ``max_bytes`` is cut there
        instead of refused (robots.txt is read up to a size). ``hop`` sees each address a redirect
        leads to before it is asked, and raises to refuse it (robots.txt of another host)."""
        p = self.policy
        for attempt in range(p.retries + 1):
            try:
                return self._once(url, etag, last_modified, max_bytes or p.max_bytes, truncate, hop)
            except FetchError as e:
                if not e.transient or attempt == p.retries:
                    raise
                wait = e.retry_after if e.retry_after is not None else p.backoff * 2**attempt
                if wait > p.max_wait:
                    raise
                self.sleep(wait)
        raise AssertionError("unreachable")

    def _once(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        max_bytes: int,
        truncate: bool,
        hop: Callable[[str], None] | None,
    ) -> Fetched:
        p = self.policy
        seen: list[str] = []
        current = url
        headers: dict[str, str] = {}
        for name, value in (("If-None-Match", etag), ("If-Modified-Since", last_modified)):
            if value is not None and _header_safe(value):
                headers[name] = value
        _deadline.at = time.monotonic() + p.timeout  # every hop of this attempt, headers and body
        try:
            while True:
                _check_address(url, current)
                if hop is not None and current != url:
                    hop(current)
                if current in seen:
                    raise FetchError(url, f"redirect loop ({len(seen)} hops, back to {current[:200]})")
                if len(seen) > p.max_redirects:
                    raise FetchError(url, f"more than {p.max_redirects} redirects")
                seen.append(current)
                with self.client.stream("GET", current, headers=headers) as r:
                    if r.status_code in _REDIRECTS:
                        location = r.headers.get("location", "").strip()
                        if not location:
                            raise FetchError(url, f"HTTP {r.status_code} redirect without a Location")
                        current = urljoin(current, location)
                        continue
                    if r.status_code == 304:
                        return Fetched(current, 304, b"", etag=etag, last_modified=last_modified)
                    if r.status_code in (408, 429) or r.status_code >= 500:
                        wait = _retry_after(r.headers)
                        raise FetchError(
                            url, f"HTTP {r.status_code}", transient=True, retry_after=wait, status=r.status_code
                        )
                    if r.status_code >= 400 or r.status_code < 200:
                        raise FetchError(url, f"HTTP {r.status_code}", status=r.status_code)
                    body = _read(r, url, max_bytes, truncate)
                    validators = [
                        v if _header_safe(v) else None for v in (r.headers.get("etag"), r.headers.get("last-modified"))
                    ]
                    return Fetched(str(r.url), r.status_code, body, r.headers.get("content-type", ""), *validators)
        except FetchError as e:
            if e.url == url:
                raise
            via = f"redirected to {current[:200]}, " if current != url else ""
            raise type(e)(url, via + e.reason, transient=e.transient) from e  # raised at the socket, for a host
        except httpx.TimeoutException as e:
            raise FetchError(url, f"timed out: no complete answer within {p.timeout:.0f} s", transient=True) from e
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as e:
            raise FetchError(url, f"cannot connect or read: {e}", transient=True) from e
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, httpx.LocalProtocolError, ValueError) as e:
            raise FetchError(url, f"cannot fetch: {e}") from e
        finally:
            _deadline.at = None


def _header_safe(value: str | None) -> bool:
    """A validator that can be sent back as it came (printable ASCII, one line)."""
    return bool(value) and value is not None and value.isascii() and value.isprintable() and len(value) <= 512


def _check_address(url: str, current: str) -> None:
    if not fetchable(current):
        raise FetchError(url, f"not a web address lintas fetches: {current[:200]!r} (http or https only)")


def _decoder(coding: str, url: str) -> Callable[[bytes, int], bytes] | None:
    """A bounded decompressor for the response's Content-Encoding (None: identity). One coding
    only: stacked ones ("gzip, gzip") multiply what a few bytes on the wire unpack to."""
    codings = [c.strip().lower() for c in coding.split(",") if c.strip() and c.strip().lower() != "identity"]
    if not codings:
        return None
    if len(codings) > 1:
        raise FetchError(url, f"refused: more than one content coding ({coding[:80]})")
    if codings[0] not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(url, f"refused: a content coding lintas does not read ({codings[0][:40]})")
    state: list[Any] = []

    def decode(data: bytes, limit: int) -> bytes:
        if not data:  # the end: a stream cut short is no body
            if state and not state[0].eof:
                raise FetchError(url, "cannot read: its compressed body ends early")
            return b""
        if not state:  # deflate is zlib-wrapped, or raw from some servers
            wbits = 16 + zlib.MAX_WBITS if codings[0] != "deflate" else zlib.MAX_WBITS if data[:1] == b"\x78" else -15
            state.append(zlib.decompressobj(wbits))
        d = state[0]
        out = d.decompress(data, limit)
        while d.unconsumed_tail and len(out) < limit:
            out += d.decompress(d.unconsumed_tail, limit - len(out))
        return bytes(out)

    return decode


def _read(r: httpx.Response, url: str, max_bytes: int, truncate: bool) -> bytes:
    """The body, at most ``max_bytes`` on the wire and once decoded."""
    declared = r.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes and not truncate:
        raise FetchError(url, f"too large: {int(declared):,} bytes (the limit is {max_bytes:,})")
    decode = _decoder(r.headers.get("content-encoding", ""), url)
    chunks: list[bytes] = []
    size = wire = 0
    try:
        for raw in r.iter_raw():
            wire += len(raw)
            data = decode(raw, max_bytes - size + 1) if decode else raw
            size += len(data)
            chunks.append(data)
            if size > max_bytes or wire > max_bytes:
                if truncate:
                    return b"".join(chunks)[:max_bytes]
                raise FetchError(url, f"too large: more than {max_bytes:,} bytes")
        if decode is not None:
            decode(b"", 0)
    except zlib.error as e:
        raise FetchError(url, f"cannot read: its compressed body is broken ({e})") from e
    return b"".join(chunks)


def _retry_after(headers: httpx.Headers) -> float | None:
    """Retry-After in seconds (a number or an HTTP date), or None."""
    value = headers.get("retry-after", "").strip()
    if value.isdigit():
        return float(value)
    with contextlib.suppress(TypeError, ValueError, OverflowError):
        when = email.utils.parsedate_to_datetime(value)
        wait = when.timestamp() - time.time()
        return max(0.0, wait) if math.isfinite(wait) else None
    return None
