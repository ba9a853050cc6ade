"""The people of a story across its articles: one person under name variants, and where outlets
differ on a person's name spelling or age.

"Derek Marchetti", "D. Marchetti" and "Marchetti" are one person; "Marchette" is the same person
spelled differently (a name discrepancy); "Demario Lane" and "Dashawn Lane" are brothers.
A variant is a token that is close in spelling, not a prefix of the other (a glued word,
"Sutrisnoatau"), and sits beside a token both names share.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

from lintas._lexicon import WEEKDAYS
from lintas._sets import Joined
from lintas.analyse import Analysis
from lintas.analyse.gazetteer import fold_name
from lintas.analyse.people import Age, DescribedAge, described_ages, person_ages, unnamed_ages
from lintas.comparison.align import SentenceIndex, mutual_pairs, sentence_years
from lintas.comparison.model import Claim, Discrepancy, claim_of
from lintas.settings import (
    AGE_BIRTHDAY_DAYS,
    AGE_OTHER_PERSON_GAP,
    COMMON_WORD_MIN_COUNT,
    DESCRIBED_AGE_MAX_APART,
    DESCRIBED_AGE_MIN_SIMILARITY,
    NAME_VARIANT_MIN_RATIO,
)

_POSSESSIVE = re.compile(r"['’]s$")


# Titles before a name, spelled as each outlet transliterates them ("Ayatollah" / "Ayatullah"):
# the name is what is compared.
_TITLES = frozenset(
    re.findall(
        r"\w+",
        "ayatollah ayatullah syekh syeikh sheikh kiai kyai habib ustaz ustadz haji hajjah hj kh dr drs prof ir "
        "sir mr mrs ms",
    )
)


# A generation after a name: "Michael David Davis Jr." is "Michael Davis" (not "Michael David"),
# and no "Michael Davis Sr.".
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_tokens(name: str) -> tuple[str, ...]:
    """Folded words of a name, possessive, titles and a generation dropped ("Papandreou's" ->
    "papandreou", "Ayatullah Ali Khamenei" -> "ali khamenei", "Michael Davis Jr." -> "michael
    davis"; ``generation`` tells a son from his father)."""
    words = [_POSSESSIVE.sub("", w).strip(".,'’") for w in fold_name(name).split() if w.strip(".,'’")]
    named = [w for w in words if w not in _TITLES]
    while len(named) > 1 and named[-1] in _GENERATIONS:
        named.pop()
    return tuple(named or words)


def generation(name: str) -> str | None:
    """The generation a name ends in ("jr", "sr", "iii"), or None."""
    words = [w.strip(".,'’") for w in fold_name(name).split()]
    return words[-1] if len(words) > 1 and words[-1] in _GENERATIONS else None


def _initial(a: str, b: str) -> bool:
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


_VOWELS = re.compile(r"[aeiouy]")


def variant_token(a: str, b: str) -> bool:
    """Two spellings of one word: close, of similar length, neither a prefix of the other; or one
    letter doubled ("Chad" / "Chadd"), or the same consonants with other vowels ("Javon" / "Jovan")."""
    if min(len(a), len(b)) < 4 or a == b:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(long_) == len(short) + 1 and any(
        long_[k] == long_[k - 1] and long_[:k] + long_[k + 1 :] == short for k in range(1, len(long_))
    ):
        return True
    if len(a) == len(b) >= 5 and a[0] == b[0] and a[-1] == b[-1] and _VOWELS.sub("", a) == _VOWELS.sub("", b):
        # one vowel changed, or two swapped ("Javon" / "Jovan"); not "Martin" / "Morton", "Wahyuni" / "Wahyono"
        changed = [k for k in range(len(a)) if a[k] != b[k]]
        if len(changed) == 1 or (len(changed) == 2 and sorted(a[k] for k in changed) == sorted(b[k] for k in changed)):
            return True
    if abs(len(a) - len(b)) > 2 or a.startswith(b) or b.startswith(a):
        return False
    matcher = SequenceMatcher(None, a, b)
    if matcher.real_quick_ratio() < NAME_VARIANT_MIN_RATIO or matcher.quick_ratio() < NAME_VARIANT_MIN_RATIO:
        return False  # upper bounds of the ratio, cheap: most pairs of a story's words and names end here
    ratio = matcher.ratio()
    return ratio >= NAME_VARIANT_MIN_RATIO and (a[0] == b[0] or ratio >= 0.8)


_PARTICLES = frozenset({"al", "el", "ad", "as", "at", "an", "de", "da", "di", "du", "la", "le", "van", "von", "der",
                        "bin", "binti", "ibn", "abu", "dos", "del"})  # fmt: skip


def _one_letter(a: str, b: str) -> bool:
    """Two long spellings one letter added or dropped apart, as transliterations differ ("Gazali" /
    "Ghazali", "Mohamad" / "Mohammad"); a changed letter is another name ("Bashir" / "Bashar")."""
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def relation(a: Sequence[str], b: Sequence[str]) -> str | None:
    """ "same" (equal, or one the other's shorter form), "variant" (spelled differently) or None."""
    if not a or not b:
        return None
    if tuple(a) == tuple(b):
        return "same"
    if len(a) == len(b) == 2 and tuple(a) == tuple(b)[::-1] and min(map(len, a)) > 2:
        return "variant"  # given name and surname swapped: "Graham Shadale" for "Shadale Graham"
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) == 2 and len(long_) > 2 and min(map(len, short)) > 2 and short[-1] == long_[-1]:
        if short[0] == long_[0]:
            return "same"  # a middle name left out: "Kevin McQuilliams" / "Kevin Michael McQuilliams"
        if variant_token(short[0], long_[0]):
            return "variant"  # and the given name spelled otherwise: "Stephanie Wray" / "Stefanie Marie Wray"
    best: str | None = None
    for offset in range(len(long_) - len(short) + 1):
        window = long_[offset : offset + len(short)]
        kinds = []
        for x, y in zip(short, window, strict=True):
            kinds.append("eq" if x == y or _initial(x, y) else "var" if variant_token(x, y) else "no")
        if "no" in kinds:
            continue
        # A shared word anchors the variant; a particle ("Al", "de") only beside a long variant word
        # a letter longer or shorter, in names as long as each other ("Al Gazali" / "Al Ghazali";
        # not "Li Xiaoming" / "Li Xiaoping", "A. Rahman" / "A. Rahmat", "Al Bashir" / "Al Bashar").
        anchored = any(k == "eq" and len(x) > 2 for k, x in zip(kinds, short, strict=True)) or (
            len(short) == len(long_)
            and all(x in _PARTICLES for k, x in zip(kinds, short, strict=True) if k == "eq")
            and all(_one_letter(x, y) for k, x, y in zip(kinds, short, window, strict=True) if k == "var")
        )
        if "var" not in kinds:
            if len(short) > 1 or len(short[0]) > 2:
                return "same"
        elif anchored or (len(short) == 1 and len(long_) == 1 and len(short[0]) >= 6):
            best = "variant"
        elif len(short) == 1 and len(long_) > 1 and offset == len(long_) - 1 and len(short[0]) >= 6:
            best = "variant"  # a surname alone, spelled differently: "Marchette" for "Derek Marchetti"
    return best


