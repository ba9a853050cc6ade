"""Contradictions in when: the same step of the event at different times of day, the event (or
one end of a span) on different days."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date

from lintas._lexicon import MONTH_PATTERN, WEEKDAY_PATTERN, WEEKDAYS
from lintas.analyse import Analysis
from lintas.analyse.dates import DateMention
from lintas.comparison.align import SentenceIndex
from lintas.comparison.discrepancies import _components, _dedupe, _Item, _pair_items, furniture
from lintas.comparison.model import Claim, Discrepancy, claim_of
from lintas.comparison.people import name_tokens
from lintas.comparison.places import streets_by_sentence
from lintas.settings import (
    LEAD_SENTENCES,
    TIME_BOUND_MINUTES,
    TIME_PAIR_MIN_SIMILARITY,
    TIME_ROUGH_HOUR_MINUTES,
    TIME_SAME_MINUTES,
)

# What a time of day is the time of: the step of the event named nearest to it in its sentence.
_STEPS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"\b(?:{pattern})\b", re.I))
    for name, pattern in (
        ("death", r"pronounced dead|died|dies|succumbed|meninggal(?: dunia)?|tewas|wafat|mengembuskan napas"),
        ("arrest", r"arrested|arrest|custody|surrendered|booked|jailed|(?:was|were) spotted|ditangkap|diamankan"
                   r"|menyerahkan diri"),
        ("report", r"calls?|called|dispatch(?:ed|ers)?|911|reported|responded|respond|alerted|laporan|"
                   r"dilaporkan|melapor"),
        # A journey's steps (only in a sentence about a vehicle, _JOURNEY): the plane that left at
        # 08.45 and landed at 10.55 is not told two ways. "tiba-tiba" is "suddenly".
        ("departure", r"berangkat|keberangkatan|lepas landas|departed|departs|departure|took off|take-?off"),
        ("landing", r"mendarat|pendaratan|landed|touched down"),
        ("arrival", r"(?<!-)tiba(?!-)|arrived|arrives|arrival"),
        # People gathering afterwards, a press conference: no step of the event. Not "vigil", "rally"
        # or "memorial": a shooting at a rally, "Memorial Hospital", "Memorial Drive".
        ("gathering", r"gathered|berkumpul|press conference|news conference|konferensi pers|jumpa pers"),
        # Rites after a death: a visitation from 4 to 7 p.m. and services at 11 a.m. are no event's time.
        ("rites", r"funerals?|visitation|memorial services?|services for|burial|wake for|pemakaman|dimakamkan"
                  r"|salat jenazah|takziah"),
        ("onset", r"hit|struck|strikes?|occurred|happened|terjadi|mengguncang|guncangan|shooting|shot|shots|fired|"
                  r"gunfire|crash(?:ed)?|collided|tabrakan|kecelakaan|ledakan|exploded|explosion|erupted|erupsi|"
                  r"started|began|broke out|meletus|dimulai"),
    )
)  # fmt: skip
_ROUGH = re.compile(r"(?:about|around|approximately|roughly|just (?:after|before)|shortly (?:after|before)|"
                    r"sekitar|kurang lebih|sekira|menjelang|lewat)\s*$", re.I)  # fmt: skip


_JOURNEY_STEPS = frozenset({"departure", "landing", "arrival"})
_JOURNEY = re.compile(
    r"\b(?:pesawat|penerbangan|maskapai|kapal|kereta|bus|flight|plane|aircraft|airliner|jet|ship|ferry|train)\b", re.I
)


# The event named as a thing ("on the block of the shooting", "the crash"), with words of its own
# between it and the time, yields to a step that comes after it ("He was spotted on the block of
# the shooting by police around 7:45 p.m."); not when the time is its own ("arrested after the
# shooting at 2:15 a.m."), nor to a call ("alerted to a shooting ... at 12:03 a.m.").
_EVENT_NOUN = re.compile(r"\b(?:the|a|an|this)\s+$", re.I)
_OWN_TIME = re.compile(
    r"^\W*(?:(?:at|on|about|around|approximately|just|shortly|after|before|early|late|pukul|sekitar)\W+)*$", re.I
)
_AFTER_STEPS = frozenset({"arrest", "gathering", "rites"})


def _step(sentence: str, start: int, end: int) -> str | None:
    """The event step a time belongs to: the cue nearest to it in its sentence."""
    best: tuple[int, int, str] | None = None
    journey = _JOURNEY.search(sentence) is not None
    after = any(name in _AFTER_STEPS and pattern.search(sentence) for name, pattern in _STEPS)
    for name, pattern in _STEPS:
        if name in _JOURNEY_STEPS and not journey:
            continue
        for m in pattern.finditer(sentence):
            distance = start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0
            noun = int(
                after
                and name == "onset"
                and m.end() <= start
                and bool(_EVENT_NOUN.search(sentence, 0, m.start()))
                and not _OWN_TIME.match(sentence[m.end() : start])
            )
            if best is None or (noun, abs(distance)) < best[:2]:
                best = (noun, abs(distance), name)
    return best[2] if best else None


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _told_apart(a: Claim, b: Claim) -> bool:
    """Two times of one step that cannot both be right: more than TIME_SAME_MINUTES apart, or
    both to the exact minute (13:21 vs 13:12) and different. 9:30 vs 9:35 p.m. is one time told
    roughly."""
    if _within_bound(a, b) or _within_bound(b, a):
        return False  # "before 4 p.m." and 3:20 p.m. agree
    gap = abs(_minutes(str(a.value)) - _minutes(str(b.value)))
    gap = min(gap, 24 * 60 - gap)
    precise = all(c.qualifier != "about" and _minutes(str(c.value)) % 5 for c in (a, b))
    # "around 6 p.m.", "shortly after 2 a.m.": a rough hour or half hour is a wider window.
    hour = any(c.qualifier == "about" and _minutes(str(c.value)) % 30 == 0 for c in (a, b))
    return gap > (TIME_ROUGH_HOUR_MINUTES if hour else TIME_SAME_MINUTES) or (precise and gap > 0)


# What is left of a sentence that is only a time: "At about 5:40 p.m.", "10:43 p.m. -".
_STAMP = re.compile(r"[\W\d]*(?:(?:at|about|around|approximately|pukul|sekitar|update[ds]?)\W+)*[\W]*", re.I)

_ZONED = re.compile(r"\b(?:WIB|WITA|WIT|GMT|UTC|ET|EDT|EST|PT|PDT|PST|CT|CDT|CST|local time|waktu setempat)\b")
# A bound, not a time: "got off the bus before 4 p.m.", "after 11 p.m.".
_BOUND = re.compile(r"(?<!just )(?<!shortly )\b(?P<bound>before|after|until|sebelum|setelah|sesudah)\s*$", re.I)
_LATER_BOUNDS = frozenset({"after", "setelah", "sesudah"})


def _within_bound(bound: Claim, other: Claim) -> bool:
    """Whether ``other``'s time falls on the side of ``bound``'s that its word allows, within
    TIME_BOUND_MINUTES ("before 4 p.m." is no claim about 5 a.m.)."""
    if bound.qualifier not in ("before", "after"):
        return False
    ahead = (_minutes(str(other.value)) - _minutes(str(bound.value))) % (24 * 60)
    return 0 < ahead <= TIME_BOUND_MINUTES if bound.qualifier == "after" else ahead >= 24 * 60 - TIME_BOUND_MINUTES


_RUNNING = re.compile(r"\b(?:have been|has been|so far|telah|sudah)\b", re.I)


# A sentence that tells an earlier happening, not the event's own time.
_EARLIER = re.compile(
    r"^\W*(?:sebelumnya|sebelum itu|sehari sebelumnya|kemarin|previously|earlier|the day before)\b", re.I
)


def apart_by_days(analyses: Sequence[Analysis]) -> Callable[[_Item, _Item], bool]:
    """Whether two claims' sentences put their happenings two days or more apart ("on Dec. 25" and
    "on Friday afternoon" of a roundup's two shootings): they are not one happening's figures."""
    days = {an.article.id: {k: {_ordinal(d.value or "") for d in ds} for k, ds in _days(an).items()} for an in analyses}

    def apart(a: _Item, b: _Item) -> bool:
        x, y = days[a.article].get(a.sentence, set()), days[b.article].get(b.sentence, set())
        return bool(x and y) and min(abs(p - q) for p in x for q in y) >= 2

    return apart


def _dead(item: _Item) -> set[str]:
    """The surnames a time of death's sentence names (none for another step's time)."""
    if not item.group.endswith("|death"):
        return set()
    an = item.analysis
    return {
        t[-1] for m in an.mentions if m.sentence == item.sentence and m.type == "PER" and (t := name_tokens(m.name))
    }


def _ordinal(value: str) -> int:
    return date.fromisoformat(value[:10]).toordinal()


def time_discrepancies(
    analyses: Sequence[Analysis], index: SentenceIndex, on_days: Callable[[_Item, _Item], bool] | None = None
) -> list[Discrepancy]:
    """Different times of day for the same step of the event (wall clock; zones are often only
    implied): the call, the shooting, the death are hours apart and all "the time".

    The first time of each step in an article's lead is that step's time, so leads are compared
    with each other step by step; other times only when their sentences are close paraphrases.
    ``on_days``: ``apart_by_days`` of the analyses, when the caller has it already.
    """
    items: list[_Item] = []
    streets: dict[int, set[str]] = {}  # by item
    for an in analyses:
        named = streets_by_sentence(an)
        lead_seen: set[str | None] = set()
        for d in sorted(an.dates, key=lambda d: d.start):
            if d.granularity in ("time", "datetime") and d.value and not furniture(an, d.sentence):
                clock = re.search(r"T(\d{2}:\d{2})", d.value)
                if clock:
                    s = an.article.sentences[d.sentence]
                    if _EARLIER.search(s.text):
                        continue  # an earlier happening told for context ("Sebelumnya, ... erupsi pukul 00.44")
                    if _STAMP.fullmatch(s.text.replace(d.text, "", 1)):
                        continue  # "6:54 p.m." alone: a live report's entry stamp, not the time of anything
                    at, until = d.start - s.start, d.end - s.start
                    # A running count's start is no happening's time: "Since 10 p.m. Friday, 11 people
                    # have been shot" (but "sejak pukul 02.00" a fire burned: the fire's start).
                    window = _bound(s.text[:at]) == "start" and _RUNNING.search(s.text, until)
                    step = "window" if window else _step(s.text, at, until)
                    if step == "rites":
                        continue
                    lead = step not in lead_seen and d.sentence < LEAD_SENTENCES
                    if lead:
                        lead_seen.add(step)
                    bound = _BOUND.search(s.text[:at])
                    rough = "about" if _ROUGH.search(s.text[:at]) else None
                    if bound:
                        rough = "after" if bound.group("bound").lower() in _LATER_BOUNDS else "before"
                    group = f"lead|{step}" if lead else f"time|{step}"
                    streets[len(items)] = named.get(d.sentence, set())
                    items.append(_Item(an, d.sentence, clock.group(1), d.text, group, qualifier=rough))
    # One step told at several times in one sentence is several happenings (a roundup's "a man shot
    # at 5:17 p.m., another at 11:15 p.m."): none of them is the event's time.
    told_at: dict[tuple[str, int, str], set[str]] = defaultdict(set)
    for it in items:
        told_at[it.article, it.sentence, it.group.split("|")[1]].add(str(it.value))
    crowded = {
        k
        for k, it in enumerate(items)
        if len(told_at[it.article, it.sentence, it.group.split("|")[1]]) > 1
        and not _ZONED.search(it.analysis.article.sentences[it.sentence].text)  # "10.15 WIT atau 09.15 WITA"
    }
    leads = [
        k
        for k, it in enumerate(items)
        if it.group.startswith("lead") and not it.group.endswith("None") and k not in crowded
    ]
    pairs = [(1.0, a, b) for a in leads for b in leads
             if a < b and items[a].article != items[b].article and items[a].group == items[b].group]  # fmt: skip
    pairs += [p for p in _pair_items(items, index, TIME_PAIR_MIN_SIMILARITY) if p[0] >= TIME_PAIR_MIN_SIMILARITY
              and items[p[1]].group.split("|")[1] == items[p[2]].group.split("|")[1]]  # fmt: skip
    # Times told on different streets or days are of different happenings (a weekend's shootings),
    # and so are two named people's deaths ("Carlos James ... pronounced dead at 1:30 p.m." and
    # "McNeese ... at 12:20 p.m.").
    days_apart = on_days or apart_by_days(analyses)
    dead = [_dead(it) for it in items]

    def apart(a: int, b: int) -> bool:
        two_streets = bool(streets[a] and streets[b] and not streets[a] & streets[b])
        two_dead = bool(dead[a] and dead[b] and not dead[a] & dead[b])
        return two_streets or two_dead or days_apart(items[a], items[b])

    pairs = [(w, a, b) for w, a, b in pairs if not apart(a, b) and not {a, b} & crowded]
    out: list[Discrepancy] = []
    for component in _components(items, pairs):
        # A chain through a time told with no street joins times of two streets: those two are
        # still two happenings, whatever their times.
        disputed = any(
            not apart(a, b) and _told_apart(items[a].claim(), items[b].claim())
            for x, a in enumerate(component)
            for b in component[x + 1 :]
        )
        if disputed:
            claims = _dedupe([items[k].claim() for k in component])
            out.append(Discrepancy("time", "time", claims, False))
    return out


# A day that opens or closes a span: "mulai 14 Juni hingga 31 Agustus", "from June 14 until
# August 31". Start days are compared with start days, end days with end days.
_SPAN_START = re.compile(
    r"\b(?:mulai(?: dari)?|sejak|dari|from|since|starting|beginning|effective)\s+(?:\w+\s+)?$", re.I
)
_SPAN_END = re.compile(r"\b(?:hingga|sampai(?: dengan)?|until|through|till|to|berakhir(?: pada)?)\s+(?:\w+\s+)?$", re.I)


def _day_role(an: Analysis, d: DateMention) -> str:
    return _bound(an.article.text[max(0, d.start - 25) : d.start]) or ""


def _bound(before: str) -> str | None:
    """ "start" or "end" when the words before a day or time open or close a span."""
    before = before[-25:]
    return "start" if _SPAN_START.search(before) else "end" if _SPAN_END.search(before) else None


# The day someone spoke or a reporter read a source, closing its sentence: "..., kata Harli kepada
# wartawan di Jakarta, Selasa (17/6/2025).", "..., dikutip Kamis (19/6/2025).", "he said Tuesday."
_READING = "dikutip|dilansir|dilihat|diakses|dipantau"
# "told reporters", "told a reporter Saturday", "told WLWT"
_TOLD = r"told (?:(?:a|the)\s+)?(?:reporters?|journalists?|media|[A-Z][\w.]*(?: [A-Z][\w.]*)*)"
_SAYS = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|jelas|terang|ungkap|sebut|tegas|imbuh|tambah|papar|beber|tulis|bunyi|katanya|ujarnya"
    r"|ucapnya|tuturnya|jelasnya|terangnya|ungkapnya|sebutnya|tegasnya|imbuhnya|tambahnya|paparnya|bebernya"
    r"|mengatakan|menyatakan|menjelaskan|menegaskan|mengungkapkan|menuturkan|menambahkan|menyebut(?:kan)?"
    r"|disampaikan|diungkapkan|dijelaskan|kepada (?:wartawan|awak media|media)|(?:saat|ketika) (?:dihubungi|ditemui)"
    rf"|dalam keterangan(?:nya)?|dalam konferensi pers|dikonfirmasi|{_READING}"
    rf"|said|says|{_TOLD}|announced|stated)\b",
    re.I,
)
_SAID_ON = re.compile(rf"(?:,|\b(?:said|says|{_TOLD}|announced|{_READING}))\s*(?:on|pada)?\s*$", re.I)
_READ = re.compile(rf"\b(?:{_READING}|accessed|retrieved)\b", re.I)
# A day between a verb of saying and what was said: "police said Thursday that ...".
_SAYING_EN = rf"said|says|announced|confirmed|stated|{_TOLD}"
_SAID_THAT = re.compile(
    rf"\b(?:{_SAYING_EN}|mengatakan|menyatakan|menjelaskan|menegaskan|mengungkapkan|menyebutkan)\s+(?:on\s+|pada\s+)?$",
    re.I,
)
_THAT = re.compile(r"\s*,?\s*(?:that|bahwa)\b", re.I)
# A source's day opening the sentence: "Dikutip dari Reuters, Rabu (18/6/2025), ...", "Melansir AFP,
# Selasa (17/6), ..." (the day the reporter read it); a statement's day after its speaker:
# "..., demikian disampaikan tiga pejabat pada Selasa, 17 Juni 2025."
_CITED_FROM = re.compile(
    r"(?:^|[.;:]\s+)(?:seperti\s+)?(?:dikutip|dilansir|melansir|mengutip)(?:\s+dari)?\s+[^,;\"“”]{1,60},\s*$", re.I
)
# ... unless a time of day follows the day: "Melansir Antara, Senin (16/6/2025) pukul 14.00 WIB, banjir ..."
_CITED_DAY_ENDS = re.compile(r"\s*\)?\s*,(?!\s*(?:pagi|siang|sore|malam|dini hari|waktu setempat|pukul|\d))", re.I)
_SAID_BY = re.compile(
    r"\b(?:demikian|hal (?:itu|ini|tersebut)|pernyataan (?:itu|ini|tersebut)|keterangan (?:itu|ini|tersebut))\s+"
    r"(?:disampaikan|diungkapkan|dijelaskan|dikatakan|ditegaskan|diumumkan)\s+(?:oleh\s+)?(?:[\w.-]+\s+){1,8}"
    r"(?:pada\s+)?$",
    re.I,
)


def told_on(an: Analysis, d: DateMention) -> str | None:
    """ "said" when a day is the day of a statement, "read" when it is the day the reporter read
    a source, None when it may be the event's: it closes its sentence, in a clause with a verb of
    saying or reading, after a comma or that verb, and the clause tells no step of the event; or it
    stands between a verb of saying and "that" ("police said Thursday that ...")
    ("Kapolsek mengatakan kebakaran itu terjadi di Jalan X, Senin (16/6/2025)" is the fire's day)."""
    s = an.article.sentences[d.sentence]
    before = an.article.text[s.start : d.start]
    if _SAID_THAT.search(before) and _THAT.match(an.article.text, d.end, s.end):
        return "said"  # "police said Thursday that the suspect was still at large"
    if _OPENS_SAYING.fullmatch(before) and _THEN_SAID.match(an.article.text, d.end, s.end):
        return "said"  # "On Monday, the county coroner said Crawford died ..."
    if _STATEMENT_NEXT.match(an.article.text, d.end, s.end) and _A_BEFORE.search(before):
        return "said"  # "a Monday morning email from the agency said", "in a Tuesday statement"
    if _CITED_FROM.search(before) and _CITED_DAY_ENDS.match(an.article.text, d.end):
        return "read"
    # The day closes its sentence, or only its date follows ("pada Selasa, 17 Juni 2025.").
    if not re.fullmatch(r"(?:,?\s*\d{1,2}\s+[^\W\d_]+\.?\s+\d{4})?[\s).,\"”’]*", an.article.text[d.end : s.end]):
        return None
    quoted = re.split(r"[\"“”]", before)
    clause = quoted[-1]
    if not (_SAYS.search(clause) and (_SAID_ON.search(clause) or _SAID_BY.search(clause))):
        return None
    if _READ.search(clause):
        return "read"
    if len(quoted) == 1 and not _SAID_RIGHT_BEFORE.search(clause) and any(p.search(clause) for _, p in _STEPS):
        return None  # no quote before: the clause may tell the event itself
    return "said"


# A day opening its sentence whose clause is a statement: "On Monday, the Mesa County Coroner said
# Crawford died ..." (not "On Monday, a man was shot ..., police said").
_OPENS_SAYING = re.compile(r"\W*(?:on\s+)?", re.I)
_THEN_SAID = re.compile(
    r"\s*(?:morning|afternoon|evening|night)?\s*,\s*"
    r"(?:(?!(?:and|was|were|is|are|had|has|opened|fired|shot|killed|died|found|reported)\b)[\w.'’-]+\s+){0,4}?"
    r"(?:police|officials?|coroner|medical examiner|sheriff|authorities|spokes(?:man|woman|person)|department|office"
    rf"|investigators|prosecutors?|chief|(?-i:[A-Z][\w'’-]+))\s+(?:{_SAYING_EN}|released)\b",
    re.I,
)
# A day naming a statement: "a Monday morning email from the agency said", "in a Tuesday news release".
_STATEMENT_NEXT = re.compile(
    r"\s*(?:morning|afternoon|evening|night)?\s*(?:e-?mail|statement|(?:news|press) (?:release|conference|briefing)"
    r"|briefing)(?![-\w])",
    re.I,
)
_A_BEFORE = re.compile(r"\b(?:a|an|in|its|his|her|their)\s+$", re.I)


# An English verb of saying right before a day closing the sentence: "..., police said Friday."
# tells when they spoke, whatever the clause tells (Indonesian puts a comma: "kata Kapolsek, Senin").
_SAID_RIGHT_BEFORE = re.compile(rf"\b(?:{_SAYING_EN})\s+(?:on\s+)?$", re.I)


def _days(an: Analysis) -> dict[int, list[DateMention]]:
    """The days with a year an article states, by sentence, page furniture and the days of
    statements left out."""
    out: dict[int, list[DateMention]] = defaultdict(list)
    for d in an.dates:
        if d.granularity in ("day", "datetime") and d.value and not d.value.startswith("--") and told_on(an, d) is None:
            out[d.sentence].append(d)
    return {k: days for k, days in out.items() if not furniture(an, k)}


def date_discrepancies(analyses: Sequence[Analysis], facts: Sequence[Sequence[tuple[str, int]]]) -> list[Discrepancy]:
    """Aligned sentences (one fact) that put the event, or the start or end of a span, on
    different days."""
    by_id = {a.article.id: a for a in analyses}
    days_of = {a.article.id: _days(a) for a in analyses}
    out: list[Discrepancy] = []
    for fact in facts:
        claims: dict[str, list[Claim]] = defaultdict(list)
        for article_id, sentence in fact:
            an = by_id[article_id]
            days = days_of[article_id].get(sentence, [])
            roles = [_day_role(an, d) for d in days]
            for d, role in zip(days, roles, strict=True):
                if _weekday_disagrees(d):
                    continue  # "Selasa (18/6)" when 18 June was a Wednesday: the text contradicts itself
                if _day_of_another_happening(an, d):
                    continue  # "was arrested Friday in the shooting": the arrest's day
                if _as_of(an, d):
                    continue  # "Hingga 17 Juni 2025 pukul 10.00 WIB, 952.639 tiket terjual": a tally's moment
                if len(days) == 1 or (role and roles.count(role) == 1):
                    claims[role if len(days) > 1 else ""].append(claim_of(an, sentence, (d.value or "")[:10], d.text))
        for role, told in claims.items():
            if any(
                _days_differ(a, b) and not _around_midnight(a, b, by_id)
                for k, a in enumerate(told)
                for b in told[k + 1 :]
            ):
                out.append(Discrepancy("date", role if role in ("start", "end") else "date", told, False))
    return out


# What happens after the event, told with its own day: an arrest, a court date, a hospital's
# news, a funeral, a post ("was arrested Friday in the shooting", "Police on Saturday arrested a
# man", "remained hospitalized Tuesday", "in a video posted July 10"). Seen on 264 unlabelled GVA
# incidents: 13 of 14 date discrepancies were false, 9 of them such days.
_AFTERWARDS = (
    r"arrest(?:ed)?|booked|charged|arraigned|indicted|sentenced|convicted|pleaded|apprehended|captured|surrendered"
    r"|released|hospitalized|posted|published|identified(?!\s+(?:only\s+)?as\b)|funerals?|visitation"
    r"|(?:funeral|memorial) services"
    r"|services for"
    r"|burial|in court|court (?:date|hearing|appearance)"
    r"|ditangkap|dibekuk|diamankan|ditahan|divonis|dituntut"
    r"|diperiksa|dimakamkan|pemakaman|disidang"
)
# ... and a step still to come, before its day: "is scheduled to undergo a second surgery today", "will
# have to undergo ... on Sunday" (after a day it is the event's: "opened fire Friday will face charges").
_TO_COME = r"(?:scheduled|slated) to|will|undergo(?:es|ing)?|underwent|surger(?:y|ies)"
_AFTERWARDS_BEFORE = re.compile(
    # not across the event's own verb or a relative clause: "hospitalized after being shot on Nov. 21"
    rf"\b(?:{_AFTERWARDS}|{_TO_COME})\b(?:(?!\b(?:shot|shooting|killed|wounded|died|stabbed|struck|hit|gunfire|opened|fired"
    r"|attack(?:ed)?|who|that|after)\b)"
    r"[^,.;:\"“”]){0,40}$"
    r"|\b(?:condition|remain(?:ed|s)?\s+\w+)\s+(?:on\s+)?$",
    re.I,
)
_AFTERWARDS_AFTER = re.compile(  # matched from the day's end (no "^": it would never match past the start)
    rf"\s*\)?\s*(?:morning|afternoon|evening|night|pagi|siang|sore|malam)?\s*(?:{_AFTERWARDS})\b", re.I
)


# The moment a running tally was read: "Per 18 Juni 2025, ...", "as of June 18", and "Hingga 17
# Juni 2025 pukul 10.00 WIB, ..." (a span's end has no clock time). Outlets that read it on other
# days do not disagree.
_AS_OF = re.compile(r"\b(?:per|as of)\s+(?:\w+,?\s+)?$", re.I)
_UNTIL = re.compile(r"\b(?:hingga|sampai(?: dengan)?|until|through)\s+(?:\w+,?\s+)?$", re.I)
_CLOCK_NEXT = re.compile(r"^\W{0,3}(?:pukul|jam|at)?\s*\d{1,2}[.:]\d{2}", re.I)


def _as_of(an: Analysis, d: DateMention) -> bool:
    text = an.article.text
    before = text[max(0, d.start - 25) : d.start]
    return bool(_AS_OF.search(before) or (_UNTIL.search(before) and _CLOCK_NEXT.match(text[d.end : d.end + 20])))


def _day_of_another_happening(an: Analysis, d: DateMention) -> bool:
    s = an.article.sentences[d.sentence]
    text = an.article.text
    return bool(_AFTERWARDS_BEFORE.search(text, s.start, d.start) or _AFTERWARDS_AFTER.match(text, d.end, s.end))


# A weekday told with its date: "Selasa (18/6)", "Tuesday, June 17", "Rabu, 18 Juni".
_WEEKDAY_WORD = re.compile(rf"\b(?:{WEEKDAY_PATTERN})\b(?=,?\s*(?:\(?\d|[A-Za-z]+\.?\s+\d))", re.I)


def _weekday_disagrees(d: DateMention) -> bool:
    """Whether a date told with its weekday names another weekday than the date's own."""
    word = _WEEKDAY_WORD.search(d.text)
    if word is None or not d.value or len(d.value) < 10:
        return False
    try:
        day = date.fromisoformat(d.value[:10])
    except ValueError:
        return False
    return WEEKDAYS[word.group().lower()] != day.weekday()


_LATE = re.compile(r"\b(?:late|overnight|midnight|tengah malam|larut malam)\b", re.I)
_EARLY = re.compile(r"\b(?:early|overnight|midnight|dini hari|subuh)\b", re.I)


def _around_midnight(a: Claim, b: Claim, by_id: dict[str, Analysis]) -> bool:
    """ "Late Sunday night" and "just after midnight Monday" are one moment told on two days."""
    try:
        first, second = sorted((a, b), key=lambda c: str(c.value))
        gap = (date.fromisoformat(str(second.value)) - date.fromisoformat(str(first.value))).days
    except ValueError:
        return False
    text = {id(c): by_id[c.article].article.sentences[c.sentence].text for c in (first, second)}
    return gap == 1 and bool(_LATE.search(text[id(first)]) and _EARLY.search(text[id(second)]))


def span_discrepancies(analyses: Sequence[Analysis], outlet_of: Callable[[Analysis], str]) -> list[Discrepancy]:
    """A span told with one end the same and the other different ("from 13 June until 31
    August" vs "from 14 June until 31 August"): the shared end shows it is one span, wherever
    the sentences stand in their articles."""
    spans: list[tuple[Analysis, int, DateMention, DateMention]] = []
    for an in analyses:
        for sentence, days in _days(an).items():
            roles = [_day_role(an, d) for d in days]
            if roles.count("start") == 1 and roles.count("end") == 1:
                spans.append((an, sentence, days[roles.index("start")], days[roles.index("end")]))
    out: list[Discrepancy] = []
    for topic in ("start", "end"):
        groups: dict[str, list[tuple[Analysis, int, DateMention]]] = defaultdict(list)
        for an, sentence, start, end in spans:
            shared, told = (end, start) if topic == "start" else (start, end)
            groups[(shared.value or "")[:10]].append((an, sentence, told))
        for told_days in groups.values():
            claims = _dedupe([claim_of(an, k, (d.value or "")[:10], d.text) for an, k, d in told_days])
            outlets = {(outlet_of(an), (d.value or "")[:10]) for an, _, d in told_days}
            if len({v for _, v in outlets}) >= 2 and len({o for o, _ in outlets}) >= 2:
                out.append(Discrepancy("date", topic, claims, False))
    return out


_STATED_DAY = re.compile(rf"\d|\b(?:{MONTH_PATTERN})\b", re.I)
_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_PATTERN})\b", re.I)


def _days_differ(a: Claim, b: Claim) -> bool:
    """Different days, and both stated or both read from a weekday near their own publication
    date: "on Saturday" in an article of January, in a caption kept from November, names a
    Saturday of January only by the reading rule."""
    if a.value == b.value:
        return False
    stated = [bool(_STATED_DAY.search(c.text)) for c in (a, b)]
    if all(stated):
        return True
    if not any(stated) and set(_WEEKDAY.findall(a.text.casefold())) & set(_WEEKDAY.findall(b.text.casefold())):
        return False  # "Thursday" and "Thursday", read from different publication days
    try:
        da, db = (date.fromisoformat((c.published or "")[:10]) for c in (a, b))
    except ValueError:
        return False
    return abs((da - db).days) <= 2
