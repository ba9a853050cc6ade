"""Contradictions in quotes: attribution, the same words given to different speakers; quote, the
same speaker quoted with different words in one language."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from lintas.analyse import Analysis
from lintas.analyse.embeddings import embed
from lintas.analyse.gazetteer import ROLE_WORDS
from lintas.analyse.numbers import UNITS_EN, UNITS_ID
from lintas.comparison.discrepancies import _components, _Item
from lintas.comparison.model import Discrepancy, claim_of
from lintas.comparison.people import name_tokens, relation
from lintas.comparison.times import told_on
from lintas.metadata.outlet import outlet_language
from lintas.settings import (
    QUOTE_MIN_SHARED_WORDS,
    QUOTE_SAME_EMBEDDING,
    QUOTE_SAME_STATEMENT_RUN,
    QUOTE_SAME_TEXT,
    QUOTE_SHARED_WORDS,
    TRANSLATED_SPAN,
)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


_GLUED = re.compile(r"\b[a-z]{3,}[A-Z]|\b\w{16,}")


def _same_speaker(a: Any, b: Any) -> bool:
    """One speaker under two names: the same entity, a shorter or variant form of one name
    ("Faisol" / "Ahmad Faisol Amir"), or a name word both share when one name is a scraper's
    glued words ("Andi Wijaya" / "Andi dilansirKompas")."""
    if a.speaker_id and a.speaker_id == b.speaker_id:
        return True
    ta, tb = name_tokens(a.speaker or ""), name_tokens(b.speaker or "")
    if relation(ta, tb) is not None:
        return True
    glued = any(_GLUED.search(s or "") for s in (a.speaker, b.speaker))  # "Andi dilansirKompas"
    return glued and bool({t for t in ta if len(t) >= 3} & {t for t in tb if len(t) >= 3})


def _speaks(q: Any) -> bool:
    """Places do not speak ("Dorchester Neighborhood said" is a misread)."""
    return bool(q.speaker) and not (q.speaker_id or "").startswith("loc:")


# Words a tagger reads as a person that name none: compass points left from a place ("Jakarta
# Selatan"), honorifics, titles ("Gov.", "Sgt.") and acronyms of a country or office ("RI", "KPK").
_NOT_A_NAME = frozenset(
    re.findall(
        r"\w+",
        "selatan utara barat timur tengah raya republik indonesia ri negara presiden menteri menlu "
        "gov lt sgt capt cpl det sen rep supt insp cmdr officer deputy sheriff detective sergeant captain "
        "lieutenant trooper inspector commander",
    )
)


# A name glued to the verb after it by a scraper ("Trumpmengatakan").
_GLUED_VERB = re.compile(
    r"^[A-Z][a-z]+(?:mengatakan|menyatakan|menegaskan|menjelaskan|menambahkan|mengungkapkan|menuturkan|menyebut"
    r"|berkata|bilang|said|says|told)$"
)


def _named(q: Any) -> bool:
    """A speaker named as a person with the quote, not only described and not carried over from
    before: "hakim", "Hakim Ketua" or "the judge" may be the judge another outlet names, and
    "ujarnya" the person named last, so the same words given to them are no contradiction. A
    scraper's glued words ("Trumpmengatakan") or an acronym ("RI") are no name either."""
    if not (q.speaker_id or "").startswith("per:") or q.inferred:
        return False
    words = (q.speaker or "").split()
    if any(_GLUED.search(t) or _GLUED_VERB.search(t) for t in words):
        return False
    return any(
        t[:1].isupper() and not t.isupper() and t.lower().strip(".,") not in ROLE_WORDS | _NOT_A_NAME for t in words
    )


def _trust(q: Any) -> int:
    """How far a quote's speaker can be believed, to say whose words differ: named with the
    quote, else given with it, else carried over; a place or a compass word ("Selatan") not at all."""
    if not _speaks(q) or all(t.lower().strip(".,") in _NOT_A_NAME for t in (q.speaker or "").split()):
        return 0
    return 3 if _named(q) else 1 if q.inferred else 2


