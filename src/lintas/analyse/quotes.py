"""Quotations and who said them: direct quotes in quote marks and indirect speech.

Speakers come from speech verbs before or after the quote (kata, ujar, mengatakan, menurut X,
said, told, according to ...), from pronoun forms ("ujarnya", "katanya", "he said": the last
named speaker), and from a speaker introduced in the sentence before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lintas.analyse.entities import Mention
from lintas.model import Sentence

# Speech verbs. Indonesian short forms follow the quote ("...," kata Dadang); the me- forms
# usually precede it (Dadang mengatakan, "...").
_VERB_AFTER = r"kata|ujar|ucap|tutur|jelas|tambah|tegas|ungkap|sebut|imbuh|terang|lanjut|pungkas|tulis|harap|sambung|katanya|ujarnya|ucapnya|tuturnya|jelasnya|tambahnya|tegasnya|ungkapnya|sebutnya|imbuhnya|terangnya|lanjutnya|pungkasnya|tulisnya|harapnya|sambungnya|said|says|told|added|asked|warned|stressed|noted|wrote"
_VERB_BEFORE = r"mengatakan|menyatakan|menegaskan|menjelaskan|menambahkan|mengungkapkan|menuturkan|menyebut|menyebutkan|mencatat|menekankan|memperingatkan|mengimbau|menilai|berkata|bilang|said|says|told|added|warned|stressed|noted|wrote|declared|insisted"
_PRONOUN = re.compile(
    r"^(?:katanya|ujarnya|ucapnya|tuturnya|jelasnya|tambahnya|tegasnya|ungkapnya|sebutnya|imbuhnya|terangnya|lanjutnya|pungkasnya|tulisnya|harapnya|sambungnya|he said|she said|they said|he added|she added|dia menambahkan|ia menambahkan)$",
    re.I,
)
_QUOTE = re.compile(r"“(?P<a>[^“”]{2,}?)(?:”|\"(?=\W|$))|\"(?P<b>[^\"“”]{2,}?)\"|«(?P<c>[^«»]{2,}?)»")
# "demikian bunyi pernyataan dari Garda Revolusi", "begitu pernyataan resmi Swansea City"
_STATEMENT_OF = (
    r"(?:demikian|begitu)(?:lah)?\s+(?:bunyi\s+)?(?:pernyataan|keterangan)(?:\s+(?:resmi|tertulis|bersama|sikap|pers))*"
    r"(?:\s+(?:dari|dalam))?"
)
_STATEMENT_VERB = re.compile(rf"^{_STATEMENT_OF}$", re.I)
_PRONOUN_WHO = re.compile(r"^(?:ia|dia|beliau|mereka|kami|kita|saya|aku|he|she|they|we|i|it)$", re.I)
_AFTER_QUOTE = re.compile(
    rf"^\s*[,.]?\s*(?P<verb>{_STATEMENT_OF}|{_VERB_AFTER})\b\s*(?P<who>[^,.;]*(?:,\s*[A-Z][^,.;]*,)?)", re.I
)
_CITED = re.compile(r"\s+(?:(?:yang|seperti|sebagaimana)\s+)?(?:dikutip|dilansir|mengutip|melansir)\b", re.I)
_AFTER_QUOTE_EN = re.compile(
    r"^\s*[,.]?\s*(?P<who>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})(?:,[^,\"“”]{1,100},)?\s+(?P<verb>said|says|told|added|wrote"
    r"|mengatakan|menambahkan|menegaskan|mempertegas|menjelaskan|menuturkan|melanjutkan|mengungkapkan|menyatakan"
    r"|berkata)\b"
)
# A Title Cased phrase in quotes is a name ("Ring of Fire"), not a quotation.
_TITLE_PHRASE = re.compile(
    r"^(?:[A-Z][\w'-]*|of|the|and|dan|di|ke|dari|van|de)(?:\s+(?:[A-Z][\w'-]*|of|the|and|dan|di|ke|dari|van|de))*[,.]?$"
)
_INTRO = re.compile(rf"(?P<who>[^,.;“\"]*?)\s+(?P<verb>{_VERB_BEFORE})\b[^“\"]*$", re.I)
_MENURUT = re.compile(r"\b(?:menurut|according to)\s+(?P<who>[^,.;“\"]+)", re.I)
_INDIRECT = re.compile(
    rf"(?P<who>^[^;“\"]+?)\s+(?:{_VERB_BEFORE})\s+(?:(?:kepada|to)\s+[^;]*?\s+)?(?:bahwa|that)\s+(?P<what>.+)$", re.I
)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in one sentence; ``speaker`` is a canonical entity name or a plain phrase."""

    text: str
    speaker: str | None
    speaker_id: str | None
    sentence: int
    direct: bool
    start: int
    end: int
    # The speaker was not named with the quote but carried over ("ujarnya", "he said", a quote
    # continuing the sentence before): right most of the time, too weak to say that outlets
    # disagree on who said it.
    inferred: bool = False

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "speaker": self.speaker, "speaker_id": self.speaker_id,
                "sentence": self.sentence, "direct": self.direct, "start": self.start, "end": self.end}  # fmt: skip


