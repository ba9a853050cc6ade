"""Recall and precision of number discrepancies on figures planted in real English news.

From gva-news, incidents where two or more independent articles state the gold killed (or
injured) count are compared as one story each. In half the stories (chosen by incident) one
article's count is edited (seeded; written as digits or as words), where two outlets state it
(between two versions of one outlet a difference is an update trail, which lintas does not
report): half the edits by +-1 or +-2, half by 10-50% of the count (at least 1). A planted
difference is found when a new number discrepancy holds the edited article's figure with the
edited value; every other discrepancy with a pair of differing figures that no discrepancy held
before the edit is a false one. Discrepancies between the unedited articles are kept, keyed by
``real_key``, to be scored against hand labels (some are real: an early report, a corrected
count; some are not).

Two parts: ``tuning`` is what the number settings were tuned on (the first TUNING_PREFIX
incidents of the seed-7 shuffle, which the 400-incident seed-7 run never reads past);
``heldout`` is every other incident, shuffled by ``seed``. The gate scores ``heldout``.
Shared by benchmarks/gva_discrepancies.py and the quality gate test.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lintas.analyse import Analysis, analyse_article
from lintas.analyse.numbers import UNITS_EN
from lintas.analyse.quantities import Quantity
from lintas.comparison.align import SentenceIndex
from lintas.comparison.discrepancies import figure_period, furniture
from lintas.comparison.model import Discrepancy
from lintas.comparison.story import build_story, outlet_key
from lintas.group import find_copies
from lintas.model import Document, Hints, Sentence
from lintas.pipeline import extract_documents

COUNTED = {"deaths": "killed", "injured": "injured"}
WORDS = {v: k for k, v in UNITS_EN.items() if k not in ("a", "dozen") and v <= 20}


@dataclass
class PlantedScore:
    stories: int = 0
    edited: int = 0
    found: int = 0
    new_false: int = 0
    unedited_with_discrepancy: int = 0
    # (incident label, discrepancy, sentences of the story's articles by article id)
    real: list[tuple[str, Discrepancy, dict[str, Sequence[Sentence]]]] = field(default_factory=list)
    real_keys: list[str] = field(default_factory=list)  # real_key of each of ``real``

    @property
    def recall(self) -> float:
        return self.found / self.edited if self.edited else 0.0

    @property
    def precision(self) -> float:
        return self.found / (self.found + self.new_false) if self.found + self.new_false else 0.0


TUNING_SEED = 7
TUNING_PREFIX = 1200  # the seed-7 run of 400 incidents loads ids[: 3 * 400] and no more


def _load(
    data: Path, limit: int, rng: random.Random, part: str
) -> list[tuple[dict[str, object], list[dict[str, str]]]]:
    gold = {}
    with (data / "incidents.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            gold[rec["incident"]] = rec
    by_incident: dict[str, list[dict[str, str]]] = defaultdict(list)
    with (data / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["incident"] in gold and len(rec["text"]) > 300:
                by_incident[rec["incident"]].append(rec)
    ids = sorted(i for i, arts in by_incident.items() if len(arts) >= 2)
    order = list(ids)
    random.Random(TUNING_SEED).shuffle(order)
    tuning = set(order[:TUNING_PREFIX])
    if part not in ("tuning", "heldout"):
        raise ValueError(f"part must be 'tuning' or 'heldout', not {part!r}")
    rng.shuffle(ids)  # with seed 7 and part 'tuning', the very order the settings were tuned on
    ids = [i for i in ids if (i in tuning) == (part == "tuning")]
    return [(gold[i], by_incident[i]) for i in ids[: limit * 3]]


def _analyse(records: list[dict[str, str]], incident: str) -> list[Analysis]:
    docs = [
        Document(
            f"{incident}:{k}",
            r["text"],
            "text",
            "utf-8",
            Hints(title=r["title"], published=r["published"], language="en", url=r["url"]),
        )
        for k, r in enumerate(records)
    ]
    return [analyse_article(a) for a in extract_documents(docs).articles]


def _stating(analyses: list[Analysis], gold: dict[str, object]) -> list[tuple[Analysis, str]]:
    """(article, counted) pairs where the article states the gold count of that thing, for the
    counted things that at least two independent articles state (so an edit makes them differ)."""
    copies = {c.article for c in find_copies([a.article for a in analyses])}
    out: list[tuple[Analysis, str]] = []
    for counted in COUNTED:
        agree = [an for an in analyses if an.article.id not in copies and _about_incident(an, counted, gold)]
        if len(agree) >= 2:
            out.extend((an, counted) for an in agree)
    return out


def _plantable(stating: list[tuple[Analysis, str]]) -> list[tuple[Analysis, str]]:
    """Where an edit makes outlets differ: a counted thing that two outlets state. Two versions
    of one outlet are its update trail, no contradiction, and lintas does not report them."""
    outlets: dict[str, set[str]] = defaultdict(set)
    for an, counted in stating:
        outlets[counted].add(outlet_key(an))
    return [(an, counted) for an, counted in stating if len(outlets[counted]) >= 2]


def _about_incident(an: Analysis, counted: str, gold: dict[str, object]) -> list[Quantity]:
    """The article's figures that state the gold count, except those in a sentence dated in an
    other month than the incident ("a memorial for two other teenagers slain in May 2011") and
    those in page furniture (never compared: an edit there measures nothing)."""
    month = str(gold["date"])[:7]
    out: list[Quantity] = []
    for q in an.quantities:
        if q.counted == counted and q.value == gold[COUNTED[counted]] and not furniture(an, q.sentence):
            period = figure_period(q, an.dates, an.article.published)
            if period is None or period.startswith("~") or month.startswith(period) or period.startswith(month):
                out.append(q)
    return out


def _story_discrepancies(analyses: list[Analysis]) -> list[Discrepancy]:
    copies = find_copies([a.article for a in analyses])
    story = build_story(analyses, copies, SentenceIndex.build(analyses))
    return [
        d
        for d in story.discrepancies
        if d.kind == "number" and d.about.split(" (")[0] in ("death toll", "number of injured")
    ]


def real_key(incident: str, d: Discrepancy, sentences: dict[str, Sequence[Sentence]], urls: dict[str, str]) -> str:
    """A stable name of a discrepancy between unedited articles, for hand labels: the incident
    and each claim's article URL, sentence hash and value (no article text)."""
    parts = sorted(
        f"{urls[c.article]}|{hashlib.sha1(sentences[c.article][c.sentence].text.encode()).hexdigest()[:10]}|{c.value}"
        for c in d.claims
    )
    return hashlib.sha1("\n".join([incident, *parts]).encode()).hexdigest()[:16]


