"""Ages of named people: "Martin Cole, 64,", "a 17-year-old ... Evan Price", "Andi (34)",
"Budi, 45 tahun", "Rina yang berusia 29 tahun", "the 25-year-old victim ... identified her as Rina Baez".

An age is tied to the name it stands next to, or to a described person the same clause then
names ("identified her as"), never to a person further away: news gives an age once, beside the
name, and an age elsewhere in the sentence belongs to someone else as often as not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from lintas.analyse.entities import Mention
from lintas.analyse.gazetteer import ORG_INDEX, PLACE_INDEX, ROLE_WORDS, fold
from lintas.analyse.numbers import UNITS_EN

_AFTER = re.compile(
    r"(?:,[ \t]*(?P<a>\d{1,3})[ \t]*(?:,|\.(?!\d)|;|\)|$|[ \t]+(?:of|from|dari|asal)\b)"  # "Martin Cole, 64, of ..."
    r"|[ \t]*\([ \t]*(?P<b>\d{1,3})[ \t]*(?:tahun|th|thn)?[ \t]*\)"  # "Andi (34)"
    r"|,?[ \t]*(?:yang[ \t]+)?(?:berusia|berumur|usia|umur|aged|age)[ \t]+(?P<c>\d{1,3})\b"  # "Rina yang berusia 29"
    r"|,[ \t]*(?P<d>\d{1,3})[ \t]+tahun\b)",  # "Budi, 45 tahun"
    re.I,
)
_BEFORE = re.compile(r"\b(?P<a>\d{1,3})-year-old[ \t]+(?:(?:[a-z]+|[A-Z][a-z]+)[ \t]+){0,2}$")  # one line: one sentence
_ADJACENT = re.compile(r"\b(?P<a>\d{1,3})-year-old[ \t]+$")
# What follows a person's name as the subject of its clause, not a place's used as an adjective
# ("a 25-year-old Chicago man") or a noun ("a 21-year-old Marine.").
_NEXT_VERBS = r"of|was|is|who|has|had|said|died|faces|allegedly|remains|waived|pleaded"
_PERSON_NEXT = re.compile(rf"[ \t]+(?:{_NEXT_VERBS})\b")
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
        found: tuple[int, int, int] | None = None
        if m.type != "PER":
            # A name the tagger took for a place or an organisation ("20-year-old Kahleal Black"
            # as LOC) is a person's when an age stands right before it.
            adjacent = _ADJACENT.search(text, max(0, m.start - 20), m.start)
            after = _AFTER.match(text, m.end, min(len(text), m.end + 40))
            if adjacent and _PERSON_NEXT.match(text, m.end) and _two_names(m.text):
                found = (int(adjacent.group("a")), adjacent.start("a"), adjacent.end("a"))
            elif after and after.group("a") and _two_names(m.text):  # "Alexis Malone, 17, who" as LOC
                found = (int(after.group("a")), after.start("a"), after.end("a"))
            _add(out, seen, m, found)
            continue
        after = _AFTER.match(text, m.end, min(len(text), m.end + 40))
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
        _add(out, seen, m, found)
    return out


def _two_names(text: str) -> bool:
    """Two or three capitalised words no gazetteer knows as a place or an organisation."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and fold(text) not in PLACE_INDEX
        and fold(text) not in ORG_INDEX
    )


def _add(out: list[Age], seen: set[tuple[str, int]], m: Mention, found: tuple[int, int, int] | None) -> None:
    if found is None or not 0 < found[0] < 111 or (m.key, found[0]) in seen:
        return
    seen.add((m.key, found[0]))
    out.append(Age(m.name, m.key, found[0], m.sentence, found[1], found[2]))


