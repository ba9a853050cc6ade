"""The report's JSON schema: the project's own (shipped in the package, checked everywhere) and
its agreement with the shared contract ../shared/report.schema.json (when present)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import jsonschema
import pytest

import lintas
from lintas.report import report_schema
from lintas.report.compare import render_report
from tests.conftest import EXAMPLES, CliResult, shared_path


def test_extract_output_matches_the_report_schema(run_cli: Callable[..., CliResult]) -> None:
    r = run_cli("extract", str(EXAMPLES), "--format", "json")
    data = json.loads(r.out)
    data["stories"] = []  # extract prints the articles/rejected part of the report
    jsonschema.validate(data, report_schema())
    for article in data["articles"]:
        for s in article["sentences"]:
            assert article["text"][s["start"] : s["end"]] == s["text"]


def test_compare_output_matches_the_report_schema() -> None:
    data = json.loads(render_report(lintas.compare([EXAMPLES]), "json"))
    assert data["stories"] and any(s["discrepancies"] for s in data["stories"])
    jsonschema.validate(data, report_schema())


def test_an_undeclared_output_field_breaks_the_schema() -> None:
    data = json.loads(render_report(lintas.compare([EXAMPLES]), "json"))
    data["stories"][0]["facts"][0]["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, report_schema())


def _nodes(schema: dict[str, Any], path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    yield path, schema
    for name, sub in schema.get("properties", {}).items():
        yield from _nodes(sub, f"{path}.{name}")
    if isinstance(schema.get("items"), dict):
        yield from _nodes(schema["items"], f"{path}[]")


def _at(schema: dict[str, Any], path: str) -> dict[str, Any] | None:
    node: dict[str, Any] | None = schema
    for part in path[1:].replace("[]", ".[]").split(".")[1:]:
        if node is None:
            return None
        node = node.get("items") if part == "[]" else node.get("properties", {}).get(part)
    return node


def test_own_schema_keeps_every_field_of_the_shared_contract() -> None:
    shared = json.loads(shared_path("report.schema.json").read_text(encoding="utf-8"))
    ours = report_schema()
    for path, node in _nodes(shared):
        mine = _at(ours, path)
        assert mine is not None, f"{path} of the shared contract is missing from the project's schema"
        for key in ("type", "enum"):
            assert mine.get(key) == node.get(key), (path, key, mine.get(key), node.get(key))
        assert set(node.get("required", ())) <= set(mine.get("required", ())), path
        if node.get("additionalProperties") not in (None, False):
            assert mine.get("additionalProperties") == node["additionalProperties"], path
