"""Dates and times in a sentence, resolved against the article's publication date.

"pada Rabu" in an article of Sunday 7 April 2024 -> 2024-04-03 (the nearest past Wednesday);
"Rabu (3/4)" -> 2024-04-03; "22 Maret" -> 2024-03-22; "sejak Oktober 2022" -> 2022-10 (month
granularity); "pekan lalu" -> the week before; "pukul 13.21 WIB" -> 13:21+07:00. Without a
publication date the year stays open ("--03-22") and weekdays stay unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from lintas._lexicon import MONTH_PATTERN, MONTHS, TIMEZONES, WEEKDAY_PATTERN, WEEKDAYS

_TZ_WORDS = r"wib|wita|wit|gmt|utc"
_DAY_NUM = r"(?P<d>\d{1,2})"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        # "Rabu (3/4)", "Senin (16/11/2026)", "Wednesday (3/4)"
        ("weekday_numeric", rf"\b(?P<wd>{WEEKDAY_PATTERN})\s*\(\s*(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\s*\)"),
        # "22 Maret 2024", "22 Maret", "tanggal 22 Maret"
        ("day_month", rf"\b{_DAY_NUM}\s+(?P<mon>{MONTH_PATTERN})\b\.?(?:,?\s+(?P<y>\d{{4}}))?"),
        # "March 22, 2024", "March 22"
        ("month_day", rf"\b(?P<mon>{MONTH_PATTERN})\.?\s+{_DAY_NUM}(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?"),
        # "Oktober 2022", "sejak Oktober 2022", "in October 2022"
        ("month_year", rf"\b(?P<mon>{MONTH_PATTERN})\s+(?P<y>\d{{4}})\b"),
        # "bulan Februari", "pada Februari", "in February"
        ("month", rf"\b(?:bulan|pada|sejak|awal|akhir|pertengahan|in|since|early|late|last)\s+(?P<mon>{MONTH_PATTERN})\b(?!\s+\d)"),
        # "pada Rabu", "hari Rabu", "Rabu lalu", "on Wednesday"
        ("weekday", rf"\b(?:(?:pada|hari|on|last|sejak|since)\s+)?(?:hari\s+)?(?P<wd>{WEEKDAY_PATTERN})\b(?!\s*\()"),
        ("relative", r"\b(?P<rel>kemarin lusa|kemarin|hari ini|besok|lusa|pekan lalu|minggu lalu|bulan lalu|tahun lalu|"
                     r"yesterday|today|tomorrow|last week|last month|last year)\b"),
        # "pada 2022", "tahun 2022", "in 2022"
        ("year", r"\b(?:pada|tahun|sejak|in|since|awal|akhir)\s+(?P<y>(?:19|20)\d{2})\b(?!\s*[-/])"),
        # "pukul 13.21 WIB", "1:21 p.m. local time", "13:21 WIB"
        ("time", rf"(?:\b(?P<hh2>\d{{1,2}})(?:[.:](?P<mm2>\d{{2}}))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
                 rf"|\b(?:pukul|jam|at)\s+(?P<hh>\d{{1,2}})[.:](?P<mm>\d{{2}})(?!\s*(?:a\.m\.|p\.m\.|am\b|pm\b))"
                 rf"(?:\s*(?P<tz>{_TZ_WORDS})\b)?"
                 rf"|\b(?P<hh3>\d{{1,2}})[.:](?P<mm3>\d{{2}})\s*(?P<tz3>{_TZ_WORDS})\b)"),
    )
)  # fmt: skip

_SHORT_WEEKDAY = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
# A weekday told as a plan is the next one, not the last ("akan mengirim bantuan ... pada Selasa",
# "will meet on Thursday", "Selasa depan", "next Monday"); "last"/"sejak"/"since" keep it in the
# past. The plan's word must stand in the weekday's own clause: no comma, no "yang"/"which"/"who"
# between ("Polisi akan memeriksa pelaku yang ditangkap pada Senin" is last Monday).
_FUTURE_BEFORE = re.compile(
    r"\b(?:akan|hendak|bakal|rencananya|berencana|dijadwalkan|direncanakan|will|shall|plans?\s+to|"
    r"planned\s+to|(?:is|are)\s+(?:scheduled|expected)\s+to)\b"
    r"(?:(?!\b(?:yang|which|who|that|but|tetapi|namun)\b)[^.,;:!?]){0,50}$",
    re.I,
)
_NEXT_BEFORE = re.compile(r"\bnext\s+$", re.I)  # "next Monday"
_FUTURE_AFTER = re.compile(r"^\s*(?:depan|mendatang)\b", re.I)  # "Senin depan"
_PAST_WORD = re.compile(r"^(?:last|sejak|since)\b", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or time in a sentence. ``value`` is ISO (YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD,
    THH:MM+ZZ:ZZ or a full date-time), None when it cannot be resolved."""

    text: str
    value: str | None
    granularity: str  # day, week, month, year, time, datetime
    start: int
    end: int
    sentence: int = 0

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "value": self.value, "granularity": self.granularity,
                "sentence": self.sentence, "start": self.start, "end": self.end}  # fmt: skip


