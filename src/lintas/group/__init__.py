"""Stage 5, group: syndicated copies and stories (same event across outlets and languages).

Needs analysed articles. Adds, for a set of articles, which ones copy another and which belong
to one story.
"""

from lintas.group.copies import Copy, find_copies
from lintas.group.stories import group_stories

__all__ = ["Copy", "find_copies", "group_stories"]
