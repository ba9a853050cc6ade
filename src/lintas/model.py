"""Plain dataclasses that flow between the pipeline stages.

Each stage is a function from one of these to the next:
``read`` yields :class:`Document`, ``clean`` turns it into :class:`Cleaned`,
``metadata`` adds :class:`Metadata`, and the orchestrator assembles :class:`Article`.
A document that cannot go on becomes a :class:`Rejected` carrying the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from lxml.html import HtmlElement

Format = Literal["text", "html"]


@dataclass(frozen=True, slots=True)
class Hints:
    """What the input itself says about the article (JSON record fields, HTTP headers)."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """Decoded input. Needs: nothing. Adds: text content, its format and record hints."""

    input: str
    content: str
    format: Format
    encoding: str
    hints: Hints = field(default_factory=Hints)


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that did not become an article, and the plain reason why. ``retry``: a bug in
    lintas rejected it, not the input; the store does not keep such a rejection, so the next run
    tries the input again (after an upgrade, it may pass)."""

    input: str
    reason: str
    retry: bool = False

    @classmethod
    def bug(cls, input: str, error: BaseException) -> Rejected:
        """The rejection a last-resort guard makes of an error nobody foresaw; running out of
        stack is the input's doing (nested too deeply), final like any other reason."""
        if isinstance(error, RecursionError):
            return cls(input, "cannot be read: nested too deeply")
        why = f"{type(error).__name__}: {str(error)[:300]}"
        return cls(input, f"cannot be read: {why} (a bug in lintas; please report it)", retry=True)

    def to_dict(self) -> dict[str, str]:
        return {"input": self.input, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line taken out of the body, with the rule that took it (kept for audit and metadata)."""

    text: str
    kind: str


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Metadata the HTML page declares (meta tags, JSON-LD)."""

    title: str | None = None
    site_name: str | None = None
    url: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None


@dataclass(slots=True)
class Cleaned:
    """Body text split into paragraphs. Needs: Document. Adds: body lines (glued words split on
    Indonesian pages), title line, junk, and the language the body is written in."""

    document: Document
    title: str | None
    lines: list[str]
    removed: list[RemovedLine]
    tree: HtmlElement | None = None
    language: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.lines)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the article says about itself. Needs: Cleaned. Adds: outlet, date, people, language."""

    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    language: str
    authors: tuple[str, ...] = ()
    cites: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with character offsets into the article's clean text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Article:
    """A read, cleaned and described article: the ``articles[]`` item of the report."""

    id: str
    input: str
    outlet: str | None
    url: str | None
    title: str | None
    published: str | None
    language: str
    authors: tuple[str, ...]
    cites: tuple[str, ...]
    text: str
    removed: tuple[str, ...]
    sentences: tuple[Sentence, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "input": self.input,
            "outlet": self.outlet,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "language": self.language,
            "authors": list(self.authors),
            "cites": list(self.cites),
            "text": self.text,
            "removed": list(self.removed),
            "sentences": [s.to_dict() for s in self.sentences],
        }


@dataclass(frozen=True, slots=True)
class ExtractResult:
    """Articles and rejections of one run, in input order."""

    articles: tuple[Article, ...]
    rejected: tuple[Rejected, ...]

    @property
    def ok(self) -> bool:
        return not self.rejected

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": [a.to_dict() for a in self.articles],
            "rejected": [r.to_dict() for r in self.rejected],
        }
