"""Quantities in a sentence: value, unit or counted noun, what is counted, and the qualifier.

"sekurangnya 144 orang meninggal" -> 144, unit "orang", counted "deaths", qualifier at_least.
Dates, times, years, scores ("3-1"), ordinals ("ke-12") and ages are not quantities.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from lintas._lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from lintas.analyse.numbers import NUMBER_WORDS, SCALES, parse_digits, parse_words
from lintas.analyse.scope import (
    OTHER_INJURED_AFTER,
    STILL,
    beside_other_injured,
    over_several_shootings,
    partial,
)
from lintas.settings import QUANTITIES_MAX_PER_SENTENCE, QUANTITY_CONTEXT_CHARS

QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("at_least", r"sekurang-kurangnya|sekurangnya|sedikitnya|setidaknya|setidak-tidaknya|minimal|paling sedikit|at least|no fewer than|a minimum of"),
    ("at_most", r"paling banyak|maksimal|sebanyak-banyaknya|at most|up to|no more than|a maximum of"),
    ("more_than", r"lebih dari|lebih daripada|di atas|more than|over|above|upwards of"),
    ("less_than", r"kurang dari|hampir|nyaris|di bawah|less than|fewer than|under|nearly|almost"),
    ("about", r"sekitar|kurang lebih|lebih kurang|kira-kira|sekira|around|about|approximately|roughly|some|an estimated|estimated|an"),
)  # fmt: skip

# What is counted, from words near the number (the clause around it).
COUNTED: tuple[tuple[str, str], ...] = (
    ("deaths", r"tewas|meninggal(?: dunia)?|menewaskan|korban jiwa|korban meninggal|wafat|kematian|jenazah|mayat|"
               r"killed|killing|dead|died|deaths?|death toll|fatalities|bodies|"
               r"(?:fatally|mortally) (?:shot|wounded|injured|stabbed|struck|hit)"),  # before "wounded": it is nearer
    ("injured", r"luka-luka|luka berat|luka ringan|terluka|luka|cedera|injured|injuring|wounded|injuries|hurt"),
    ("missing", r"hilang|belum ditemukan|missing|unaccounted"),
    ("displaced", r"mengungsi|pengungsi|dievakuasi|evacuated|displaced|homeless|shelters?"),
    ("arrested", r"ditangkap|diamankan|ditahan|arrested|arrests|detained|in custody"),  # "three suspects drove by" arrests no one
    # Named as suspects ("menetapkan 7 tersangka"): not the ones held ("tiga tersangka telah ditahan").
    ("suspects", r"tersangka"),
    ("damaged", r"rusak|hancur|roboh|ambruk|damaged|destroyed|collapsed"),
    ("depth", r"kedalaman|depth|deep"),
    ("magnitude", r"magnitudo|bermagnitudo|magnitude|skala richter|sr"),
    ("inflation", r"inflasi|inflation"),
    ("exchange_rate", r"per dolar|per dollar|terhadap dolar|against the dollar|per u\.s\. dollar|nilai tukar|rupiah"),
    ("distance", r"barat daya|tenggara|barat laut|timur laut|barat|timur|utara|selatan|southwest|southeast|northwest|northeast|"
                 r"west|east|north|south"),
)  # fmt: skip

UNITS: dict[str, str] = {
    "orang": "orang", "jiwa": "orang", "warga": "orang", "people": "orang", "persons": "orang", "residents": "orang",
    "rumah": "rumah", "houses": "rumah", "homes": "rumah", "bangunan": "bangunan", "buildings": "bangunan",
    "persen": "persen", "%": "persen", "percent": "persen", "per cent": "persen",
    "kilometer": "km", "km": "km", "meter": "m", "m": "m", "mil": "mil", "miles": "mil",
    "kg": "kg", "kilogram": "kg", "ton": "ton", "tons": "ton", "tonnes": "ton", "hektare": "ha", "hectares": "ha", "ha": "ha",
    "hari": "hari", "days": "hari", "jam": "jam", "hours": "jam", "menit": "menit", "minutes": "menit",
    "tahun": "tahun", "years": "tahun", "bulan": "bulan", "months": "bulan", "pekan": "pekan", "weeks": "pekan",
    "kali": "kali", "times": "kali", "unit": "unit", "units": "unit", "stan": "stan", "stalls": "stan",
    "kecamatan": "kecamatan", "districts": "kecamatan", "desa": "desa", "villages": "desa",
    "kabupaten": "kabupaten", "regencies": "kabupaten", "kota": "kota", "cities": "kota", "poin": "poin", "points": "poin",
    "kotak": "kotak", "penonton": "orang", "pengunjung": "orang", "korban": "orang", "anak": "orang", "tentara": "orang",
    "tenda": "tenda", "tents": "tenda", "gram": "gram", "liter": "liter", "litres": "liter",
}  # fmt: skip
_CURRENCY = r"(?P<cur>Rp\.?\s?|IDR\s?|US\$\s?|\$\s?|USD\s?|€\s?|£\s?)"
_NUM = r"\d+(?:[.,]\d+)*"
_WORD_NUM = (
    r"(?:(?:"
    + "|".join(
        sorted(NUMBER_WORDS | {"se" + s for s in ("puluh", "ratus", "ribu", "juta", "belas")}, key=len, reverse=True)
    )
    + r")\b[\s-]*)+"
)
_SCALE = r"(?:\s*(?P<scale>juta|miliar|milyar|triliun|ribu|rb|jt|million|billion|trillion|thousand|bn))?"
_QUANT = re.compile(
    rf"(?<![\w./:-]){_CURRENCY}?(?P<num>{_NUM}){_SCALE}(?![\w/]|-\d|\.\d|:\d)"
    rf"|(?<![\w-])(?P<words>{_WORD_NUM})",
    re.IGNORECASE,
)
_QUALIFIER = [(name, re.compile(rf"(?:^|\W)(?:{pattern})\s*$", re.I)) for name, pattern in QUALIFIERS]
_COUNTED = [(name, re.compile(rf"\b(?:{pattern})\b", re.I)) for name, pattern in COUNTED]
_UNIT_AFTER = re.compile(r"^\s*(%|[A-Za-z]+(?:\s+cent)?)", re.I)
# "shot three people before police shot him to death": "death" is no cue of "three"; a clause with
# its own subject starts there ("after being wounded" goes on with the same one; "held two people
# hostage before being fatally shot" tells the subject's fate, not the count's).
_CLAUSE_BREAK = re.compile(
    r"[,;:()]|\b(?:dan|serta|sedangkan|sementara|and|while|but|tetapi)\b|\d"
    r"|\bbefore\b(?!\s+(?!being\b)\w+ing\b)|\b(?:after|because|until)\b(?!\s+\w+ing\b)",
    re.I,
)
# Looking back from the number, a relative clause starts a new clause too: "four were injured at
# the party where as many as 400 people", "a deputy was killed by a gunman who shot two officers"
# (not after it: "three people who died" keeps its cue).
_BACK_BREAK = re.compile(
    _CLAUSE_BREAK.pattern + r"|\b(?:where|when|who|whom|whose|which|that|after|before|because|although|di mana|ketika"
    r"|saat)\b",
    re.I,
)
# What a toll does not count: "fired 212 rounds", "four new charges", "20 blocks away", "a 5-hour
# span", "three overnight shootings", "spent 16 in prison". One word may stand between ("four new charges").
_NOT_PEOPLE = re.compile(
    r"^\s*-?\s*(?:(?:separate|different|distinct|unrelated)\s+)?(?:[a-z]+\s+)?(?:rounds?|shots?|bullets?|casings?|charges?|counts?|blocks?|miles?|hours?|minutes?|"
    r"seconds?|days?|weeks?|months?|years?|times?|cars?|vehicles?|homes?|houses?|shootings?|incidents?|attacks?|"
    r"cases?|calls?|guns?|weapons?|rifles?|handguns?|pistols?|dollars?|feet|foot|yards?|percent|prison|jail|scenes?|"
    r"places|locations|sites|tembakan|peluru|"
    r"butir|selongsong)\b",
    re.I,
)
_QUESTIONED = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:(?:are|were|is|was|being|been)\s+)?(?:in custody|detained|held|taken in)\s+for questioning\b",
    re.I,
)
# People counted as doers, not as the harmed: "five suspects", "two brothers charged in the deaths".
_HARMED = frozenset({"deaths", "injured"})
_HARM = r"(?:killed|dead|died|shot|wounded|injured|hurt|tewas|meninggal|terluka|tertembak|luka)"
_DOERS = re.compile(
    r"^\s*(?:[a-z-]+\s+)?(?:suspects?|defendants?|gunmen|shooters?|attackers?|assailants?|robbers?|perpetrators?"
    rf"|tersangka|pelaku)\b(?!\s+(?:(?:were|was|have been|had been|are|is)\s+)?(?:\w+\s+)?{_HARM}\b)"
    rf"|^\s*(?:(?!(?:{_HARM}|by|oleh)\b)[a-z-]+\s+){{0,2}}(?:(?:were|was|have been|had been|are|is)\s+)?"
    r"(?:charged|accused|indicted|convicted|sentenced|wanted)\b"
    r"|^\s*(?:[a-z-]+\s+)?(?:held|detained|jailed)\s+(?:in|for)\s+(?:the|connection|his|her)\b",  # "two people held in the killing"
    re.I,
)
# "Officers shot and killed two suspects": the doers are the harmed.
_HARMED_BEFORE = re.compile(r"\b(?:killed|shot|wounded|injured|menewaskan|melukai|menembak(?: mati)?)\s+$", re.I)
# How far a cue may be from its number within the clause: "two friends hung out about two weeks
# before Lamothe's death" is no toll. Indonesian puts more words between ("akibat gempa bertambah
# menjadi 14 orang"), hence the longer look back; the toll subject is caught sentence-wide anyway.
_CUE_AFTER_CHARS = 45
_CUE_BEFORE_CHARS = 60
# Counts of people: one true value for an event at a time (comparison relies on that too).
PERSON_COUNTS = frozenset({"deaths", "injured", "missing", "displaced", "arrested", "suspects"})
_MONTHS_OR_TIME = re.compile(
    r"^\s*(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|"
    r"january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|aug|sep|okt|oct|nov|des|dec)\b"
    r"|^\s*(?:wib|wita|wit|gmt|utc|am|pm)\b|^\s*[ap]\.m\."
    r"|^\s*(?:block|blok)\b",  # "the 1800 block of Main Street" is an address
    re.I,
)
_BEFORE_NOT_COUNT = re.compile(
    r"(?:\bpukul|\bjam|\btahun|\bno\.|\bnomor|\bke-|\bpekan ke|\bmenit ke|\bhalaman|"
    r"\bpasal|\bayat|\blaga|\bliga|\bjalur|\bkm|\bjl\.|\bjalan|\brt|\brw|\bgmt|\bedisi|\bseri|\bangka|"
    r"\bhighway|\bhwy\.?|\broute|\binterstate|\bi-|\bexit|\bsuite|\bapt\.?|\bapartment|\broom|\bchannel|\bimage|"
    r"\bphoto|\bpage)\s*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with what it measures. ``start``/``end`` index into the sentence text."""

    text: str
    value: float
    unit: str | None
    counted: str | None
    qualifier: str
    start: int
    end: int
    sentence: int = 0

    def to_dict(self) -> dict[str, object]:
        value: float | int = int(self.value) if self.value.is_integer() else self.value
        return {
            "text": self.text, "value": value, "unit": self.unit, "counted": self.counted,
            "qualifier": self.qualifier, "sentence": self.sentence, "start": self.start, "end": self.end,
        }  # fmt: skip


