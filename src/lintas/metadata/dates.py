"""Publication date-times as printed by news pages, to ISO 8601 with the offset when known."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from lintas._lexicon import MONTH_PATTERN, MONTHS, TIMEZONE_PATTERN, TIMEZONES, WEEKDAYS

_TZ = rf"(?P<tz>(?:gmt|utc)\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?|[+-]\d{{2}}:?\d{{2}}|(?:{TIMEZONE_PATTERN})\b)"
_TIME = rf"(?P<hh>\d{{1,2}})[.:](?P<mm>\d{{2}})(?::(?P<ss>\d{{2}}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?(?:\s*{_TZ})?"
_SEP = r"\s*(?:[,|\-–—]\s*)?(?:pukul\s+|jam\s+|at\s+)?"

_DMY_NAME = re.compile(
    rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{MONTH_PATTERN})\.?,?\s+(?P<y>\d{{4}})(?:{_SEP}{_TIME})?",
    re.I,
)
_MDY_NAME = re.compile(
    rf"\b(?P<mon>{MONTH_PATTERN})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})(?:{_SEP}{_TIME})?",
    re.I,
)
_NUMERIC = re.compile(rf"\b(?P<a>\d{{1,2}})[/.-](?P<b>\d{{1,2}})[/.-](?P<y>\d{{4}})(?:{_SEP}{_TIME})?", re.I)
_ISO_LIKE = re.compile(rf"\b(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:[T ]{_TIME}(?:\.\d+)?(?P<z>Z)?)?", re.I)


def _offset(tz: str | None) -> int | None:
    """Minutes east of UTC named by ``tz`` ('WIB', 'GMT+7', '+07:00'), None when absent/unknown."""
    if not tz:
        return None
    t = tz.lower().replace(" ", "")
    if t in TIMEZONES:
        return TIMEZONES[t]
    m = re.fullmatch(r"(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?", t)
    if not m:
        return None
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    return minutes if m.group(1) == "+" else -minutes


def _build(y: int, mo: int, d: int, m: re.Match[str], local_offset: int | None) -> str | None:
    try:
        if m.groupdict().get("hh") is None:
            return datetime(y, mo, d).date().isoformat()
        hh, mm = int(m.group("hh")), int(m.group("mm"))
        ampm = (m.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hh < 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
        ss = int(m.group("ss") or 0)
        offset = _offset(m.groupdict().get("tz"))
        if offset is None and m.groupdict().get("z"):
            offset = 0
        if offset is None:
            offset = local_offset
        tzinfo = timezone(timedelta(minutes=offset)) if offset is not None else None
        return datetime(y, mo, d, hh, mm, ss, tzinfo=tzinfo).isoformat()
    except ValueError:
        return None


def parse_published(text: str, *, local_offset: int | None = None, day_first: bool = True) -> str | None:
    """The first date (and time) in ``text`` as ISO 8601, or None.

    ``local_offset`` (minutes) applies to a bare local time: Indonesian outlets print WIB
    without saying so. ``day_first`` reads 03/04/2024 as 3 April (Indonesian and British use).
    """
    candidates: list[tuple[int, str]] = []
    for m in _ISO_LIKE.finditer(text):
        iso = _build(int(m["y"]), int(m["m"]), int(m["d"]), m, local_offset)
        if iso:
            candidates.append((m.start(), iso))
    for pattern in (_DMY_NAME, _MDY_NAME):
        for m in pattern.finditer(text):
            month = MONTHS[m["mon"].lower()]
            iso = _build(int(m["y"]), month, int(m["d"]), m, local_offset)
            if iso:
                candidates.append((m.start(), iso))
    for m in _NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        day, month = (a, b) if day_first or b > 12 else (b, a)
        if month > 12:
            day, month = month, day
        iso = _build(int(m["y"]), month, day, m, local_offset)
        if iso:
            candidates.append((m.start(), iso))
    if not candidates:
        return None
    return min(candidates)[1]


def has_timezone(text: str) -> bool:
    """Whether ``text`` names a zone, so that no local default should apply."""
    return re.search(rf"\d\s*{_TZ}\b", text, re.I) is not None


# A day in a page's address, as whole path segments: /2025/06/18/, /2025-06-18/, /20250618/ (a
# product number /p/20190101-shirt or /item/20121130 at the end is no day).
_URL_DAY = re.compile(r"/(?P<y>(?:19|20)\d{2})([/-]?)(?P<m>0[1-9]|1[0-2])\2(?P<d>0[1-9]|[12]\d|3[01])(?=/)")
# "Rabu (18/6/2025)", the day Indonesian leads tell; kept only when the weekday fits the date.
_WEEKDAY_DAY = re.compile(
    r"\b(?P<w>"
    + "|".join(sorted(WEEKDAYS, key=len, reverse=True))
    + r")\s*,?\s*\(\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*\)",
    re.I,
)
_LEAD_CHARS = 600  # the lead and dateline; later dates are often of other days


def day_from_url(url: str) -> str | None:
    """The day (ISO date) a news address carries, when a page has no publication date."""
    m = _URL_DAY.search(url)
    return _iso_day(int(m["y"]), int(m["m"]), int(m["d"])) if m else None


def day_from_lead(text: str) -> str | None:
    """The day a lead names with its weekday ("Rabu (18/6/2025)"), when a page has no date."""
    for m in _WEEKDAY_DAY.finditer(text[:_LEAD_CHARS]):
        day = _iso_day(int(m["y"]), int(m["m"]), int(m["d"]))
        if day and datetime.fromisoformat(day).weekday() == WEEKDAYS[m["w"].lower()]:
            return day
    return None


def _iso_day(y: int, mo: int, d: int) -> str | None:
    try:
        return datetime(y, mo, d).date().isoformat()
    except ValueError:
        return None
