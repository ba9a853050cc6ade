"""What clustering needs of an analysed article: its day, lead embedding, names and MinHash.

Pure (no store, no shared state): ``features_of`` runs in the map step's worker processes
(``pipeline.map_documents``) and in ``compare``, which cluster with the same engine.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import numpy as np

from lintas._lexicon import fold
from lintas.analyse import Analysis
from lintas.analyse.dates import find_dates
from lintas.analyse.entities import Entity
from lintas.group.incremental import Features
from lintas.group.minhash import signature
from lintas.model import Article
from lintas.settings import (
    CLUSTER_CITED_DAY_SENTENCES,
    CLUSTER_EVENT_PEOPLE_SENTENCES,
    CLUSTER_FOLLOW_UP_DAYS,
    CLUSTER_KEY_TYPES,
    CLUSTER_LEAD_SENTENCES,
    CLUSTER_MAX_AGES,
    CLUSTER_MAX_KEYS,
    CLUSTER_MAX_WORDS,
    CLUSTER_TEXT_SENTENCES,
    CLUSTER_TEXT_WORDS,
    CLUSTER_WINDOW_DAYS,
)
from lintas.store import keys as codec


def lead_text(article: Article) -> str:
    """Title and first sentences: what the lead embedding is made of."""
    lead = " ".join(s.text for s in article.sentences[:CLUSTER_LEAD_SENTENCES])
    return f"{article.title}. {lead}" if article.title else lead


def day_of(published: str | None) -> int | None:
    try:
        return date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


def entity_keys(analysis: Analysis) -> tuple[str, ...]:
    """Names that tell one event from another of the same kind: people, places, organisations.

    Ordered by mentions so that the cap keeps the article's main actors. The outlet's own name
    ("Lensa Jatim - ..." in a dateline, a copyright line) is no evidence: every article of the
    outlet has it, and on synthetic Indonesian news it chained unrelated events into one story.
    Then the places the tagger leaves unnamed: the dateline's ("CARBONDALE —") and the town of a
    local agency ("Carbondale Police Department"); the event's victims and suspects as ``who:``
    keys (``event_people``); the title's words as ``ttl:`` keys (``title_words``); the body's
    capitalised words as ``cap:`` keys (``name_words``); the people's ages as ``age:`` keys (``ages``)."""
    outlet = fold(analysis.article.outlet or "")
    counted: list[tuple[int, int, Entity]] = []
    for e in analysis.entities:
        if e.type not in CLUSTER_KEY_TYPES:
            continue
        mentions = [m for m in e.mentions if not (outlet and fold(m.text) in outlet)]
        if mentions or not e.mentions:
            counted.append((-len(mentions), mentions[0].start if mentions else 0, e))
    keys: list[str] = []
    for _, _, e in sorted(counted, key=lambda c: (c[0], c[1])):
        key = name_key(e.type, e.name)
        if key and key not in keys:
            keys.append(key)
    keys = keys[:CLUSTER_MAX_KEYS]
    for place in (filed_from(analysis.article.text, outlet), *agency_places(keys)):
        if place and place not in keys:
            keys.append(place)
    return (
        *keys, *event_people(analysis), *title_words(analysis.article.title), *cited_days(analysis.article),
        *name_words(analysis.article.text), *ages(analysis.article.text), *lead_words(analysis.article),
    )  # fmt: skip


def cited_days(article: Article) -> tuple[str, ...]:
    """``on:`` keys (day ordinals) of the explicit dates a report cites 8 days to
    CLUSTER_FOLLOW_UP_DAYS before it was published: a follow-up tells the day of its event ("the
    March 3 shooting")."""
    published = day_of(article.published)
    if published is None:
        return ()
    out: list[str] = []
    for s in article.sentences[:CLUSTER_CITED_DAY_SENTENCES]:
        for d in find_dates(s.text, article.published):
            if d.granularity != "day" or not d.value or len(d.value) != 10 or not any(c.isdigit() for c in d.text):
                continue
            ordinal = date.fromisoformat(d.value).toordinal()
            if (
                CLUSTER_WINDOW_DAYS < published - ordinal <= CLUSTER_FOLLOW_UP_DAYS
                and codec.feature(codec.CITED, ordinal) not in out
            ):
                out.append(codec.feature(codec.CITED, ordinal))
    return tuple(out)