# Words whose presence changes no statement: connectives, particles and fillers a reporter adds
# or drops ("juga akan" / "akan", "sampai dengan" / "sampai", "pneumonia atau radang paru" /
# "pneumonia/radang paru").
_FILLER = frozenset(
    re.findall(
        r"\w+",
        "atau dan serta juga pun bahkan yang sama dengan itu ini sih kan ya nah lah deh kok jadi masih tanggal "
        "the a an and or also even just so well that",
    )
)
_ASIDE = re.compile(r"\([^()]{1,40}\)")  # "(RSAS)", "(KK)": an outlet's gloss, not the speaker's words
_EDITED = re.compile(r"\[[^\[\]]{1,40}\]")  # "[Akili]", "[the police]": an editor's words in a quote
_EDIT = "⁑"


_FIGURE = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+")


# Number words a quote states a figure with ("tiga tahun"); "satu", "one" and "a" are too often no figure.
_UNIT_WORDS = {w: v for w, v in {**UNITS_ID, **UNITS_EN}.items() if w not in ("se", "satu", "one", "a")}


_NAME = re.compile(r"(?<=[\w,] )[A-Z][a-z]+(?: [A-Z][a-z]+)*")


def _names(text: str) -> set[str]:
    """Capitalised words inside a quote (not at its start): the people and places it names."""
    return set(_NAME.findall(text))


def _figures(text: str) -> set[str]:
    """The figures a quote states, digits or words ("11", "tiga" -> "3")."""
    out = set()
    for token in _FIGURE.findall(text.casefold()):
        if token[0].isdigit():
            out.add(token.replace(",", "."))
        elif token in _UNIT_WORDS:
            out.add(str(_UNIT_WORDS[token]))
    return out


# One number written as a digit, a Roman numeral, a word or an ordinal ("semester II" / "semester
# kedua", "fase 3" / "fase ketiga", "2nd" / "second"): the same words of a quote.
_ROMAN = {"ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12}
_ORDINAL_EN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
               "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}  # fmt: skip


def _number(word: str) -> tuple[float, str] | None:
    """The value of a number word and its form: "digit" (either reading), "ordinal" or "cardinal"
    ("the first time" is not "the one time", "kedua korban" (both) not "dua korban")."""
    if word.isdigit():
        return float(word), "digit"
    if m := re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word):
        return float(m.group(1)), "ordinal"
    if word.startswith("ke") and word[2:] in UNITS_ID:
        return float(UNITS_ID[word[2:]]), "ordinal"  # "kedua", "ketiga"
    if value := _ROMAN.get(word) or _ORDINAL_EN.get(word):
        return float(value), "ordinal"
    if value := UNITS_ID.get(word) or UNITS_EN.get(word):
        return float(value), "cardinal"
    return None


def _same_number(a: str, b: str) -> bool:
    x, y = _number(a), _number(b)
    return bool(x and y and x[0] == y[0] and (x[1] == y[1] or "digit" in (x[1], y[1])))


_ELLIPSIS = "\u2026"
# A range and a percentage written in signs or in words.
_RANGE = re.compile(r"(\d)\s*(?:[–—-]|\bto\b|\bhingga\b|\bsampai(?: dengan)?\b)\s*(?=\d)")
_PERCENT = re.compile(r"\s*%|\s+(?:percent|per cent)\b")
# Spoken contractions written out or not ("we've" / "we have", "community's" / "community is").
_CONTRACTIONS = (
    ("won't", "will not"), ("can't", "can not"), ("let's", "let us"), ("n't", " not"), ("'ve", " have"),
    ("'re", " are"), ("'ll", " will"), ("'m", " am"), ("'d", " would"), ("'s", " is"),
)  # fmt: skip
_IS_OR_HAS = frozenset({"is", "has"})  # "it's been" / "it has been"


# One word in its spoken and written forms ("nggak" / "tak" / "tidak", "aja" / "saja", "kg" /
# "kilogram"): an outlet that writes out a speaker's slang changes no statement.
_SPOKEN = {
    **dict.fromkeys(("tak", "nggak", "enggak", "gak", "ga", "ngga", "engga", "ndak"), "tidak"),
    "aja": "saja", "udah": "sudah", "gimana": "bagaimana", "gitu": "begitu", "tau": "tahu", "emang": "memang",
    "apapun": "apa", "kg": "kilogram", "km": "kilometer", "okay": "ok",
}  # fmt: skip


