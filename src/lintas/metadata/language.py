"""Language of a document (ISO 639-1), with Malay and Indonesian kept as one group on short text."""

from __future__ import annotations

import threading
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from lintas.settings import MALAY_MIN_CHARS

_LOCK = threading.Lock()


def _identifier() -> LanguageIdentifier:
    with _LOCK:
        return _load()


@lru_cache(maxsize=1)
def _load() -> LanguageIdentifier:
    # Loading the bundled model takes ~0.9 s; do it once per process, on first use.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def preload() -> threading.Thread:
    """Start loading the model in the background while the first inputs are read."""
    thread = threading.Thread(target=_identifier, name="lintas-langid", daemon=True)
    thread.start()
    return thread


def detect_language(text: str) -> str:
    """'id', 'en', ... for ``text``; 'und' when there are no letters to judge."""
    sample = text[:5000]
    if not any(ch.isalpha() for ch in sample):
        return "und"
    label, _ = _identifier().classify(sample)
    if label == "ms" and len(text) < MALAY_MIN_CHARS:
        return "id"
    return str(label)
