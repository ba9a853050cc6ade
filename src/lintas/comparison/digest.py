"""An extractive digest: agreed facts first, then each contradiction stated neutrally.

Sentences are copied from the articles, or composed by lintas only from the values of cited
claims ("Outlets differ on the death toll: at least 12 (KabarNusa.id); 14 (Warta Priangan)").
"""

from __future__ import annotations

from typing import Any

from lintas import _words as words
from lintas.analyse import Analysis
from lintas.comparison.model import DigestSentence, Discrepancy, Source, Story
from lintas.settings import DIGEST_MAX_FACTS, DIGEST_MAX_SINGLE


def _structure(d: Discrepancy, by_id: dict[str, Analysis]) -> dict[str, Any]:
    """The discrepancy's language-free form, an article without an outlet named by its title."""
    out = d.structure()
    for c in out["claims"]:
        c["outlet"] = c["outlet"] or by_id[c["article"]].article.title or c["article"]
    return out


def said_once(discrepancies: list[Discrepancy]) -> list[Discrepancy]:
    """One discrepancy per thing differed on: the death toll's several pairings (headline
    figures, a restated toll) become one, with each outlet's value once."""
    merged: dict[tuple[str, str, str | None], Discrepancy] = {}
    for d in discrepancies:
        # Times and dates of different steps (the call, the death) share one wording: not merged.
        subject = None if d.topic in words.PERIOD_TOPICS else d.subject  # a period is derived, not a claim
        key = (d.kind, d.topic, subject) if d.kind in ("number", "name") else (d.kind, str(id(d)), None)
        if key not in merged:
            merged[key] = Discrepancy(d.kind, d.topic, list(d.claims), d.compatible, d.subject, d.note_key, d.latest)
            continue
        into = merged[key]
        seen = {(c.outlet or c.article, str(c.value)) for c in into.claims}
        into.claims.extend(c for c in d.claims if (c.outlet or c.article, str(c.value)) not in seen)
        into.compatible = into.compatible and d.compatible
        if into.note_key is None:
            into.note_key, into.latest = d.note_key, d.latest
    return list(merged.values())


def digest(story: Story, by_id: dict[str, Analysis]) -> list[DigestSentence]:
    out: list[DigestSentence] = []
    agreed = [f for f in story.facts if f.status == "agreed"][:DIGEST_MAX_FACTS]
    for f in sorted(agreed, key=lambda f: (f.sources[0].article, f.sources[0].sentence)):
        out.append(DigestSentence(f.text, tuple(Source(s.article, s.sentence) for s in f.sources)))
    for d in said_once(story.discrepancies):
        sources = tuple(dict.fromkeys(Source(c.article, c.sentence) for c in d.claims))
        structure = _structure(d, by_id)
        out.append(DigestSentence(words.describe(structure, "en"), sources, composed=True, discrepancy=structure))
    if not agreed:  # one outlet only, or nothing aligned: lead with what the sources say
        singles = [f for f in story.facts if f.status == "single"][:DIGEST_MAX_SINGLE]
        singles.sort(key=lambda f: (f.sources[0].article, f.sources[0].sentence))
        lead = [DigestSentence(f.text, tuple(Source(s.article, s.sentence) for s in f.sources)) for f in singles]
        out[:0] = lead
    return out
