"""Shared fixtures: paths to the project's examples and to ../shared (optional).

Under ``LINTAS_REQUIRE_ALL=1`` (set by .ci/run) a skipped test is a failure: a CI without
../shared, PostgreSQL or Chromium must not pass with its gates unrun.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from lintas.cli import main
from lintas.store import Store, open_store

REQUIRE_ALL = os.environ.get("LINTAS_REQUIRE_ALL") == "1"
# The user's own outlet file (~/.config/lintas/outlets.json) must not change what the tests see.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="lintas-test-config-")
os.environ.pop("LINTAS_OUTLETS", None)
ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when it is absent (a user's clone has none)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (not present in this checkout)")
    return path


def _fail_skip(report: pytest.TestReport | pytest.CollectReport) -> None:
    if REQUIRE_ALL and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped, and LINTAS_REQUIRE_ALL=1 makes a skip a failure: {reason}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    _fail_skip(outcome.get_result())  # type: ignore[attr-defined]


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Iterator[None]:
    outcome = yield
    _fail_skip(outcome.get_result())  # type: ignore[attr-defined]


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    def run(*args: str, stdin: bytes | None = None) -> CliResult:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = main(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL server for this session; the tests using it skip with the reason if none."""
    from tests.pgserver import temporary_server

    try:
        server = temporary_server()
        url = server.__enter__()
    except RuntimeError as e:
        pytest.skip(f"PostgreSQL tests skipped: {e}")
    try:
        yield url
    finally:
        server.__exit__(None, None, None)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a store for one test lives: a SQLite file, and a fresh database on the session's
    PostgreSQL server (skipped, with the reason, when none can start)."""
    if request.param == "sqlite":
        return str(tmp_path / "corpus.db")
    import psycopg

    base: str = request.getfixturevalue("postgres_url")
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return base.rsplit("/", 1)[0] + "/" + name


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with open_store(store_target) as s:
        yield s