# "CARBONDALE —", "ALBUQUERQUE, N.M. (KOB) —", "GARUT, Jawa Barat (ANTARA) -": the place a report
# is filed from, in capitals the English tagger does not read as a name.
_DATELINE = re.compile(
    r"^\W{0,3}([A-Z][A-Z.'\- ]{2,30}?)(?:\s*,\s*[^—–(|\-:\n]{1,25}?)?\s*(?:\([^)\n]{1,25}\))?\s*(?:—|–|-|\|)"
)
_NOT_PLACES = frozenset({"update", "breaking", "watch", "video", "photos", "correction", "exclusive", "developing"})
_DATELINE_LINES = 6


def filed_from(text: str, outlet: str = "") -> str | None:
    """The ``loc:`` key of the first dateline among the first lines (junk lines may come first)."""
    for line in text.split("\n", _DATELINE_LINES)[:_DATELINE_LINES]:
        m = _DATELINE.match(line.strip())
        if m:
            name = fold(m.group(1))
            return name_key("LOC", name) if name not in _NOT_PLACES and name not in outlet else None
    return None


# "Carbondale Police Department", "Jackson County Sheriff's Office", "Polres Garut": a local agency
# is named after the town or county of the event.
_AGENCY = re.compile(
    r"^(?:(?:polres|polresta|polrestabes|polsek|polda|bpbd|pemkab|pemkot|dprd) (?P<id>.+)|"
    r"(?P<en>.+?) (?:metropolitan police department|police department|police dept|police|"
    r"sheriff(?:'s| s)?(?: office| department| dept)?|fire department|fire rescue|department of public safety|"
    r"public schools|school district|city council|pd))$"
)
_NOT_TOWNS = frozenset(
    {"state", "city", "county", "metro", "metropolitan", "local", "capitol", "university", "campus", "transit"}
)
_AGENCY_LEVEL = re.compile(r" (?:state|metro|metropolitan)$")  # "Kentucky State Police", "Louisville Metro Police"


def agency_places(names: Sequence[str]) -> list[str]:
    """``loc:`` keys of the towns and counties the article's agencies are named after."""
    out = []
    for k in names:
        m = _AGENCY.match(codec.value(k)) if codec.kind(k) == codec.PLACE else None
        town = m and _AGENCY_LEVEL.sub("", m["id"] or m["en"])
        if town and town not in _NOT_TOWNS and codec.name_feature(False, town) not in out:
            out.append(codec.name_feature(False, town))
    return out


_TITLE_WORD = re.compile(r"[^\W\d_]{3,}")


def title_words(title: str | None) -> tuple[str, ...]:
    """``ttl:`` keys of the title's words. Junk can leave a page nothing but its title, and the
    tagger misses names in title case ("Four Hills", "Carbondale"); clustering counts only words
    few stories hold, so the common ones ("shooting", "police", "the") weigh nothing."""
    out: list[str] = []
    for w in _TITLE_WORD.findall((title or "").casefold()):
        if codec.feature(codec.TITLE, w) not in out:
            out.append(codec.feature(codec.TITLE, w))
    return tuple(out)


_CAPITALISED = re.compile(r"\b[^\W\d_]{3,}(?:['-][^\W\d_]+)*")
_SENTENCE_END = frozenset('.!?"\u201c\u201d:;\u2014-')


