"""Contradictions between the claims of a story's independent articles.

number: the same counted thing (deaths, depth, inflation, ...) with different values, paired
across articles by mutual best sentence similarity and never across different periods
(October vs September inflation; a 2022 quake named in a 2026 story). time/date: the same event
at different times of day or on different days. Quotes and who said them: comparison.quotes.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lintas._lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from lintas._sets import Joined
from lintas.analyse import Analysis
from lintas.analyse.dates import DateMention
from lintas.analyse.numbers import NUMBER_WORDS
from lintas.analyse.quantities import PERSON_COUNTS, Quantity
from lintas.comparison.align import SentenceIndex, mutual_pairs
from lintas.comparison.model import Claim, Discrepancy, claim_of
from lintas.settings import (
    ABOUT_TOLERANCE,
    LEAD_SENTENCES,
    NUMBER_PAIR_MIN_SIMILARITY,
    NUMBER_RESTATED_MAX_GAP,
    NUMBER_RESTATED_MAX_RATIO,
    NUMBER_RESTATED_MIN_SIMILARITY,
)

# The counted things compared as figures (their wording: lintas._words.TOPICS).
COMPARED = frozenset({"deaths", "injured", "missing", "displaced", "damaged", "depth", "magnitude", "inflation",
                      "exchange_rate", "distance", "arrested", "suspects"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Item:
    """One claim candidate: where it is, its value, and what it may be compared with."""

    analysis: Analysis
    sentence: int
    value: Any
    text: str
    group: str  # only items of one group are compared (counted thing, "time", ...)
    period: str | None = None
    qualifier: str | None = None

    @property
    def article(self) -> str:
        return self.analysis.article.id

    def claim(self) -> Claim:
        return claim_of(self.analysis, self.sentence, self.value, self.text, self.qualifier)


def figure_period(q: Quantity, dates: Sequence[DateMention], published: str | None) -> str | None:
    """The month (or year) the number is about: the nearest date in its sentence, else the
    month of publication (news tells the current event without repeating its date)."""
    near = [d for d in dates if d.sentence == q.sentence and d.value and d.granularity != "time"]
    near = [d for d in near if not d.value.startswith(("--", "T"))]  # type: ignore[union-attr]
    if not near:  # "~" marks a period assumed from the publication date, not stated
        return f"~{published[:7]}" if published and published[:4].isdigit() else None
    d = min(near, key=lambda d: min(abs(d.start - q.end), abs(q.start - d.end)))
    value = d.value or ""
    return value[:4] if d.granularity == "year" else value[:7]


def _same_period(a: str | None, b: str | None) -> bool:
    """Stated periods must agree (to the coarser of the two); an assumed one only by year, since
    reports of one event appear over weeks."""
    if a is None or b is None:
        return True
    if a.startswith("~") or b.startswith("~"):
        return a.lstrip("~")[:4] == b.lstrip("~")[:4] or (a.startswith("~") and b.startswith("~"))
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 6)


def _pair_items(items: Sequence[_Item], index: SentenceIndex, minimum: float) -> list[tuple[float, int, int]]:
    """Mutual best pairs between the items of every two articles, within one group."""
    return mutual_pairs(
        [(it.article, it.sentence) for it in items],
        index,
        minimum,
        lambda k, m: _same_period(items[k].period, items[m].period),
    )


def _components(
    items: Sequence[_Item],
    pairs: Sequence[tuple[float, int, int]],
    rejected: list[tuple[float, int, int]] | None = None,
) -> list[list[int]]:
    """Groups of paired items, strongest pairs first, never two items of one article in a group
    (chains would otherwise join a 2022 toll to this week's through a third article). A pair
    left out by that rule goes to ``rejected`` when given: it still holds on its own."""
    group_of = list(range(len(items)))
    members: dict[int, list[int]] = {k: [k] for k in range(len(items))}
    for pair in sorted(pairs, reverse=True):
        _, a, b = pair
        ga, gb = group_of[a], group_of[b]
        if ga == gb:
            continue
        if {items[k].article for k in members[ga]} & {items[k].article for k in members[gb]}:
            if rejected is not None:
                rejected.append(pair)
            continue
        for k in members[gb]:
            group_of[k] = ga
        members[ga].extend(members.pop(gb))
    return [sorted(g) for g in members.values() if len(g) > 1]


def _range(value: float, qualifier: str | None) -> tuple[float, float, bool, bool]:
    """(low, high, low_open, high_open) of the values a claim allows."""
    inf = float("inf")
    return {
        "at_least": (value, inf, False, True), "more_than": (value, inf, True, True),
        "at_most": (-inf, value, True, False), "less_than": (-inf, value, True, True),
        "about": (value * (1 - ABOUT_TOLERANCE), value * (1 + ABOUT_TOLERANCE), False, False),
    }.get(qualifier or "exact", (value, value, False, False))  # fmt: skip


def compatible(claims: Sequence[Claim]) -> bool:
    """Whether all the claims can hold at once given their qualifiers (145 and 'at least 144')."""
    low, high, low_open, high_open = -float("inf"), float("inf"), True, True
    for c in claims:
        lo, hi, lo_open, hi_open = _range(float(c.value), c.qualifier)
        if lo > low or (lo == low and lo_open):
            low, low_open = lo, lo_open
        if hi < high or (hi == high and hi_open):
            high, high_open = hi, hi_open
    return low < high or (low == high and not low_open and not high_open)


def _when(c: Claim) -> datetime | None:
    try:
        dt = datetime.fromisoformat(c.published) if c.published else None
    except ValueError:
        return None
    return dt if dt is not None and dt.tzinfo is not None else None


def _latest(claims: Sequence[Claim]) -> str | None:
    """The article of the most recent report, when reports differ in time."""
    timed = [(t, c) for c in claims if (t := _when(c)) is not None]
    if len(timed) < 2 or len({t for t, _ in timed}) < 2:
        return None
    return max(timed, key=lambda x: x[0])[1].article


# "the three women she had hit" points back at people the article already counted; "four of the
# five victims" states the total; so does a definite count that opens the article ("The three men
# killed in Tuesday's shooting have been identified").
_DEFINITE = re.compile(r"\bthe\s+$", re.I)
_PARTITIVE = re.compile(rf"\b(?:\d+|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\s+of\s+the\s+$", re.I)


def _points_back(an: Analysis, q: Quantity) -> bool:
    """Whether a count of people refers to people the article counted before (its own figure
    is elsewhere)."""
    before = an.article.text[max(0, q.start - 30) : q.start]
    return q.sentence >= LEAD_SENTENCES and bool(_DEFINITE.search(before)) and not _PARTITIVE.search(before)


# Page furniture that survives cleaning inside the text: a time stamp ("Created: 09/21/2015 3:54
# PM", "Posted: ... 4:09 AM EDT", "Diperbarui 16 Jun 2025, 10:05 WIB"), a gallery caption
# ("Image 33 of 33", "Back to Gallery", "Buy photo"). Its numbers and times are no claims.
_FURNITURE = re.compile(
    r"^\W*(?:created|posted|updated?|published|last updated|(?:last )?modified|diperbarui|dipublikasikan|diterbitkan|"
    r"terbit|dibuat)\b\s*(?::|\d|on\s+\w+\s+\d)"
    r"|\b(?:image|photo|slide|foto|gambar) \d+ (?:of|dari) \d+\b|\bback to gallery\b|\bbuy (?:this )?photo\b"
    r"|\bcaption close\b|\bskip in skip x embed x share\b"  # a video player's strip inside a long line
    r"|^\W*\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?\s+update\b"  # "9:15 p.m. update: ..."
    # after a headline: "... in Taunton shooting Posted: Saturday, June 27"
    r"|\b(?:posted|updated|published):\s+(?:\w+,\s+)?\w+\.?\s+\d",
    re.I,
)


def furniture(an: Analysis, sentence: int) -> bool:
    """Whether a sentence is page furniture left in the text (a time stamp, a gallery caption)."""
    return bool(_FURNITURE.search(an.article.sentences[sentence].text))


_SCALED = re.compile(r"\b(?:ribu|juta|miliar|triliun|thousand|million|billion|trillion|rb|jt|m|t)\b", re.I)


_PER = re.compile(r"^\s*(?:rupiah\s+)?(?:per|against|terhadap)\b", re.I)


def _per_unit(an: Analysis, q: Quantity) -> bool:
    return bool(_PER.match(an.article.text[q.end : q.end + 40]))


# Whether two claims' sentences tell different happenings (comparison.times.apart_by_days).
Apart = Callable[[_Item, _Item], bool]


def number_discrepancies(
    analyses: Sequence[Analysis], index: SentenceIndex, apart: Apart | None = None
) -> list[Discrepancy]:
    """Counts and measures the articles give differently; ``apart``: pairs never compared (the
    sentences put them on different days)."""
    items: list[_Item] = []
    for an in analyses:
        for q in an.quantities:
            if q.counted in COMPARED and not furniture(an, q.sentence):
                if q.counted in PERSON_COUNTS and _points_back(an, q):
                    continue
                if q.counted == "exchange_rate" and (_SCALED.search(q.text) or not (q.unit or _per_unit(an, q))):
                    continue  # a rate is "Rp 16.363" or "15,860 per dollar": not a bare 4, not "Rp 124 triliun" bought
                group = f"{q.counted}|{q.unit or ''}|{_reference(an, q) if q.counted == 'distance' else ''}"
                items.append(_Item(an, q.sentence, _number(q.value), q.text, group,
                                   figure_period(q, an.dates, an.article.published), q.qualifier))  # fmt: skip
    attacker_died = any(_ATTACKER_DIED.search(an.article.text) for an in analyses)
    out: list[Discrepancy] = []
    for group in sorted({it.group.split("|")[0] for it in items}):
        members = [it for it in items if it.group.split("|")[0] == group]
        pairs = _pair_items(members, index, NUMBER_PAIR_MIN_SIMILARITY) + _lead_pairs(members)
        # Two headline figures (in the lead, or an article's first of the kind) are always compared;
        # a figure further down only with one near its value: "46 wounded by gunfire ... that
        # weekend" in a gallery's caption is no count of the event's 7.
        heads = _headline_figures(members)
        pairs = [
            (w, a, b)
            for w, a, b in pairs
            if _units_match(members[a], members[b])
            and not (apart and apart(members[a], members[b]))
            and ({a, b} <= heads or _close_values([members[a].value, members[b].value]))
        ]
        rejected: list[tuple[float, int, int]] = []
        components = _components(members, pairs, rejected)
        # For counts of people, a pair the one-article-per-group rule kept apart (an article that
        # restates the toll further down, or quotes an earlier report) is still compared, on its
        # own, and so is a figure no pair took. A count restated differently is a contradiction;
        # a measure is not (a main shock and an aftershock, yearly and monthly inflation).
        if group in PERSON_COUNTS:
            loose = [[a, b] for _, a, b in rejected]
            loose += _restatements(members, index, [*components, *loose])
            for head, *rest in loose:  # each loose figure must be close to its partner's
                kept = [
                    k
                    for k in rest
                    if _close_values([members[head].value, members[k].value])
                    and not (apart and apart(members[head], members[k]))
                ]
                if kept:
                    components.append([head, *kept])
        shown: list[set[tuple[str, int, Any]]] = []
        for component in _joined(components):
            claims = _dedupe([members[k].claim() for k in component], per_article=True)
            keys = {(c.article, c.sentence, c.value) for c in claims}
            if len({c.value for c in claims}) < 2 or any(keys <= seen for seen in shown):
                continue
            shown.append(keys)
            period = next((p for k in component if (p := members[k].period) and not p.startswith("~")), None)
            latest = _latest(claims)
            note = "latest" if latest else None
            if group in MARKET_FIGURES and (
                _outlets_share_a_value(claims) or not _one_moment([members[k] for k in component])
            ):
                continue  # an outlet that gave a market at 09.08 and at 09.55 gave the other's figure too
            fits = compatible(claims)
            if not fits and group == "deaths" and attacker_died and _one_apart(claims):
                fits, note = True, "attacker"
            if not fits and group in GROWING_COUNTS and _grew(claims):
                fits, note = True, "latest"  # "No one was arrested" on Monday, "Two arrested" on Tuesday
            out.append(Discrepancy("number", group, claims, fits, period, note, latest))
    return out


# An attacker who died too: tolls one apart may count them or not ("three killed before officers
# shot the gunman" and "left four dead" agree).
_ATTACKER_DIED = re.compile(
    r"\b(?:(?:killed|killing) (?:himself|herself)|(?:fatally shot|fatally shooting) (?:himself|herself)|"
    r"shot (?:himself|herself) (?:to death|dead)|before (?:apparently )?shooting (?:himself|herself)|"
    r"(?:took|taking) (?:his|her) own life|"
    r"turned the gun on (?:himself|herself)|self-inflicted|(?:was|were) (?:fatally shot|shot and killed|killed) by "
    r"(?:police|officers|deputies|a deputy|an officer)|"
    r"(?:police|officers|deputies) (?:shot and )?killed (?:him|her|the (?:gunman|shooter|suspect|attacker)(?!['’]s))|"
    r"(?:dead|killed|deaths?|died)\b[^.;]{0,40}\bincluding the (?:gunman|shooter|suspect|attacker)(?!['’]s)|"
    r"(?:gunman|shooter|suspect|attacker) (?:also )?(?:died|was killed|is dead)|"
    r"bunuh diri|pelaku (?:juga )?tewas|pelaku ditembak mati)\b",
    re.I,
)


# Figures that move through the day: an outlet's several articles give several moments of them.
# Only these: for a toll, an outlet's older figure against another's is still a discrepancy to show
# (planted held-out recall 0.892 -> 0.865 when tolls were treated so).
MARKET_FIGURES = frozenset({"exchange_rate"})


# The moment a market figure is of: the close, the open, a fixing, a clock time.
_MOMENTS = (
    ("close", re.compile(r"\b(?:ditutup|penutupan|akhir perdagangan|closed|closing)\b", re.I)),
    ("open", re.compile(r"\b(?:dibuka|pembukaan|opened|opening)\b", re.I)),
    ("jisdor", re.compile(r"\bjisdor\b", re.I)),
)


def _moment(it: _Item) -> str | None:
    text = it.analysis.article.sentences[it.sentence].text
    named = next((name for name, rx in _MOMENTS if rx.search(text)), None)
    if named:
        return named  # "ditutup ... pukul 15.00 WIB" is the close
    # The clock time the date reader found in the sentence ("pukul 09.08", "at 10:55"), as HH:MM.
    clock = next(
        (d.value for d in it.analysis.dates if d.sentence == it.sentence and d.granularity in ("time", "datetime")),
        None,
    )
    return clock.split("T", 1)[1][:5] if clock and "T" in clock else None


def _one_moment(items: Sequence[_Item]) -> bool:
    """Whether market figures are told of one moment (the close, the open, 10:55): a rate at the
    open and another at midday are two true figures, not outlets that disagree."""
    moments = {_moment(it) for it in items}
    return len(moments) == 1 and None not in moments


def _outlets_share_a_value(claims: Sequence[Claim]) -> bool:
    """Whether every two outlets' latest figures agree, where an outlet gave several (one per
    article: a market at 09.08 and at 09.55): then no outlet now says what another denies. One
    article at odds with itself still counts, and so does an outlet whose latest figure differs."""
    by_article: dict[str, set[Any]] = defaultdict(set)
    for c in claims:
        by_article[c.article].add(c.value)
    if any(len(values) > 1 for values in by_article.values()):
        return False
    latest: dict[str, tuple[str, set[Any]]] = {}
    for c in claims:
        outlet, when = c.outlet or c.article, c.published or ""
        if outlet not in latest or when > latest[outlet][0]:
            latest[outlet] = (when, {c.value})
        elif when == latest[outlet][0]:
            latest[outlet][1].add(c.value)
    sets = [values for _, values in latest.values()]
    outlets_with_updates = len(latest) < len(by_article)
    return outlets_with_updates and len(sets) >= 2 and all(a & b for k, a in enumerate(sets) for b in sets[k + 1 :])


# Counts that only grow as an investigation goes on: a later article's larger figure updates an
# earlier one's.
GROWING_COUNTS = frozenset({"arrested", "suspects"})


def _grew(claims: Sequence[Claim]) -> bool:
    """Whether the figures rise with the publication days and the days differ."""
    dated = sorted((c.published[:10], float(c.value)) for c in claims if c.published)
    if len(dated) < len(claims) or dated[0][0] == dated[-1][0]:
        return False
    return all(a[1] <= b[1] for a, b in itertools.pairwise(dated) if a[0] < b[0]) and all(
        a[1] == b[1] for a, b in itertools.pairwise(dated) if a[0] == b[0]
    )


def _one_apart(claims: Sequence[Claim]) -> bool:
    values = {float(c.value) for c in claims}
    return len(values) == 2 and max(values) - min(values) == 1


def _close_values(values: Sequence[Any]) -> bool:
    """Whether counts are near enough to be one count told differently (14 vs 15, 2 vs 3).

    For the looser pairings only: a restated "49 killed" next to a headline "two killed" is another
    event (Orlando named in a Fort Myers story), "106" a city's yearly homicide total."""
    low, high = min(values), max(values)
    return bool(high - low <= NUMBER_RESTATED_MAX_GAP or high <= low * NUMBER_RESTATED_MAX_RATIO)