@dataclass(frozen=True, slots=True)
class _Named:
    analysis: Analysis
    name: str
    tokens: tuple[str, ...]
    sentence: int
    text: str


# Words a scraper glued ("Al GhazalidanAlyssa"): a capital after four small letters, which no
# name's own inner capital has ("McDonald", "MacArthur", "DeAndre", "LaToya").
_GLUED_NAME = re.compile(r"[a-z]{4}[A-Z]")


def _glued(name: str) -> bool:
    return bool(_GLUED_NAME.search(name))


# The last word of an institution's name, never of a person's: the English tagger reads "Shock
# Trauma Center" as a person, and "Central" (of "Central Booking") is no other spelling of its
# "Center". Not a street's "Road" or "Lane": "Moregate Lane" tagged a person is still "Morgate
# Lane" misspelled.
_PLACE_HEADS = frozenset(
    {
        "center", "centre", "hospital", "clinic", "church", "school", "academy", "university", "college",
        "department", "office", "station", "jail", "booking", "courthouse", "mall", "plaza", "club", "bar",
        "lounge", "restaurant", "hotel", "motel", "apartments", "store", "market",
    }
)  # fmt: skip


def _people(
    analyses: Sequence[Analysis], types: frozenset[str], min_tokens: int, lexicon: Sequence[Analysis] = ()
) -> list[_Named]:
    """Each article's names of ``types``, with the full names of the other articles (and of
    ``lexicon``'s: the story's copies) that it writes word for word where its tagger missed them
    ("Jonathon Walker told his brother" read as "Walker" alone): the article spells the name so too."""
    out: list[_Named] = []
    for an in analyses:
        aged = {age.key for age in person_ages(an.article.text, an.mentions)} if "PER" in types else set()
        for e in an.entities:
            tokens = name_tokens(e.name)
            if (e.type in types or e.key in aged) and len(tokens) >= min_tokens and e.mentions and not _glued(e.name):
                m = min(e.mentions, key=lambda m: m.start)
                out.append(_Named(an, e.name, tokens, m.sentence, m.text))
    full = {it.name: it.tokens for it in out if len(it.tokens) > 1}
    for an in lexicon:
        for e in an.entities:
            tokens = name_tokens(e.name)
            if e.type in types and len(tokens) >= max(2, min_tokens) and not _glued(e.name):
                full.setdefault(e.name, tokens)
    if not full:
        return out
    # One pass over each text for all the names (longest first), not one per name.
    names = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(full, key=lambda n: (-len(n), n)))) + r")(?![\w-])"
    )
    for an in analyses:
        own = {it.tokens for it in out if it.analysis is an}
        starts = [x.start for x in an.article.sentences]
        for found in names.finditer(an.article.text):
            name = found.group()
            if full[name] not in own:
                sentence = max(0, bisect_right(starts, found.start()) - 1)
                out.append(_Named(an, name, full[name], sentence, name))
                own.add(full[name])
    return out