def _is_year(value: float, raw: str, before: str, after: str) -> bool:
    if not raw.isdigit() or not (1900 <= value <= 2100):
        return False
    next_word = after.split()[0].lower() if after.split() else ""
    return next_word not in UNITS or bool(re.search(r"(?:tahun|year|pada|sejak|in|since)\s*$", before, re.I))


_BREAKS_DOWN = re.compile(r"\b(?:with|including|among them|of them|of whom)\b|[:(—–]", re.I)


def find_quantities(sentence: str, *, decimal_comma: bool = True) -> list[Quantity]:
    """Every quantity in one sentence, left to right."""
    out: list[Quantity] = []
    beside: set[int] = set()  # the starts of counts of others hurt beside a group told before
    for n, m in enumerate(_QUANT.finditer(sentence)):
        if n >= QUANTITIES_MAX_PER_SENTENCE:
            break
        before = sentence[max(0, m.start() - QUANTITY_CONTEXT_CHARS) : m.start()]
        after = sentence[m.end() : m.end() + QUANTITY_CONTEXT_CHARS]
        if m.group("words"):
            words = m.group("words").split()
            while words and (
                words[-1].lower() in ("dan", "and", "a") or words[-1].lower() not in NUMBER_WORDS | {"se"}
            ):
                words.pop()
            if not words or (len(words) == 1 and words[0].lower() in ("a", "an", "se", "m")):
                continue
            # "after a three people were shot": a slip, not 1 + 3 ("a hundred" is 100)
            slip = len(words) > 1 and words[0].lower() in ("a", "an") and words[1].lower() not in SCALES
            value = parse_words([w.strip("-") for w in words[1 if slip else 0 :] if w.strip("-")])
            end = m.start() + len(" ".join(words)) if value is not None else m.end()
            raw = " ".join(words)
            if value is None or words[0].lower() in SCALES:
                continue
            after = sentence[end : end + QUANTITY_CONTEXT_CHARS]
            if words[0][0].isupper() and re.search(r"\b[a-z]+\s$", before) and re.match(r"^\s+[A-Z][a-z]", after):
                continue  # "in Three Rivers", "at Seven Oaks": a name inside a sentence
            if words[0].lower() == "one" and re.search(r"\bno\s+$", before, re.I):
                continue  # "no one was injured" counts nobody
        else:
            raw = m.group("num")
            end = m.end()
            if _skip_digits(raw, before, after):
                continue
            value = parse_digits(raw, decimal_comma=decimal_comma)
            if value is None:
                continue
            if m.group("scale"):
                value *= SCALES[m.group("scale").lower()]
            if _is_year(value, raw, before, after) and not m.group("cur"):
                continue
        unit, unit_end = _unit(m, after, end)
        qualifier, q_start = _qualifier(before, m.start())
        counted = _counted(sentence, m.start(), unit_end, unit)
        rest = sentence[unit_end : unit_end + QUANTITY_CONTEXT_CHARS]
        if counted in PERSON_COUNTS and unit is None and _NOT_PEOPLE.match(rest):
            counted = None
        if counted == "arrested" and _QUESTIONED.match(rest):
            counted = None  # "two individuals are in custody for questioning" are not arrested
        if counted in _HARMED and _DOERS.match(rest) and not _HARMED_BEFORE.search(before):
            counted = None  # "The five defendants accused of killing two", "two brothers charged in the deaths"
        if counted in PERSON_COUNTS and _OTHERS.match(rest) and (others := _AND_OTHERS.search(before)):
            value, q_start = value + 1, min(q_start, m.start() - len(before) + others.start("who"))
        elif counted in PERSON_COUNTS and (_PERSON_BEFORE.search(before) or _PERSON_AFTER.match(sentence[end:])):
            counted = None  # a part of a sum whose other part has no number
        if counted and (
            unit not in _UNITS_OF.get(counted, (unit,))
            or _INCREMENT.match(rest)
            or partial(rest, before)
            or (counted in PERSON_COUNTS and over_several_shootings(sentence))
            or (counted == "injured" and (OTHER_INJURED_AFTER.match(rest) or STILL.match(rest)))
        ):
            counted = (
                None  # "tujuh kali gempa susulan" is no magnitude; "two more bodies", "one of the victims" no toll
            )
        if counted == "injured" and beside_other_injured(rest, before):
            beside.add(q_start)  # a part, unless a sum of the two groups takes both (``_unsum``)
        out.append(Quantity(sentence[q_start:unit_end], float(value), unit, counted, qualifier, q_start, unit_end))
    out = _unsum(sentence, out)
    for k, q in enumerate(out):
        if q.start in beside:  # neither group is the count: "Two officers were wounded and three others were injured"
            out[k] = dataclasses.replace(q, counted=None)
            earlier = [m for m in range(k) if out[m].counted == "injured"]
            # (not a total the parts break down: "20 were hurt, with 16 suffering gunshot wounds and four others")
            if earlier and not _BREAKS_DOWN.search(sentence, out[earlier[-1]].end, q.start):
                out[earlier[-1]] = dataclasses.replace(out[earlier[-1]], counted=None)
    return sorted(out + _zeros(sentence), key=lambda q: q.start)