# "Murjan Issack Abdi, 20, was booked", "Murjan Abdi, age 19": a person's name by its age, where
# the tagger found no name.
_NAME_AGE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2}),[ \t]*(?:age[ \t]+)?(?P<a>\d{1,2})"
    r"[ \t]*(?:,|\.(?!\d)|;|$|[ \t]+of\b)",
    re.M,
)
# Words before a name that are a title or a role ("Presiden Maruf Amin, 83", "Suspect John Smith, 20"),
# dropped; words that make it no person's name at all ("Kota Padang Panjang, 5", "Monday, 20").
_TITLE_WORDS = ROLE_WORDS | frozenset({"police", "officer", "sheriff", "suspect", "victim", "korban", "tersangka",
                                       "pelaku", "sgt", "det", "lt", "capt", "cpl", "officers"})  # fmt: skip
_NOT_NAME_WORDS = frozenset(
    {"the", "a", "an", "on", "in", "at", "of", "and", "but", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "street", "avenue", "road", "county", "city", "room", "route", "highway",
     "interstate", "suite", "apartment", "unit", "no", "kota", "kabupaten", "kecamatan", "desa", "kelurahan",
     "jalan", "provinsi", "kampung"}
)  # fmt: skip


# "shooting victim 20-year-old Dashwan Smith of Des Moines": the age before a name the tagger
# missed, the name then going on as a person's does (not "a 21-year-old Des Moines man", "a
# 30-year-old Fort Dodge, Iowa, man").
_AGE_NAME = re.compile(
    r"\b(?P<a>\d{1,2})-year-old[ \t]+(?:(?:shooting|murder|homicide|crash)[ \t]+)?"
    r"(?:(?:victim|suspect|man|woman|boy|girl|teen|driver|gunman|shooter|officer|student|resident)[ \t]+)?"
    r"(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2})"
    r"(?=[ \t]*(?:,(?![ \t]*[A-Z])|[;:)]|\.(?!\d)|$)|[ \t]+(?:and|" + _NEXT_VERBS + r")\b)",  # not "Fort Dodge, Iowa,"
    re.M,
)


def unnamed_ages(text: str, mentions: Sequence[Mention], starts: Sequence[int]) -> list[Age]:
    """Ages by names the tagger missed or cut ("Murjan Abdi, age 19", "Abdi" alone tagged), where no
    mention holds the whole name; ``starts``: the sentences' first offsets."""
    taken = [(m.start, m.end) for m in mentions]
    out: list[Age] = []
    for m in [*_NAME_AGE.finditer(text), *_AGE_NAME.finditer(text)]:
        if m.re is _AGE_NAME and not _two_names(m.group("name")):
            continue
        words = m.group("name").split()
        if any(w.lower() in _NOT_NAME_WORDS for w in words):
            continue
        while words and words[0].lower().strip(".") in _TITLE_WORDS:
            words.pop(0)
        if len(words) < 2 or any(w.lower() in _TITLE_WORDS for w in words):
            continue
        if not 0 < int(m.group("a")) < 111:
            continue
        if any(a <= m.start("name") and m.end("name") <= b for a, b in taken):
            continue  # the tagger has the whole name (a mention of its last word alone does not)
        name = " ".join(words)
        sentence = max(0, bisect_right(starts, m.start()) - 1)
        out.append(Age(name, f"per:{name.lower()}", int(m.group("a")), sentence, m.start("a"), m.end("a")))
    return out


@dataclass(frozen=True, slots=True)
class DescribedAge:
    """An age given to a person the article describes without a name: "a 46-year-old man",
    "the boy, 12,", "seorang bocah berusia 5 tahun". ``kinds``: what the description says the
    person is (sex and age group, victim or suspect), compared only with a like description."""

    kinds: frozenset[str]
    words: str
    role: str | None  # "victim" or "doer" when the clause says which, else None
    value: int
    sentence: int
    start: int
    end: int


