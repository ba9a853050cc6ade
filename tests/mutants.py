"""Deliberate breakages of the product, each of which a quality gate must catch.

    python tests/mutants.py [NAME ...]      # or: make mutants

Runs each breakage's gate tests with the breakage applied (pytest ``-p tests.mutants`` with
``LINTAS_MUTANT=NAME``) and prints whether the gate failed, as it must. Exit 1 when a gate stays
green under its breakage. Needs ../shared; takes several minutes (not part of every CI run).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _junk_off(mp: pytest.MonkeyPatch) -> None:
    import lintas.clean.junk
    import lintas.clean.text

    for module in (lintas.clean.junk, lintas.clean.text):
        mp.setattr(module, "classify_line", lambda line: None)


def _glue_vocabulary_empty(mp: pytest.MonkeyPatch) -> None:
    """De-gluing without its fitted vocabulary (a package built without the data file)."""
    import lintas.clean.glue as glue

    empty = glue.Vocabulary({}, frozenset(), frozenset(), 1)
    mp.setattr(glue, "vocabulary", lambda: empty)


def _html_body_is_the_page(mp: pytest.MonkeyPatch) -> None:
    """The whole page's visible text taken as the article (no main-text extraction)."""
    clean = importlib.import_module("lintas.clean")
    mp.setattr(clean, "main_text", lambda tree: "\n".join(t.strip() for t in tree.itertext() if t.strip()))


def _counts_any(mp: pytest.MonkeyPatch) -> None:
    import lintas.comparison.discrepancies as d

    mp.setattr(d, "NUMBER_PAIR_MIN_SIMILARITY", -1.0)
    mp.setattr(d, "NUMBER_RESTATED_MIN_SIMILARITY", -1.0)
    mp.setattr(d, "_close_values", lambda values: True)


def _ner_off(mp: pytest.MonkeyPatch) -> None:
    for name in ("lintas.analyse.ner", "lintas.analyse.entities"):
        mp.setattr(importlib.import_module(name), "tag", lambda tokens, domain="": ["O"] * len(tokens))


def _stories_off(mp: pytest.MonkeyPatch) -> None:
    """Every article alone: no candidate story ever scores enough."""
    from lintas.group.params import ClusterParams

    mp.setattr(ClusterParams, "score", lambda self, found, bias=True: -1e9)


def _stories_one(mp: pytest.MonkeyPatch) -> None:
    """Every article of a window joins whatever story it shares anything with."""
    from lintas.group.params import ClusterParams

    mp.setattr(ClusterParams, "score", lambda self, found, bias=True: 1e9)


def _gazetteer_changed(mp: pytest.MonkeyPatch) -> None:
    mp.setitem(importlib.import_module("lintas.analyse.ner").PLACE_INDEX, "kampung mutan", "Kampung Mutan")


def _no_shared(mp: pytest.MonkeyPatch) -> None:
    """A CI without ../shared: under LINTAS_REQUIRE_ALL=1 every gate must fail, not skip."""
    import tests.conftest

    mp.setattr(tests.conftest, "SHARED", ROOT / "no-such-shared")
    mp.setattr(tests.conftest, "REQUIRE_ALL", True)


def _decimals_wrong(mp: pytest.MonkeyPatch) -> None:
    """Decimal values of number claims reported off by a factor ten (the faithfulness check
    used to skip every decimal)."""
    import lintas.comparison.discrepancies as d

    real = d._number
    mp.setattr(d, "_number", lambda value: real(value * 10) if value % 1 else real(value))


def _names_off(mp: pytest.MonkeyPatch) -> None:
    """No name spelling is ever compared."""
    import lintas.comparison.story as story

    mp.setattr(story, "name_discrepancies", lambda analyses, outlet_of: [])


GATES = {
    "junk": "tests/clean/test_junk_gate.py",
    "glue": "tests/clean/test_glue_gate.py",
    "aeb": "tests/test_quality_gates.py::test_extraction_quality_on_aeb",
    "planted": "tests/test_quality_gates.py::test_planted_number_discrepancies_on_held_out_gva",
    "ner": "tests/analyse/test_ner_gate.py::test_ner_floors",
    "ner-model": "tests/analyse/test_ner_model.py",
    "clusters": "tests/group/test_gva_clusters.py",
    "id-stories": "tests/group/test_id_stories.py",
    "faithful": "tests/comparison/test_compare.py::test_faithfulness",
    "schema": "tests/test_schema.py",
    "contradictions": "tests/comparison/test_real_contradictions.py",
}
# name -> (breakage, the gates that must fail under it)
MUTANTS: dict[str, tuple[Callable[[pytest.MonkeyPatch], None], list[str]]] = {
    "junk-off": (_junk_off, ["junk"]),
    "glue-empty": (_glue_vocabulary_empty, ["glue"]),
    "no-main-text": (_html_body_is_the_page, ["aeb"]),
    "counts-any": (_counts_any, ["planted", "contradictions"]),
    "names-off": (_names_off, ["contradictions"]),
    "ner-off": (_ner_off, ["ner"]),
    "stories-off": (_stories_off, ["clusters", "id-stories"]),
    "stories-one": (_stories_one, ["clusters", "id-stories"]),
    "gazetteer-changed": (_gazetteer_changed, ["ner-model"]),
    "no-shared": (_no_shared, ["junk", "glue", "schema"]),
    "decimals-wrong": (_decimals_wrong, ["faithful"]),
}

_patch: pytest.MonkeyPatch | None = None


def pytest_configure(config: Any) -> None:
    global _patch
    name = os.environ.get("LINTAS_MUTANT")
    if name:
        _patch = pytest.MonkeyPatch()
        MUTANTS[name][0](_patch)


def pytest_unconfigure(config: Any) -> None:
    if _patch is not None:
        _patch.undo()


def main(names: list[str]) -> int:
    python = ROOT / ".venv" / "bin" / "python"
    rows, blind = [], 0
    for name in names or list(MUTANTS):
        for gate in MUTANTS[name][1]:
            start = time.monotonic()
            env = {**os.environ, "LINTAS_MUTANT": name, "LINTAS_REQUIRE_ALL": "1"}
            cmd = [
                str(python if python.exists() else sys.executable),
                "-m",
                "pytest",
                "-q",
                "-x",
                "-p",
                "tests.mutants",
            ]
            done = subprocess.run([*cmd, GATES[gate]], cwd=ROOT, env=env, capture_output=True, text=True)
            caught = done.returncode == 1
            blind += not caught
            last = (done.stdout.strip().splitlines() or ["(no output)"])[-1]
            rows.append(
                (
                    name,
                    gate,
                    "FAILS (caught)" if caught else f"exit {done.returncode}: BLIND",
                    last,
                    time.monotonic() - start,
                )
            )
            print(f"{name:<18} {gate:<10} {rows[-1][2]:<16} {rows[-1][4]:5.0f} s  {last}", flush=True)
    print(f"\n{len(rows) - blind} of {len(rows)} gates fail under their breakage")
    return 1 if blind else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
