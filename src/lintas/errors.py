"""One exception hierarchy for lintas.

    LintasError                 anything lintas raises on purpose
    ├── UsageError              the caller asked for something impossible (bad option, no input)
    ├── InputError              one input cannot become an article; carries ``input`` and ``reason``
    │   ├── ReadError           the bytes could not be read or decoded
    │   └── ExtractionError     the text holds no article (only navigation, junk, or too short)
    ├── StoreError              the corpus database cannot be opened, is locked, or lacks an item
    ├── FetchError              a web address could not be fetched (failed, too large, ...)
    │   ├── AddressRefused      it resolves to an address lintas may not connect to
    │   ├── Disallowed          the site's robots.txt forbids it
    │   └── Deferred            not asked this round: the site cannot say what it allows, or asks to wait
    ├── Later                   (inside lintas follow) a host's next turn is too far off this round
    ├── Stopped                 (inside lintas follow) the run was asked to stop: every wait ends
    └── MissingExtraError       an optional part is used without its extra installed

Pipeline stages raise ``InputError`` subclasses; the orchestrator turns each into a
``Rejected`` record so one bad file never stops a run and never hides why it was dropped.
"""

from __future__ import annotations


class LintasError(Exception):
    """Base class of every error lintas raises on purpose."""


class UsageError(LintasError):
    """The request itself is wrong (an unknown format, no paths); the CLI exits with 2."""


class InputError(LintasError):
    """One input cannot be turned into an article.

    The message is the plain reason shown to the user; ``input`` is the path or record key.
    """

    def __init__(self, input: str, reason: str) -> None:
        super().__init__(f"{input}: {reason}")
        self.input = input
        self.reason = reason


class ReadError(InputError):
    """The input could not be opened, was binary, too large, or could not be decoded."""


class ExtractionError(InputError):
    """The input was read but holds no article text."""


class StoreError(LintasError):
    """The corpus database cannot be used as asked; the message says which and what to do."""


class FetchError(LintasError):
    """A web address could not be fetched; ``reason`` says why in plain words. ``transient``: the
    same request may work later (a time-out, a 503), so it is retried; ``retry_after`` is the
    server's own wait in seconds, when it gave one."""

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        transient: bool = False,
        retry_after: float | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.transient = transient
        self.retry_after = retry_after
        self.status = status  # the HTTP status when the server answered one

    @property
    def gone(self) -> bool:
        """The server says the page is not there (404, 410): asking again will not help."""
        return self.status in (404, 410)


class AddressRefused(FetchError):
    """The address is private, loopback, link-local or otherwise not public (SSRF guard)."""


class Disallowed(FetchError):
    """The site's robots.txt forbids lintas this address."""


class Deferred(FetchError):
    """Not asked this round, and no attempt counted: the site's robots.txt cannot be read, or
    the host answered "wait" (429, 503) too often in a row."""


class Later(LintasError):
    """A host's next turn is more than a round should wait for: it is asked next round."""


class Stopped(LintasError):
    """The run was asked to stop (Ctrl-C): waits end at once."""


class MissingExtraError(LintasError):
    """An optional feature was used without its extra; the message names the pip command."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs the optional '{extra}' dependencies: run `pip install 'lintas[{extra}]'`")
        self.feature = feature
        self.extra = extra
