"""Where outlets place the event differently: one street given another type ("Calloway Avenue"
/ "Calloway Street") or another number or block ("46" / "66 Ferris Street", "1700" / "1800 block
of Hewitt Avenue"); and one street's name spelled two ways ("Oaks Drive" / "Oakes Drive").

Only one street against itself: two different streets are as often the scene and a cross street,
or the scene and a home, as a contradiction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lintas.analyse import Analysis
from lintas.analyse.gazetteer import fold
from lintas.comparison.model import Discrepancy, claim_of
from lintas.comparison.people import variant_token

_TYPES = {
    "street": "street", "st": "street", "avenue": "avenue", "ave": "avenue", "av": "avenue", "road": "road",
    "rd": "road", "drive": "drive", "dr": "drive", "lane": "lane", "ln": "lane", "boulevard": "boulevard",
    "blvd": "boulevard", "way": "way", "court": "court", "ct": "court", "place": "place", "pl": "place",
    "parkway": "parkway", "pkwy": "parkway", "terrace": "terrace", "circle": "circle", "cir": "circle",
    "trail": "trail", "pike": "pike",
}  # fmt: skip
_ADDRESS = re.compile(
    r"(?:\b(?P<num>\d{1,5})\s+(?:(?P<block>block)\s+of\s+)?)?"
    r"(?P<name>(?:(?:North|South|East|West|N\.|S\.|E\.|W\.)\s+)?(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))(?:\s+[A-Z][a-z]+)?)\s+"
    r"(?P<type>" + "|".join(sorted((t.capitalize() for t in _TYPES), key=len, reverse=True)) + r")\b\.?"
)
_NOT_NAMES = {"the", "a", "on", "at", "in", "of", "and", "near", "main"}
# A corner named as two streets of one type: "52nd and Samson streets".
_CORNER = re.compile(
    r"\b(?P<a>[A-Z][a-z]+|\d+(?:st|nd|rd|th)) and (?P<b>[A-Z][a-z]+|\d+(?:st|nd|rd|th)) "
    r"(?P<type>streets|avenues|roads|drives|Streets|Avenues|Roads|Drives)\b"
)


@dataclass(frozen=True, slots=True)
class Address:
    street: str  # folded name without the type
    kind: str  # street, avenue, ...
    number: int | None
    block: bool
    sentence: int
    text: str


def addresses(an: Analysis) -> list[Address]:
    """Street addresses an article names, each (street, type, number) once."""
    out: list[Address] = []
    seen: set[tuple[str, str, int | None]] = set()
    for k, s in enumerate(an.article.sentences):
        for m in _ADDRESS.finditer(s.text):
            words = fold(m.group("name")).split()
            while words and words[0] in _NOT_NAMES:  # "On Calloway Avenue" is Calloway Avenue
                words.pop(0)
            if not words:
                continue
            name = street_key(" ".join(words))
            kind = _TYPES[m.group("type").lower()]
            number = int(m.group("num")) if m.group("num") else None
            if number is not None and re.match(r"\s+[a-z]+s\b", s.text[m.end() :]):
                number = None  # "3 Hewitt Avenue homes" counts homes
            key = (name, kind, number)
            if key not in seen:
                seen.add(key)
                out.append(Address(name, kind, number, bool(m.group("block")), k, m.group().rstrip(".")))
        for m in _CORNER.finditer(s.text):
            kind = m.group("type").lower()[:-1]
            for part in ("a", "b"):
                name = street_key(fold(m.group(part)))
                if name not in _NOT_NAMES and (name, kind, None) not in seen:
                    seen.add((name, kind, None))
                    out.append(Address(name, kind, None, False, k, f"{m.group(part)} {kind.capitalize()}"))
    return out


_COMPASS = {"n": "north", "s": "south", "e": "east", "w": "west"}


def street_key(name: str) -> str:
    """One spelling of a folded street name: "s. california" and "south california" are one."""
    return " ".join(_COMPASS.get(w, w) for w in name.replace(".", " ").split())


_BLOCK = re.compile(r"\b\d{1,5}\s+block of\s+((?:(?:North|South|East|West|[NSEW]\.)\s+)?[A-Z][\w']*)")


def streets_by_sentence(an: Analysis) -> dict[int, set[str]]:
    """The streets each sentence names ("the 3500 block of South California", "Franklin Ave."):
    a roundup's shootings are told street by street."""
    out: dict[int, set[str]] = defaultdict(set)
    for ad in addresses(an):
        out[ad.sentence].add(ad.street)
    for k, s in enumerate(an.article.sentences):
        for m in _BLOCK.finditer(s.text):
            out[k].add(street_key(fold(m.group(1))))
    return out