_ROLE_BEFORE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|juru bicara|jubir|chief|sheriff|sergeant|sgt\.?|lt\.?|lieutenant|detective|officer"
    r"|captain|capt\.?|commander|director|coroner|prosecutor|attorney|mayor|governor|pastor|principal)\s+$",
    re.I,
)


def _speaker_in(
    span_start: int,
    span_end: int,
    mentions: Sequence[Mention],
    last: bool,
    sentence: Sentence | None = None,
    places: bool = True,
) -> Mention | None:
    """The person (else organisation) mentioned inside [span_start, span_end).

    With several people, a name set off by a comma is the speaker ("kata Deputi Bidang
    Statistik BPS, Joko Prasetyo, di Jakarta").
    """
    inside = [m for m in mentions if span_start <= m.start and m.end <= span_end]
    persons = [m for m in inside if m.type == "PER"]
    if len(persons) > 1 and sentence is not None:
        appositive = [m for m in persons if sentence.text[: m.start - sentence.start].rstrip().endswith(",")]
        if appositive:
            return appositive[0]
        # The name after a role word: "said Broward Sheriff Fire Rescue spokesman Mike Jachles" (the
        # tagger read the agency as a person too).
        titled = [m for m in persons if _ROLE_BEFORE.search(sentence.text[: m.start - sentence.start])]
        between = sentence.text[persons[0].end - sentence.start : titled[0].start - sentence.start] if titled else ""
        # ... when the role is the first name's ("Fire Rescue spokesman"), not another person's
        # beside the speaker ("said Tom Baker, Officer Ann Cole's brother", "neighbor of Detective Ann Cole")
        if titled and titled[0] is not persons[0] and not re.search(r",|\bof\b|['’]s\b", between):
            return titled[0]
    # A person first; else an organisation; else a country speaking through its government.
    people = [m for m in inside if m.type == "PER"] or [m for m in inside if m.type == "ORG"]
    if not people and places:
        people = inside
    if not people:
        return None
    return people[-1] if last else people[0]


