"""Analysis shared with a helper process gives what one process gives, even when the helper dies."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from lintas.model import Article
from lintas.pipeline import extract, guarded_analyses

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


class _Killer(Article):
    """Ends the process that unpickles it: a helper that dies in the middle of a run."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (os._exit, (3,))


def _articles() -> list[Article]:
    articles = list(extract([str(EXAMPLES)]).articles)
    assert len(articles) >= 8 and {a.language for a in articles} == {"id", "en"}
    return articles


def test_a_helper_gives_the_same_analyses() -> None:
    articles = _articles()
    alone = guarded_analyses(articles, helpers=0)
    shared = guarded_analyses(articles, helpers=1)
    assert shared == alone and len(alone[0]) == len(articles)


def test_chunks_of_a_dead_helper_are_analysed_here() -> None:
    articles = _articles()
    doomed = [*articles[:-1], _Killer(**{f: getattr(articles[-1], f) for f in Article.__dataclass_fields__})]
    analyses, rejected = guarded_analyses(doomed, helpers=1)
    assert not rejected
    assert [an.article.id for an in analyses] == [a.id for a in articles]