# Description words -> what they say of the person. Kin words ("son", "anak" as child of) and
# jobs name no group a second outlet would use for the same person.
_DESCRIBED = {
    **dict.fromkeys(("man", "male", "father", "husband", "pria", "lelaki", "laki-laki", "pemuda"), "man"),
    **dict.fromkeys(("woman", "female", "mother", "wife", "lady", "wanita", "perempuan", "ibu"), "woman"),
    **dict.fromkeys(("boy",), "boy"),
    **dict.fromkeys(("girl", "gadis"), "girl"),
    **dict.fromkeys(("teen", "teenager", "juvenile", "youth", "remaja"), "teen"),
    **dict.fromkeys(("child", "toddler", "baby", "infant", "kid", "bocah", "balita", "bayi"), "child"),
    **dict.fromkeys(("victim", "korban"), "victim"),
    **dict.fromkeys(("suspect", "gunman", "shooter", "pelaku", "tersangka"), "suspect"),
}  # fmt: skip
_KIN = frozenset(
    ("son", "daughter", "brother", "sister", "cousin", "nephew", "niece", "grandson", "granddaughter", "stepson",
     "stepdaughter", "friend", "boyfriend", "girlfriend", "sibling")
)  # fmt: skip
# Words after a bare "a 24-year-old" that show it is a person: a verb or a joining word, or an
# adjective before the noun ("a 25-year-old white man").
_BARE_NEXT = frozenset(
    ("is", "was", "were", "has", "had", "who", "died", "dies", "suffered", "sustained", "remains", "remained",
     "and", "or", "with", "from", "in", "at", "on", "of", "later", "also", "then", "still", "faces", "allegedly",
     "white", "black", "hispanic", "asian", "local", "unidentified", "unnamed", "young", "old", "yang", "itu")
)  # fmt: skip
_AGE_WORDS = {w: v for w, v in UNITS_EN.items() if 1 <= v <= 20 and w != "a"}
_AGE = r"(?P<a>\d{1,2}|" + "|".join(sorted(_AGE_WORDS, key=len, reverse=True)) + ")"
_DESCRIBED_EN = re.compile(
    r"\b(?i:a|an|the|one|another|his|her|their)[ \t]+(?i:" + _AGE + r")[- ]year[- ]old"
    r"(?=(?P<w>(?:[ \t]+(?!and\b|or\b)[a-z]+){0,2})(?P<next>[ \t]+[A-Z][a-z]+)?)",
)
_DESCRIBED_AFTER = re.compile(
    r"\b(?i:a|an|the|another)[ \t]+(?P<w>(?:[a-z]+[ \t]+)?[a-z]+),[ \t]*(?:age[ \t]+|aged[ \t]+)?(?P<a>\d{1,2}),"
)
_DESCRIBED_ID = re.compile(
    r"(?<![\w-])(?P<w>(?:seorang[ \t]+)?[a-z-]+(?:[ \t]+(?:laki-laki|perempuan))?)[ \t]+"
    r"(?:(?:yang[ \t]+)?(?:berusia|berumur|usia|umur)[ \t]+)?(?P<a>\d{1,2})[ \t]+tahun\b"
    r"(?![ \t]+(?:(?:yang[ \t]+)?(?:lalu|silam)|penjara|kurungan|terakhir|kemudian|belakangan|sejak))",
    re.I,
)
# The description is then named: the age is the named person's (``person_ages`` has it).
_THEN_NAMED = re.compile(
    r"[^.;!?\n]{0,50}?\b(?:identified[ \t]+(?:him[ \t]+|her[ \t]+)?as|bernama|berinisial)\b"
    r"|(?:[ \t]+[a-z]+){0,2},[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]+"  # "a 7-year-old girl, Iris Rodriguez,"
    r"|[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]+",  # "the 16-year-old Evan Price"
)
# Who the described person is in the event, read off the clause around the description: the
# 16-year-old who shot and the 15-year-old who was shot are two boys.
_VICTIM_BEFORE = re.compile(
    r"\b(?:shot|killed|wounded|struck|hit|injured|injuring|killing|wounding|left|"
    r"(?:death|killing|shooting|murder|slaying|stabbing)[ \t]+of|victim[ \t]+(?:is|was|as)|"
    r"menewaskan|melukai|menembak|korban)[ \t]+(?:(?:a|an|the|seorang)[ \t]+)?$",
    re.I,
)
_DOER_BEFORE = re.compile(
    r"\b(?:by|oleh|(?:arrest|arraignment|conviction|sentencing)[ \t]+of)[ \t]+(?:(?:a|an|the|seorang)[ \t]+)?$", re.I
)
_VICTIM_AFTER = re.compile(
    r"[^.;,]{0,30}?\b(?:(?:was|were|is|has[ \t]+been|had[ \t]+been)[ \t]+(?:\w+ly[ \t]+)?(?:shot|killed|wounded|struck|"
    r"hit|injured|found(?![ \t]+(?:guilty|with))|pronounced|taken(?![ \t]+into[ \t]+custody)|transported|"
    r"hospitalized|rushed)|shot[ \t]+(?:in|at|on|through|multiple|twice|once|several)|died|dies|tewas|meninggal|"
    r"terluka|(?:di|ter)tembak)\b",
    re.I,
)
_DOER_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:shot|fired|opened[ \t]+fire|killed|arrested|charged|custody|booked|admitted|appeared|faces|"
    r"accused|pleaded|menembak|menembakkan|ditangkap|diamankan|ditahan)\b",
    re.I,
)


