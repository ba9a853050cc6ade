"""The comparison report: plain dataclasses mirroring ../shared/report.schema.json."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lintas import _words as words
from lintas.model import Article, Rejected

if TYPE_CHECKING:
    from lintas.analyse import Analysis


@dataclass(frozen=True, slots=True)
class Source:
    article: str
    sentence: int
    text: str = ""

    def to_dict(self, with_text: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"article": self.article, "sentence": self.sentence}
        if with_text and self.text:
            d["text"] = self.text
        return d


@dataclass(slots=True)
class Fact:
    id: str
    text: str
    status: str  # agreed | single | disputed
    sources: list[Source]
    outlets: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "status": self.status,
                "sources": [s.to_dict() for s in self.sources], "outlets": self.outlets}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Claim:
    article: str
    sentence: int
    value: Any
    text: str
    qualifier: str | None = None
    outlet: str | None = None
    published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "sentence": self.sentence, "value": self.value, "text": self.text,
                "qualifier": self.qualifier, "outlet": self.outlet, "published": self.published}  # fmt: skip


def claim_of(an: Analysis, sentence: int, value: Any, text: str, qualifier: str | None = None) -> Claim:
    """A claim of an analysed article: where it is, its value, and who published it when."""
    a = an.article
    return Claim(a.id, sentence, value, text, qualifier, a.outlet, a.published)


@dataclass(slots=True)
class Discrepancy:
    """Outlets that differ on one thing. What it is about is kept as a topic key and a subject
    (``deaths`` / ``2026-11``, ``spelling`` / a name), so that it can be said in any interface
    language (lintas._words); ``about`` and ``note`` are the English wording."""

    kind: str  # number | date | time | attribution | quote | name
    topic: str  # a key of lintas._words.TOPICS
    claims: list[Claim]
    compatible: bool
    subject: str | None = None  # the period, person, place or quote the topic is of
    note_key: str | None = None  # latest | attacker
    latest: str | None = None  # article id of the most recently published claim, when they differ in time

    @property
    def about(self) -> str:
        return words.about(self.topic, self.subject, "en")

    @property
    def note(self) -> str | None:
        return words.note(self.structure(), "en")

    def structure(self) -> dict[str, Any]:
        """The language-free part of the JSON object: enough to say it in any language."""
        d: dict[str, Any] = {"kind": self.kind, "topic": self.topic, "subject": self.subject,
                             "claims": [c.to_dict() for c in self.claims], "compatible": self.compatible}  # fmt: skip
        if self.note_key:
            d["note_key"] = self.note_key
        if self.latest:
            d["latest"] = self.latest
        return d

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        d = self.structure()
        d["about"] = words.about(self.topic, self.subject, lang)
        if said := words.note(d, lang):
            d["note"] = said
        return d


@dataclass(slots=True)
class StoryEntity:
    id: str
    name: str
    type: str
    aliases: list[str]
    mentions: dict[str, int]
    roles: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": self.aliases,
                "mentions": self.mentions, "roles": self.roles}  # fmt: skip


@dataclass(frozen=True, slots=True)
class StoryQuote:
    speaker: str | None
    text: str
    article: str
    sentence: int
    direct: bool
    speaker_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "speaker_id": self.speaker_id, "text": self.text, "article": self.article,
                "sentence": self.sentence, "direct": self.direct}  # fmt: skip


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str
    text: str
    sources: tuple[Source, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "text": self.text, "sources": [s.to_dict(with_text=False) for s in self.sources]}


@dataclass(frozen=True, slots=True)
class DigestSentence:
    text: str  # English, for a composed sentence; ``to_dict`` says it in the report's language
    sources: tuple[Source, ...]
    composed: bool = False  # written by lintas from cited claims, not copied from an article
    discrepancy: dict[str, Any] | None = field(default=None, hash=False, compare=False)  # what it was composed from

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        d: dict[str, Any] = {"text": self.text, "sources": [s.to_dict(with_text=False) for s in self.sources],
                             "composed": self.composed}  # fmt: skip
        if self.discrepancy is not None:
            d["text"] = words.describe(self.discrepancy, lang)
            d["discrepancy"] = self.discrepancy
        return d


@dataclass(slots=True)
class Story:
    id: str
    title: str
    articles: list[str]
    copies: list[dict[str, Any]]
    entities: list[StoryEntity]
    facts: list[Fact]
    discrepancies: list[Discrepancy]
    quotes: list[StoryQuote]
    timeline: list[TimelineEntry]
    digest: list[DigestSentence]
    outlets: list[str] = field(default_factory=list)
    independent_sources: int = 0

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "articles": self.articles, "outlets": self.outlets,
            "independent_sources": self.independent_sources, "copies": self.copies,
            "entities": [e.to_dict() for e in self.entities], "facts": [f.to_dict() for f in self.facts],
            "discrepancies": [d.to_dict(lang) for d in self.discrepancies],
            "quotes": [q.to_dict() for q in self.quotes],
            "timeline": [t.to_dict() for t in self.timeline], "digest": [d.to_dict(lang) for d in self.digest],
        }  # fmt: skip


@dataclass(slots=True)
class Report:
    """What ``lintas compare`` produces; ``to_dict`` is the JSON contract."""

    lintas_version: str
    generated_at: str
    articles: list[Article]
    rejected: list[Rejected]
    stories: list[Story]

    @property
    def ok(self) -> bool:
        return not self.rejected

    def article(self, article_id: str) -> Article:
        return next(a for a in self.articles if a.id == article_id)

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """The JSON contract, with what lintas composes said in ``lang`` (id or en)."""
        return {
            "lintas_version": self.lintas_version,
            "generated_at": self.generated_at,
            "articles": [a.to_dict() for a in self.articles],
            "rejected": [r.to_dict() for r in self.rejected],
            "stories": [s.to_dict(lang) for s in self.stories],
        }
