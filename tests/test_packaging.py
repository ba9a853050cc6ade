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
    "clean/glue_vocab.json.gz",
    "metadata/outlets.json",
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


def test_one_version_everywhere() -> None:
    """`lintas --version`, the reports and pyproject.toml name the CHANGELOG's latest entry."""
    import re

    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    declared = re.search(r'^version = "([^"]+)"', pyproject, re.M)
    latest = re.findall(r"^## (\d+\.\d+\.\d+) ", changelog, re.M)
    assert declared and latest
    assert lintas.__version__ == declared.group(1) == max(latest, key=lambda v: tuple(map(int, v.split("."))))