def _restatements(
    members: Sequence[_Item], index: SentenceIndex, components: Sequence[Sequence[int]]
) -> list[list[int]]:
    """Figures no pair took, each with its closest figure in another article.

    Mutual best pairs give one pair per two articles; a toll restated further down (a caption,
    an earlier report quoted at the end, a quote: "we have four people dead") is no one's mutual
    best, and it is where an edited or outdated figure hides. Items that take the same partner
    make one group. Only for PERSON_COUNTS."""
    taken = {k for c in components for k in c}
    by_partner: dict[int, list[int]] = {}
    for k, it in enumerate(members):
        if k in taken:
            continue
        best, score = -1, NUMBER_RESTATED_MIN_SIMILARITY
        for j, other in enumerate(members):
            if other.article == it.article or not _same_period(it.period, other.period) or not _units_match(it, other):
                continue
            sim = index.similarity(it.article, it.sentence, other.article, other.sentence)
            if sim > score or (best < 0 and sim == score):  # ties: the earlier (headline) figure
                best, score = j, sim
        if best >= 0:
            by_partner.setdefault(best, []).append(k)
    return [[partner, *items] for partner, items in by_partner.items()]


def _headline_figures(members: Sequence[_Item]) -> set[int]:
    """The figures in an article's lead, and each article's first figure: an outlet that opens on
    the scene gives its toll further down, and that toll is its headline figure."""
    first: dict[str, int] = {}
    for k, it in enumerate(members):
        if it.article not in first or it.sentence < members[first[it.article]].sentence:
            first[it.article] = k
    return {k for k, it in enumerate(members) if it.sentence < LEAD_SENTENCES} | set(first.values())


