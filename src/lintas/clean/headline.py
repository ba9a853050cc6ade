"""Headline-only pages: the body is a paywall, a sign-up box or a video player, the headline is real.

Such a page still tells that its outlet covered the story, and what its headline claims. It is kept
as an article whose only text is the headline when the page's own URL confirms the headline: a
news URL's slug repeats the headline's words ("/da-charges-teen-with-manslaughter-in-larose-shooting"),
while the title of an error or index page ("Page Not Found", "Utah News, Sports, Weather") shares
nothing with its URL.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from lintas._lexicon import fold
from lintas.settings import HEADLINE_MIN_SLUG_SHARE, HEADLINE_MIN_SLUG_WORDS, HEADLINE_MIN_WORDS

_WORD = re.compile(r"[^\W_]+")


def confirmed_headline(title: str | None, url: str | None) -> str | None:
    """``title`` (whitespace collapsed) when it is a headline its ``url`` repeats, else None."""
    if not title or not url:
        return None
    title = " ".join(title.split())
    words = [w for w in _WORD.findall(fold(title)) if len(w) >= 3 and not w.isdigit()]
    if len(_WORD.findall(title)) < HEADLINE_MIN_WORDS or not words:
        return None
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return None
    slug = set(_WORD.findall(fold(path)))
    found = sum(w in slug for w in words)
    if found >= HEADLINE_MIN_SLUG_WORDS and found / len(words) >= HEADLINE_MIN_SLUG_SHARE:
        return title
    return None