def _conflict(a: Address, b: Address) -> bool:
    if a.street != b.street:
        return False
    if a.kind != b.kind:
        return True
    if a.number is None or b.number is None:
        return False
    if a.block or b.block:  # "1723 Hewitt Avenue" is in the 1700 block
        # "the 12000 block" of a long road is told loosely: the thousands it names.
        thousands = any(x.block and x.number % 1000 == 0 and x.number >= 10000 for x in (a, b) if x.number)
        size = 1000 if thousands else 100
        return a.number // size != b.number // size
    return a.number != b.number


def place_discrepancies(analyses: Sequence[Analysis], outlet_of: Callable[[Analysis], str]) -> list[Discrepancy]:
    """One street given a different type, number or block by two outlets; an article that names
    the street two ways is no witness."""
    found = [(an, ad) for an in analyses for ad in addresses(an)]
    out: list[Discrepancy] = []
    for street in sorted({ad.street for _, ad in found}):
        on = [(an, ad) for an, ad in found if ad.street == street]
        torn = {id(an) for an, ad in on for bn, bd in on if an is bn and _conflict(ad, bd)}
        on = [(an, ad) for an, ad in on if id(an) not in torn]
        clash = {
            k
            for i, (an, ad) in enumerate(on)
            for j, (bn, bd) in enumerate(on)
            if i < j and an is not bn and outlet_of(an) != outlet_of(bn) and _conflict(ad, bd)
            for k in (i, j)
        }
        if not clash:
            continue
        claims = [claim_of(an, ad.sentence, ad.text, ad.text) for k, (an, ad) in enumerate(on) if k in clash]
        name = on[0][1].text.split(" of ")[-1]
        out.append(Discrepancy("name", "place", claims, False, name))
    return out


def _spelled(a: str, b: str) -> bool:
    """One street name written two ways: one word a close variant with the same first letter,
    the other words equal ("sansom" / "samson"; not "madison" / "addison")."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return (
        len(differ) == 1
        and differ[0][0].isalpha()
        and differ[0][1].isalpha()  # "48th" / "49th" are two streets
        and differ[0][0][0] == differ[0][1][0]
        and variant_token(*differ[0])
    )


def _named(ad: Address) -> str:
    """The street as written, without its number ("Sansom Street" of "4900 block of Sansom Street")."""
    return re.sub(r"^\d+\s+(?:block\s+of\s+)?", "", ad.text)


def _one_street(a: Address, b: Address, near_a: set[str], near_b: set[str]) -> bool:
    """Whether two similar names are one street: the same house or block number, or a cross street
    both sentences name ("Campus Drive and Oaks Drive" / "Campus Drive and Oakes Drive"). Without
    it "shot on Woodlawn Drive" and "arrested at his home on Woodland Drive" are two streets."""
    if a.number is not None and a.number == b.number:
        return True

    def bare(streets: set[str]) -> set[str]:
        return {x.split()[-1] for x in streets} - {a.street.split()[-1], b.street.split()[-1]}

    return bool(bare(near_a) & bare(near_b))


def street_spellings(analyses: Sequence[Analysis], outlet_of: Callable[[Analysis], str]) -> list[Discrepancy]:
    """One street (of one type) named with two spellings by two outlets."""
    told = {id(an): addresses(an) for an in analyses}
    beside = {id(an): streets_by_sentence(an) for an in analyses}
    # An article that writes one street two ways ("Sanson" and "Sansom") is no witness.
    names = {k: {ad.street for ad in ads} for k, ads in told.items()}
    torn = {k for k, own in names.items() if any(_spelled(x, y) for x in own for y in own if x < y)}
    found = [(an, ad) for an in analyses if id(an) not in torn for ad in told[id(an)]]
    out: list[Discrepancy] = []
    done: set[tuple[str, str]] = set()
    for i, (an, ad) in enumerate(found):
        for bn, bd in found[i + 1 :]:
            key = (min(ad.street, bd.street), max(ad.street, bd.street))
            if (
                key in done
                or ad.kind != bd.kind
                or outlet_of(an) == outlet_of(bn)
                or not _spelled(ad.street, bd.street)
                or not _one_street(ad, bd, beside[id(an)][ad.sentence], beside[id(bn)][bd.sentence])
            ):
                continue
            done.add(key)
            claims = [
                claim_of(x, d.sentence, _named(d), d.text) for x, d in found if d.kind == ad.kind and d.street in key
            ]
            claims = list({(c.article, c.value): c for c in claims}.values())
            common = max(key, key=lambda k: sum(d.street == k for _, d in found))
            out.append(
                Discrepancy("name", "spelling", claims, False, next(_named(d) for _, d in found if d.street == common))
            )
    return out