def _lead_pairs(members: Sequence[_Item]) -> list[tuple[float, int, int]]:
    """Each article's first figure for a counted thing, in its lead, is its headline figure for
    the story's event: headline figures are always compared (first, before other pairs)."""
    first: dict[str, int] = {}
    for k, it in enumerate(members):
        if it.sentence < LEAD_SENTENCES and it.article not in first:
            first[it.article] = k
    leads = list(first.values())
    return [
        (2.0, a, b)
        for x, a in enumerate(leads)
        for b in leads[x + 1 :]
        if _same_period(members[a].period, members[b].period) and _units_match(members[a], members[b])
    ]


def _units_match(a: _Item, b: _Item) -> bool:
    """Same unit, and for a distance the same place it is measured from ("24 miles west of
    Virginia Beach" and "200 miles south of Washington" are no two values of one)."""
    kind, ua, ra = a.group.split("|")
    _, ub, rb = b.group.split("|")
    if kind == "distance":  # "drove 150 miles west" is a trip, no distance of the place
        return (not ua or not ub or ua == ub) and bool(ra) and ra == rb
    return not ua or not ub or ua == ub


# The place a distance is measured from: "40 miles northwest of Charenton", "25 km barat laut Kota
# Ambon", "23 km Barat Daya Kab. Malang", "40 miles from Tulsa" (the place stops at a day or a
# lower-case word: "east of Syracuse Friday night").
_FROM_PLACE = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:(?i:(?:(?:north|south)[- ]?(?:east|west)|north|south|east|west|barat daya|barat laut"
    r"|tenggara|timur laut|barat|timur|utara|selatan)\s+(?:of\s+(?:the\s+)?|from\s+|dari\s+)?)|from\s+|dari\s+)"
    r"(?P<place>(?:(?:downtown|central|suburban|metropolitan|pusat)\s+)?(?:(?!(?i:"
    + WEEKDAY_PATTERN
    + "|"
    + MONTH_PATTERN
    + r")\b)[A-Z][\w-]*\.?(?:\s+|$)){1,3})"
)
_PLACE_KIND = re.compile(r"^(?:kab(?:upaten)?|kota|kec(?:amatan)?|desa|city of|county of|pusat|downtown|central)\.?\s+")


def _reference(an: Analysis, q: Quantity) -> str:
    """The place a distance is measured from, folded ("Kab. Malang" and "Kabupaten Malang" alike)."""
    m = _FROM_PLACE.match(an.article.text[q.end : q.end + 80])
    if m is None:
        return ""
    place = m.group("place").strip().rstrip(".").lower()
    return _PLACE_KIND.sub("", place)


def _joined(components: Sequence[Sequence[int]]) -> list[list[int]]:
    """Components that share a figure, as one: a difference is said once ("50 killed" in one
    sentence against 49 in three outlets' several sentences is one discrepancy, not three). The
    loose pairs that ``_components`` kept apart join here only through a figure they share."""
    joined = Joined(sorted({k for c in components for k in c}))
    for first, *rest in components:
        for k in rest:
            joined.join(first, k)
    return [sorted(g) for g in joined.groups()]


def _dedupe(claims: Sequence[Claim], per_article: bool = False) -> list[Claim]:
    """Each claim once; ``per_article``: an article's first sentence with a value (and qualifier)
    stands for its restatements of it."""
    seen: set[tuple[str, Any, Any]] = set()
    out: list[Claim] = []
    for c in claims:
        key = (c.article, c.qualifier, c.value) if per_article else (c.article, c.sentence, c.value)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
