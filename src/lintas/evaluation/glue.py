"""De-gluing scored against glued words listed by hand on real scraped pages.

The labels (``tests/data/glue_labels.jsonl``, guideline ``docs/glue-labelling.md``) name a token
by page URL, line number (as the junk labels number lines) and a hash of the token, with the
offsets of its lost spaces. Every other token of a labelled page is whole. A token counts as
*split right* when lintas puts spaces exactly where the label does; a *wrong split* is a token
lintas splits where the label has none (a missed space counts against recall only). Not scored,
as the readers disagreed or the text is no Indonesian: a space beside a dash ("KOMPAS.com-Bank",
"-Donald": datelines), a space right after an outlet's domain, the side of a straight quote a
space goes on, and tokens with letters of another script.
Shared by benchmarks/glue_words.py and the quality gate.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from lintas.clean.glue import opens_sentence, split_points
from lintas.clean.text import split_lines
from lintas.evaluation.stories import labelled_records

_DASHES = "-–—"
_DOMAIN_END = re.compile(r"\.(?:com|co|id|net|org|tv)[,.:;\-–— ]*$", re.I)
_LATIN = re.compile(r"[A-Za-z]")


def token_hash(token: str) -> str:
    return hashlib.sha1(token.encode("utf-8")).hexdigest()[:12]


@dataclass(slots=True)
class GlueScore:
    glued: int = 0  # labelled glued tokens (scored points only)
    split_right: int = 0
    splits_made: int = 0  # tokens lintas split (scored points only)
    wrong: int = 0
    tokens: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.split_right / self.glued if self.glued else 0.0

    @property
    def wrong_share(self) -> float:
        return self.wrong / self.splits_made if self.splits_made else 0.0


def scored(token: str, points: list[int] | set[int]) -> set[int]:
    """The split points that the score counts (see the module's note)."""
    if not _LATIN.search(token) or any(ch.isalpha() and ord(ch) > 0x24F for ch in token):
        return set()
    return {
        p - 1 if token[p - 1] == '"' else p  # 'kata." Ia' or 'kata. "Ia': readers differ on the side
        for p in points
        if token[p - 1] not in _DASHES and token[p] not in _DASHES and not _DOMAIN_END.search(token[:p])
    }


def load_labels(path: str | Path) -> list[dict[str, object]]:
    with Path(path).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score_glue(records_path: str | Path, labels: list[dict[str, object]], part: str) -> GlueScore:
    """Run de-gluing over every token of the labelled pages of ``part``."""
    pages = {str(lab["url"]) for lab in labels if lab["part"] == part}
    gold: dict[tuple[str, int, str], list[set[int]]] = defaultdict(list)
    for lab in labels:
        if lab["part"] == part and int(str(lab["line"])) >= 0:
            key = (str(lab["url"]), int(str(lab["line"])), str(lab["token"]))
            gold[key].append({int(p) for p in lab["spaces"]})  # type: ignore[attr-defined]
    out = GlueScore()
    for rec in labelled_records(records_path, pages):
        for n, text in enumerate(split_lines(str(rec["text"]))):
            tokens = text.split(" ")
            for token, initial in zip(tokens, opens_sentence(tokens), strict=True):
                out.tokens += 1
                key = (rec["url"], n, token_hash(token))
                want = gold[key].pop() if gold.get(key) else set()
                got = set(split_points(token, initial=initial))
                want, got = scored(token, want), scored(token, got)
                out.glued += bool(want)
                out.split_right += bool(want) and want == got
                out.splits_made += bool(got)
                out.wrong += bool(got - want)  # a space where none was lost; a missed one is recall's
                if want != got:
                    out.errors.append(f"{rec['url']}#{n} {token!r}: wanted {sorted(want)} got {sorted(got)}")
    missing = [k for k, v in gold.items() if v]
    out.errors.extend(f"label not found: {k}" for k in missing)
    return out
