"""One story's comparison: facts, discrepancies, entities, quotes, timeline and digest."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from lintas.analyse import Analysis
from lintas.analyse.gazetteer import fold
from lintas.analyse.sentences import dateline_end
from lintas.comparison.align import SentenceIndex, align
from lintas.comparison.digest import digest
from lintas.comparison.discrepancies import number_discrepancies
from lintas.comparison.model import Discrepancy, Fact, Source, Story, StoryEntity, StoryQuote, TimelineEntry
from lintas.comparison.people import age_discrepancies, described_age_discrepancies, name_discrepancies
from lintas.comparison.places import place_discrepancies, street_spellings
from lintas.comparison.quotes import quote_discrepancies
from lintas.comparison.times import apart_by_days, date_discrepancies, span_discrepancies, time_discrepancies
from lintas.group import Copy
from lintas.metadata.outlet import from_url


def story_id(article_ids: Sequence[str]) -> str:
    """Stable: the same set of articles always makes the same story id."""
    return hashlib.sha1("|".join(sorted(article_ids)).encode()).hexdigest()[:12]


def _outlet(an: Analysis) -> str:
    return an.article.outlet or an.article.id


_FIGURE = re.compile(r"(?<![\w.])\d")  # a date or figure, not the digit of a name ("Liputan6.com")


def shown(an: Analysis, sentence: int) -> str:
    """A sentence as a fact shows it: the lead without the dateline before it ("TEMPO.CO,
    Jakarta- Kementerian ..." is shown from "Kementerian")."""
    text = an.article.sentences[sentence].text
    end = dateline_end(text) if sentence == 0 else 0
    if _FIGURE.search(text[:end]):
        return text  # "Jakarta, Senin (16/6) -": the dateline holds the date or a figure the sentence is cited for
    return text[end:]


def outlet_key(an: Analysis) -> str:
    """Who published the article, for telling outlets apart: the site of its URL before any
    name it gives itself ("CBS SF" and sanfrancisco.cbslocal.com are one)."""
    a = an.article
    return (from_url(a.url) if a.url else None) or fold(a.outlet or "") or a.id


def between_outlets(d: Discrepancy, outlet_of: dict[str, str]) -> bool:
    """Whether two outlets disagree: an outlet against itself (an update, a rewrite) is its update
    trail, not a contradiction."""
    return any(
        a.value != b.value and outlet_of[a.article] != outlet_of[b.article]
        for k, a in enumerate(d.claims)
        for b in d.claims[k + 1 :]
    )


def _values_agree(group: Sequence[tuple[str, int]], by_id: dict[str, Analysis], outlet_of: dict[str, str]) -> bool:
    """Whether aligned sentences of different outlets give one value for each thing they count:
    "$137 million" and "$108 million" in sentences that align are no agreed fact."""
    values: dict[tuple[str, str], dict[str, set[float]]] = defaultdict(lambda: defaultdict(set))
    for article_id, sentence in group:
        for q in by_id[article_id].quantities:
            if q.sentence == sentence and (q.counted or q.unit):
                values[q.counted or "", q.unit or ""][outlet_of[article_id]].add(q.value)
    return not any(
        a != b and not va & vb
        for by_outlet in values.values()
        for a, va in by_outlet.items()
        for b, vb in by_outlet.items()
    )


def _slip(d: Discrepancy) -> tuple[frozenset[str], frozenset[str]]:
    """The words a spelling discrepancy's values differ in, and the words they share."""
    words = [set(fold(str(c.value)).split()) for c in d.claims]
    shared = set.intersection(*words) if words else set()
    return frozenset(set().union(*words) - shared), frozenset(shared)


def _same_slip(d: Discrepancy, e: Discrepancy) -> bool:
    """One spelling told twice: "Killiam Road NE" / "Kiliam Road NE" (a place's name) and
    "Killiam Road" / "Kiliam Road" (the street) differ in the same word of one name."""
    if d.kind != "name" or d.topic != "spelling":
        return False
    (differ, shared), (differ_e, shared_e) = _slip(d), _slip(e)
    return bool(differ) and differ == differ_e and (shared <= shared_e or shared_e <= shared)


def build_story(members: Sequence[Analysis], copies: Sequence[Copy], index: SentenceIndex) -> Story:
    """Compare the articles of one story. Copies are listed but never counted as sources."""
    copy_ids = {c.article for c in copies}
    independent = [an for an in members if an.article.id not in copy_ids] or list(members[:1])
    groups = align(independent, index)
    by_id = {an.article.id: an for an in members}

    outlet_of = {an.article.id: outlet_key(an) for an in members}
    on_days = apart_by_days(independent)
    found = [
        *number_discrepancies(independent, index, on_days),
        *time_discrepancies(independent, index, on_days),
        *date_discrepancies(independent, groups),
        *span_discrepancies(independent, outlet_key),
        *quote_discrepancies(independent),
        *name_discrepancies(independent, outlet_key, lexicon=members),
        *age_discrepancies(independent, outlet_key),
        *described_age_discrepancies(independent, index, outlet_key),
        *place_discrepancies(independent, outlet_key),
        *street_spellings(independent, outlet_key),
    ]

    def said(d: Discrepancy) -> set[tuple[str, str, str]]:
        return {(c.article, by_id[c.article].article.sentences[c.sentence].text, str(c.value)) for c in d.claims}

    # A span's start told in aligned sentences is found twice, and a sentence an article prints
    # twice gives its figure twice: once is enough.
    kept: list[tuple[Discrepancy, set[tuple[str, str, str]]]] = []
    for d in found:
        keys = said(d)
        if not between_outlets(d, outlet_of) or any(
            e.kind == d.kind and e.topic == d.topic and keys <= told for e, told in kept
        ):
            continue
        twin = next((e for e, _ in kept if e.kind == d.kind and e.topic == d.topic and _same_slip(d, e)), None)
        if twin is not None:  # one slip told once, with every article that makes it
            seen = {(c.article, c.sentence) for c in twin.claims}
            twin.claims.extend(c for c in d.claims if (c.article, c.sentence) not in seen)
        else:
            kept.append((d, keys))
    discrepancies = [d for d, _ in kept]
    # A pair that can all hold ("145" and "at least 144") is no dispute: its sentences are not marked so.
    disputed = {(c.article, c.sentence) for d in discrepancies if not d.compatible for c in d.claims}
    facts: list[Fact] = []
    for k, group in enumerate(groups):
        sources = [Source(aid, s, shown(by_id[aid], s)) for aid, s in group]
        outlets = sorted({_outlet(by_id[aid]) for aid, _ in group})
        status = (
            "disputed"
            if any(n in disputed for n in group) or not _values_agree(group, by_id, outlet_of)
            else "agreed"
            if len(outlets) >= 2
            else "single"
        )
        facts.append(Fact(f"f{k + 1}", sources[0].text, status, sources, outlets))
    rank = {"agreed": 0, "disputed": 1, "single": 2}
    facts.sort(key=lambda f: (rank[f.status], -len(f.sources), int(f.id[1:])))

    lead = max(independent, key=lambda an: (len(an.article.text), an.article.id))
    story = Story(
        id=story_id([an.article.id for an in members]),
        title=lead.article.title or shown(lead, 0)[:120],
        articles=[an.article.id for an in members],
        copies=[c.to_dict() for c in copies],
        entities=merge_entities(members),
        facts=facts,
        discrepancies=discrepancies,
        quotes=[
            StoryQuote(q.speaker, q.text, an.article.id, q.sentence, q.direct, q.speaker_id)
            for an in independent
            for q in an.quotes
        ],
        timeline=timeline(independent, groups),
        digest=[],
        outlets=sorted({_outlet(an) for an in members}),
        independent_sources=len({_outlet(an) for an in independent}),
    )
    story.digest = digest(story, by_id)
    return story


def merge_entities(members: Sequence[Analysis]) -> list[StoryEntity]:
    """One entry per entity across the story; names equal once folded merge whatever the type."""
    keys: dict[str, str] = {}  # folded name -> merged key
    merged: dict[str, StoryEntity] = {}
    types: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for an in members:
        for e in an.entities:
            key = keys.setdefault(e.key.split(":", 1)[1], e.key)
            entry = merged.get(key)
            if entry is None:
                entry = merged[key] = StoryEntity(key, e.name, e.type, [], {})
            entry.mentions[an.article.id] = entry.mentions.get(an.article.id, 0) + len(e.mentions)
            types[key][e.type] += len(e.mentions)
            names[key][e.name] += len(e.mentions)
            for form in (e.name, *e.aliases):
                if form not in entry.aliases:
                    entry.aliases.append(form)
            entry.roles.extend(r for r in e.roles if r not in entry.roles)
    out: list[StoryEntity] = []
    for key, entry in merged.items():
        entry.type = types[key].most_common(1)[0][0]
        # The spelling most used, diacritics first among equals ("Sébastien" over "Sebastien").
        entry.name = max(names[key], key=lambda n: (names[key][n], sum(ord(ch) > 127 for ch in n), n))
        entry.id = f"{entry.type.lower()}:{key.split(':', 1)[1]}"
        entry.aliases = [a for a in entry.aliases if a != entry.name]
        out.append(entry)
    return sorted(out, key=lambda e: (-sum(e.mentions.values()), fold(e.name)))


def timeline(independent: Sequence[Analysis], groups: Sequence[Sequence[tuple[str, int]]]) -> list[TimelineEntry]:
    """Dated statements in date order; aligned sentences with the same date make one entry."""
    fact_of = {node: k for k, g in enumerate(groups) for node in g}
    entries: dict[tuple[str, int], list[Source]] = defaultdict(list)
    for an in independent:
        for d in an.dates:
            if not d.value or d.value.startswith(("--", "T")) or d.granularity == "week":
                continue
            date = d.value[:10]
            key = (date, fact_of.get((an.article.id, d.sentence), -1))
            src = Source(an.article.id, d.sentence, shown(an, d.sentence))
            if src not in entries[key]:
                entries[key].append(src)
    out = [TimelineEntry(date, sources[0].text, tuple(sources)) for (date, _), sources in entries.items()]
    return sorted(out, key=lambda t: (t.date, -len(t.sources)))
