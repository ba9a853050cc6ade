"""Indonesian named-entity tagger: a linear-chain CRF trained by scripts/train_ner.py.

Chosen by measurement over the other CPU options that ship in a wheel (see CHANGELOG): small
(a few MB), loads in milliseconds, tags thousands of tokens per second on one core.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import pycrfsuite

from lintas.analyse.gazetteer import ORG_INDEX, PLACE_INDEX, ROLE_WORDS, fold
from lintas.settings import NER_MAX_TOKENS

MODEL_NAME = "ner-id.crfsuite"
# What scripts/train_ner.py trained the model on: its hash, the feature fingerprint, data, options.
MANIFEST_NAME = "ner-id.json"
# The annotation style articles are tagged in: idner-news-2k's (cased news, PER/ORG/LOC).
DEFAULT_DOMAIN = "idner-news-2k"
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)
_SHAPE_UPPER = re.compile(r"[A-Z]")
_SHAPE_LOWER = re.compile(r"[a-z]")
_SHAPE_DIGIT = re.compile(r"[0-9]")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) with punctuation split off, as in the training corpora."""
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=65536)  # words repeat; the regex passes were a fifth of tagging time
def _shape(word: str) -> str:
    shape = _SHAPE_DIGIT.sub("d", _SHAPE_LOWER.sub("x", _SHAPE_UPPER.sub("X", word)))
    return re.sub(r"(.)\1+", r"\1\1", shape)


def _word_features(word: str, prefix: str) -> list[str]:
    lower = word.lower()
    return [
        f"{prefix}w={lower}",
        f"{prefix}title={word[:1].isupper() and word[1:].islower()}",
        f"{prefix}upper={word.isupper()}",
        f"{prefix}shape={_shape(word)}",
    ]


def _gazetteer_tags(tokens: Sequence[str]) -> list[str]:
    """B-/I- marks of known places and organisations, matched on folded token n-grams."""
    marks = ["O"] * len(tokens)
    folded = [fold(t) for t in tokens]
    i = 0
    while i < len(tokens):
        for n in (4, 3, 2, 1):
            key = " ".join(folded[i : i + n])
            kind = "LOC" if key in PLACE_INDEX else "ORG" if key in ORG_INDEX else None
            if kind and i + n <= len(tokens):
                marks[i] = f"B-{kind}"
                for j in range(i + 1, i + n):
                    marks[j] = f"I-{kind}"
                i += n
                break
        else:
            i += 1
    return marks


def features(tokens: Sequence[str], domain: str = DEFAULT_DOMAIN) -> list[list[str]]:
    """CRF features for each token of one sentence.

    ``domain`` names the annotation style (one per training corpus): every current-token
    feature also exists in a copy specific to that domain, so corpora with different
    conventions (NERP is lower-cased and marks EVT/FNB) train one model without blurring each
    other ("frustratingly easy" domain adaptation). Articles are tagged in the news style.
    """
    lowercase_sentence = not any(ch.isupper() for tok in tokens for ch in tok)
    gaz = _gazetteer_tags(tokens)
    out: list[list[str]] = []
    n = len(tokens)
    for i, word in enumerate(tokens):
        lower = word.lower()
        f = [
            "bias",
            f"lc_sent={lowercase_sentence}",
            *_word_features(word, ""),
            f"p2={lower[:2]}",
            f"p3={lower[:3]}",
            f"s2={lower[-2:]}",
            f"s3={lower[-3:]}",
            f"s4={lower[-4:]}",
            f"digit={word.isdigit()}",
            f"hyphen={'-' in word}",
            f"first={i == 0}",
            f"len={min(len(word), 8)}",
            f"gaz={gaz[i]}",
            f"role-1={i > 0 and tokens[i - 1].lower().strip('.') in ROLE_WORDS}",
        ]
        f.extend([f"{domain}|{x}" for x in f])
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f.extend(_word_features(tokens[j], f"{off}:"))
            else:
                f.append(f"{off}:pad")
        if i > 0:
            f.append(f"bigram-1={tokens[i - 1].lower()}|{lower}")
        if i < n - 1:
            f.append(f"bigram+1={lower}|{tokens[i + 1].lower()}")
        out.append(f)
    return out


def feature_fingerprint() -> str:
    """A hash of everything the features read: the code of the feature functions and the
    gazetteer. A model trained under another fingerprint sees features it never saw in training."""
    h = hashlib.sha256()
    for fn in (_shape, _word_features, _gazetteer_tags, features):
        h.update(inspect.getsource(fn).encode())
    for table in (PLACE_INDEX, ORG_INDEX):
        h.update(json.dumps(sorted(table.items()) if isinstance(table, dict) else sorted(table)).encode())
    h.update(json.dumps(sorted(ROLE_WORDS)).encode())
    return h.hexdigest()[:16]


def manifest() -> dict[str, Any]:
    """The shipped model's training record (written by scripts/train_ner.py)."""
    text = resources.files("lintas.analyse.models").joinpath(MANIFEST_NAME).read_text(encoding="utf-8")
    record: dict[str, Any] = json.loads(text)
    return record


@lru_cache(maxsize=1)
def _tagger() -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    model = resources.files("lintas.analyse.models").joinpath(MODEL_NAME)
    with resources.as_file(model) as path:
        tagger.open(str(path))
    return tagger


_CUTS = frozenset({".", ",", ";", ":", "!", "?", ")", '"', "”"})


def tag(tokens: Sequence[str], domain: str = DEFAULT_DOMAIN) -> list[str]:
    """BIO tags (PER, ORG, LOC, EVT, FNB) for the tokens of one sentence."""
    if not tokens:
        return []
    out: list[str] = []
    start = 0
    while len(tokens) - start > NER_MAX_TOKENS:  # a table flattened into one line: tagged a piece
        # at a time, cut after the last punctuation of a piece so that no name is cut in two
        window = range(start + NER_MAX_TOKENS // 2, start + NER_MAX_TOKENS)
        cut = max((k for k in window if tokens[k] in _CUTS), default=start + NER_MAX_TOKENS - 1)
        out += _tagger().tag(features(tokens[start : cut + 1], domain))
        start = cut + 1
    return out + list(_tagger().tag(features(tokens[start:], domain)))
