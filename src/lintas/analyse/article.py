"""Analysis of one article: entities, quantities, dates, quotes, with sentence provenance."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from lintas.analyse.dates import DateMention, find_dates
from lintas.analyse.entities import (
    Entity,
    Mention,
    group_entities,
    link_mentions,
    repeat_names,
    sentence_mentions,
    sentence_tags,
)
from lintas.analyse.quantities import Quantity, find_quantities
from lintas.analyse.quotes import Quote, find_quotes
from lintas.model import Article


@dataclass(frozen=True, slots=True)
class Analysis:
    """An article with its annotations. Every offset indexes ``article.text``; every item
    carries the index of the sentence it came from."""

    article: Article
    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[DateMention, ...]
    quotes: tuple[Quote, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.article.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "mentions": [m.to_dict() for m in self.mentions],
            "quantities": [q.to_dict() for q in self.quantities],
            "dates": [d.to_dict() for d in self.dates],
            "quotes": [q.to_dict() for q in self.quotes],
        }


def analyse_article(article: Article, *, entities_only: bool = False) -> Analysis:
    """Annotate one extracted article. Pure: same article in, same analysis out.

    ``entities_only``: names without quantities, dates and quotes, for corpus clustering, which
    needs only the names (reports analyse the stored article again, in full)."""
    sentences = article.sentences
    mentions: list[Mention] = []
    quantities: list[Quantity] = []
    dates: list[DateMention] = []
    decimal_comma = article.language != "en"
    tags = sentence_tags(sentences, article.language)
    for i, s in enumerate(sentences):
        mentions.extend(sentence_mentions(s, i, tags[i]))
        if entities_only:
            continue
        for q in find_quantities(s.text, decimal_comma=decimal_comma):
            quantities.append(replace(q, start=s.start + q.start, end=s.start + q.end, sentence=i))
        for d in find_dates(s.text, article.published):
            dates.append(replace(d, start=s.start + d.start, end=s.start + d.end, sentence=i))
    linked = link_mentions(repeat_names(sentences, mentions))
    quotes = [] if entities_only else find_quotes(sentences, linked)
    return Analysis(
        article=article,
        mentions=tuple(linked),
        entities=tuple(group_entities(linked)),
        quantities=tuple(quantities),
        dates=tuple(dates),
        quotes=tuple(quotes),
    )