# A count of nobody, in words: "no one was hurt", "no injuries were reported", "tidak ada korban
# jiwa". Not "no one else", "no other injuries" or "no officers were hurt": those count a part.
_HOW = r"(?:reported |believed |immediately )?"  # "no one was reported hurt"; not "seriously hurt"
_ZERO = [
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("deaths", rf"\b(?:no one|nobody|none)\s+(?:was|were|has been|had been)\s+{_HOW}killed\b"
                   r"|\bno (?:deaths|fatalities)\b(?! (?:among|to|of)\b)"
                   r"|\b(?:tidak|tak) ada (?:korban jiwa|korban (?:tewas|meninggal)|yang (?:tewas|meninggal))\b"
                   r"|\b(?:tidak|tak) (?:menimbulkan|mengakibatkan) korban jiwa\b|\bnihil korban jiwa\b"),
        ("injured", rf"\b(?:no one|nobody|none)\s+(?:was|were|has been|had been)\s+{_HOW}(?:hurt|injured|wounded)\b"
                    r"|\bno (?:injuries|one injured)\b(?! (?:among|to|of)\b)"
                    r"|\b(?:tidak|tak) ada (?:korban luka|yang (?:terluka|luka-luka|mengalami luka))\b"),
        ("arrested", r"\bno arrests?\b(?! warrants?\b)"
                     rf"|\b(?:no one|nobody) (?:has been|was|is) {_HOW}(?:arrested|in custody)\b"),
    )
]  # fmt: skip


