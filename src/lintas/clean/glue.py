"""Split words that a scraper glued together when it stripped link or emphasis markup.

Real Indonesian pages arrive as "erupsiGunung Lewotobidi", "kondisikesehatan mentalyang",
"energi.Industri": names, numbers and counted things are then read wrong. A token is split
only where the evidence is strong: a sentence end or a comma before the next word; a lower-case
word running into a capital; or, for a token the vocabulary does not know (nor knows as an
affixed form of a word it knows), a split into known words that is more likely than the token
itself; a name followed by a word no name ends in ("Yuliana" + "memutuskan"); an English word
glued to an Indonesian one ("dan" + "renewable"). The vocabulary (``glue_vocab.json.gz``, with
its English words) is fitted by scripts/fit_glue_vocab.py.
The vocabulary's splits are for Indonesian text only (English names such as "LeBron" or
"McDonald" are left alone); other languages get only their sentence ends parted
(``sentence_spaces``).
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from lintas._lexicon import ABBREVIATIONS, fold, quote_depth
from lintas.settings import (
    GLUE_MAX_RUN_CHARS,
    GLUE_MAX_WORD_CHARS,
    GLUE_MIN_AFTER_NAME_CHARS,
    GLUE_MIN_AFTER_NAME_COUNT,
    GLUE_MIN_BRAND_CHARS,
    GLUE_MIN_ENGLISH,
    GLUE_MIN_INFLECTED,
    GLUE_MIN_LENGTH,
    GLUE_MIN_OPENING_COUNT,
    GLUE_MIN_PART_COUNT,
    GLUE_MIN_SHORT_COUNT,
)

# A sentence end, comma or colon with the next word's space lost: "energi.Industri", "2025).Ia",
# "dunia:depresi", "Uzbekistan,Vietnam". Never inside numbers, domains, URLs or initials.
_PUNCT_GLUE = re.compile(
    r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=\.\.\.)(?=[A-Z][a-z])"  # energi.Industri, Loading...Ikuti
    r"|(?<=[0-9)]{2}[.!?])(?=[A-Z][a-z])"  # 2025.Ikuti
    r"|(?<=[)\]”’][.,;:!?])(?=[A-Za-z])|(?<=[)\]”])(?=[A-Za-z0-9])"  # 2025).Ia, Jakarta”Menurut, (APBN)2025
    r"|(?<=[.!?,])(?=[\"“‘][A-Za-z])"  # katanya."Mereka, ujarnya.“Pemerintah: the quote opens the next
    r"|(?<=[a-z]{2}[,;:])(?=[A-Za-z]{2})"  # dunia:depresi, Lantas,bagaimana
    r"|(?<=[A-Za-z0-9]{2})(?=[“‘(][A-Za-z])"  # Disorder(PTSD), 500(FSEA500)
    r"|(?<=[a-z]{4})(?=(?:19|20)\d\d\b)|(?<=\b(?:19|20)\d\d)(?=[a-z]{4})"  # Antarklub2025, 2025antara
    r"|(?<=\d)(?=(?:pada|dan|yang|untuk|dari|dengan|ini|itu|dalam|sejak)\b)"  # iOS 26pada
)
# An abbreviation run into a word: "PTChery", "TNIJenderal", "TNIdaripolitik", "BRIterus".
_CAPS_GLUE = re.compile(r"(?<=[A-Z]{2})(?=[A-Z][a-z]{2})|(?<=[A-Z]{2})(?=[a-z]{3})")
_NOT_TEXT = re.compile(r"^\[|://|www\.|\w@\w|#|\.(?:com|co|id|net|org|go|ac|or|sch|tv|io|info|news|my|sg)\b", re.I)
_LETTERS = re.compile(r"[^\W\d_]+")
# Inflections that make an unseen word of a known one: "dipertanyakannya" is no glue.
_PREFIXES = ("memper", "diper", "meng", "meny", "peng", "peny", "mem", "men", "pem", "pen", "ber", "ter", "per",
             "me", "di", "ke", "se", "be", "pe", "te")  # fmt: skip
_SUFFIXES = ("kannya", "annya", "kanlah", "nyalah", "kan", "nya", "lah", "kah", "pun", "an", "i", "ku", "mu")
# Halves that are affixes or clitics, never words of their own: "Haaland" + "pun" is written apart,
# but "kepadanya" must not become "kepada nya".
_BOUND = frozenset({"nya", "lah", "kah", "tah", "ku", "mu", "kan", "an", "i", "pun"})
# Combining forms written onto the next word: "subunit", "multiproduk", "paramiliter", "pascabencana".
_COMBINING = frozenset({"sub", "multi", "indo", "para", "off", "non", "pra", "pasca", "antar", "inter", "super",
                        "mini", "mega", "ultra", "anti", "semi", "pro", "eks", "ekstra", "swa", "tuna", "maha",
                        "infra", "supra", "trans", "auto", "mikro", "makro", "neo", "post", "pre"})  # fmt: skip
# Common words that no name ends in, for names the vocabulary does not know.
_AFTER_NAME = frozenset({"yang", "untuk", "dalam", "telah", "kembali", "dengan", "akan", "juga", "mengatakan",
                         "menjadi", "sebagai", "tidak", "bahwa", "saat", "pada", "kepada", "sudah",
                         "masih"})  # fmt: skip
_MAX_CACHED = 50_000
# Lower-case prefixes of brands: "detikNews", "iPhone", "eKTP", "kWh".
_BRAND_HEAD = re.compile(r"^(?:detik|kumparan|[a-z])(?=[A-Z])")
_BRAND_TAIL = ("detik", "kumparan")  # "didetikJabar": the case change is the brand's own
# Prepositions written into the next name: "diJakarta", "keBadminton", "didetikJabar".
_PREPOSITION = ("di", "ke", "dari")
# Prefixes that are also prepositions and name endings: "Setiadi" + "dalam" is no "di" + "dalam".
_PREPOSITION_LIKE = frozenset({"di", "ke", "se"})
_VERB_PREFIXES = ("me", "ber", "ter", "di", "se", "pe")
_LATER_PREFIXES = ("me", "ber", "ter", "di", "pe")  # not "te" ("tesebenarnya" is "relate" + "sebenarnya")
_ENGLISH_ENDINGS = (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""))


@dataclass(frozen=True, slots=True)
class Vocabulary:
    words: dict[str, int]
    protected: frozenset[str]
    names: frozenset[str]  # words mostly capitalised inside sentences
    total: int
    name_parts: frozenset[str] = frozenset()  # words names often hold ("selatan", "panjang")
    english: frozenset[str] = frozenset()  # common English words ("danrenewable", "sebagaifriendship")
    english_verbs: frozenset[str] = frozenset()  # the English words that are verbs ("direlease" is affixed)
    splits: dict[str, list[int]] = field(default_factory=dict)  # words already split (bounded)
    brands: dict[str, frozenset[str]] = field(default_factory=dict)  # outlets' names, read once (_brands)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    raw = resources.files("lintas.clean").joinpath("glue_vocab.json.gz").read_bytes()
    data = json.loads(gzip.decompress(raw))
    return Vocabulary(
        dict(data["words"]),
        frozenset(data["protected"]),
        frozenset(data["names"]),
        int(data["total"]),
        frozenset(data.get("name_parts", ())),
        frozenset(data.get("english", ())),
        frozenset(data.get("english_verbs", ())),
    )


# Nasal prefixes drop the stem's first letter: "menulis" <- "tulis", "memukul" <- "pukul".
_NASAL = {"men": "t", "pen": "t", "mem": "p", "pem": "p", "meny": "s", "peny": "s", "meng": "k", "peng": "k"}


def _inflected(word: str, words: dict[str, int], *, prefixed: bool = False) -> bool:
    """An affixed form of a known word; ``prefixed``: one with a prefix ("dikejar", not "mainkan")."""
    for p in _PREFIXES if prefixed else ("", *_PREFIXES):
        if not word.startswith(p):
            continue
        rest = word[len(p) :]
        for s in ("", *_SUFFIXES):
            if not rest.endswith(s) or len(rest) - len(s) < 3:
                continue
            stem = rest[: len(rest) - len(s)]
            if ((p or s) and stem in words) or (p in _NASAL and _NASAL[p] + stem in words):
                return True
    return False


def split_points(token: str, vocab: Vocabulary | None = None, *, initial: bool = False) -> list[int]:
    """Offsets in ``token`` where a lost space goes (sorted, none for a whole word); ``initial``:
    the token opens a sentence, so its capital says nothing of a name."""
    if len(token) < 4 or _NOT_TEXT.search(token):
        return []
    v = vocab or vocabulary()
    points = {m.start() for m in _PUNCT_GLUE.finditer(token) if 0 < m.start() < len(token)}
    for m in _LETTERS.finditer(token):
        before = token[m.start() - 1] if m.start() else ""
        if (before.isdigit() and m.start() not in points) or before in ("@", "#"):
            continue  # "Rp10miliar", "@republikaonline" are written so
        if m.end() < len(token) and token[m.end()].isdigit() and m.end() not in points:
            continue  # "Liputan6"
        run = m.group(0)
        cuts = _split_run(run, v)
        opens = (initial and m.start() == 0) or bool(_DATELINE.match(token, 0, m.start()))
        if not cuts and opens and run[:1].isupper() and run[1:].islower():
            cuts = _opening_cut(run, v)
        points.update(m.start() + p for p in cuts)
    return sorted(points)


# A dateline run into the first word: "JAKARTA-Gempaberkekuatan".
_DATELINE = re.compile(r"[A-Z]{3,}\s?[-–—]$")
_SENTENCE_END = re.compile(r"[.!?:\"”]$")


def opens_sentence(tokens: Sequence[str]) -> list[bool]:
    """For each whitespace token of a line, whether it opens a sentence (not after an
    abbreviation or an initial: "Jl. Pemuda", "H. Sukamerdeka")."""
    return [k == 0 or _ends_sentence(tokens[k - 1]) for k in range(len(tokens))]


def _ends_sentence(token: str) -> bool:
    if not _SENTENCE_END.search(token):
        return False
    word = token.rstrip(".")
    return not (token.endswith(".") and (word.lower() in ABBREVIATIONS or (len(word) <= 3 and word[:1].isupper())))


# First words of place names ("Kampung Dalam", "Tanah Beringin", "Kota Sepakat"): a sentence that
# opens with one glued to a verb-like word is more likely a place written as one.
_PLACE_HEADS = frozenset({"kampung", "tanah", "kota", "bumi", "desa", "pulau", "gunung", "sungai", "tanjung",
                          "bukit", "pasir", "kebon", "kebun", "rawa", "batu", "muara", "teluk", "ujung", "padang",
                          "lubuk", "karang", "suka", "taman", "pondok", "jalan", "dusun", "sri"})  # fmt: skip


def _opening_cut(run: str, v: Vocabulary) -> list[int]:
    """A capitalised token that opens a sentence, glued from a common word (a link's keyword) and
    the verb or function word that goes on: "Erupsidilaporkan", "Gempaberkekuatan". Not a name
    made of words ("Sukamaju", "Sindangbarang"): the second half must be an affixed verb or a
    word no name ends in."""
    w = run.lower()
    if w in v.words or w in v.names or _inflected(w, v.words):
        return []
    best: tuple[int, int] | None = None
    for i in range(3, len(w) - 2):
        a, b = w[:i], w[i:]
        if a in v.names or a in _COMBINING or a in _PLACE_HEADS or v.words.get(a, 0) < GLUE_MIN_OPENING_COUNT:
            continue  # "Antarpemerintah", "Kampungdalam", "Kotasepakat" are one word or a place
        verb = (
            len(b) >= GLUE_MIN_INFLECTED
            and b.startswith(_VERB_PREFIXES)
            and (b in v.words or _inflected(b, v.words, prefixed=True))
        )
        if (verb and b not in v.names) or b in _AFTER_NAME:  # not "Bumi" + "Serpong"
            best = max(best or (0, i), (v.words[a], i))
    return [best[1]] if best else []


# A sentence end run into the next sentence, in any language: "shooting.Jefferson", "said.He",
# 'future."Body', 'unfortunately."People'. A straight quote goes with the sentence it closes.
# A period or a question mark, not "!": "Yahoo!News" and "Panic!At" are names.
_SENTENCE_GLUE = re.compile(r"(?<=[a-z]{2})([.?])([\"”“]?)(?=[A-Z][a-z])")
_WORD_BEFORE = re.compile(r"[\w.'’@:/-]*$")
_WORD_AFTER = re.compile(r"[\w.'’@:/-]*")
_LETTERS_AHEAD = re.compile(r"[A-Za-z]+")
# The ends of addresses written in capitals: "Regulations.Gov", "Bit.Ly", "Last.Fm", "Node.Js".
_DOMAIN_ENDS = frozenset({"gov", "edu", "org", "net", "com", "ly", "fm", "js", "io", "co", "tv", "me", "ai", "us",
                          "uk", "info", "biz", "app", "dev", "news", "id"})  # fmt: skip


def sentence_spaces(line: str) -> str:
    """``line`` with the spaces lost between sentences put back (de-gluing of other languages than
    Indonesian: no vocabulary, only a period or question mark before a capitalised word). Not after an abbreviation
    ("Rev.Jackson", "Calif.Highway"), nor inside an address."""
    cuts = []
    depth, read = 0, 0
    for m in _SENTENCE_GLUE.finditer(line):
        before = _WORD_BEFORE.search(line, max(0, m.start() - 40), m.start())
        after = _WORD_AFTER.match(line, m.end(), m.end() + 40)
        word = before.group() if before else ""
        token = f"{word}.{after.group() if after else ''}"
        if _NOT_TEXT.search(token) or word.lower().rstrip(".") in ABBREVIATIONS:
            continue
        ahead = _LETTERS_AHEAD.match(line, m.end(2))
        if ahead and ahead.group().lower() in _DOMAIN_ENDS:
            continue
        depth, read = quote_depth(line[read : m.start()], depth), m.start()
        quote = m.group(2)
        closes = quote == "”" or (quote == '"' and depth > 0)
        cuts.append(m.end() if not quote or closes else m.end(1))
    if not cuts:
        return line
    return " ".join(line[a:b] for a, b in itertools.pairwise([0, *cuts, len(line)]))


def deglue(line: str, vocab: Vocabulary | None = None) -> str:
    """``line`` with lost spaces put back."""
    v = vocab or vocabulary()
    out = []
    tokens = line.split(" ")
    for token, initial in zip(tokens, opens_sentence(tokens), strict=True):
        if (
            token.isalpha()
            and (len(token) < GLUE_MIN_LENGTH or token.lower() in v.words)
            and token[1:].islower()
            and not _brand_cut(token.lower(), v)  # the vocabulary holds "republikasumber" too
        ):
            out.append(token)  # most tokens: a known word
            continue
        cuts = split_points(token, v, initial=initial)
        if not cuts:
            out.append(token)
            continue
        bounds = [0, *cuts, len(token)]
        out.append(" ".join(token[a:b] for a, b in itertools.pairwise(bounds)))
    return " ".join(out)


def _split_run(run: str, v: Vocabulary) -> list[int]:
    """Split points of a run of letters."""
    if len(run) > GLUE_MAX_RUN_CHARS:
        return []  # no few words glued: a run this long is an identifier, a hash or an attack
    if run[1:].islower() or run.isupper():
        return _split_word(run, v)
    if run in v.protected:
        return []
    inside = [(run.find(p), p) for p in v.protected if p in run]
    if inside:  # a brand inside the run is one word: "melaluiWhatsAppdi" -> "melalui WhatsApp di"
        k, brand = min(inside)
        end = k + len(brand)
        left, right = run[:k], run[end:]
        around = [*_split_run(left, v), k] if len(left) > 1 else []
        around += [end] if len(right) > 1 and right.lower() not in _BOUND else []
        around += [end + c for c in _split_run(right, v)] if len(right) > 1 else []
        return around
    cuts: list[int] = []
    brands: set[int] = set()
    start = 0
    for i in range(1, len(run)):
        if run[i - 1].islower() and run[i].isupper() and (joined := _name_and_joining(run[start:i], v)):
            cuts += [start + joined, i]  # "TasnimdanISNA" -> "Tasnim dan ISNA"
            start = i
        elif run[i - 1].islower() and run[i].isupper() and (head := _before_brand(run[start:i], v)):
            cuts.append(start + head)  # "dilansirdetikSumut" -> "dilansir detikSumut"
            start += head
            brands.add(start)
        elif (run[i - 1].islower() and run[i].isupper() and _case_cut(run[start:i], run[i:], v)) or (
            _CAPS_GLUE.match(run, i)
            and i - start >= 2
            and run[start:i].isupper()
            and v.words.get(run[start:i].lower(), 0) >= GLUE_MIN_PART_COUNT
            and _caps_cut(run[i:], v)
        ):
            cuts.append(i)
            start = i
    pieces = [0, *cuts, len(run)]
    out: list[int] = list(cuts)
    for a, b in itertools.pairwise(pieces):
        if a not in brands:  # a brand is one word: "detikSumut"
            out.extend(a + p for p in _split_word(run[a:b], v))
    return sorted(out)


def _case_cut(left: str, right: str, v: Vocabulary) -> bool:
    """A lower-case letter before ``right`` (from its capital on): glue unless a brand
    ("detikNews", "YouTube")."""
    if left.islower():
        if left in _PREPOSITION:
            return True
        if left.endswith(_BRAND_TAIL):
            return False
        return len(left) >= 3 and not _BRAND_HEAD.match(left + right[:1])
    # A capitalised word before a capital: "JakartaKita", "MengutipCNBC"; not "YouTube", "AirAsia".
    # So too a word that splits ("ArsenaldiLiga", "SugiantoromembuatRachmat"), and a name before a
    # title ("PrasetioKomisaris"), which brands do not end in.
    lower = sum(ch.islower() for ch in left)
    if lower < 3:
        return False
    title = right[: next((k for k in range(1, len(right)) if not right[k].islower()), len(right))]
    return left.lower() in v.words or bool(_split_word(left, v)) or (left[1:].islower() and title.lower() in _TITLES)


# Titles that open a name in a flattened list ("... Prasetio Komisaris ..."): brands end in none.
_TITLES = frozenset({"komisaris", "direktur", "wakil", "menteri", "kepala", "ketua", "sekretaris", "deputi",
                     "gubernur", "bupati", "walikota", "presiden", "anggota", "staf", "kapolda",
                     "kapolres"})  # fmt: skip


def _before_brand(left: str, v: Vocabulary) -> int:
    """Where a brand starts at the end of ``left`` after a word of its own ("di" + "detikBali",
    "dilansir" + "detikSumut", "semua" + "iPhone"), else 0."""
    for tail in _BRAND_TAIL:
        head = left[: -len(tail)]
        if left.endswith(tail) and head and (head in _PREPOSITION or (len(head) >= 3 and head in v.words)):
            return len(head)
    if left[-1:] in ("i", "e") and len(left) >= 5 and left[:-1] in v.words and left not in v.words:
        return len(left) - 1  # "semua" + "iPhone", "untuk" + "eKTP"
    return 0


_JOINING = ("dan", "serta", "atau", "dengan", "untuk", "kepada", "bersama", "melalui")


def _name_and_joining(left: str, v: Vocabulary) -> int:
    """Where a joining word starts at the end of a capitalised word before a capital ("Tasnimdan"
    before "ISNA", "Ghazalidan" before "Alyssa"), else 0. The name before it has 6 letters or
    more, or 5 and is known, so "Hamdan", "Zaidan" and "Sheridan" stay names; a known word
    ("Ramadan") stays whole."""
    if not (left[:1].isupper() and left[1:].islower()) or left.lower() in v.words:
        return 0
    for word in _JOINING:
        stem = left[: -len(word)].lower()
        if left.endswith(word) and (len(stem) >= 6 or (len(stem) == 5 and (stem in v.names or stem in v.words))):
            return len(left) - len(word)
    return 0


def _caps_cut(right: str, v: Vocabulary) -> bool:
    """An abbreviation before a word the vocabulary knows: "TNI" + "Jenderal", "BRI" + "terus"."""
    word = right[: next((k for k in range(1, len(right)) if right[k].isupper()), len(right))]
    w = word.lower()
    return w not in _BOUND and (w in v.words or bool(_split_word(word, v)))


def _split_word(word: str, v: Vocabulary, memo: dict[str, list[int]] | None = None) -> list[int]:
    """Split a word without an inner capital, when the word is unknown (nor an inflection of a
    known word, nor English): into common words; else into a name and a word no name ends in; else
    into English and Indonesian words. ``memo``: the splits of the word's tails already found (a
    run of many short words is split once each, not exponentially)."""
    top = memo is None
    if top and word in v.splits:
        return v.splits[word]
    memo = {} if memo is None else memo
    if word in memo:
        return memo[word]
    memo[word] = found = _split_unmemoised(word, v, memo)
    if top:
        if len(v.splits) >= _MAX_CACHED:
            v.splits.clear()
        v.splits[word] = found
    return found


def _brands(v: Vocabulary, kind: str = "") -> frozenset[str]:
    """Outlets' names as one word, from the outlet table (metadata.outlet): ``kind`` "name", those
    the vocabulary knows as names or not at all ("republika"; not "antara", "bernama", "kontan":
    words of the language); "address", web addresses run together ("detik.com" -> "detikcom");
    "" both."""
    if not v.brands:
        from lintas.metadata.outlet import outlet_table

        names: set[str] = set()
        addresses: set[str] = set()
        for o in outlet_table().outlets:
            for alias in (o.name, *o.aliases):
                key = re.sub(r"[^a-z0-9]", "", fold(alias))
                if len(key) >= GLUE_MIN_BRAND_CHARS and (key in v.names or key not in v.words):
                    names.add(key)
            for d in o.domains:
                if len(key := re.sub(r"[^a-z0-9]", "", d.lower())) >= GLUE_MIN_BRAND_CHARS:
                    addresses.add(key)
        v.brands.update(name=frozenset(names), address=frozenset(addresses))
        v.brands[""] = frozenset(names | addresses)
    return v.brands[kind]


def _brand_cut(w: str, v: Vocabulary) -> int:
    """Where an outlet's name meets a common word it was glued to ("Republika" + "sumber",
    "kepada" + "detikcom"), else 0; the vocabulary, read off scraped pages, holds such glue too.
    A name before a word of 4+ letters ("Xinhua" + "net", "Reuters" + "son" are names); after a
    word only a web address ("Nurtasnim", "Sukarepublika" are names)."""
    if len(w) < GLUE_MIN_BRAND_CHARS + 3 or w in _brands(v):
        return 0
    names, addresses = _brands(v, "name"), _brands(v, "address")
    for n in range(GLUE_MIN_BRAND_CHARS, len(w) - 2):
        rest, head = w[n:], w[: len(w) - n]
        if w[:n] in names and len(rest) >= 4 and v.words.get(rest, 0) >= GLUE_MIN_PART_COUNT:
            return n
        if w[len(w) - n :] in addresses and v.words.get(head, 0) >= GLUE_MIN_PART_COUNT:
            return len(head)
    return 0


def _split_unmemoised(word: str, v: Vocabulary, memo: dict[str, list[int]]) -> list[int]:
    w = word.lower()
    if cut := _brand_cut(w, v):
        return [cut]
    capital = word[0].isupper()
    name_pun = capital and w.endswith("pun") and w[:-3] in v.names  # "Haalandpun"
    known = w in v.words or (_inflected(w, v.words) and not name_pun) or _english(w, v)  # "bilaterally"
    if known or not GLUE_MIN_LENGTH <= len(w) <= GLUE_MAX_WORD_CHARS:
        return []  # a longer run is no few words glued (and would cost the square of its length)
    best: tuple[float, list[int]] | None = None
    after_name: tuple[tuple[bool, int], int] | None = None  # (rank, split point) of a name + common word
    # An affixed form may be a second half a name or word never met: "Israel" + "mengkonfirmasi",
    # "diduga" + "keracunan"; after a name a longer one ("Kusuma" + "diputra" is one name).
    min_affixed = GLUE_MIN_INFLECTED + 1 if capital else GLUE_MIN_INFLECTED
    for i in range(2, len(w) - 1):
        a, b = w[:i], w[i:]
        if capital and len(a) >= 4 and (a not in v.words or a in v.names) and _after_name(a, b, v):
            # "Yulianauntuk", "Tasnimmelaporkan", "Ultimateyang": a name the corpora know little or
            # not at all, then a word no name ends in ("Boroujerdi" + "dalam", not "Boroujer" + "didalam").
            rank = (b in _AFTER_NAME, v.words[b])
            after_name = max(after_name or (rank, i), (rank, i))
        if not _part(a, v) or a in _COMBINING:
            continue
        if capital and (a not in v.names or b in v.names):
            continue  # "Sukamaju", "Freepik": a name is glued to a lower-case word ("Iranmengeluarkan")
        affixed = len(a) >= 4 and len(b) >= min_affixed and _inflected(b, v.words, prefixed=True)
        if _part(b, v) or (capital and b == "pun") or affixed:
            pieces, parts = [a, b], [i]  # "Haalandpun": the particle is written apart after a name
        else:
            rest = _split_word(word[i:], v, memo)
            if not rest:
                continue
            bounds = [0, *rest, len(b)]
            pieces, parts = [a, *(b[x:y] for x, y in itertools.pairwise(bounds))], [i, *(i + r for r in rest)]
        addresses = _brands(v, "address")  # "dari" + "detikcom" + "dan": the address is common enough
        counts = [max(v.words.get(x, 0), GLUE_MIN_PART_COUNT if x in addresses else 0) for x in pieces]
        if len(pieces) == 2 and (b == "pun" or affixed):
            counts[1] = max(counts[1], GLUE_MIN_PART_COUNT)  # an unseen affixed half, or "pun": common enough
        # So too a later piece ("empat" + "pulau" + "bersengketa") with a verb's prefix; not inside
        # a ke-...-an noun ("ketidakterpaduan", "kesalingbergantungan").
        circumfix = pieces[0] in _PREPOSITION_LIKE and w.endswith(("an", "annya"))
        for k in range(2, 0 if circumfix else len(pieces)):
            piece = pieces[k]
            verb = piece.startswith(_LATER_PREFIXES) and _inflected(piece, v.words, prefixed=True)
            if len(piece) >= min_affixed and verb:
                counts[k] = max(counts[k], GLUE_MIN_PART_COUNT)
        if min(counts) < GLUE_MIN_PART_COUNT:
            continue  # every part a common word
        # Among the splits, the likeliest reading (a product of word shares): "kepada warga", not
        # "ke pada warga"; "daripada itu", not "dari pada itu".
        score = sum(math.log(c / v.total) for c in counts)
        if best is None or score > best[0]:
            best = (score, parts)
    if best:
        return best[1]
    if after_name:
        return [after_name[1]]
    return _english_split(word, v) if word[1:].islower() else []  # "NetBlocks", "Freepik" are brands


def _english_split(word: str, v: Vocabulary) -> list[int]:
    """An English word glued to Indonesian ones: "danrenewable", "sertaintegratedsemuanya",
    "Coachingdan". At most three parts, each a common Indonesian word or an English word
    (``_english``), English and Indonesian both among them, no two English side by side
    ("blockchain" is one word unknown), no prefix before an English verb ("direlease" is an
    affixed loan, "difreezer" glue); the fewest parts, then the commonest Indonesian ones. A
    capitalised token starts with its English word (a sentence's first word)."""
    w = word.lower()
    if not v.english:
        return []
    # start -> (parts, cost, cuts, what the first part is: "id", "en" or "verb") of w[start:]
    best: dict[int, tuple[int, float, list[int], str]] = {len(w): (0, 0.0, [], "")}
    for start in range(len(w) - 1, -1, -1):
        for cut in range(start + 2, len(w) + 1):
            if cut not in best:
                continue
            piece = w[start:cut]
            n, total, cuts, next_kind = best[cut]
            at = [start, *cuts] if start else cuts
            if _indonesian(piece, v) and not (next_kind == "verb" and piece in _PREFIXES):
                found = (n + 1, total - math.log(v.words[piece] / v.total), at, "id")
            elif _english(piece, v) and next_kind not in ("en", "verb"):
                found = (n + 1, total, at, "verb" if _english(piece, v, verbs=True) else "en")
            else:
                continue
            if found[0] <= 3 and (start not in best or found[:2] < best[start][:2]):
                best[start] = found
    if 0 not in best:
        return []
    n, _, cuts, _ = best[0]
    parts = [w[a:b] for a, b in itertools.pairwise([0, *cuts, len(w)])]
    kinds = [_indonesian(p, v) for p in parts]
    if word[0].isupper() and (kinds[0] or len(parts[1]) < 3 or v.words.get(parts[0], 0) >= GLUE_MIN_PART_COUNT):
        # "Internasionalbukan" is Indonesian; "Ketaping", "Renaldi" are names, and so are names made
        # of a word Indonesian uses too ("Sultanagung", "Dharmaputra"): only a sentence's first
        # English word that Indonesian text seldom writes starts a split ("Coachingdan").
        return []
    return cuts if n > 1 and len(set(kinds)) == 2 else []


def _indonesian(word: str, v: Vocabulary) -> bool:
    """A common Indonesian word that is no English one; a short one only a very common one ("dan",
    "atau", not "rela" of "relatable")."""
    n = v.words.get(word, 0)
    return (
        _part(word, v)
        and n >= (GLUE_MIN_PART_COUNT if len(word) > 4 else GLUE_MIN_SHORT_COUNT)
        and (word not in v.english or word in _INDONESIAN_FIRST)
        and word not in _COMBINING  # "multifinance"
    )


# Common Indonesian words that WordNet also lists as English ("yang" of yin and yang, "lima" the
# bean): in Indonesian text they are Indonesian ("suatushiftingyang" -> "suatu shifting yang").
_INDONESIAN_FIRST = frozenset({"yang", "sang", "kali", "lama", "lima", "salah", "makin", "dana"})


def _english(word: str, v: Vocabulary, *, verbs: bool = False) -> bool:
    """An English word (or its -s, -ed, -ing, -ly form) of GLUE_MIN_ENGLISH letters or more, no
    combining form ("super", "ultra"); ``verbs``: an English verb only."""
    if len(word) < GLUE_MIN_ENGLISH or word in _COMBINING or word in _INDONESIAN_FIRST:
        return False
    words = v.english_verbs if verbs else v.english
    stems = [word] + [word[: -len(e)] + r for e, r in _ENGLISH_ENDINGS if word.endswith(e)]
    return any(s in words for s in stems if len(s) >= 4)


def _after_name(name: str, word: str, v: Vocabulary) -> bool:
    """Whether ``word`` after ``name`` is a word no name ends in: a common function word, or a long
    common affixed word that names seldom hold (a verb: "Parungpanjang" stays whole), and not the
    end of an affixed word whose prefix ends ``name`` ("Cincinber" + "desain" is "Cincin" +
    "berdesain")."""
    prefixes = (p for p in _PREFIXES if p not in _PREPOSITION_LIKE and name.endswith(p))
    verb_like = word.startswith(_VERB_PREFIXES)
    if not (word in _AFTER_NAME or verb_like) and any(_inflected(p + word, v.words, prefixed=True) for p in prefixes):
        return False  # a word with a prefix of its own takes no second one ("Bieber" + "mengakui")
    if word in _AFTER_NAME:
        return len(word) > 4 or len(name) >= 5  # "Ponorogo" + "yang"; "Zhaoyang", "Mingyang" are names
    long_word = len(word) >= GLUE_MIN_AFTER_NAME_CHARS and v.words.get(word, 0) >= GLUE_MIN_AFTER_NAME_COUNT
    # What follows a name is its verb ("memutuskan", "dikenal", "tersebut"); a noun or an adjective
    # may be the name's own second word ("Sindangbarang", "Rawarendah").
    return long_word and verb_like and word not in v.names and word not in v.name_parts


def _part(word: str, v: Vocabulary) -> bool:
    """A word that may stand as one half of a glued token."""
    if word in _BOUND or word not in v.words:
        return False
    return len(word) > 2 or word in _PREPOSITION
