"""Entity mentions with canonical names: NER spans, corrected by the gazetteer, titles and roles
split off, short mentions linked to the full name in the same article.

"Menteri Pertahanan Perancis Sébastien Lecornu" -> PER "Sébastien Lecornu" with role
"Menteri Pertahanan Perancis" and LOC "Perancis" (canonical "Prancis"); a later "Lecornu" links to
"Sébastien Lecornu". ``key`` (type:folded canonical) merges entities across articles and languages.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from lintas.analyse.gazetteer import ORG_INDEX, PLACE_INDEX, ROLE_WORDS, fold, fold_name
from lintas.analyse.ner import tag, tokenize
from lintas.evaluation.ner import spans
from lintas.model import Sentence

_MAX_GAZ_TOKENS = 4
_MAX_ROLE_TOKENS = 10


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention. ``start``/``end`` index into the article text; ``name`` is canonical."""

    text: str
    type: str
    sentence: int
    start: int
    end: int
    name: str
    key: str
    role: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "type": self.type, "sentence": self.sentence, "start": self.start,
                "end": self.end, "name": self.name, "id": self.key, "role": self.role}  # fmt: skip


@dataclass(slots=True)
class Entity:
    """All mentions of one entity in one article."""

    key: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.key, "name": self.name, "type": self.type, "aliases": self.aliases,
                "roles": self.roles, "count": len(self.mentions),
                "sentences": sorted({m.sentence for m in self.mentions})}  # fmt: skip


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


def _gazetteer(tokens: Sequence[str], i: int) -> tuple[int, str, str] | None:
    """Longest known place/organisation starting at token i: (end, type, canonical)."""
    for n in range(min(_MAX_GAZ_TOKENS, len(tokens) - i), 0, -1):
        words = tokens[i : i + n]
        if not _is_cap(words[0]):
            continue
        surface = " ".join(words)
        key = fold(surface)
        if len(surface) <= 3 and not surface.isupper():
            continue  # short names ("AS", "UN") only in capitals
        if key in PLACE_INDEX:
            return i + n, "LOC", PLACE_INDEX[key]
        if key in ORG_INDEX:
            return i + n, "ORG", ORG_INDEX[key]
    return None


def _split_span(tokens: Sequence[str], b: int, e: int, label: str) -> list[tuple[int, int, str, int]]:
    """Split one NER span into (start, end, type, role_start) pieces at roles and known places."""
    pieces: list[tuple[int, int, str, int]] = []
    i = b
    role_start = b
    while i < e and tokens[i].lower().strip(".") in ROLE_WORDS:
        i += 1
    had_role = i > b
    while i < e:
        gaz = _gazetteer(tokens, i)
        if gaz and gaz[0] <= e and (gaz[0] < e or i > b):
            pieces.append((i, gaz[0], gaz[1], -1))
            i = gaz[0]
            while i < e and (tokens[i] in "-–" or tokens[i].lower() in ROLE_WORDS):
                i += 1
            continue
        break
    if i < e:
        rest = tokens[i:e]
        kind = label
        if (had_role or pieces) and all(_is_cap(t) for t in rest if t.isalpha()):
            kind = "PER" if label in ("PER", "ORG", "LOC") and not _gazetteer(tokens, i) else label
        gaz = _gazetteer(tokens, i)
        if gaz and gaz[0] == e:
            kind = gaz[1]
        pieces.append((i, e, kind, role_start if (had_role or pieces) and kind == "PER" else -1))
    elif not pieces and not had_role:
        pieces.append((b, e, label, -1))
    return pieces


def _is_role(token: str) -> bool:
    return token.lower().strip(".") in ROLE_WORDS


def _role_before(tokens: Sequence[str], b: int) -> int:
    """Start of the title/role written before a name, or b when there is none.

    Walks back over capitalised words and bracketed acronyms to the earliest role word:
    "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Garut Dadang Suparman" -> "Kepala ...".
    """
    i, best = b, b
    while i > 0 and b - i < _MAX_ROLE_TOKENS:
        prev = tokens[i - 1]
        if _is_role(prev):
            best = i - 1
        elif not (_is_cap(prev) or prev in "()"):
            break
        i -= 1
    return best