# A zero inside one place is no count of the event: "No one was injured inside", "no one was hurt
# in the house, but ..." (others were, outside); "in the house fire" is the whole event.
_ZERO_SCOPE = re.compile(
    r"\s*(?:inside|indoors|in the (?:house|home|building|store|car|vehicle|bar|restaurant))"
    r"(?=\s*(?:[,.;:!?)]|$|(?:but|and|while|where|itself)\b))",
    re.I,
)


def _zeros(sentence: str) -> list[Quantity]:
    return [
        Quantity(m.group(), 0.0, None, name, "exact", m.start(), m.end())
        for name, pattern in _ZERO
        for m in pattern.finditer(sentence)
        if not _ZERO_SCOPE.match(sentence, m.end())
    ]


# "two civilians and one"; "two police officers wounded and three others injured" (both counted
# alike, or the second with no cue and none between: not "two women dead and two others in the
# hospital", "five people were shot and one person killed").
_SUM_LINK = re.compile(r"^\s*(?:[a-z-]+\s+)?(?:and|dan|serta)\s+$", re.I)
_SUM_LINK_LONG = re.compile(r"^\s*(?:[a-z-]+\s+){2,3}(?:and|dan|serta)\s+$", re.I)
# People a sentence counts without a number: "An infant and two women died", "two women and a man",
# "A Roy couple and their two young children", "seorang ibu dan dua anaknya", "left a 10-year-old
# girl and two men wounded".
_PERSON = (
    r"(?:m[ae]n|wom[ae]n|males?|females?|boys?|girls?|child(?:ren)?|kids?|infants?|bab(?:y|ies)|toddlers?|teens?"
    r"|teenagers?|couple|father|mother|sons?|daughters?|wife|husband|brothers?|sisters?|officers?|deputies|deputy"
    r"|persons?|people|adults?|victims?|friends?|grand(?:mother|father|son|daughter)s?|relatives?|suspects?"
    r"|civilians?|bystanders?|residents?|students?|patrons?|customers?|passengers?|workers?|employees?"
    r"|gunman|shooter|pria|wanita|perempuan|anak(?:nya)?|balita|bayi|istri(?:nya)?|suami(?:nya)?|ayah(?:nya)?"
    r"|ibu(?:nya)?|remaja|warga|polisi)"
)
_ONE_PERSON = r"(?:a|an|one|the|his|her|their|seorang|satu)\s+(?:[\w'-]+\s+){0,2}" + _PERSON
# The people open their clause ("An infant and two women died", "..., a man and two women"), or
# they may be the object of another verb ("killed a police officer and 12 people were wounded").
_OPENS = r"(?:^|[,;:—–(\"“‘-]\s*|\b(?:after|when|as|while|where|that|said|says|left|leaving|bahwa|ketika|saat)\s+)"
_PERSON_BEFORE = re.compile(rf"{_OPENS}{_ONE_PERSON}\s+(?:and|dan|serta)\s+(?:their|his|her)?\s*$", re.I)
_PERSON_AFTER = re.compile(rf"^\s*(?:[a-z-]+\s+)?{_PERSON}\s+(?:and|dan|serta)\s+{_ONE_PERSON}\b", re.I)
# "he and four others were wounded", "Smith and two others": the others and one more.
_AND_OTHERS = re.compile(
    rf"(?i:{_OPENS})(?P<who>(?i:he|she)|[A-Z][a-z]+(?: [A-Z][a-z]+)?|(?i:{_ONE_PERSON}))\s+and\s+$"
)
_OTHERS = re.compile(r"^\s*others\b", re.I)
# The second part of a sum counts people too ("and two civilians", not "and 300 houses").
_PEOPLE_NEXT = re.compile(rf"\s*(?:[a-z-]+\s+)?(?:{_PERSON}|others?)\b", re.I)


