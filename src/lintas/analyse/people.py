"""Ages of named people: "Martin Cole, 64,", "a 17-year-old ... Evan Price", "Andi (34)",
"Budi, 45 tahun", "Rina yang berusia 29 tahun", "the 25-year-old victim ... identified her as Rina Baez".

An age is tied to the name it stands next to, or to a described person the same clause then
names ("identified her as"), never to a person further away: news gives an age once, beside the
name, and an age elsewhere in the sentence belongs to someone else as often as not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lintas.analyse.entities import Mention

_AFTER = re.compile(
    r"(?:,[ \t]*(?P<a>\d{1,3})[ \t]*(?:,|\.(?!\d)|;|\)|$|[ \t]+(?:of|from|dari|asal)\b)"  # "Martin Cole, 64, of ..."
    r"|[ \t]*\([ \t]*(?P<b>\d{1,3})[ \t]*(?:tahun|th|thn)?[ \t]*\)"  # "Andi (34)"
    r"|,?[ \t]*(?:yang[ \t]+)?(?:berusia|berumur|usia|umur|aged|age)[ \t]+(?P<c>\d{1,3})\b"  # "Rina yang berusia 29"
    r"|,[ \t]*(?P<d>\d{1,3})[ \t]+tahun\b)",  # "Budi, 45 tahun"
    re.I,
)
_BEFORE = re.compile(r"\b(?P<a>\d{1,3})-year-old[ \t]+(?:(?:[a-z]+|[A-Z][a-z]+)[ \t]+){0,2}$")  # one line: one sentence
# A described person then named, the description's own pronoun or noun taking the name: "the
# 25-year-old female victim; relatives identified her as", "seorang pria berusia 35 tahun yang
# diketahui bernama". No comma, no second person between: "a 17-year-old boy was shot by a man
# police identified as ..." names the man, "Pria 40 tahun ... bersama anaknya yang bernama ..." the son.
_NAMED_AS = re.compile(
    r"\b(?P<a>\d{1,3})-year-old\b(?:(?!\bby\b)[^.;:!?,\n]){0,60}?\bidentified[ \t]+(?:him|her)[ \t]+as[ \t]+$"
    r"|\b(?:berusia|berumur|usia|umur)[ \t]+(?P<b>\d{1,3})[ \t]+tahun\b"
    r"(?:(?!\b(?:bersama|dengan|anak\w*|istri\w*|suami\w*|ayah\w*|ibu\w*|oleh)\b)[^.;:!?,\n]){0,30}?"
    r"\b(?:bernama|berinisial)[ \t]+$",
    re.I,
)
_NAMED_AS_CHARS = 110


@dataclass(frozen=True, slots=True)
class Age:
    """A person's age as the article states it, beside the person's mention."""

    person: str  # the mention's canonical name
    key: str  # the mention's entity key
    value: int
    sentence: int
    start: int
    end: int


def person_ages(text: str, mentions: Sequence[Mention]) -> list[Age]:
    """Every age stated next to a person's mention, once per (person, value)."""
    out: list[Age] = []
    seen: set[tuple[str, int]] = set()
    for m in mentions:
        if m.type != "PER":
            continue
        after = _AFTER.match(text, m.end, min(len(text), m.end + 40))
        found: tuple[int, int, int] | None = None
        if after:
            group = next(g for g in "abcd" if after.group(g))
            found = (int(after.group(group)), after.start(group), after.end(group))
        else:
            window_start = max(0, m.start - 40)
            before = _BEFORE.search(text[window_start : m.start])
            if before:
                found = (int(before.group("a")), window_start + before.start("a"), window_start + before.end("a"))
            else:
                window_start = max(0, m.start - _NAMED_AS_CHARS)
                named = _NAMED_AS.search(text[window_start : m.start])
                if named:
                    group = "a" if named.group("a") else "b"
                    found = (
                        int(named.group(group)),
                        window_start + named.start(group),
                        window_start + named.end(group),
                    )
        if found is None or not 0 < found[0] < 111 or (m.key, found[0]) in seen:
            continue
        seen.add((m.key, found[0]))
        out.append(Age(m.name, m.key, found[0], m.sentence, found[1], found[2]))
    return out
