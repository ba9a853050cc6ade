"""Lines that repeat across one outlet's articles are that outlet's template, not news."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from lintas._lexicon import fold
from lintas.model import Cleaned, RemovedLine
from lintas.settings import REPEAT_ANY_LENGTH_DOCS, REPEAT_MAX_CHARS, REPEAT_MIN_DOCS


def remove_outlet_repeats(docs: Sequence[Cleaned], outlets: Sequence[str | None]) -> None:
    """Move lines shared by several articles of the same outlet from the body to ``removed``.

    Works in place. Articles with an unknown outlet are left alone: without an outlet there is
    no template to learn. Identical articles (the same text twice) teach nothing either, so a
    line counts once per distinct article body.
    """
    groups: dict[str, list[int]] = defaultdict(list)
    for i, outlet in enumerate(outlets):
        if outlet:
            groups[fold(outlet)].append(i)
    for members in groups.values():
        distinct = {docs[i].text: i for i in members}
        if len(distinct) < REPEAT_MIN_DOCS:
            continue
        counts: Counter[str] = Counter()
        for i in distinct.values():
            counts.update({fold(line) for line in docs[i].lines})
        template = {
            line
            for line, n in counts.items()
            if n >= REPEAT_MIN_DOCS and (len(line) <= REPEAT_MAX_CHARS or n >= REPEAT_ANY_LENGTH_DOCS)
        }
        if not template:
            continue
        for i in members:
            doc = docs[i]
            keep = [line for line in doc.lines if fold(line) not in template]
            if not keep:  # never empty an article: its whole body is shared, so it is a copy
                continue
            doc.removed.extend(RemovedLine(line, "repeated") for line in doc.lines if fold(line) in template)
            doc.lines = keep
