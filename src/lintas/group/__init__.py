"""Stage 5, group: syndicated copies and stories (same event across outlets and languages).

Needs analysed articles. Adds, for a set of articles, which ones copy another and which belong
to one story: one engine (``group.engine``) for ``compare`` and the corpus.
"""

from lintas.group.copies import Copy, find_copies
from lintas.group.engine import Grouping, group_stories

__all__ = ["Copy", "Grouping", "find_copies", "group_stories"]
