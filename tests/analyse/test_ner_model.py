"""The shipped NER model is the one scripts/train_ner.py wrote, trained under today's features:
a gazetteer or feature change without retraining fails here (the tagger would see features the
model never saw). `python scripts/train_ner.py --with-dev --check` retrains and compares bytes."""

from __future__ import annotations

import hashlib
from importlib import resources

from lintas.analyse.ner import MODEL_NAME, feature_fingerprint, manifest


def test_the_shipped_model_is_the_one_its_manifest_names() -> None:
    data = resources.files("lintas.analyse.models").joinpath(MODEL_NAME).read_bytes()
    assert hashlib.sha256(data).hexdigest() == manifest()["model_sha256"]


def test_the_model_was_trained_under_todays_features_and_gazetteer() -> None:
    assert manifest()["features"] == feature_fingerprint(), (
        "the NER features or gazetteer changed since the model was trained: "
        "run `python scripts/train_ner.py --with-dev` and commit the model and its manifest"
    )
