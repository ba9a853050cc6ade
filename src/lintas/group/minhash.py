"""MinHash signatures and LSH band keys of article bodies, for finding copies in a large corpus.

datasketch computes the signatures; the bands are plain strings so that any store can index
them (a B-tree lookup per band), which keeps the cost of finding a copy independent of the
corpus size and lets several processes share one index through the database.
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import Any

from lintas.settings import COPY_SHINGLE_WORDS, MINHASH_BANDS, MINHASH_PERMUTATIONS

_WORD = re.compile(r"\w+")
_SEED = 20241122


def _shingles(text: str, n: int = COPY_SHINGLE_WORDS) -> list[bytes]:
    words = _WORD.findall(text.casefold())
    return [" ".join(words[i : i + n]).encode("utf-8") for i in range(max(0, len(words) - n + 1))]


@functools.cache
def _template() -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=MINHASH_PERMUTATIONS, seed=_SEED)


def _empty() -> Any:
    """A fresh MinHash sharing the template's permutations: drawing them again for every article
    cost ~0.2 ms, a tenth of the signature."""
    from datasketch import MinHash

    t = _template()
    return MinHash(num_perm=MINHASH_PERMUTATIONS, seed=_SEED, permutations=t.permutations, scheme=t.scheme)


def signature(text: str) -> tuple[int, ...]:
    """MinHash of the body's word 5-grams (the shingles of ``group.copies``)."""
    m = _empty()
    shingles = _shingles(text)
    if shingles:
        m.update_batch(shingles)
    return tuple(int(v) for v in m.hashvalues)


def bands(sig: tuple[int, ...]) -> list[str]:
    """LSH band keys: two bodies share one when all rows of a band agree."""
    if not sig:
        return []
    rows = len(sig) // MINHASH_BANDS
    out = []
    for b in range(MINHASH_BANDS):
        chunk = ",".join(str(v) for v in sig[b * rows : (b + 1) * rows])
        out.append(f"{b}:{hashlib.blake2b(chunk.encode(), digest_size=8).hexdigest()}")
    return out


def jaccard(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of two bodies' shingle sets."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