# A currency is a word of its own, which an outlet may leave out but not change ("Rp 5 miliar" /
# "5 miliar", not "US$5 miliar").
_CURRENCY = re.compile(r"\b(?:rp|us\$|usd|idr)\.?\s*(?=\d)|\$\s*(?=\d)")
_CURRENCY_WORD = {"rp": "rupiah", "idr": "rupiah", "us$": "dollar", "usd": "dollar", "$": "dollar"}
_CURRENCIES = frozenset(_CURRENCY_WORD.values())
# A decimal's trailing zeros ("5,50" / "5,5"); not a thousands group ("1.500" is no "1,5").
_DECIMAL = re.compile(r"(\d)([.,])(\d{1,2})\b")
_CLITIC = re.compile(r"nya$")


@lru_cache(maxsize=8192)  # each quote is compared with every other one of its story
def _content_words(text: str) -> tuple[str, ...]:
    """The words of a quote that carry its statement; an ellipsis stays as one token (it stands
    for words the outlet left out)."""
    text = _ASIDE.sub(" ", text).replace("’", "'").replace("...", _ELLIPSIS).casefold()
    text = _EDITED.sub(f" {_EDIT} ", text)
    for short, full in _CONTRACTIONS:
        text = text.replace(short, full)
    text = _RANGE.sub(r"\1 sampai ", _PERCENT.sub(" persen", text))  # "4,6–5,4%" / "4,6 sampai 5,4 persen"
    text = _CURRENCY.sub(lambda m: f" {_CURRENCY_WORD[m.group().strip(' .').lower()]} ", text)
    text = _DECIMAL.sub(lambda m: m.group(1) + ("_" + m.group(3).rstrip("0") if m.group(3).rstrip("0") else ""), text)
    return tuple(_SPOKEN.get(w, w) for w in re.findall(rf"\w+|{_ELLIPSIS}|{_EDIT}", text) if w not in _FILLER)


def _longest_run(a: str, b: str) -> int:
    """The most content words two quotes share in one unbroken run."""
    wa, wb = _content_words(a), _content_words(b)
    match = SequenceMatcher(None, wa, wb, autojunk=False).find_longest_match(0, len(wa), 0, len(wb))
    return int(match.size)