def _unsum(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """Parts of a sum are no toll: "killing six children and two adults", "two civilians and one
    police officer were killed" count 8 and 3 people, and neither figure is the count."""
    out = list(quantities)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        counted = {a.counted, b.counted} - {None}
        between = sentence[a.end : b.start]
        long_link = _SUM_LINK_LONG.match(between) and (
            a.counted == b.counted
            or (
                b.counted is None
                and b.unit in (None, "orang")
                and _PEOPLE_NEXT.match(sentence, b.end)
                and not any(cue.search(between) for _, cue in _COUNTED)
            )
        )  # "four other officers and two civilians"; not "two women dead and two others in the hospital"
        if len(counted) == 1 and counted <= PERSON_COUNTS and (_SUM_LINK.match(between) or long_link):
            out[k] = dataclasses.replace(a, counted=None)
            out[k + 1] = dataclasses.replace(b, counted=None)
    return out


_AGE = re.compile(r"^\s*-?\s*(?:years?|yrs?|months?|weeks?|days?)[- ]old\b|^-year\b", re.I)
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_PATTERN})\.?\s*$", re.I)
_STREET = re.compile(
    r"^\s+(?:[NSEW]\.|(?:[NSEW]|North|South|East|West|Old|[A-Z][a-z]+|\d+(?:st|nd|rd|th))"
    r"(?:\s+[A-Z][\w.]*){0,2}\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|"
    r"Pl|Place|Hwy|Highway|Pkwy|Parkway|Cir|Circle|Terrace|Trail|Pike)\b)"
)
# "aged 37", "ages were 6, 11"; "ages 21 and 28", "one age 21 and the other 28": the second age of a pair too.
_AGE_BEFORE = re.compile(
    r"\b(?:aged|age|ages|age of|ages (?:were|are|of|ranged from)|berusia|usia|umur|umurnya)\s*$"
    r"|\b(?:aged|ages?)\s+\d{1,3}\s*(?:,|and|dan)\s*(?:the other|another|one)?\s*$",
    re.I,
)