def _edit(rng: random.Random, original: int) -> int:
    """A planted figure: +-1/2 (an early or corrected report) or 10-50% off (a misread)."""
    if rng.random() < 0.5:
        step = rng.choice([-2, -1, 1, 2])
    else:
        step = max(1, round(original * rng.uniform(0.1, 0.5))) * rng.choice([-1, 1])
    new = max(0, original + step)
    return original + 1 if new == original else new


def _differences(d: Discrepancy, inputs: dict[str, str]) -> set[frozenset[tuple[str, object]]]:
    """The pairs of (input, value) of a discrepancy that differ in value, by input (not article
    id: an edit changes the edited article's id, and may move its sentence boundaries). After an
    edit a discrepancy may regroup figures that differed before (a third figure joins the pair):
    it is new only with a pair that is new."""
    claims = [(inputs[c.article], c.value) for c in d.claims]
    return {frozenset((a, b)) for k, a in enumerate(claims) for b in claims[k + 1 :] if a[1] != b[1]}


def _untouched(seed: int, incident: str) -> bool:
    """Half the stories stay unedited; which half depends on the incident alone, so that two
    versions of the code that keep different story lists still edit the same stories."""
    return hashlib.sha256(f"{seed}:{incident}:untouched".encode()).digest()[0] % 2 == 1