def find_quotes(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Quote]:
    """Quotes of an article with speakers resolved through its entity mentions."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out: list[Quote] = []
    last_speaker: Mention | None = None
    titled: list[tuple[str, Mention]] = []  # (the words before a person's name, the mention)
    for i, s in enumerate(sentences):
        ms = by_sentence.get(i, [])
        quotes = []
        for q in _QUOTE.finditer(s.text):
            body = (q.group("a") or q.group("b") or q.group("c") or "").strip().rstrip(",").strip()
            if len(body.split()) >= 3 and not _TITLE_PHRASE.match(body):
                quotes.append((q, body))  # a scare-quoted word ("terorisme") or a name is no quotation
        titled += [
            (s.text[max(0, m.start - s.start - 40) : m.start - s.start].casefold(), m) for m in ms if m.type == "PER"
        ]
        for q, body in quotes:
            speaker, phrase, inferred = _resolve(s, q, ms, last_speaker)
            if speaker is None and phrase and (titled_as := _titled(phrase, titled)):
                speaker, inferred = titled_as, True  # "kata Mensos": the Mensos named before
            if speaker is not None:
                last_speaker = speaker
            name = speaker.name if speaker else phrase
            out.append(Quote(body, name, speaker.key if speaker else None, i, True,
                             s.start + q.start(), s.start + q.end(), inferred))  # fmt: skip
        indirect = None if quotes else _INDIRECT.search(s.text)
        if indirect:
            who = _speaker_in(s.start + indirect.start("who"), s.start + indirect.end("who"), ms, False, places=False)
            if who is not None or _PRONOUN.match(indirect.group("who").strip()):
                inferred = who is None
                who = who or last_speaker
                what = indirect.group("what").strip().rstrip(".")
                out.append(Quote(what, who.name if who else None, who.key if who else None, i, False,
                                 s.start + indirect.start("what"), s.end, inferred))  # fmt: skip
                last_speaker = who or last_speaker
        elif not quotes and any(x.type == "PER" for x in ms):
            last_speaker = [x for x in ms if x.type == "PER"][-1]
    return out


def _titled(phrase: str, titled: Sequence[tuple[str, Mention]]) -> Mention | None:
    """The person the article named last with ``phrase`` as a title just before the name
    ("Menteri Sosial (Mensos) Saifullah Yusuf" for "kata Mensos", "Kapolres Bogor AKBP Rio" for
    "ujar Kapolres kepada wartawan"): the phrase's first one to three words, capitalised."""
    words = phrase.split()
    if not words or not words[0][:1].isupper():
        return None
    for n in range(min(3, len(words)), 0, -1):  # "Kapolres kepada wartawan": the title first
        key = re.compile(rf"(?<!\w){re.escape(' '.join(words[:n]).casefold())}(?!\w)")
        found = next((m for before, m in reversed(titled) if key.search(before)), None)
        if found is not None:
            return found
    return None


def _resolve(
    s: Sentence, q: re.Match[str], ms: Sequence[Mention], last_speaker: Mention | None
) -> tuple[Mention | None, str | None, bool]:
    """(speaker, phrase when no entity names it, whether the speaker is carried over)"""
    after = s.text[q.end() :]
    m = _AFTER_QUOTE.match(after)
    if m:
        who_text = m.group("who").strip()
        if _PRONOUN.match(m.group("verb")) or not who_text or re.match(r"(?i)^(?:dia|ia|beliau|he|she)\b", who_text):
            return last_speaker, None, True
        who = _CITED.split(m.group("who"))[0]  # not the agency an outlet quotes it from
        start = s.start + q.end() + m.start("who")
        found = _speaker_in(start, start + len(who), ms, last=False, sentence=s)
        if not found and _STATEMENT_VERB.match(m.group("verb")):
            return last_speaker, None, True  # "demikian keterangan tertulis yang diterima wartawan"
        return (found, None, False) if found else (None, _phrase(who), False)
    m = _AFTER_QUOTE_EN.match(after)
    if m:
        if _PRONOUN_WHO.match(m.group("who")):
            return last_speaker, None, True  # '"...," Ia menambahkan.'
        start = s.start + q.end() + m.start("who")
        found = _speaker_in(start, start + len(m.group("who")), ms, last=False)
        return (found, None, False) if found else (None, m.group("who"), False)
    before = s.text[: q.start()]
    m = _INTRO.search(before)
    if m:
        found = _speaker_in(s.start, s.start + m.end("who"), ms, last=False)
        if found:
            return found, None, False
        if re.match(r"(?i)^\s*(?:dia|ia|beliau|pihaknya|he|she|they)\b", m.group("who")):
            return last_speaker, None, True
        return None, _phrase(m.group("who")), False
    m = _MENURUT.search(before)
    if m:
        found = _speaker_in(s.start + m.start("who"), s.start + m.end("who"), ms, last=False)
        return (found, None, False) if found else (None, _phrase(m.group("who")), False)
    # No verb in this sentence: the quote continues the speaker introduced just before.
    return last_speaker, None, True


def _phrase(text: str) -> str | None:
    words = text.strip(" ,.").split()
    return " ".join(words[:5]) if words else None