_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
_THEN = re.compile(r"\s*\(\s*(?:at the time|when (?:he|she) was)\b", re.I)  # "age 27 (at the time of ...)"


def _written(an: Analysis) -> dict[str, tuple[int, str]]:
    """Capitalised words of the article's text, folded -> (first offset, as written)."""
    out: dict[str, tuple[int, str]] = {}
    for m in _WORD.finditer(an.article.text):
        out.setdefault(fold_name(m.group()), (m.start(), m.group()))
    return out


def _spelled_both_ways(a: _Named, b: _Named, written: dict[int, dict[str, tuple[int, str]]]) -> bool:
    """Whether either article also writes the other's spelling (NER may have missed or mistyped
    that mention: "Vandermolen" alone read as an organisation): no witness for either."""
    only_a, only_b = set(a.tokens) - set(b.tokens), set(b.tokens) - set(a.tokens)
    # Only the words spelled two ways: a given name one side leaves out ("Pruner" for "Kodi
    # Prunner") is written by both, as it should be.
    pairs = [(x, y) for x in only_a for y in only_b if variant_token(x, y) or x in y or y in x]
    only_a, only_b = {x for x, _ in pairs}, {y for _, y in pairs}
    return bool(only_b & written[id(a.analysis)].keys() or only_a & written[id(b.analysis)].keys())


def _common_words_differ(a: _Named, b: _Named) -> bool:
    """Whether an organisation's or place's two spellings differ in a word of the language
    ("Rumah Sakit Umun Daerah" for "Umum"): a slip in a description, not a name spelled two ways."""
    from lintas.clean.glue import vocabulary

    words = vocabulary().words
    return any(words.get(t, 0) >= COMMON_WORD_MIN_COUNT for t in set(a.tokens) ^ set(b.tokens))


def _common_word(word: str, surface: str, text: str) -> bool:
    """A word of the language, not a name: a stop word, a word the article also writes in lower case
    ("a lone gunman": "Gunman" is no variant of "Gutmann"), or a word the news vocabulary (clean.glue's)
    knows as a common word that the article capitalises only at the start of its sentences ("Selain
    itu, ..." is no variant of "Slavina"; "Fontenout said ..." stays a name: no common word)."""
    from lintas._lexicon import stop_words
    from lintas.clean.glue import vocabulary

    if surface.lower() in stop_words() or re.search(rf"\b{re.escape(surface.lower())}\b", text):
        return True
    if surface.lower() in WEEKDAYS:
        return True  # "released Monday" is no spelling of "Munday"
    if vocabulary().words.get(surface.lower(), 0) < COMMON_WORD_MIN_COUNT:
        return False
    for m in re.finditer(rf"\b{re.escape(surface)}\b", text):
        before = text[: m.start()].rstrip(" \t\"'“‘(")
        if before and before[-1] not in ".!?:\n":
            return False  # capitalised inside a sentence: a name
    return True


