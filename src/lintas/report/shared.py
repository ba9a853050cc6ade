"""Why articles are one story: the people, places and organisations several of them name, the
days they were published, and the words their titles share. Read from the report's JSON, so the
HTML report and the web page say the same."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from lintas._lexicon import stop_words

_WORD = re.compile(r"[^\W\d_][\w'-]{2,}")
MAX_SHOWN = 8  # names or words shown per line


def is_content_word(word: str) -> bool:
    """Three letters or more, and no stop word of Indonesian or English."""
    letters = sum(ch.isalpha() for ch in word)
    return letters >= 3 and word.lower().strip("'’") not in stop_words() and "'" not in word[-2:]


def what_they_share(story: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> dict[str, list[str]]:
    """``{"people": [...], "places": [...], "organisations": [...], "days": [...], "words": [...]}``:
    names at least two of the story's articles give (most articles first), the publication days,
    and title words at least two titles hold. Empty for a story of one article."""
    ids: Sequence[str] = story["articles"]
    if len(ids) < 2:
        return {}
    out: dict[str, list[str]] = {}
    for key, types in (("people", ("PER",)), ("places", ("LOC", "GPE")), ("organisations", ("ORG",))):
        named = [
            e for e in story["entities"] if e["type"] in types and sum(1 for n in e["mentions"].values() if n) >= 2
        ]
        named.sort(key=lambda e: (-len(e["mentions"]), e["name"]))
        if named:
            out[key] = [e["name"] for e in named[:MAX_SHOWN]]
    days = sorted({(articles[a].get("published") or "")[:10] for a in ids if a in articles} - {""})
    if days:
        out["days"] = days if len(days) <= 3 else [days[0], "…", days[-1]]
    words: Counter[str] = Counter()
    for a in ids:
        title = (articles.get(a) or {}).get("title") or ""
        words.update(w.lower() for w in set(_WORD.findall(title)) if is_content_word(w))
    common = [w for w, n in words.most_common() if n >= 2]
    if common:
        out["words"] = common[:MAX_SHOWN]
    return out
