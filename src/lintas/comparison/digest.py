"""An extractive digest: agreed facts first, then each contradiction stated neutrally.

Sentences are copied from the articles, or composed by lintas only from the values of cited
claims ("Outlets differ on the death toll: at least 12 (KabarNusa.id); 14 (Warta Priangan)").
"""

from __future__ import annotations

from lintas.analyse import Analysis
from lintas.comparison.model import Claim, DigestSentence, Discrepancy, Source, Story
from lintas.settings import DIGEST_MAX_FACTS, DIGEST_MAX_SINGLE

_QUALIFIER_WORDS = {"at_least": "at least", "more_than": "more than", "at_most": "at most",
                    "less_than": "less than", "about": "about"}  # fmt: skip


def _claim_words(c: Claim, by_id: dict[str, Analysis]) -> str:
    outlet = c.outlet or by_id[c.article].article.title or c.article
    if isinstance(c.value, (int, float)) and c.qualifier in _QUALIFIER_WORDS:
        return f"{_QUALIFIER_WORDS[c.qualifier]} {c.value} ({outlet})"
    return f"{c.value} ({outlet})"


def describe(d: Discrepancy, by_id: dict[str, Analysis]) -> str:
    """A neutral sentence built only from the discrepancy's claims."""
    parts = "; ".join(_claim_words(c, by_id) for c in d.claims)
    if d.kind == "attribution":
        return f"Outlets attribute the same words to different speakers: {parts}."
    if d.kind == "quote":
        return f"Outlets quote {d.about.removeprefix('words of ')} differently."
    topic = d.about.split(" (")[0]  # the period in brackets is derived, not a claim value
    text = f"Outlets differ on the {topic}: {parts}."
    if d.compatible:
        text += " The figures can all hold together."
    if d.note:
        text += f" {d.note}"
    return text


def said_once(discrepancies: list[Discrepancy]) -> list[Discrepancy]:
    """One discrepancy per thing differed on: the death toll's several pairings (headline
    figures, a restated toll) become one, with each outlet's value once."""
    merged: dict[tuple[str, str], Discrepancy] = {}
    for d in discrepancies:
        # Times and dates of different steps (the call, the death) share one wording: not merged.
        key = (d.kind, d.about.split(" (")[0]) if d.kind in ("number", "name") else (d.kind, str(id(d)))
        if key not in merged:
            merged[key] = Discrepancy(d.kind, d.about, list(d.claims), d.compatible, d.note, d.latest)
            continue
        into = merged[key]
        seen = {(c.outlet or c.article, str(c.value)) for c in into.claims}
        into.claims.extend(c for c in d.claims if (c.outlet or c.article, str(c.value)) not in seen)
        into.compatible = into.compatible and d.compatible
        into.note = into.note or d.note
    return list(merged.values())


def digest(story: Story, by_id: dict[str, Analysis]) -> list[DigestSentence]:
    out: list[DigestSentence] = []
    agreed = [f for f in story.facts if f.status == "agreed"][:DIGEST_MAX_FACTS]
    for f in sorted(agreed, key=lambda f: (f.sources[0].article, f.sources[0].sentence)):
        out.append(DigestSentence(f.text, tuple(Source(s.article, s.sentence) for s in f.sources)))
    for d in said_once(story.discrepancies):
        sources = tuple(dict.fromkeys(Source(c.article, c.sentence) for c in d.claims))
        out.append(DigestSentence(describe(d, by_id), sources, composed=True))
    if not agreed:  # one outlet only, or nothing aligned: lead with what the sources say
        singles = [f for f in story.facts if f.status == "single"][:DIGEST_MAX_SINGLE]
        singles.sort(key=lambda f: (f.sources[0].article, f.sources[0].sentence))
        lead = [DigestSentence(f.text, tuple(Source(s.article, s.sentence) for s in f.sources)) for f in singles]
        out[:0] = lead
    return out
