"""Junk removal over the lines of an article, for scraped text and for extracted HTML text alike."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lintas.clean.junk import TAIL_CREDIT, classify_line, is_doubled, is_tail_furniture, split_tail_marker
from lintas.model import RemovedLine

_TITLE_END = re.compile(r"[.;,]\s*$")


@dataclass(slots=True)
class LineSplit:
    """Body paragraphs, the title line (scraped text only) and every removed line."""

    title: str | None = None
    body: list[str] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)


def split_lines(content: str) -> list[str]:
    """Non-empty lines with inner whitespace collapsed (non-breaking spaces included)."""
    return [" ".join(line.split()) for line in content.split("\n") if line.strip()]


def clean_lines(
    lines: list[str], *, find_title: bool, known_title: str | None = None, trim_tail: bool = True
) -> LineSplit:
    """Sort lines into title, body and junk.

    ``find_title``: the first body-looking line is the title (scraped .txt files put it first).
    ``known_title``: a title given by the record; a line equal to it is taken as the title.
    ``trim_tail``: drop short unpunctuated lines after the body (scraped text keeps the page
    footer; HTML extraction has already cut the page at the article's end).
    """
    out = LineSplit()
    previous: str | None = None
    for line in lines:
        if is_doubled(line, previous):
            out.removed.append(RemovedLine(line, "duplicate"))
            continue
        previous = line
        kind = classify_line(line)
        if kind is not None:
            out.removed.append(RemovedLine(line, kind))
            continue
        if out.title is None and not out.body and _is_title(line, find_title, known_title):
            out.title = line
            continue
        out.body.append(line)
    if not out.body and out.title is not None and known_title is None:
        # A one-paragraph text (a short lead, a brief): its only line was guessed to be a title.
        out.body.append(out.title)
        out.title = None
    _trim_tail(out, trim_tail)
    return out


def _is_title(line: str, find_title: bool, known_title: str | None) -> bool:
    if known_title is not None:
        return " ".join(known_title.split()).casefold() == line.casefold()
    return find_title and len(line.split()) <= 30 and not _TITLE_END.search(line)


def _trim_tail(out: LineSplit, furniture: bool) -> None:
    tail: list[RemovedLine] = []
    while furniture and len(out.body) > 1 and is_tail_furniture(out.body[-1]):
        tail.append(RemovedLine(out.body.pop(), "furniture"))
    out.removed.extend(reversed(tail))
    if len(out.body) > 1 and TAIL_CREDIT.match(out.body[-1]):
        out.removed.append(RemovedLine(out.body.pop(), "credit"))
    if out.body:
        last, marker = split_tail_marker(out.body[-1])
        if marker:
            out.body[-1] = last
            out.removed.append(RemovedLine(marker, "marker"))