def _names_after_roles(tokens: Sequence[str], covered: set[int]) -> list[tuple[int, int, str, int]]:
    """People the tagger missed after a role: "Menteri Pertahanan Perancis Sébastien Lecornu juga ..."."""
    found: list[tuple[int, int, str, int]] = []
    i = 0
    while i < len(tokens):
        if not _is_role(tokens[i]) or not _is_cap(tokens[i]):
            i += 1
            continue
        role_start = i
        while i < len(tokens) and (_is_role(tokens[i]) or (_gazetteer(tokens, i) is not None)):
            gaz = _gazetteer(tokens, i)
            i = gaz[0] if gaz and not _is_role(tokens[i]) else i + 1
        j = i
        while j < len(tokens) and _is_cap(tokens[j]) and tokens[j].isalpha() and not _is_role(tokens[j]):
            j += 1
        ends_clause = j == len(tokens) or not _is_cap(tokens[j])
        if 0 < j - i <= 3 and ends_clause and not any(k in covered for k in range(i, j)):
            found.append((i, j, "PER", role_start))
        i = max(j, role_start + 1)
    return found


def sentence_tags(sentences: Sequence[Sentence], language: str) -> list[list[str]]:
    """NER tags for every sentence: spaCy for English, our CRF for Indonesian and the rest."""
    words = [[t[0] for t in tokenize(s.text)] for s in sentences]
    if language == "en":
        from lintas.analyse.ner_en import tag_sentences

        return tag_sentences(words)
    return [tag(w) for w in words]


def sentence_mentions(sentence: Sentence, index: int, tags: Sequence[str] | None = None) -> list[Mention]:
    """Mentions in one sentence, before article-level linking (name/key are provisional)."""
    toks = tokenize(sentence.text)
    words = [t[0] for t in toks]
    if not words:
        return []
    found: list[tuple[int, int, str, int]] = []
    for b, e, label in sorted(spans(tags if tags is not None else tag(words))):
        found.extend(_split_span(words, b, e, label))
    covered = {i for b, e, _, _ in found for i in range(b, e)}
    found.extend(_names_after_roles(words, covered))
    covered = {i for b, e, _, _ in found for i in range(b, e)}
    i = 0
    while i < len(words):
        gaz = _gazetteer(words, i) if i not in covered else None
        if gaz and not any(j in covered for j in range(i, gaz[0])):
            found.append((i, gaz[0], gaz[1], -1))
            i = gaz[0]
        else:
            i += 1
    out: list[Mention] = []
    for b, e, kind, role_start in sorted(found):
        if kind == "PER" and role_start < 0:
            role_start = _role_before(words, b)
            role_start = -1 if role_start == b else role_start
        start, end = sentence.start + toks[b][1], sentence.start + toks[e - 1][2]
        text = sentence.text[toks[b][1] : toks[e - 1][2]]
        role = sentence.text[toks[role_start][1] : toks[b - 1][2]].strip(" ,") if 0 <= role_start < b else None
        canonical = (
            PLACE_INDEX.get(fold(text)) if kind == "LOC" else ORG_INDEX.get(fold(text)) if kind == "ORG" else None
        )
        name = canonical or text
        out.append(Mention(text, kind, index, start, end, name, _key(kind, name), role or None))
    return out


def _key(kind: str, name: str) -> str:
    return f"{kind.lower()}:{fold_name(name) if kind == 'PER' else fold(name)}"


_ADMIN = re.compile(r"^(?:kabupaten|kab|kota|provinsi|kecamatan|desa|kelurahan|kampung|regency|city|province|county) ")


