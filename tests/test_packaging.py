"""What the installed package carries: every data file the code loads at run time. Under
LINTAS_WHEEL=1 (CI) the tests import lintas from the built wheel, not from src/."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import lintas
from tests.conftest import ROOT

# Files loaded at run time from the package (package-data in pyproject.toml).
PACKAGE_DATA = [
    "py.typed",
    "analyse/models/ner-id.crfsuite",
    "report/report.schema.json",
    "group/cluster_params.json",
    "group/name_prior.json",
    "serve/templates",
]


def test_package_data_is_installed() -> None:
    root = resources.files("lintas")
    for name in PACKAGE_DATA:
        assert root.joinpath(name).is_file() or root.joinpath(name).is_dir(), f"{name} missing from the package"


def test_under_lintas_wheel_the_tests_run_against_the_installed_wheel() -> None:
    where = Path(lintas.__file__).resolve()
    if os.environ.get("LINTAS_WHEEL") == "1":
        assert ROOT / "src" not in where.parents, f"lintas imported from the source tree: {where}"
        assert "site-packages" in where.parts
