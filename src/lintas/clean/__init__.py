"""Stage 2, clean: Document -> Cleaned (body paragraphs, title line, audited junk).

Needs a decoded Document. Adds the body lines, the removed lines with their kinds, and for
HTML the parsed tree (for the metadata stage). Raises ExtractionError when no article is left.
"""

from __future__ import annotations

from lintas._lexicon import count_words
from lintas.clean.html import dropped_fragments, main_text, page_titles, parse_html
from lintas.clean.repeats import remove_outlet_repeats
from lintas.clean.text import clean_lines, split_lines
from lintas.errors import ExtractionError
from lintas.model import Cleaned, Document
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
    words = count_words(cleaned.text)
    if words < MIN_ARTICLE_WORDS:
        what = "page" if doc.format == "html" else "text"
        found = "no article text" if words == 0 else f"only {words} words of article text"
        raise ExtractionError(
            doc.input,
            f"{found} after removing navigation and junk; the {what} holds no article "
            f"(at least {MIN_ARTICLE_WORDS} words are needed)",
        )
    return cleaned
