"""Names on real scraped Indonesian news: the NER scored on hand-labelled sentences of id-news-2025.

The NER corpora's test splits are clean, tokenised text; articles reach the tagger after
scraping and cleaning, with glued words and page furniture. Labels (guideline
docs/ner-labelling.md) keep no text: a page's URL, a hash of one of its sentences as lintas cleans
it, and character offsets. Each page is read from ``../shared`` and cleaned as lintas does today;
a sentence whose hash is no longer found is counted apart, never scored as wrong.

Two readings are scored with exact spans and kinds (PER, ORG, LOC): the tagger alone (its BIO
spans), and the mentions the product reports (``analyse_article``: the tagger, the role and
gazetteer rules, then the names linked across the article).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lintas.evaluation.ner import PRF
from lintas.evaluation.stories import labelled_records

KINDS = frozenset({"PER", "ORG", "LOC"})
Span = tuple[int, int, str]


def sentence_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class StreamLabel:
    url: str
    sentence: str  # sentence_hash of the sentence's text
    part: str
    entities: frozenset[Span]


@dataclass
class StreamScore:
    tagger: PRF
    mentions: PRF
    sentences: int
    not_found: int  # labelled sentences today's cleaning no longer yields


def load_labels(path: str | Path) -> list[StreamLabel]:
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            spans = frozenset((int(b), int(e), str(k)) for b, e, k in r["entities"])
            out.append(StreamLabel(r["url"], r["sentence"], r["part"], spans))
    return out


def span_prf(pairs: Iterable[tuple[frozenset[Span] | set[Span], set[Span]]]) -> PRF:
    """Exact-span precision/recall/F1 over (gold, found) pairs, one pair a sentence."""
    tp = fp = fn = 0
    for gold, got in pairs:
        tp += len(gold & got)
        fp += len(got - gold)
        fn += len(gold - got)
    return PRF.of(tp, fp, fn)


def score_stream(records_path: str | Path, labels: list[StreamLabel], part: str) -> StreamScore:
    """Score the labels of one part (``dev`` or ``heldout``) against today's cleaning and tagger."""
    from lintas.analyse import analyse_article
    from lintas.analyse.ner import tag, tokenize
    from lintas.evaluation.ner import spans as bio_spans
    from lintas.model import Article
    from lintas.pipeline import build_articles
    from lintas.read.records import record_to_document

    chosen = [lab for lab in labels if lab.part == part]
    records = labelled_records(records_path, {lab.url for lab in chosen})
    built = build_articles([record_to_document(r, r["url"], "utf-8") for r in records])
    sentences = {}
    reported_in: dict[tuple[str, int], set[Span]] = {}  # (url, sentence index) -> mentions lintas reports
    for r, article in zip(records, built, strict=True):
        if isinstance(article, Article):
            for k, one in enumerate(article.sentences):
                sentences[(r["url"], sentence_hash(one.text))] = (k, one)
            for m in analyse_article(article, entities_only=True).mentions:
                if m.type in KINDS:
                    start = article.sentences[m.sentence].start
                    reported_in.setdefault((r["url"], m.sentence), set()).add((m.start - start, m.end - start, m.type))
    tagged: list[tuple[frozenset[Span], set[Span]]] = []
    reported: list[tuple[frozenset[Span], set[Span]]] = []
    missing = 0
    for lab in chosen:
        found = sentences.get((lab.url, lab.sentence))
        if found is None:
            missing += 1
            continue
        index, s = found
        toks = tokenize(s.text)
        got = {(toks[b][1], toks[e - 1][2], k) for b, e, k in bio_spans(tag([t[0] for t in toks])) if k in KINDS}
        tagged.append((lab.entities, got))
        reported.append((lab.entities, reported_in.get((lab.url, index), set())))
    return StreamScore(span_prf(tagged), span_prf(reported), len(tagged), missing)