def _role(text: str, start: int, end: int, kinds: frozenset[str]) -> str | None:
    if "victim" in kinds:
        return "victim"
    if "suspect" in kinds:
        return "doer"
    before = text[max(0, start - 40) : start]
    if _DOER_BEFORE.search(before):
        return "doer"
    if _VICTIM_BEFORE.search(before) or _VICTIM_AFTER.match(text, end):
        return "victim"
    return "doer" if _DOER_AFTER.match(text, end) else None


def described_ages(text: str, starts: Sequence[int]) -> list[DescribedAge]:
    """Ages of people described, not named; ``starts``: the sentences' first offsets. A
    description followed by a capitalised word ("the 16-year-old Price") is a name's."""
    out: list[DescribedAge] = []
    for rx in (_DESCRIBED_EN, _DESCRIBED_AFTER, _DESCRIBED_ID):
        for m in rx.finditer(text):
            if "next" in rx.groupindex and m.group("next") and (not m.group("w") or m.group("w").split()[-1] in _KIN):
                continue  # "the 16-year-old Price", "her 4-year-old daughter Sani": a name follows
            tail = m.end()
            if "next" in rx.groupindex:  # the description ends at its last describing word
                tail = m.end("a") + len("-year-old")
                for w in re.finditer(r"[a-z-]+", m.group("w")):
                    if w.group() in _DESCRIBED:
                        tail = m.start("w") + w.end()
            words = m.group("w").lower().split()
            if rx is _DESCRIBED_EN and words and words[0] not in _DESCRIBED and words[0] not in _BARE_NEXT:
                continue  # "a 10-year-old sedan", "a 12-year-old feud": no person
            kinds = frozenset(_DESCRIBED[w] for w in words if w in _DESCRIBED)
            if rx is not _DESCRIBED_EN and not kinds:
                continue  # "the store, 12," / "ditahan 2 tahun": no person described
            if _THEN_NAMED.match(text, tail):
                continue
            raw = m.group("a").lower()
            value = int(raw) if raw.isdigit() else _AGE_WORDS[raw]
            if not 0 < value < 100:
                continue
            sentence = max(0, bisect_right(starts, m.start()) - 1)
            role = _role(text, m.start(), tail, kinds)
            out.append(DescribedAge(kinds, " ".join(w for w in words if w in _DESCRIBED), role, value, sentence,
                                    m.start("a"), m.end("a")))  # fmt: skip
    return sorted(out, key=lambda x: x.start)
