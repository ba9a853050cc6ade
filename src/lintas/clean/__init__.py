"""Stage 2, clean: Document -> Cleaned (body paragraphs, title line, audited junk).

Needs a decoded Document. Adds the body lines (on Indonesian pages with the words a scraper
glued together split again, on others the sentences), the removed lines with their kinds, the body's language, and for
HTML the parsed tree (for the metadata stage). Raises ExtractionError when no article is left,
unless the page's URL confirms its headline: then the headline alone is the article.
"""

from __future__ import annotations

from lintas._lexicon import count_words
from lintas.clean.glue import deglue, sentence_spaces
from lintas.clean.headline import confirmed_headline
from lintas.clean.html import dropped_fragments, main_text, page_titles, parse_html
from lintas.clean.repeats import remove_outlet_repeats
from lintas.clean.text import clean_lines, split_lines
from lintas.errors import ExtractionError
from lintas.metadata.language import detect_language
from lintas.model import Cleaned, Document, RemovedLine
from lintas.settings import MIN_ARTICLE_WORDS

__all__ = ["clean", "remove_outlet_repeats"]


def clean(doc: Document) -> Cleaned:
    """Find the article body of ``doc`` and set its junk aside."""
    if doc.format == "html":
        tree = parse_html(doc.content)
        if tree is None:
            raise ExtractionError(doc.input, "HTML could not be parsed: no elements found")
        body = main_text(tree)
        split = clean_lines(split_lines(body), find_title=False, trim_tail=False)
        title = None
        if len(split.body) > 1 and split.body[0].casefold() in page_titles(tree):
            title = split.body.pop(0)  # the headline printed above the body is not body text
        removed = split.removed + dropped_fragments(tree, body)
        cleaned = Cleaned(doc, title, split.body, removed, tree)
    else:
        split = clean_lines(split_lines(doc.content), find_title=True, known_title=doc.hints.title)
        cleaned = Cleaned(doc, split.title, split.body, split.removed)
    language = doc.hints.language or detect_language(f"{doc.hints.title or cleaned.title or ''}\n{cleaned.text}")
    cleaned.language = language = language.split("-")[0].lower()
    if language in ("id", "ms"):
        cleaned.lines = [deglue(line) for line in cleaned.lines]
    else:
        cleaned.lines = [sentence_spaces(line) for line in cleaned.lines]
    words = count_words(cleaned.text)
    if words < MIN_ARTICLE_WORDS:
        headline = _headline(cleaned)
        if headline is not None:
            # What is left of the body is a paywall's or a widget's remnant ("Close", "Just One More Thing...").
            removed = cleaned.removed + [RemovedLine(line, "remnant") for line in cleaned.lines]
            return Cleaned(doc, headline, [headline], removed, cleaned.tree, language)
        what = "page" if doc.format == "html" else "text"
        found = "no article text" if words == 0 else f"only {words} word{'' if words == 1 else 's'} of article text"
        raise ExtractionError(
            doc.input,
            f"{found} after removing navigation and junk; the {what} holds no article "
            f"(at least {MIN_ARTICLE_WORDS} words are needed)",
        )
    return cleaned


def _headline(cleaned: Cleaned) -> str | None:
    """The page's headline when its URL confirms it (clean.headline)."""
    doc = cleaned.document
    only = cleaned.lines[0] if len(cleaned.lines) == 1 else None  # a one-line text: its line may be the headline
    title, url = doc.hints.title or cleaned.title or only, doc.hints.url
    if cleaned.tree is not None:
        from lintas.metadata.page import page_meta

        meta = page_meta(cleaned.tree)
        title, url = title or meta.title, url or meta.url
    return confirmed_headline(title, url)
