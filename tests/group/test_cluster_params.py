"""The story score's parameters are the ones scripts/fit_cluster_score.py writes, for today's
evidence: a change to what a term means, or to the fit script, without a re-fit fails here.
`python scripts/fit_cluster_score.py --check` re-fits and compares the file (needs ../shared)."""

from __future__ import annotations

import hashlib
import json

from lintas.group.incremental import evidence, evidence_fingerprint, held_evidence
from lintas.group.params import PARAMS, load_params
from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "fit_cluster_score.py"


def test_the_parameters_were_fit_for_todays_evidence() -> None:
    assert PARAMS.fit["evidence"] == evidence_fingerprint(), (
        "group.incremental's evidence changed since the score was fit: run scripts/fit_cluster_score.py"
    )


def test_the_parameters_were_written_by_todays_fit_script() -> None:
    assert PARAMS.fit["script_sha256"] == hashlib.sha256(SCRIPT.read_bytes()).hexdigest()


def test_every_term_of_the_evidence_has_a_weight() -> None:
    found = evidence(0.5, {"e:loc:garut"}, {"e:loc:garut": 1}, {}, 1, 2, False)
    held = held_evidence(set(), set(), set(), {})
    assert set(PARAMS.weights) == set(found) | set(held)


def test_the_held_out_part_is_apart_from_the_training_part() -> None:
    train, held_out = PARAMS.fit["train"], PARAMS.fit["heldout"]
    assert not any(h.startswith(t) or t.startswith(h) for h in held_out for t in train)
    assert PARAMS.min_score < PARAMS.merge_score


def test_parameters_load_from_a_file_and_score_as_a_logistic_regression(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "params.json"
    path.write_text(json.dumps({**PARAMS.to_dict(), "bias": -2.0, "weights": {"cosine": 4.0, "days": -0.5}}))
    params = load_params(path)
    assert params.score({"cosine": 0.5, "days": 2}) == -2.0 + 2.0 - 1.0
    assert params.score({"cosine": 0.5}, bias=False) == 2.0