def reworded(a: str, b: str) -> bool:
    """Two renderings of one statement with different words inside it: most words of the
    shorter one appear in order in the other, and within the stretch they share some words are
    replaced or left out. An excerpt (the other quote cut at either end), a spelling slip
    ("wainailaihi" / "wainnailaihi", "jamaah" / "jemaah"), a gloss in brackets and a filler word
    ("juga", "atau") are the same words."""
    if min(len(_ASIDE.sub(" ", a).split()), len(_ASIDE.sub(" ", b).split())) <= 3:
        return False  # a fragment of three words is no statement: "tidak dapat diterima", "Belum, belum"
    wa, wb = _content_words(a), _content_words(b)
    if not wa or not wb:
        return False
    na, nb = _figures(a), _figures(b)
    if na and nb and not na & nb and _names(a) ^ _names(b):
        return False  # a formula read again for another person with other figures (one verdict per defendant)
    matcher = SequenceMatcher(None, wa, wb, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    shared = sum(b.size for b in blocks)
    shorter = min(len(wa), len(wb))
    if not blocks or shared < max(min(QUOTE_MIN_SHARED_WORDS, shorter - 1), QUOTE_SHARED_WORDS * shorter):
        return False  # "was a lot of" is no statement that two quotes share
    run = max(b.size for b in blocks)
    # A figure swapped for another counts as a word in common here: "dua ... lima" / "tiga ... empat".
    swaps = sum(
        min(i2 - i1, j2 - j1)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag == "replace" and all(_number(w) for w in (*wa[i1:i2], *wb[j1:j2]))
    )
    changed_figure = bool(na and nb and na != nb)  # "dua pelaku, satu lagi" / "tiga pelaku, dua lagi"
    if run < 3 and shorter >= 5 and shared + swaps < 0.75 * shorter and not changed_figure:
        return False  # "mudah-mudahan ... sudah ... keputusan" strewn over another statement
    # The shared words must stand together in the longer quote, not be strewn over a long one
    # ("was a lot of conflicting information" is no rendering of a paragraph that says "was a lot
    # of chaos" and, later, "information").
    first, last = blocks[0], blocks[-1]
    stretch = (last.b + last.size - first.b) if len(wb) >= len(wa) else (last.a + last.size - first.a)
    if stretch > 2 * shorter + 2:
        return False
    ops = matcher.get_opcodes()
    while ops and ops[0][0] in ("insert", "delete"):  # one quote starts later: an excerpt
        ops.pop(0)
    while ops and ops[-1][0] in ("insert", "delete"):  # or stops earlier
        ops.pop()
    # A short statement that goes on otherwise at an end is another ("Tidak ada yang terlambat" /
    # "Tidak ada yang melakukannya lebih baik ..."); one word changed there is a rewording.
    parts = ops and "replace" in (ops[0][0], ops[-1][0]) and (run < 3 or shared < QUOTE_MIN_SHARED_WORDS)
    ends = [max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in (ops[:1] + ops[-1:]) if tag == "replace"]
    if parts and shorter <= 3 and any(n >= 3 for n in ends):
        return False
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        left = [w for w in wa[i1:i2] if w != _ELLIPSIS], [w for w in wb[j1:j2] if w != _ELLIPSIS]
        if _ELLIPSIS in wa[i1:i2] + wb[j1:j2] and not (left[0] and left[1]):
            continue  # words an outlet left out and marked ("Brent … Luyster")
        if {*wa[i1:i2], *wb[j1:j2]} <= _IS_OR_HAS:
            continue
        if tag != "replace" and {*wa[i1:i2], *wb[j1:j2]} <= _CURRENCIES:
            continue  # "Rp 5 miliar" / "5 miliar"
        if _EDIT in (*wa[i1:i2], *wb[j1:j2]) and tag == "replace" and max(i2 - i1, j2 - j1) <= 3:
            continue  # an editor's word for the speaker's: "pick [Akili] up" for "pick her up"
        x, y = "".join(wa[i1:i2]), "".join(wb[j1:j2])
        figures = any(ch.isdigit() for ch in x + y)  # "5,5" / "5,75" is no slip
        if tag == "replace" and not figures and SequenceMatcher(None, x, y).ratio() >= QUOTE_SAME_TEXT:
            continue  # a spelling slip or a split word
        if tag == "replace" and (_acronym(wa[i1:i2], wb[j1:j2]) or _abbreviated(wa[i1:i2], wb[j1:j2])):
            continue  # "Bank Indonesia" / "BI", "bantuan sosial" / "bansos"
        if tag == "replace" and i2 - i1 == j2 - j1 == 1 and _CLITIC.sub("", x) == _CLITIC.sub("", y):
            continue  # "tentunya" / "tentu"
        if tag == "replace" and i2 - i1 == j2 - j1 and all(map(_same_number, wa[i1:i2], wb[j1:j2])):
            continue  # "semester II" / "semester kedua", "satu atau dua hari" / "1 atau 2 hari"
        return True
    return False


def _abbreviated(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether one side is one word made of the starts of the other's words, as Indonesian
    shortens names of offices and programmes ("bansos" for "bantuan sosial", "kemenkes" for
    "kementerian kesehatan")."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) != 1 or len(long_) < 2:
        return False

    def made(word: str, words: Sequence[str]) -> bool:
        if not words:
            return not word
        return any(word.startswith(words[0][:n]) and made(word[n:], words[1:]) for n in range(2, len(words[0]) + 1))

    return made(short[0], long_)


def _acronym(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether one side is the other's initials ("bi" for "bank indonesia")."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) == 1 and len(long_) >= 2 and short[0] == "".join(w[0] for w in long_)


# A quote with quoted words inside ("the trigger was ‘sensitive’ and when he brought the gun down
# ‘it started going crazy ...’") is the reporter's account with the speaker's words in it, not
# one statement word for word. Two words at least inside the marks: a scare-quoted word ("pihak
# 'Kemenlu'"), "the '90s" and "rock 'n' roll" are no quote in a quote.
_NESTED = re.compile(r"‘(?!\d)[^‘’\s]+\s[^‘’]{1,200}’|(?<![\w])'(?!\d)[^'\s]+\s[^']{1,200}'(?![\w])")


def _said_on(an: Analysis, sentence: int) -> str | None:
    """The day a quote's sentence says it was spoken, if it says so."""
    return next(
        (d.value[:10] for d in an.dates if d.sentence == sentence and d.value and told_on(an, d) == "said"), None
    )


def _translated(an: Analysis) -> set[int]:
    """The sentences whose quotes an article translated: the one naming a source it cites in
    another language ("Dilansir AFP, ..." in an Indonesian article) and the next TRANSLATED_SPAN
    (stop 47, id-news-2025 18 June: Khamenei, a Revolutionary Guard statement and an airline
    chief's words, each translated by two outlets, the quote up to three sentences after the wire)."""
    foreign = [c.casefold() for c in an.article.cites if (lang := outlet_language(c)) and lang != an.article.language]
    if not foreign:
        return set()
    return {
        k + step
        for k, s in enumerate(an.article.sentences)
        if any(c in s.text.casefold() for c in foreign)
        for step in range(TRANSLATED_SPAN + 1)
    }


def quote_discrepancies(analyses: Sequence[Analysis]) -> list[Discrepancy]:
    """quote: one speaker's one statement given in different words by two articles (same
    language); attribution: the same words given to different speakers."""
    # Every direct quote: one whose speaker was missed or misread (a place, "Tenggara" of "Asia
    # Tenggara", "kata Mensos") still renders a statement another outlet may give differently.
    quotes = [(an, q) for an in analyses for q in an.quotes if q.direct]
    if len(quotes) < 2:
        return []
    vectors = embed([q.text for _, q in quotes])
    said_on = [_said_on(an, q.sentence) for an, q in quotes]
    translated = {an.article.id: _translated(an) for an in analyses}
    out: list[Discrepancy] = []
    pairs_attr: list[tuple[float, int, int]] = []
    told: set[tuple[str, str, str]] = set()
    for i in range(len(quotes)):
        for j in range(i + 1, len(quotes)):
            (ai, qi), (aj, qj) = quotes[i], quotes[j]
            if ai.article.id == aj.article.id:
                continue
            same_language = ai.article.language == aj.article.language
            ratio = SequenceMatcher(None, _norm(qi.text), _norm(qj.text)).ratio() if same_language else 0.0
            cosine = float(vectors[i] @ vectors[j])
            same_words = ratio >= QUOTE_SAME_TEXT or (not same_language and cosine >= QUOTE_SAME_EMBEDDING)
            speaks = _speaks(qi) and _speaks(qj)
            speaker = speaks and _same_speaker(qi, qj)
            if same_words and speaks and not speaker and _named(qi) and _named(qj):
                pairs_attr.append((max(ratio, cosine), i, j))
                continue
            if not same_language or _NESTED.search(qi.text) or _NESTED.search(qj.text):
                continue
            if qi.sentence in translated[ai.article.id] or qj.sentence in translated[aj.article.id]:
                continue  # translations of one statement differ in words, and no one misquoted
            # A long run of words in common makes one statement whoever each outlet says spoke,
            # unless both name different people, and even when they give it different days (one
            # outlet's day is often the day it printed it). Otherwise said on different days,
            # they are two statements ("kata Harli, Selasa (17/6)").
            days_differ = bool(said_on[i] and said_on[j] and said_on[i] != said_on[j])
            one = speaker and not days_differ
            if not one and (_speaks(qi) or _speaks(qj)) and (speaker or not (_named(qi) and _named(qj))):
                # ... but not a formula read again for other people ("Menjatuhkan pidana terhadap
                # terdakwa X ...") nor a statement updated on another day with other figures.
                names_i = {w for n in _names(qi.text) for w in n.split()}
                names_j = {w for n in _names(qj.text) for w in n.split()}
                others = bool(names_i - names_j and names_j - names_i)
                updated = days_differ and _figures(qi.text) != _figures(qj.text)
                one = not others and not updated and _longest_run(qi.text, qj.text) >= QUOTE_SAME_STATEMENT_RUN
            if one and reworded(qi.text, qj.text):
                # One statement's pair once: the same quote repeated in an article, or one side's
                # quote against two renderings of it in the other article, is one discrepancy.
                sides = ((ai.article.id, _norm(qi.text), aj.article.id), (aj.article.id, _norm(qj.text), ai.article.id))
                if any(side in told for side in sides):
                    continue
                told.update(sides)
                claims = [claim_of(ai, qi.sentence, qi.text, qi.text), claim_of(aj, qj.sentence, qj.text, qj.text)]
                out.append(Discrepancy("quote", "words", claims, False, max((qi, qj), key=_trust).speaker))
    items = [_Item(an, q.sentence, q.speaker_id or q.speaker, q.text, "quote") for an, q in quotes]
    for component in _components(items, pairs_attr):
        claims = [claim_of(an, q.sentence, q.speaker, q.text) for an, q in (quotes[k] for k in component)]
        if len({c.value for c in claims}) >= 2:
            text = quotes[component[0]][1].text
            short = text if len(text) <= 60 else text[:57] + "..."
            out.insert(0, Discrepancy("attribution", "who_said", claims, False, short))
    return out