# "Melanie Virgen, 13 – died": an age after a name; not after a place or a day ("di Bekasi, 7,",
# "By Sunday, 14 –").
_NAME_BEFORE_AGE = re.compile(r"\b[A-Z][a-z]+,\s*$")
_PLACE_OR_DAY_BEFORE = re.compile(
    rf"\b(?:in|at|on|by|of|di|ke|dari)\s+(?:[A-Z]\w+\s+)*[A-Z][a-z]+,\s*$|\b(?i:{WEEKDAY_PATTERN}|{MONTH_PATTERN}),\s*$"
)
_AGE_AFTER_NAME = re.compile(r"^\s*(?:[,;)]|[–—-]\s|and\b|$)")


def _skip_digits(raw: str, before: str, after: str) -> bool:
    if _AGE.match(after) or _AGE_BEFORE.search(before):
        return True  # "a 20-year-old", "aged 37", "berusia 41 tahun": ages are not counts
    if re.match(r"^\s*[-–]\s*\d", after) and not re.match(r"^\s*[-–]\s*\d+\s*(?:persen|%|km|kilometer)", after):
        return True  # "3-1" score, "2020-2024" range of years
    if re.match(r"^[/]\d", after) or re.search(r"\d[/]$", before):
        return True  # "(3/4)", "16/11/2026"
    if re.match(r"^[.:]\d{2}\b", after) or (
        re.fullmatch(r"\d{1,2}[.:]\d{2}", raw) and re.search(r"(?:pukul|jam|at)\s*$", before, re.I)
    ):
        return True  # "13.21 WIB"
    if re.search(r"(?:pukul|jam)\s*$", before, re.I) or _MONTHS_OR_TIME.match(after):
        return True  # "pukul 13", "22 Maret", "1 p.m."
    if _BEFORE_NOT_COUNT.search(before) and not re.match(r"^\s*(?:%|persen|percent)", after, re.I):
        return True  # "pekan ke-12", "No. 5", "pasal 3"
    if before.endswith("[") and after.startswith("]"):
        return True  # "wounded fourteen others.[6]": a reference mark
    if before.endswith("#"):
        return True  # "Suspect #2": a label
    if re.search(r"\b(?:image|photo|slide|page|part|gambar|foto|halaman)\s+\d+\s+(?:of|dari)\s*$", before, re.I):
        return True  # "Image 7 of 33": a gallery counter
    if re.fullmatch(r"\d{1,2}", raw) and _MONTH_BEFORE.search(before):
        return True  # "Aug. 19", "on July 23": a day of the month
    if re.search(r"\b[a-z]+\s+[A-Z][a-z]+\s$", before) and re.match(
        r"^(?:,|\s+[A-Z]|\s*$|\s+(?:that|which|where|in|on|at|near|off)\b)", after
    ):
        return True  # "Cafe 54, 3135 ...", "Pro 21 Video": a number in a name
    # A street address: "12400 N. 25th Ave.", "3135 West Broward Blvd.", "a shooting at 7900 Scott
    # Hamilton", "killed at 7050 Old State Road".
    if re.fullmatch(r"\d{3,6}", raw) and (
        _STREET.match(after)
        or (
            re.search(r"\b(?:at|on|near|di)\s*$", before, re.I)
            and re.match(r"^\s+[A-Z][a-z]+", after)
            and after.split()[0].lower() not in UNITS
        )
    ):
        return True
    if (
        re.fullmatch(r"\d{1,2}", raw)
        and _NAME_BEFORE_AGE.search(before)
        and not _PLACE_OR_DAY_BEFORE.search(before)
        and _AGE_AFTER_NAME.match(after)
    ):
        return True  # "Edgar Rios, 16, and Melanie Virgen, 13 – died": an age after a name
    # "Yayan (41)": an age in brackets after a name
    return bool(re.match(r"^\s*\)", after) and re.search(r"[A-Z][a-z]+,?\s*\(\s*$", before))