def planted_discrepancies(
    data: Path,
    incidents: int = 400,
    seed: int = TUNING_SEED,
    log: Callable[[str], None] | None = None,
    part: str = "tuning",
    edit_all: bool = False,
) -> PlantedScore:
    """Score ``incidents`` stories of one part of gva-news; ``log`` receives a line per missed edit.
    ``edit_all``: plant an edit in every story (the small held-out part needs them all), not in
    half of them."""
    rng = random.Random(seed)
    stories = []
    for gold, records in _load(data, incidents, rng, part):
        analyses = _analyse(records, str(gold["incident"]))
        stating = _stating(analyses, gold)
        if len(analyses) >= 2 and stating:
            stories.append((gold, records, analyses, stating))
        if len(stories) >= incidents:
            break
    score = PlantedScore(stories=len(stories))
    for gold, records, analyses, stating in stories:
        before = _story_discrepancies(analyses)
        if before:
            score.unedited_with_discrepancy += 1
            sentences: dict[str, Sequence[Sentence]] = {a.article.id: a.article.sentences for a in analyses}
            label = f"{gold['incident']} (gold killed {gold['killed']}, injured {gold['injured']})"
            score.real.extend((label, d, sentences) for d in before)
            urls = {a.article.id: records[int(a.article.input.rsplit(":", 1)[1])]["url"] for a in analyses}
            score.real_keys.extend(real_key(str(gold["incident"]), d, sentences, urls) for d in before)
        if not edit_all and _untouched(seed, str(gold["incident"])):
            continue  # untouched half, chosen by incident: a story that drops out flips no other
        plantable = _plantable(stating)
        if not plantable:
            continue  # one outlet states the figure: nothing to plant
        # Each story's edit has its own seed: a change in what another story's articles state
        # leaves this one's edit as it was, and two versions of the code meet the same edits.
        edit_rng = random.Random(f"{seed}:{gold['incident']}")
        an, counted = edit_rng.choice(plantable)
        q = edit_rng.choice(_about_incident(an, counted, gold))
        original = int(q.value)
        new = _edit(edit_rng, original)
        surface = an.article.text[q.start : q.end]
        m = re.search(r"\d+(?:,\d{3})*|\b(?:" + "|".join(sorted(WORDS.values(), key=len, reverse=True)) + r")\b",
                      surface, re.I)  # fmt: skip
        if m is None:
            continue
        written = m.group()
        if (int(written.replace(",", "")) if written[0].isdigit() else UNITS_EN.get(written.lower())) != original:
            continue  # a figure the text does not write as such ("he and four others" counts five)
        replacement = WORDS[new] if edit_rng.random() < 0.5 and new in WORDS else str(new)
        at = q.start + m.start()
        k = int(an.article.input.rsplit(":", 1)[1])
        records = [dict(r) for r in records]
        records[k]["text"] = an.article.text[:at] + replacement + an.article.text[q.start + m.end() :]
        after_analyses = _analyse(records, str(gold["incident"]))
        after = _story_discrepancies(after_analyses)
        score.edited += 1
        inputs = {a.article.id: a.article.input for a in [*analyses, *after_analyses]}
        old_pairs = {p for d in before for p in _differences(d, inputs)}
        edited = after_analyses[[a.article.input for a in after_analyses].index(an.article.input)]
        found = False
        for d in after:
            if _differences(d, inputs) <= old_pairs:
                continue  # only regroups differences reported before the edit
            if any(c.article == edited.article.id and c.value == new for c in d.claims):
                found = True
            else:
                score.new_false += 1
                if log:
                    log(f"FALSE {gold['incident']} {d.about}: {[(c.value, c.text) for c in d.claims]}")
        score.found += found
        if not found and log:
            s = next(i for i, x in enumerate(edited.article.sentences) if x.end > at)
            log(f"MISS {gold['incident']} {counted} {original}->{replacement} edit={k}:{at}:{m.end() - m.start()}"
                f" | {edited.article.sentences[s].text[:200]}")  # fmt: skip
    return score


def load_discrepancy_labels(path: Path) -> dict[str, bool]:
    """Hand labels of discrepancies between unedited articles (docs/discrepancy-labelling.md)."""
    with path.open(encoding="utf-8") as f:
        return {rec["key"]: rec["label"] == "true" for rec in map(json.loads, f) if rec}


def unedited_precision(score: PlantedScore, labels: dict[str, bool]) -> tuple[int, int, int]:
    """(labelled true, labelled at all, reported) over the discrepancies between unedited
    articles; a reported one without a label counts as false."""
    true = sum(labels.get(k, False) for k in score.real_keys)
    known = sum(k in labels for k in score.real_keys)
    return true, known, len(score.real_keys)
