"""Indonesian and English number words and formats to values.

"1.200" -> 1200, "5,4" -> 5.4, "Rp15.850" -> 15850, "1,5 juta" -> 1500000,
"seratus empat puluh lima" -> 145, "two hundred" -> 200. No library parses Indonesian number
words, so this is a small parser of its own.
"""

from __future__ import annotations

import re

UNITS_ID = {
    "nol": 0, "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
}  # fmt: skip
UNITS_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "dozen": 12,
}  # fmt: skip
SCALES = {
    "belas": 10, "puluh": 10, "ratus": 100, "ribu": 1000, "juta": 10**6, "miliar": 10**9, "milyar": 10**9,
    "triliun": 10**12, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "rb": 1000, "jt": 10**6, "m": 10**6, "bn": 10**9,
}  # fmt: skip
NUMBER_WORDS = frozenset(UNITS_ID) | frozenset(UNITS_EN) | frozenset(SCALES) - {"m", "a", "se", "rb", "jt", "bn"}

_DIGITS_ID = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")
_DIGITS_EN = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_digits(text: str, *, decimal_comma: bool = True) -> float | None:
    """A digit string in Indonesian ("1.200", "5,4") or English ("1,200", "5.4") notation.

    Ambiguous "1.200"/"1,200" follow ``decimal_comma`` (Indonesian: dot groups thousands).
    """
    t = text.strip()
    if decimal_comma:
        if _DIGITS_ID.match(t):
            return float(t.replace(".", "").replace(",", "."))
        if re.fullmatch(r"\d+\.\d{1,2}", t):  # "5.4" in an Indonesian text written the English way
            return float(t)
    else:
        if _DIGITS_EN.match(t):
            return float(t.replace(",", ""))
        if re.fullmatch(r"\d+,\d{1,2}", t):
            return float(t.replace(",", "."))
    return None


def parse_words(words: list[str]) -> float | None:
    """Number words ("seratus empat puluh lima", "two hundred and five") to a value, or None."""
    total, group, unit, seen = 0.0, 0.0, 0.0, False
    for raw in words:
        w = raw.lower()
        if w in ("dan", "and") and seen:
            continue
        if w not in UNITS_ID and w.startswith("se") and w[2:] in SCALES:  # sejuta, seratus, seribu
            unit, w = 1.0, w[2:]
        if w in UNITS_ID or w in UNITS_EN:
            value = UNITS_ID.get(w, UNITS_EN.get(w, 0))
            if value == 100:
                group += 100
            elif value == 1000:
                total += 1000
            else:
                unit += value
            seen = True
        elif w in SCALES and (seen or unit):
            scale = SCALES[w]
            if w == "belas":
                group, unit = group + unit + 10, 0.0
            elif scale < 1000:
                group, unit = group + (unit or 1) * scale, 0.0
            else:
                total, group, unit = total + ((group + unit) or 1) * scale, 0.0, 0.0
            seen = True
        else:
            return None
    return total + group + unit if seen else None