def link_mentions(mentions: list[Mention]) -> list[Mention]:
    """Article-level: short names to full names, one type per name (majority), canonical keys."""
    # "Bupati Jember" after "Kabupaten Jember": a place named after a role, not a person.
    places = {_ADMIN.sub("", fold(m.name)) for m in mentions if m.type == "LOC"}
    mentions = [part for m in mentions for part in _place_in_person(m, places)]
    full_names: dict[str, str] = {}
    for m in mentions:
        if m.type == "PER" and len(m.text.split()) >= 2:
            full_names.setdefault(fold_name(m.text), m.text)
    by_token: dict[str, set[str]] = defaultdict(set)
    for folded in full_names:
        for token in folded.split():
            by_token[token].add(folded)
    linked: list[Mention] = []
    for m in mentions:
        folded = fold_name(m.text)
        target: str | None = None
        if folded in full_names:
            target = folded
        elif m.type in ("PER", "ORG", "LOC") and m.name == m.text and " " not in folded:
            candidates = by_token.get(folded, set())
            if len(candidates) == 1:
                target = next(iter(candidates))
        if target is not None:
            name = _display(target, full_names, mentions)
            linked.append(replace(m, type="PER", name=name, key=_key("PER", name)))
        else:
            linked.append(m)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in linked:
        votes[fold(m.name)][m.type] += 1
    out: list[Mention] = []
    for m in linked:
        kind = votes[fold(m.name)].most_common(1)[0][0]
        out.append(replace(m, type=kind, key=_key(kind, m.name)) if kind != m.type else m)
    return out


def _place_in_person(m: Mention, places: set[str]) -> list[Mention]:
    """A person mention that is, or starts with, a place of this article ("Bupati Jember Hendy
    Siswanto" tagged as one name) becomes the place, and the person after it."""
    if m.type != "PER":
        return [m]
    words = m.text.split()
    if len(words) == 1 and fold(m.text) in places:
        return [replace(m, type="LOC", name=m.text, key=_key("LOC", m.text))]
    if len(words) >= 3 and fold(words[0]) in places and m.text.startswith(words[0]):
        cut = len(words[0])
        rest = m.text[cut:].lstrip()
        start = m.start + (len(m.text) - len(rest))
        place = replace(m, text=words[0], type="LOC", end=m.start + cut, name=words[0], key=_key("LOC", words[0]))
        return [place, replace(m, text=rest, start=start, name=rest, key=_key("PER", rest))]
    return [m]


def _display(folded: str, full_names: dict[str, str], mentions: Sequence[Mention]) -> str:
    """Prefer the spelling with diacritics ('Sébastien' over 'Sebastien') among equal folds."""
    forms = [m.text for m in mentions if fold_name(m.text) == folded]
    forms.sort(key=lambda f: (-sum(1 for ch in f if ord(ch) > 127), -forms.count(f)))
    return forms[0] if forms else full_names[folded]


def group_entities(mentions: Sequence[Mention]) -> list[Entity]:
    """Mentions grouped by key, most mentioned first."""
    groups: dict[str, Entity] = {}
    for m in mentions:
        entity = groups.get(m.key)
        if entity is None:
            entity = groups[m.key] = Entity(m.key, m.name, m.type)
        entity.mentions.append(m)
        if m.text != entity.name and m.text not in entity.aliases:
            entity.aliases.append(m.text)
        if m.role and m.role not in entity.roles:
            entity.roles.append(m.role)
    return sorted(groups.values(), key=lambda e: (-len(e.mentions), e.name))


def repeat_names(sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Mentions the tagger missed of names the article already introduced ("Lecornu menyebut ...")."""
    parts: set[str] = set()
    for m in mentions:
        words = m.text.split()
        if m.type == "PER" and len(words) >= 2:
            parts.update(w for w in words if len(w) > 2 and not _is_role(w) and fold(w) not in PLACE_INDEX)
    if not parts:
        return mentions
    covered = {(m.sentence, i) for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    for index, s in enumerate(sentences):
        for token, b, e in tokenize(s.text):
            start = s.start + b
            if token in parts and (index, start) not in covered:
                added.append(Mention(token, "PER", index, start, s.start + e, token, _key("PER", token)))
    return sorted([*mentions, *added], key=lambda m: (m.sentence, m.start))
