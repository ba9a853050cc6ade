"""Stage 7, report: render results as JSON, JSON Lines or a terminal summary."""

import json
from importlib import resources
from typing import Any

from lintas.report.extract import FORMATS, render_extract


def report_schema() -> dict[str, Any]:
    """The JSON schema of ``lintas compare --format json``: the shared contract plus what lintas
    adds, with no undeclared field allowed (shipped in the package, so it holds everywhere)."""
    text = resources.files("lintas.report").joinpath("report.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


__all__ = ["FORMATS", "render_extract", "report_schema"]
