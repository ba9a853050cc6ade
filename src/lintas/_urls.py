"""One check of a web address lintas may fetch, for the outlet table, the follow client and its
canonical addresses."""

from __future__ import annotations

from urllib.parse import urlsplit


def fetchable(url: str) -> bool:
    """An http(s) address with a host and a valid port ("http://[::1/x", a port of 99999,
    "javascript:" and "file:" are not)."""
    try:
        parts = urlsplit(url.strip())
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:
        return False
