"""The fingerprint of the code that turns inputs into stored features and stories.

A store records it (``Store.note_code``), so that a benchmark or evaluation refuses a store that
other code built instead of scoring it as this code's (a breakage once printed the baseline
figures from a reused store).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

# The scores' parameters and the joining of stories: they make stories, not features.
_STORIES_ONLY = ("group/cluster_params.json", "group/join_params.json", "group/join.py")
# Parts of the package that do not change what is stored: rendering, serving, the command line.
_OUTSIDE = ("serve", "report", "evaluation", "cli.py", "cli_corpus.py", "_cli_common.py", "__main__.py")


@lru_cache(maxsize=2)
def code_fingerprint(*, with_params: bool = True) -> str:
    """Of everything that makes stored features and stories; ``with_params=False``: of what makes
    the features alone (a fit re-clusters stores under parameters of its own)."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or rel.parts[0] in _OUTSIDE or "__pycache__" in rel.parts or path.suffix == ".pyc":
            continue
        if not with_params and rel.as_posix() in _STORIES_ONLY:
            continue
        h.update(str(rel.as_posix()).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]