def name_words(text: str) -> tuple[str, ...]:
    """``cap:`` keys of the capitalised words inside sentences: the streets, towns, names and
    venues of an event ("Hazelwood", "Lindbergh", "Larose") that the tagger misses or caps away.
    The first word of a sentence or line is left out: its capital says nothing."""
    out: dict[str, None] = {}
    for line in text.split("\n"):
        for m in _CAPITALISED.finditer(line):
            before = line[: m.start()].rstrip()
            if m.group(0)[0].isupper() and before and before[-1] not in _SENTENCE_END:
                out.setdefault(codec.feature(codec.WORD, m.group(0).casefold()), None)
            if len(out) >= CLUSTER_MAX_WORDS:
                return tuple(out)
    return tuple(out)


_LEAD_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['-]){2,}")
# Function words of English and Indonesian: every story holds them, their rows would be waste.
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "the and was were that with for from this have has had his her their they them said says police when where "
        "which who what after into about been would could there than then also are not but one two its out over our "
        "you your will more some other yang dan dari untuk dengan pada dalam tidak akan juga oleh sebagai ada karena "
        "telah sudah bahwa kata saat atau para tersebut mereka kami kita dia itu ini",
    )
)


def lead_words(article: Article) -> tuple[str, ...]:
    """``lw:`` keys of the words of the title and the first CLUSTER_TEXT_SENTENCES sentences,
    lowercased: what happened ("wake", "carjacking", "birthday party", "yogurt") in the reporter's
    words, which a story holds and ``group.incremental.held_evidence`` weighs by rarity, as TF-IDF
    does. The lead embedding sees a shooting in every shooting."""
    text = " ".join([article.title or "", *(s.text for s in article.sentences[:CLUSTER_TEXT_SENTENCES])])
    out: dict[str, None] = {}
    for m in _LEAD_WORD.finditer(text.casefold()):
        if m.group(0) not in _FUNCTION_WORDS:
            out.setdefault(codec.feature(codec.LEAD, m.group(0)), None)
            if len(out) >= CLUSTER_TEXT_WORDS:
                break
    return tuple(out)


# "a 19-year-old man", "aged 19", "Jamal Brown, 19,", "Budi Santoso (35)", "berusia 35 tahun".
_AGES = re.compile(
    r"\b(\d{1,2})[- ]years?[- ]old\b|\bage[sd]?\s+(\d{1,2})\b|[A-Z][\w'-]+,\s+(\d{1,2}),"
    r"|[A-Z][\w'-]+\s+\((\d{1,2})(?:\s*(?:th|tahun))?\)|\b(?:berusia|berumur|usia|umur)\s+(\d{1,2})\s+tahun\b"
)


def ages(text: str) -> tuple[str, ...]:
    """``age:`` keys of the ages an article gives its people: two shootings of one city and week
    are told apart by their victims' ages, which every report of one of them repeats."""
    out: dict[str, None] = {}
    for m in _AGES.finditer(text):
        age = next(g for g in m.groups() if g is not None)
        if 0 < int(age) < 100:
            out.setdefault(codec.feature(codec.AGE, int(age)), None)
    return tuple(out)[:CLUSTER_MAX_AGES]


