"""MinHash signatures and LSH band keys of article bodies, for finding copies in a large corpus.

The signatures are datasketch's MinHash (computed here, see ``signature``); the bands are plain
strings so that any store can index them (a B-tree lookup per band), which keeps the cost of
finding a copy independent of the corpus size and lets several processes share one index through
the database.
"""

from __future__ import annotations

import functools
import hashlib
import re

import numpy as np
import numpy.typing as npt

from lintas.settings import COPY_SHINGLE_WORDS, MINHASH_BANDS, MINHASH_PERMUTATIONS

_WORD = re.compile(r"\w+")
_SEED = 20241122
_EMPTY = (1 << 32) - 1  # an empty body's value in every permutation


def _shingles(text: str, n: int = COPY_SHINGLE_WORDS) -> list[bytes]:
    words = _WORD.findall(text.casefold())
    return [" ".join(words[i : i + n]).encode("utf-8") for i in range(max(0, len(words) - n + 1))]


@functools.cache
def _permutations() -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """datasketch's "affine32" permutations for our seed: h -> a * h + b (mod 2**32), a odd."""
    gen = np.random.RandomState(_SEED)
    a = gen.randint(0, 1 << 31, MINHASH_PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, MINHASH_PERMUTATIONS, dtype=np.uint32)
    return a, b


def _fmix32(h: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """MurmurHash3's finalizer (datasketch mixes each shingle's hash with it before permuting)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signature(text: str) -> tuple[int, ...]:
    """MinHash of the body's word 5-grams (the shingles of ``group.copies``).

    The values of datasketch 2's ``MinHash(num_perm=64, seed=_SEED)`` (scheme "affine32", SHA-1's
    first 4 bytes per shingle), computed here: importing datasketch pulled in scipy.integrate, 0.8 s
    of every run's start-up. tests/group/test_minhash.py pins values datasketch computed."""
    shingles = _shingles(text)
    if not shingles:
        return (_EMPTY,) * MINHASH_PERMUTATIONS
    sha1 = hashlib.sha1
    hashed = np.frombuffer(b"".join([sha1(s).digest()[:4] for s in shingles]), dtype="<u4").astype(np.uint32)
    a, b = _permutations()
    permuted = _fmix32(hashed)[:, None] * a + b
    return tuple(int(v) for v in permuted.min(axis=0))


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