def _unnamed_spellings(
    items: Sequence[_Named], analyses: Sequence[Analysis], written_in: dict[int, dict[str, tuple[int, str]]]
) -> list[_Named]:
    """A surname spelled differently where NER found no name ("said Sgt. Marchette of the police"):
    a capitalised word of another article that is a variant of a word of a full name, in an
    article that writes that word no other way; and a given name so, before the surname
    ("Khaleal Black" for "Kahleal Black")."""
    out: list[_Named] = []
    for an in analyses:
        written = written_in[id(an)]
        own = {t for it in items if it.analysis is an for t in it.tokens}
        # Other articles' full names whose given name this article does not write.
        names = {(it.tokens[0], it.tokens[-1]) for it in items if it.analysis is not an and len(it.tokens) > 1}
        names = {(first, last) for first, last in names if last not in _PLACE_HEADS}
        names = {(first, last) for first, last in names if first not in written}
        for word, (at, surface) in written.items():
            if word in own:
                continue
            given = _given_name_variant(an, word, surface, names)
            if given is not None and not _common_word(word, surface, an.article.text):  # "Then Black ran"
                out.append(given)
                own.update(given.tokens)
                continue
            if len(word) < 6:
                continue
            for it in items:
                if (
                    it.analysis is not an
                    and len(it.tokens) > 1
                    and it.tokens[-1] not in _PLACE_HEADS  # "Trauma Center" tagged a person: "Central" is no slip of it
                    and variant_token(it.tokens[-1], word)
                ):
                    # The text is scanned again only for the few words that are variants.
                    if it.tokens[-1] not in written and not _common_word(word, surface, an.article.text):
                        sentence = _sentence_of(an, at)
                        out.append(_Named(an, surface, (word,), sentence, surface))
                    break
    return out


def _sentence_of(an: Analysis, offset: int) -> int:
    """The sentence holding ``offset`` (the first when none does)."""
    return next((k for k, x in enumerate(an.article.sentences) if x.start <= offset < x.end), 0)


def _given_name_variant(an: Analysis, word: str, surface: str, names: set[tuple[str, str]]) -> _Named | None:
    """``surface`` written before the surname of one of ``names`` (given name, surname) as a
    variant of its given name."""
    for first, last in names:
        if abs(len(first) - len(word)) > 2 or not variant_token(first, word):
            continue
        for m in re.finditer(rf"\b{re.escape(surface)}[ \t]+([A-Z][\w'’-]+)", an.article.text):
            if name_tokens(m.group(1)) == (last,):
                sentence = _sentence_of(an, m.start())
                return _Named(an, m.group(), (word, last), sentence, m.group())
    return None


def _link(items: Sequence[_Named]) -> tuple[list[int], set[tuple[int, int]]]:
    """Groups of items that name one person across articles (a root per item), and the pairs
    that are spelling variants. Full names link first; a lone surname joins the one full name it
    fits, and none when it fits several ("Walker" of Kayla and of Jonathan Walker)."""
    joined = Joined(range(len(items)))
    relations: dict[tuple[int, int], str] = {}
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i].analysis is not items[j].analysis:
                rel = relation(items[i].tokens, items[j].tokens)
                if rel is not None:
                    relations[i, j] = rel
    full = {k for k, it in enumerate(items) if len(it.tokens) > 1}
    for (i, j), _ in relations.items():
        if i in full and j in full:
            joined.join(i, j)
    for k in sorted(set(range(len(items))) - full):
        fits = {joined.root(m) for (i, j) in relations for m in (i, j) if k in (i, j) and m != k and m in full}
        if len(fits) == 1:
            joined.join(fits.pop(), k)
        elif not fits:
            for i, j in relations:
                if k in (i, j) and not ({i, j} & full):
                    joined.join(i, j)
    roots = [joined.root(k) for k in range(len(items))]
    variants = {pair for pair, rel in relations.items() if rel == "variant" and roots[pair[0]] == roots[pair[1]]}
    return roots, variants