def _unit(m: re.Match[str], after: str, end: int) -> tuple[str | None, int]:
    if m.groupdict().get("cur"):
        cur = m.group("cur").strip().rstrip(".").lower()
        return ("rupiah" if cur in ("rp", "idr") else "usd" if "$" in cur or cur == "usd" else cur), end
    um = _UNIT_AFTER.match(after)
    if um:
        word = um.group(1).lower()
        if word in UNITS:
            return UNITS[word], end + um.end()
        if word in ("dolar", "dollar", "dollars", "rupiah", "euro"):
            return ("usd" if word.startswith("dol") else word), end + um.end()
    return None, end


def _qualifier(before: str, start: int) -> tuple[str, int]:
    tail = before[-40:]  # ``before`` ends where the number starts, at ``start``
    for name, pattern in _QUALIFIER:
        qm = pattern.search(tail)
        if qm:
            offset = start - len(tail) + qm.start()
            text_start = offset + (len(qm.group(0)) - len(qm.group(0).lstrip(" ,.;(")))
            if name == "about" and qm.group(0).strip().lower() in ("an",):
                continue
            return name, text_start
    return "exact", start


_NEXT_NUMBER_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(set(NUMBER_WORDS) - {"a", "an", "se", "m"}, key=len, reverse=True)) + r")\b", re.I
)


