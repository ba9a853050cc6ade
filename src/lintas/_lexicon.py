"""Word lists and small text helpers shared by several stages (month and day names, time zones,
outlet names, word counts, open quotations)."""

from __future__ import annotations

import re
from functools import cache

MONTHS: dict[str, int] = {
    # Indonesian
    "januari": 1,
    "februari": 2,
    "pebruari": 2,
    "maret": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "nopember": 11,
    "desember": 12,
    # Indonesian short forms
    "jan": 1,
    "feb": 2,
    "peb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "agu": 8,
    "agt": 8,
    "agus": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "des": 12,
    # English
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
    "aug": 8,
    "oct": 10,
    "dec": 12,
}

# Monday = 0, as datetime.weekday().
WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}

# UTC offsets in minutes of the zone abbreviations news pages print.
TIMEZONES: dict[str, int] = {
    "wib": 7 * 60,
    "wita": 8 * 60,
    "wit": 9 * 60,
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "sgt": 8 * 60,
    "myt": 8 * 60,
    "aest": 10 * 60,
    "jst": 9 * 60,
    "est": -5 * 60,
    "edt": -4 * 60,
    "cst": -6 * 60,
    "cdt": -5 * 60,
    "mst": -7 * 60,
    "mdt": -6 * 60,
    "pst": -8 * 60,
    "pdt": -7 * 60,
    "bst": 60,
    "cet": 60,
    "cest": 120,
}

MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_PATTERN = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
TIMEZONE_PATTERN = "|".join(sorted(TIMEZONES, key=len, reverse=True))


def fold(text: str) -> str:
    """Lower-case and collapse spaces, for dictionary look-ups."""
    return " ".join(text.lower().split())


_SPACED_WORD = re.compile(r"[^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


# Words written with a period that ends no sentence: titles, ranks, degrees, months, US states
# ("Sgt.", "Calif.", "Rev.", "S.H.", "Jl."). The sentence splitter and de-gluing read them.
ABBREVIATIONS = frozenset(
    {
        "prof", "dr", "drs", "dra", "ir", "h", "hj", "kh", "no", "nomor", "jl", "jln", "kec", "kab", "kel",
        "ds", "desa", "rt", "rw", "tbk", "pt", "cv", "bpk", "bp", "ibu", "sdr", "sdri", "an", "a.n", "dll",
        "dsb", "dst", "tsb", "yth", "ybs", "kol", "brigjen", "mayjen", "letjen", "jend", "irjen", "kombes",
        "akbp", "akp", "iptu", "ipda", "aiptu", "bripka", "brigpol", "pol", "st", "s.h", "s.e", "s.pd",
        "s.kom", "m.si", "m.m", "m.h", "m.pd", "ph.d", "spd", "skm", "mr", "mrs", "ms", "jr", "sr", "vs",
        "etc", "inc", "ltd", "co", "corp", "gen", "lt", "col", "capt", "sgt", "rep", "sen", "gov", "pres",
        "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "agu", "agt", "sep", "sept", "oct",
        "okt", "nov", "dec", "des", "fig", "approx", "est", "dept", "univ", "rev", "calif", "mich", "ariz",
        "colo", "conn", "fla", "minn", "nev", "okla", "tenn", "tex",
        "wis", "penn", "det", "ofc", "mt", "ave", "blvd", "ft", "supt", "insp", "cpl", "pvt",
        "sgts", "gens", "atty", "hon", "messrs", "mmes",
    }
)  # fmt: skip


def count_words(text: str) -> int:
    """Words in ``text``; scripts written without spaces count two characters as a word."""
    return len(_SPACED_WORD.findall(text)) + len(_CJK_CHAR.findall(text)) // 2


def inside_quote(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end."""
    return quote_depth(text) > 0


def quote_depth(text: str, depth: int = 0) -> int:
    """How many quotations are open after ``text``, ``depth`` being open before it (to read a long
    line piece by piece). Scraped text mixes marks (“...\" closes with a straight quote), so a
    straight quote closes an open curly one; single quotes are skipped since they double as
    apostrophes."""
    for ch in text:
        if ch in "“«":
            depth += 1
        elif ch in "”»":
            depth = max(0, depth - 1)
        elif ch == '"':
            depth = depth - 1 if depth > 0 else 1
    return depth


@cache
def stop_words() -> frozenset[str]:
    """The stop words of Indonesian and English (spaCy's lists), case-folded."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.id.stop_words import STOP_WORDS as ID

    return frozenset(EN | ID)