def name_discrepancies(
    analyses: Sequence[Analysis], outlet_of: Callable[[Analysis], str], lexicon: Sequence[Analysis] = ()
) -> list[Discrepancy]:
    """One person (or a long organisation or place name) spelled differently by two outlets;
    ``lexicon``: more articles whose names are looked for in ``analyses`` (the story's copies)."""
    written = {id(an): _written(an) for an in analyses}
    out: list[Discrepancy] = []
    for types, min_tokens in ((frozenset({"PER"}), 1), (frozenset({"ORG", "LOC"}), 3)):
        items = _people(analyses, types, min_tokens, lexicon)
        if "PER" in types:
            items += _unnamed_spellings(items, analyses, written)
        roots, variants = _link(items)
        variants = {
            (i, j)
            for i, j in variants
            if outlet_of(items[i].analysis) != outlet_of(items[j].analysis)
            and not _spelled_both_ways(items[i], items[j], written)
            and ("PER" in types or not _common_words_differ(items[i], items[j]))
        }
        flagged = {roots[i] for i, _ in variants}
        for r in sorted(flagged):
            members = [k for k in range(len(items)) if roots[k] == r]
            involved = {k for pair in variants for k in pair if roots[k] == r}
            claims, seen = [], set()
            for k in sorted(involved, key=lambda k: (items[k].analysis.article.id, -len(items[k].tokens))):
                it = items[k]
                if (it.analysis.article.id, it.tokens) not in seen:
                    seen.add((it.analysis.article.id, it.tokens))
                    claims.append(claim_of(it.analysis, it.sentence, it.name, it.text))
            full = [items[k].name for k in members if len(items[k].tokens) > 1] or [items[k].name for k in members]
            common = Counter(full).most_common(1)[0][0]  # the spelling most articles use, the first among equals
            out.append(Discrepancy("name", "spelling", claims, False, common))
    return out


def age_discrepancies(analyses: Sequence[Analysis], outlet_of: Callable[[Analysis], str]) -> list[Discrepancy]:
    """One person given different ages by different outlets."""
    ages: list[tuple[Analysis, Age]] = []
    for an in analyses:
        starts = [x.start for x in an.article.sentences]
        found = person_ages(an.article.text, an.mentions)
        fuller = {x.start: x for x in unnamed_ages(an.article.text, an.mentions, starts)}
        # A name the tagger cut ("Abdi" of "Murjan Abdi, age 19") gives its age to the whole name.
        found = [x for x in found if x.start not in fuller] + list(fuller.values())
        # "Adams, age 27 (at the time of the murders)": an age of another day than the article's.
        found = [x for x in found if not _THEN.match(an.article.text, x.end)]
        # An article that gives one person two ages ("14-year-old Evan Price", "the 16-year-old
        # Price was with") has tied one of them to the wrong name: it is no witness.
        ages.extend(
            (an, age)
            for age in found
            if all(
                other.value == age.value or relation(name_tokens(other.person), name_tokens(age.person)) is None
                for other in found
            )
        )
    items = [
        _Named(an, age.person, name_tokens(age.person), age.sentence, an.article.text[age.start : age.end])
        for an, age in ages
    ]
    # The story's other full names take part in the linking: a lone "Taylor, 41" fits "Jessie
    # Taylor" and "Larry Taylor", so it is neither ("Courtney L. Taylor" was read as "Taylor").
    context = _people(analyses, frozenset({"PER"}), 2)
    roots = _link([*items, *context])[0][: len(items)]
    out: list[Discrepancy] = []
    for r in sorted(set(roots)):
        members = [k for k in range(len(items)) if roots[k] == r]
        # An outlet that gives the person both ages (a caption's "Javon Wilson, 15" beside its
        # text's 14) is no witness for either.
        given: dict[str, set[int]] = defaultdict(set)
        for k in members:
            given[outlet_of(ages[k][0])].add(ages[k][1].value)
        members = [k for k in members if len(given[outlet_of(ages[k][0])]) == 1]
        values = {(outlet_of(ages[k][0]), ages[k][1].value) for k in members}
        if len({v for _, v in values}) < 2 or len({o for o, _ in values}) < 2:
            continue
        if len({g for k in members if (g := generation(items[k].name))}) > 1:
            continue  # "Mark Davies Jr., 19" and "Mark Davies Sr., 47": a son and his father
        youngest = min(v for _, v in values)
        if youngest < 18 and any(v - youngest >= AGE_OTHER_PERSON_GAP for _, v in values):
            # a child and an adult of one name are two people: the child's ages are compared
            members = [k for k in members if ages[k][1].value - youngest < AGE_OTHER_PERSON_GAP]
            values = {(outlet_of(ages[k][0]), ages[k][1].value) for k in members}
            if len({v for _, v in values}) < 2 or len({o for o, _ in values}) < 2:
                continue
        claims = [claim_of(ages[k][0], items[k].sentence, ages[k][1].value, items[k].text) for k in members]
        name = max((items[k] for k in members), key=lambda it: (len(it.tokens), it.name)).name
        dead = any(_DEAD.search(ages[k][0].article.sentences[items[k].sentence].text) for k in members)
        later = None if dead else _birthday(claims)  # the dead do not age
        # The report's kinds: an age is a number.
        out.append(Discrepancy("number", "age", claims, later is not None, name, "latest" if later else None, later))
    return out