def _counted(sentence: str, start: int, end: int, unit: str | None) -> str | None:
    """The nearest cue in the clause around the number, preferring what follows it."""
    after = sentence[end : end + QUANTITY_CONTEXT_CHARS]
    stop = _CLAUSE_BREAK.search(after)
    # Another number ends the window too: "a Sweet 16 party where four were hurt" has the cue of
    # "four", not of "16".
    word = _NEXT_NUMBER_WORD.search(after)
    if word and (stop is None or word.start() < stop.start()):
        stop = word
    window_after = after[: stop.start()] if stop else after
    before = sentence[max(0, start - QUANTITY_CONTEXT_CHARS) : start]
    breaks = list(_BACK_BREAK.finditer(before))
    window_before = before[breaks[-1].end() :] if breaks else before
    if _SHOOTING_OF.search(window_before):
        return None  # "killed in the shooting of five people": five were shot, whatever the cue before
    best: tuple[int, str] | None = None
    for name, pattern in _COUNTED:
        for cm in pattern.finditer(window_after):
            if cm.start() <= _CUE_AFTER_CHARS and (best is None or cm.start() < best[0]):
                best = (cm.start(), name)
        for cm in pattern.finditer(window_before):
            distance = len(window_before) - cm.end()
            if distance <= _CUE_BEFORE_CHARS and (best is None or distance < best[0]):
                best = (distance, name)
    if best is not None and best[1] == "suspects" and _HELD.search(window_before + " " + window_after):
        return "arrested"  # "Tiga tersangka telah ditahan": suspects held are arrests
    if best is None:
        # Rates are named once per sentence: "Inflasi Oktober 2026 sebesar 2,1 persen".
        for name, pattern in _COUNTED:
            cue = _TOLL if name == "deaths" else pattern
            if (
                name in _SENTENCE_LEVEL
                and unit in _SENTENCE_LEVEL[name]
                and cue.search(sentence[max(0, start - 3 * QUANTITY_CONTEXT_CHARS) : start])
            ):
                return name
        return None
    return best[1]


_HELD = re.compile(
    r"\b(?:ditangkap|diamankan|ditahan|dibekuk|diringkus|menangkap|mengamankan|menahan|membekuk|meringkus)\b", re.I
)


# The people an attack was on, hurt or killed: "the shooting of five people", "penembakan terhadap".
_SHOOTING_OF = re.compile(r"\b(?:shootings?|attack|ambush|penembakan)\s+(?:of|on|terhadap)\s+(?:at least\s+)?$", re.I)


# Units a counted thing can be measured in (None: a bare number).
_UNITS_OF: dict[str, tuple[str | None, ...]] = {
    "deaths": ("orang", None),
    "injured": ("orang", None),
    "missing": ("orang", None),
    "displaced": ("orang", None),
    "arrested": ("orang", None),
    "suspects": ("orang", None),
    "damaged": ("rumah", "bangunan", "unit", None),
    "depth": ("km", "m", "mil"),
    "distance": ("km", "m", "mil"),
    "magnitude": (None,),
    "inflation": ("persen",),
    "exchange_rate": ("rupiah", "usd", None),
}
# "The death toll ... has risen to 14": the subject names what the bare number counts.
_TOLL = re.compile(
    r"\b(?:death toll|toll|jumlah korban(?: meninggal| tewas| jiwa)?|korban (?:meninggal|tewas|jiwa))\b", re.I
)
# A number that adds to an earlier count ("two more bodies", "dua korban lagi").
_INCREMENT = re.compile(r"^\s*(?:\w+\s+)?(?:more|additional|further|lagi|tambahan)\b", re.I)

_SENTENCE_LEVEL: dict[str, tuple[str | None, ...]] = {
    "inflation": ("persen",),
    "exchange_rate": ("rupiah", None),
    "deaths": (None,),
}
