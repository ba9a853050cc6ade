"""Sentence splitting for Indonesian and English news text, with offsets into the clean text.

A dateline before the lead ("Liputan6.com, Jakarta -", "JAKARTA, KOMPAS.com -", "TEMPO.CO,Jakarta-",
"CARBONDALE —") stays in the first sentence (clustering reads where a report was filed from, and
its names); ``dateline_end`` tells where the lead starts, for showing the sentence as a fact.
Lines are units of their own (titles, datelines, list items); inside a line a sentence ends at
. ! ? … unless the period closes an abbreviation (Prof., Jl., dll.), an initial (H. Ahmad),
or sits inside an open quotation, which keeps a multi-sentence quote in one unit.
"""

from __future__ import annotations

import re

from lintas._lexicon import ABBREVIATIONS, WEEKDAY_PATTERN, inside_quote
from lintas.analyse.gazetteer import PLACE_INDEX, fold
from lintas.metadata.outlet import known_outlet
from lintas.model import Sentence

_DASH = r"\s*(?:-{1,2}|—|–)\s*"
_DOMAIN = r"[A-Za-z][\w-]*(?:\.[A-Za-z]{2,6}){1,2}"
_PLACE = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}?"
_LEAD = r"(?=[\"“‘'A-Z])"  # the lead starts like a sentence: "NASA — the agency said" is no dateline
_DATELINE = re.compile(
    rf"^(?:{_DOMAIN}\s*,\s*{_PLACE}{_DASH}{_LEAD}"  # Liputan6.com, Jakarta - ; TEMPO.CO,Jakarta-
    rf"|{_DOMAIN}{_DASH}{_LEAD}"  # KOMPAS.com -
    rf"|{_PLACE}(?:\s*,\s*{_PLACE})?\s*,\s*(?P<named>{_DOMAIN}|{_PLACE}){_DASH}{_LEAD}"  # JAKARTA, KOMPAS.com -
    rf"|{_PLACE}(?:\s*,\s*{_PLACE})?\s*\((?P<paren>[^)\n]{{1,25}})\){_DASH}{_LEAD}"  # GARUT, Jawa Barat (ANTARA) -
    rf"|[A-Z][A-Z.'\- ]{{2,30}}?\s*(?:—|–|--)\s*{_LEAD}"  # CARBONDALE —
    rf"|[A-Z]{{3,}}(?:\s[A-Z]{{3,}})?-\s*{_LEAD}"  # JAKARTA- (Okezone)
    rf"|(?P<bare>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s-\s{_LEAD}"  # Jakarta - (detikcom)
    rf"|{_DOMAIN}\s*,\s*[A-Z][a-z]+\s+(?=[A-Z])"  # Liputan6.com, Jakarta Kita ... (the dash lost)
    r")"
)
_DATELINE_MAX_CHARS = 60


def dateline_end(line: str) -> int:
    """Where the lead starts after a dateline at the start of ``line`` (0 when there is none).
    The name before the dash must be an outlet ("Jakarta, CNN Indonesia --", "(Reuters)"), and a
    bare "Place -" a known place: "Manchester United - Liverpool" and "Bank Indonesia (BI) -" are
    the lead itself."""
    m = _DATELINE.match(line)
    if not m or m.end() > _DATELINE_MAX_CHARS or len(line[m.end() :].split()) < 3:
        return 0
    named, paren, bare = m.group("named"), m.group("paren"), m.group("bare")
    if named and "." not in named and known_outlet(named) is None:
        return 0
    if paren and known_outlet(paren) is None and "." not in paren:
        return 0
    if bare and fold(bare) not in PLACE_INDEX:
        return 0
    return m.end()


_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-Ý\-–—])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _is_abbreviation(before: str) -> bool:
    m = _WORD_BEFORE.search(before[-60:])  # the last word only: a whole long line made this quadratic
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # A lone capital ("H. Ahmad", "J. Smith") is an initial.
    return len(word) == 1 and word.isalpha() and m.group(1)[0].isupper()


_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.I)
# A weekday only ("p.m. April Johnson, 31, was ...", "p.m. Today, the family ..." start sentences),
# and not one that owns the next words ("p.m. Sunday's vigil drew ...").
_DAY_NEXT = re.compile(rf"\s+(?:{WEEKDAY_PATTERN})\b(?!['’]s\b)", re.I)


def split_line(line: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of one line."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(line):
        end = m.end()
        if m.group(0)[0] == "." and _is_abbreviation(line[start : m.start()]):
            continue
        if _CLOCK_END.search(line, max(start, m.end() - 6), m.end()) and _DAY_NEXT.match(line, m.end()):
            continue  # "at 6:45 p.m. Friday": the day belongs to the time
        if inside_quote(line[start:end]):
            continue
        spans.append((start, end))
        start = end
        while start < len(line) and line[start].isspace():
            start += 1
    if start < len(line) and line[start:].strip():
        spans.append((start, len(line.rstrip())))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``; each line is split on its own, offsets index into ``text``."""
    out: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        for s, e in split_line(line.strip()):
            start, end = offset + lead + s, offset + lead + e
            out.append(Sentence(text[start:end], start, end))
        offset += len(line) + 1
    return out