# An age right after a name ("Jamal Brown, 19, of ...", "Budi Santoso (35)") or a victim's or
# suspect's cue right before it ("identified the victim as", "charged", "korban", "tersangka")
# marks a person of the event. Reporters' bylines, police spokespeople and judges, who appear in
# many unrelated stories, have neither.
_AGE_AFTER = re.compile(
    r"\s*(?:,\s*(?:aged?\s*)?\d{1,2}\s*(?:,|\.|;|\)| years? old|-year-old| of | and | was | is | who | died)"
    r"|\(\s*\d{1,3}(?:\s*(?:th|tahun))?\s*\)|\s\d{1,2}\s*years? old)"
)
_CUE_BEFORE = re.compile(
    r"(?:(?:death|killing|murder|shooting|slaying|homicide|funeral|family) of|killed|shot|murdered|"
    r"identified(?: \w+){0,3} as|victims?|suspects?|shooter|gunman|named|charged|arrested|accused|"
    r"korban|tersangka|pelaku|almarhum|almarhumah)[\s,:(]{0,3}$",
    re.IGNORECASE,
)
_CUE_SPAN = 40
# An office right before a name ("Ald. Raymond Lopez (15th)", "Mayor Rahm Emanuel", "Bupati Garut
# Rudy Gunawan" is caught by the tagger's role split) makes the person an official, whatever cue a
# mention has: on GVA an alderman whose ward number read as an age chained two shootings of his
# ward a year apart.
_OFFICE_BEFORE = re.compile(
    r"\b(?:Ald|Alderman|Alderwoman|Mayor|Rev|Reverend|Pastor|Gov|Governor|Sen|Senator|Rep|Judge|Chief|Coroner|"
    r"Commissioner|Superintendent|Supt|Councilman|Councilwoman|[Ss]pokes(?:man|woman|person)|Bupati|Gubernur|"
    r"Wali Kota|Walikota|Kapolres|Kapolsek|Kapolda|Camat|Lurah)\.?\s+$"
)


def event_people(analysis: Analysis) -> tuple[str, ...]:
    """``who:`` keys of the named people an article reports as victims or suspects.

    Such a name links a follow-up (an arrest, a charge, a trial, weeks or months later) to the
    event's story after the story has gone cold; any other shared name would link unrelated events
    (group.incremental). Only full names (a surname alone is too common), and only where the article
    tells its own event: a recap of earlier victims further down ("the third child shot this month,
    after Jalen Hayes, 3, ...") would chain one city's shootings into one story."""
    text = analysis.article.text
    out: list[str] = []
    for e in analysis.entities:
        key = name_key(e.type, e.name) if e.type == "PER" else None
        who = codec.feature(codec.VICTIM, codec.value(key)) if key is not None else None
        if who is None or " " not in who or who in out:
            continue
        if any(_OFFICE_BEFORE.search(text, max(0, m.start - _CUE_SPAN), m.start) for m in e.mentions):
            continue
        if any(
            m.sentence < CLUSTER_EVENT_PEOPLE_SENTENCES
            and (_AGE_AFTER.match(text, m.end) or _CUE_BEFORE.search(text, max(0, m.start - _CUE_SPAN), m.start))
            for m in e.mentions
        ):
            out.append(who)
    return tuple(out[:CLUSTER_MAX_KEYS])


_ABBREVIATIONS = {"rd": "road", "st": "street", "ave": "avenue", "av": "avenue", "blvd": "boulevard", "dr": "drive",
                  "ln": "lane", "hwy": "highway", "jl": "jalan", "kab": "kabupaten", "kec": "kecamatan"}  # fmt: skip
_NAME_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def key_words(name: str) -> list[str]:
    """A name's words as its key spells them: folded, abbreviations written out, no leading "the"."""
    words = [_ABBREVIATIONS.get(w, w) for w in _NAME_WORD.findall(fold(name))]
    return words[1:] if words and words[0] == "the" else words


def name_key(kind: str, name: str) -> str | None:
    """A blocking key for a name: people apart from places and organisations (taggers swap those
    two: "North Church Street" came out as ORG in one article and LOC in another), spelling
    variants and street abbreviations folded ("Kensington Rd" = "Kensington Road")."""
    text = " ".join(key_words(name))
    if len(text) < 3:
        return None
    return codec.name_feature(kind == "PER", text)


def features_of(analyses: Sequence[Analysis]) -> list[Features]:
    from lintas.analyse.embeddings import embed

    vectors = embed([lead_text(a.article) for a in analyses]) if analyses else np.zeros((0, 512), np.float32)
    out = []
    for a, v in zip(analyses, vectors, strict=True):
        out.append(
            Features(
                day=day_of(a.article.published),
                embedding=np.asarray(v, dtype=np.float16).tobytes(),
                keys=entity_keys(a),
                minhash=signature(a.article.text),
            )
        )
    return out
