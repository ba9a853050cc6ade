"""Stage 6, compare: stories of analysed articles compared claim by claim.

The package is `comparison` so that `lintas.compare()` can stay a function.

Needs analysed articles. Adds stories with copies, merged entities, aligned facts (agreed /
single / disputed), discrepancies, quotes, a timeline and a cited digest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from lintas import __version__
from lintas.analyse import Analysis
from lintas.comparison.align import SentenceIndex
from lintas.comparison.model import Claim, Discrepancy, Fact, Report, Source, Story
from lintas.comparison.story import build_story
from lintas.group import Copy, group_stories
from lintas.model import Rejected

__all__ = ["Claim", "Discrepancy", "Fact", "Report", "Source", "Story", "compare_analyses"]


def compare_analyses(
    analyses: Sequence[Analysis],
    rejected: Sequence[Rejected] = (),
    *,
    clusters: Sequence[Sequence[int]] | None = None,
    copies: Sequence[Copy] | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """Group analysed articles into stories and compare each story.

    Corpus mode passes the ``clusters`` (article indexes per story) and ``copies`` it already
    knows (none when it passes no copies); compare mode finds both here, with the corpus's
    engine (``group.engine``)."""
    articles = [an.article for an in analyses]
    if progress:
        progress("finding copies and stories")
    if clusters is None:
        grouping = group_stories(analyses)
        clusters = grouping.stories
        copies = grouping.copies if copies is None else copies
    copies = copies or []
    if progress:
        progress("aligning sentences")
    # Sentences are aligned only between two articles of one story: an article alone in its story
    # needs no embeddings (on 100 GVA articles, 61 of them; 2 s of 15).
    index = SentenceIndex.build([analyses[i] for members in clusters if len(members) > 1 for i in members])
    stories: list[Story] = []
    for k, members in enumerate(clusters, start=1):
        if progress:
            progress(f"comparing story {k}/{len(clusters)}")
        ids = {analyses[i].article.id for i in members}
        story_copies = [c for c in copies if c.article in ids and c.copy_of in ids]
        stories.append(build_story([analyses[i] for i in members], story_copies, index))
    return Report(
        lintas_version=__version__,
        generated_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        articles=articles,
        rejected=list(rejected),
        stories=stories,
    )
