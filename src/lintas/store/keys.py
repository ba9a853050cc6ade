"""The one codec of story keys: every key kind is encoded and decoded here and nowhere else.

An article's **feature keys** (``Features.keys``, kept with the stored article) say what it
names: people (``per:``), places and organisations (``loc:``), the event's victims and suspects
(``who:``), title words (``ttl:``), capitalised body words (``cap:``), the days it cites
(``on:``, day ordinals), its people's ages (``age:``) and its lead's words (``lw:``).

The store keeps them as **store keys**: names a story holds and the blocking index looks up
(``e:per:``, ``e:loc:`` — shown as the corpus's entities —, ``w:`` event people, ``t:`` title
words, ``c:`` body words), keys a story holds but never looks up (``a:`` ages, ``l:`` lead words),
index rows only (``d:`` cited days; ``v<band>:`` buckets of the lead embedding), and ``#stories``,
the count of stories.
"""

from __future__ import annotations

from collections.abc import Iterable

# Feature-key kinds.
PERSON, PLACE, VICTIM, TITLE, WORD, CITED, AGE, LEAD = "per", "loc", "who", "ttl", "cap", "on", "age", "lw"
# Store-key prefixes.
_ENTITY, _EVENT, _TITLE, _WORD, _AGE, _LEAD, _DAY = "e:", "w:", "t:", "c:", "a:", "l:", "d:"
_PERSON = f"{_ENTITY}{PERSON}:"
_PLACE = f"{_ENTITY}{PLACE}:"
# Counts the stories (in key_stories, as a name every story holds once; never indexed or looked up):
# a title word is rare only as a share of the stories there are.
STORIES = "#stories"


# --- feature keys ------------------------------------------------------------------------
def feature(kind: str, value: str | int) -> str:
    return f"{kind}:{value}"


def kind(key: str) -> str:
    """The kind of a feature key (``per``, ``loc``, ``who``, ``ttl``, ``cap``, ``on``, ``age``, ``lw``)."""
    return key.split(":", 1)[0]


def value(key: str) -> str:
    """What a feature key names (the name, word, age or day ordinal)."""
    return key.split(":", 1)[1]


def name_feature(is_person: bool, folded: str) -> str:
    """The feature key of a folded name: people apart from places and organisations."""
    return feature(PERSON if is_person else PLACE, folded)


# --- store keys --------------------------------------------------------------------------
def store_keys(keys: Iterable[str]) -> tuple[list[str], set[str], list[str]]:
    """An article's feature keys as the store keeps them: the names, indexed for look-ups
    (``index_key``) and held by the story; the ages and the lead's words, held by the story but
    never looked up (every city has a 19-year-old victim; every lead says "shot"); the cited days,
    index rows only (``cited_keys``)."""
    names: list[str] = []
    held: set[str] = set()
    days: list[int] = []
    for k in keys:
        kd, v = kind(k), value(k)
        if kd == CITED:
            days.append(int(v))
        elif kd == AGE:
            held.add(_AGE + v)
        elif kd == LEAD:
            held.add(_LEAD + v)
        else:
            names.append(index_key(k))
    return names, held, cited_keys(days)


def index_key(key: str) -> str:
    """The store key of a name's feature key."""
    kd, v = kind(key), value(key)
    if kd == VICTIM:
        return _EVENT + v
    if kd == WORD:
        return _WORD + v
    if kd == TITLE:
        return _TITLE + v
    return _ENTITY + key


def cited_keys(cited: Iterable[int]) -> list[str]:
    """Index keys of the days a follow-up cites, filed under its own day: the event's first
    report, ingested after it, finds it by its own day."""
    return [f"{_DAY}{d}" for d in cited]


def cited_days(keys: Iterable[str]) -> list[int]:
    """The day ordinals among an article's feature keys."""
    return [int(value(k)) for k in keys if kind(k) == CITED]


def ann_key(band: int, bits: str) -> str:
    return f"v{band}:{bits}"


def person_key(name: str) -> str:
    return _PERSON + name


def event_key(name: str) -> str:
    return _EVENT + name


def entity_key(is_person: bool, folded: str) -> str:
    """The store key of a corpus entity (``lintas stories --entity``)."""
    return _ENTITY + name_feature(is_person, folded)


def is_person(key: str) -> bool:
    return key.startswith(_PERSON)


def is_place(key: str) -> bool:
    return key.startswith(_PLACE)


def is_entity(key: str) -> bool:
    return key.startswith(_ENTITY)


def is_event_person(key: str) -> bool:
    return key.startswith(_EVENT)


def is_title_word(key: str) -> bool:
    return key.startswith(_TITLE)


def is_body_word(key: str) -> bool:
    return key.startswith(_WORD)


def is_age(key: str) -> bool:
    return key.startswith(_AGE)


def is_lead_word(key: str) -> bool:
    return key.startswith(_LEAD)


# Keys looked up years back (follow-ups: event people, people, body words, cited days), which the
# store also keeps in its key-led index (``Store.story_rows``). Migration 0005 filled that index with
# these prefixes: changing them needs a migration that fills it again.
_FAR = (_EVENT, _PERSON, _WORD, _DAY)


def looked_up_far(key: str) -> bool:
    return key.startswith(_FAR)


def limited_kind(key: str) -> str | None:
    """``"title"`` or ``"word"`` for the store keys whose look-ups are capped by how many stories
    hold them (``incremental.rare_keys``), else None: names are always looked up."""
    return "title" if is_title_word(key) else "word" if is_body_word(key) else None


def named(key: str) -> str:
    """The name of a person's or an event person's store key, or of a corpus entity's."""
    for prefix in (_PERSON, _PLACE, _EVENT):
        if key.startswith(prefix):
            return key[len(prefix) :]
    raise ValueError(f"not a name key: {key!r}")


# Where an entity store key's name starts (``e:per:`` and ``e:loc:`` are as long): for SQL that
# matches the name's words.
ENTITY_NAME_START = len(_PERSON) + 1
assert len(_PERSON) == len(_PLACE)


def entity_label(key: str) -> str:
    """A corpus entity's store key as the API shows it (``per:jane doe``)."""
    return key.removeprefix(_ENTITY)
