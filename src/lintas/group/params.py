"""The fitted parameters of the story score, read from the file scripts/fit_cluster_score.py writes.

The score of a candidate story is a logistic regression over what it shares with the article
(``group.incremental.evidence``): ``bias`` + the sum of weight x evidence, in log-odds. An article
joins the best story at or above ``min_score``, merges two stories it scores ``merge_score``
against, and a story's lone article moves when settled at ``settle_score``. The values travel as
one frozen object (a fit or an experiment passes its own), never as module constants patched from
outside; the file also records how they were fit and what they scored (docs/clustering-tuning.md
holds the history).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

PARAMS_FILE = "cluster_params.json"


@dataclass(frozen=True)
class ClusterParams:
    weights: Mapping[str, float]
    bias: float
    min_score: float
    merge_score: float
    settle_score: float
    fit: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def score(self, found: Mapping[str, float], *, bias: bool = True) -> float:
        """Log-odds that the story reports the article's event."""
        return (self.bias if bias else 0.0) + sum(self.weights[k] * v for k, v in found.items())

    def to_dict(self) -> dict[str, Any]:
        return {
            "weights": dict(self.weights),
            "bias": self.bias,
            "min_score": self.min_score,
            "merge_score": self.merge_score,
            "settle_score": self.settle_score,
            "fit": dict(self.fit),
        }


def params_from(data: Mapping[str, Any]) -> ClusterParams:
    return ClusterParams(
        weights=MappingProxyType({str(k): float(v) for k, v in data["weights"].items()}),
        bias=float(data["bias"]),
        min_score=float(data["min_score"]),
        merge_score=float(data["merge_score"]),
        settle_score=float(data["settle_score"]),
        fit=MappingProxyType(dict(data.get("fit", {}))),
    )


def _read(shipped: str, path: str | Path | None) -> str:
    """The text of the file at ``path``, else of the package's file ``shipped``."""
    if path is None:
        return resources.files("lintas.group").joinpath(shipped).read_text(encoding="utf-8")
    return Path(path).read_text(encoding="utf-8")


def load_params(path: str | Path | None = None) -> ClusterParams:
    """The shipped parameters, or those of the file at ``path``."""
    text = _read(PARAMS_FILE, path)
    return params_from(json.loads(text))


PARAMS = load_params()


JOIN_FILE = "join_params.json"


@dataclass(frozen=True)
class JoinParams:
    """The score of two stories being one happening (``group.join``), fit by scripts/fit_story_join.py:
    two stories join at ``min_score`` or above."""

    weights: Mapping[str, float]
    bias: float
    min_score: float
    fit: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def score(self, found: Mapping[str, float]) -> float:
        return self.bias + sum(self.weights[k] * v for k, v in found.items())

    def to_dict(self) -> dict[str, Any]:
        return {"weights": dict(self.weights), "bias": self.bias, "min_score": self.min_score, "fit": dict(self.fit)}


def join_params_from(data: Mapping[str, Any]) -> JoinParams:
    return JoinParams(
        weights=MappingProxyType({str(k): float(v) for k, v in data["weights"].items()}),
        bias=float(data["bias"]),
        min_score=float(data["min_score"]),
        fit=MappingProxyType(dict(data.get("fit", {}))),
    )


def load_join_params(path: str | Path | None = None) -> JoinParams:
    """The shipped join parameters, or those of the file at ``path``."""
    text = _read(JOIN_FILE, path)
    return join_params_from(json.loads(text))


JOIN = load_join_params()


PRIOR_FILE = "name_prior.json"


def load_prior(path: str | Path | None = None) -> Mapping[str, float]:
    """Background share of articles holding each common story key (scripts/fit_name_prior.py)."""
    text = _read(PRIOR_FILE, path)
    return MappingProxyType({str(k): float(v) for k, v in json.loads(text)["shares"].items()})


PRIOR = load_prior()