def _reference(published: str | None) -> tuple[date | None, int | None]:
    """The publication day and its UTC offset in minutes (None when unknown)."""
    if not published:
        return None, None
    try:
        dt = datetime.fromisoformat(published)
    except ValueError:
        return None, None
    off = dt.utcoffset()
    return dt.date(), (int(off.total_seconds() // 60) if off is not None else None)


def _year_for(month: int, day: int, ref: date) -> int:
    """A day without a year is the closest such day not far after the publication date."""
    year = ref.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return year
    if candidate > ref + timedelta(days=31):
        return year - 1
    return year


def find_dates(sentence: str, published: str | None = None) -> list[DateMention]:
    """Dates and times in ``sentence``, left to right, without overlaps."""
    ref, ref_offset = _reference(published)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            mention = _resolve(name, m, ref, ref_offset, sentence)
            if mention is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(mention)
    found.sort(key=lambda d: d.start)
    return _attach_times(found)


def _resolve(
    name: str, m: re.Match[str], ref: date | None, ref_offset: int | None, sentence: str = ""
) -> DateMention | None:
    text, start, end = m.group(0), m.start(), m.end()
    g = m.groupdict()
    try:
        if name == "weekday_numeric":
            day, month = int(g["d"]), int(g["m"])
            year = int(g["y"]) if g.get("y") else (_year_for(month, day, ref) if ref else None)
            if year is not None and year < 100:
                year += 2000
            value = date(year, month, day).isoformat() if year else f"--{month:02d}-{day:02d}"
            return DateMention(text, value, "day", start, end)
        if name in ("day_month", "month_day"):
            day, month = int(g["d"]), MONTHS[g["mon"].lower()]
            if name == "month_day" and g["mon"].lower() in ("mei", "may") and not g.get("y") and day > 31:
                return None
            year = int(g["y"]) if g.get("y") else (_year_for(month, day, ref) if ref else None)
            value = date(year, month, day).isoformat() if year else f"--{month:02d}-{day:02d}"
            return DateMention(text, value, "day", start, end)
        if name == "month_year":
            return DateMention(text, f"{int(g['y']):04d}-{MONTHS[g['mon'].lower()]:02d}", "month", start, end)
        if name == "month":
            month = MONTHS[g["mon"].lower()]
            if g["mon"].lower() in ("may", "mar", "jan", "jun", "jul", "des", "sep", "nov", "okt", "agu"):
                return None  # "may" is a verb; short forms are too ambiguous without a day or year
            if ref is None:
                return DateMention(text, None, "month", start, end)
            year = ref.year if month <= ref.month else ref.year - 1
            return DateMention(text, f"{year:04d}-{month:02d}", "month", start, end)
        if name == "weekday":
            wd_word = g["wd"].lower()
            if wd_word in _SHORT_WEEKDAY or (wd_word == "minggu" and not re.match(r"(?i)(pada|hari|sejak)\s", text)):
                return None  # "minggu" is also "week"; short English forms are not prose
            if ref is None:
                return DateMention(text, None, "day", start, end)
            before, after = sentence[:start], sentence[end:]
            named_next = _NEXT_BEFORE.search(before) is not None or _FUTURE_AFTER.match(after) is not None
            if not _PAST_WORD.match(text) and (named_next or _FUTURE_BEFORE.search(before) is not None):
                ahead = (WEEKDAYS[wd_word] - ref.weekday()) % 7
                ahead = ahead or (7 if named_next else 0)  # "Rabu depan" said on a Wednesday is a week on
                return DateMention(text, (ref + timedelta(days=ahead)).isoformat(), "day", start, end)
            back = (ref.weekday() - WEEKDAYS[wd_word]) % 7
            return DateMention(text, (ref - timedelta(days=back)).isoformat(), "day", start, end)
        if name == "relative":
            return _relative(g["rel"].lower(), text, start, end, ref)
        if name == "year":
            return DateMention(text, g["y"], "year", start, end)
        if name == "time":
            hh = int(g.get("hh") or g.get("hh2") or g.get("hh3") or 0)
            mm = int(g.get("mm") or g.get("mm2") or g.get("mm3") or 0)
            ampm = (g.get("ampm") or "").replace(".", "").lower()
            if ampm == "pm" and hh < 12:
                hh += 12
            elif ampm == "am" and hh == 12:
                hh = 0
            if hh > 23 or mm > 59:
                return None
            tz = (g.get("tz") or g.get("tz3") or "").lower()
            offset = TIMEZONES.get(tz) if tz else ref_offset
            value = f"T{hh:02d}:{mm:02d}" + (_fmt_offset(offset) if offset is not None else "")
            return DateMention(text, value, "time", start, end)
    except (ValueError, KeyError, TypeError):
        return None
    return None


def _relative(rel: str, text: str, start: int, end: int, ref: date | None) -> DateMention:
    days = {"kemarin lusa": -2, "kemarin": -1, "yesterday": -1, "hari ini": 0, "today": 0,
            "besok": 1, "tomorrow": 1, "lusa": 2}  # fmt: skip
    if ref is None:
        return DateMention(text, None, "day", start, end)
    if rel in days:
        return DateMention(text, (ref + timedelta(days=days[rel])).isoformat(), "day", start, end)
    if rel in ("pekan lalu", "minggu lalu", "last week"):
        monday = ref - timedelta(days=ref.weekday() + 7)
        return DateMention(text, monday.isoformat(), "week", start, end)
    if rel in ("bulan lalu", "last month"):
        first = ref.replace(day=1) - timedelta(days=1)
        return DateMention(text, f"{first.year:04d}-{first.month:02d}", "month", start, end)
    return DateMention(text, f"{ref.year - 1:04d}", "year", start, end)


def _fmt_offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _attach_times(found: list[DateMention]) -> list[DateMention]:
    """A time right after a day in the same sentence becomes that day's date-time."""
    days = [m for m in found if m.granularity == "day" and m.value and not m.value.startswith("--")]
    out: list[DateMention] = []
    for mention in found:
        if mention.granularity == "time" and mention.value and days:
            before = [d for d in days if d.start < mention.start]
            day = before[-1] if before else days[0]
            mention = DateMention(mention.text, f"{day.value}{mention.value}", "datetime", mention.start, mention.end)
        out.append(mention)
    return out
