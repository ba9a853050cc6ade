"""Output of ``lintas extract --format json`` against ../shared/report.schema.json."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import jsonschema

from tests.conftest import EXAMPLES, CliResult, shared_path


def test_extract_output_matches_report_schema(run_cli: Callable[..., CliResult]) -> None:
    schema: dict[str, Any] = json.loads(shared_path("report.schema.json").read_text(encoding="utf-8"))
    r = run_cli("extract", str(EXAMPLES), "--format", "json")
    data = json.loads(r.out)
    data["stories"] = []  # extract prints the articles/rejected part of the report
    jsonschema.validate(data, schema)
    for article in data["articles"]:
        for s in article["sentences"]:
            assert article["text"][s["start"] : s["end"]] == s["text"]