def described_age_discrepancies(
    analyses: Sequence[Analysis], index: SentenceIndex, outlet_of: Callable[[Analysis], str]
) -> list[Discrepancy]:
    """A person described, not named ("a 12-year-old boy" / "an 11-year-old boy"), given
    different ages by different outlets. A story holds many unnamed people, and the 15-year-old
    victim is not the 17-year-old suspect: two descriptions are one person only when they
    describe alike, play the same part (harmed, did it, not said), stand in sentences of one year
    that tell the same thing (each the other's closest) and give ages one apart, and no article
    describes two such people."""
    items: list[tuple[Analysis, DescribedAge]] = []
    years: dict[str, list[frozenset[str]]] = {}
    for an in analyses:
        years[an.article.id] = sentence_years(an)
        found = described_ages(an.article.text, [s.start for s in an.article.sentences])
        # An article that describes two people alike ("a 16-year-old boy ... a 14-year-old boy")
        # gives neither: no telling which one another outlet's boy is.
        items.extend((an, x) for x in found if all(o.value == x.value or o.kinds != x.kinds for o in found))

    def alike(k: int, m: int) -> bool:
        (x, a), (y, b) = items[k], items[m]
        return bool(
            (a.kinds & b.kinds or a.kinds == b.kinds)
            and a.role == b.role
            and abs(a.value - b.value) <= DESCRIBED_AGE_MAX_APART
            # "a 24-year-old woman" in 2009: another event
            and years[x.article.id][a.sentence] & years[y.article.id][b.sentence]
        )

    places = [(an.article.id, age.sentence) for an, age in items]
    joined = Joined(range(len(items)))
    for _, k, m in mutual_pairs(places, index, DESCRIBED_AGE_MIN_SIMILARITY, alike):
        joined.join(k, m)
    out: list[Discrepancy] = []
    said: set[tuple[str, frozenset[tuple[str, int]]]] = set()
    for members in joined.groups():
        if len(members) < 2:
            continue
        # An article in a group twice has two people alike (two boys): no telling which is whose.
        if len({items[k][0].article.id for k in members}) < len(members):
            continue
        values = {(outlet_of(items[k][0]), items[k][1].value) for k in members}
        if len({v for _, v in values}) < 2 or len({o for o, _ in values}) < 2:
            continue
        # The same outlets giving the same person the same ages in other sentences: said once.
        told = (max((items[k][1].words for k in members), key=len), frozenset(values))
        if told in said:
            continue
        said.add(told)
        claims = []
        for k in members:
            an, age = items[k]
            claims.append(claim_of(an, age.sentence, age.value, an.article.text[age.start : age.end]))
        words = told[0] or "person"
        dead = any(_DEAD.search(items[k][0].article.sentences[items[k][1].sentence].text) for k in members)
        later = None if dead else _birthday(claims)
        out.append(Discrepancy("number", "age", claims, later is not None, words, "latest" if later else None, later))
    return out


_DEAD = re.compile(
    r"\b(?:killed|dead|died|slain|murdered|death|body|bodies|tewas|meninggal|jenazah|almarhum\w*)\b", re.I
)


def _birthday(claims: Sequence[Claim]) -> str | None:
    """The article of the later age, when two ages may both be true: every article giving the
    higher one was published long enough after every article giving the lower one for the years
    between them (a birthday between reports a few weeks apart, a trial three years after the arrest)."""
    values = sorted({c.value for c in claims})
    if len(values) != 2 or values[1] - values[0] < 1:
        return None
    years = int(values[1] - values[0])
    try:
        days = {
            v: [date.fromisoformat(c.published[:10]) for c in claims if c.value == v and c.published] for v in values
        }
    except ValueError:
        return None  # a date the reader could not read: no telling
    if len(days[values[0]]) != sum(c.value == values[0] for c in claims):
        return None  # an undated report: no telling
    if len(days[values[1]]) != sum(c.value == values[1] for c in claims):
        return None
    if (min(days[values[1]]) - max(days[values[0]])).days < (years - 1) * 365 + AGE_BIRTHDAY_DAYS:
        return None
    if (max(days[values[1]]) - min(days[values[0]])).days > (years + 1) * 366:
        return None  # more years between the reports than between the ages
    return max((c for c in claims if c.value == values[1]), key=lambda c: c.published or "").article
