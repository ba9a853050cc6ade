"""Ingest survives SIGKILL and shares a SQLite file with a second ingest process."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lintas.evaluation.synth import write_jsonl
from lintas.store import open_store

pytestmark = pytest.mark.slow
N = 160


def _lintas(*args: str) -> subprocess.Popen[bytes]:
    code = "import sys; from lintas.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _inputs(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM inputs").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet


def _state(db: Path) -> tuple[list[tuple[str, str]], list[str], int]:
    with open_store(str(db)) as store:
        inputs = [(r[0], r[1]) for r in store.query("SELECT input, status FROM inputs ORDER BY input")]
        ids = [r[0] for r in store.query("SELECT id FROM articles ORDER BY id")]
        unassigned = int(store.query("SELECT COUNT(*) FROM articles WHERE story IS NULL")[0][0])
    return inputs, ids, unassigned


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A synthetic corpus and the article ids an uninterrupted ingest stores."""
    base = tmp_path_factory.mktemp("synth")
    path = base / "synth.jsonl"
    write_jsonl(str(path), N, seed=3, span_days=20)
    ref = base / "ref.db"
    done = _lintas("ingest", str(path), "--db", str(ref), "--workers", "1")
    assert done.wait(timeout=600) == 0, done.stderr.read() if done.stderr else ""
    return path, _state(ref)[1]


def test_an_ingest_killed_with_sigkill_resumes_and_stores_everything_once(
    synthetic: tuple[Path, list[str]], tmp_path: Path
) -> None:
    path, ref_ids = synthetic
    db = tmp_path / "c.db"
    proc = _lintas("ingest", str(path), "--db", str(db), "--workers", "1")
    deadline = time.monotonic() + 300
    while _inputs(db) < 40 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed; make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_at = _inputs(db)
    assert 0 < killed_at < N
    again = _lintas("ingest", str(path), "--db", str(db), "--workers", "1")
    assert again.wait(timeout=600) == 0
    out = again.stdout.read().decode() if again.stdout else ""
    assert f"{killed_at} read by an earlier run" in out
    inputs, ids, unassigned = _state(db)
    assert len(inputs) == N == len({i for i, _ in inputs})
    assert ids == ref_ids and unassigned == 0


def test_two_concurrent_ingests_share_one_sqlite_file(synthetic: tuple[Path, list[str]], tmp_path: Path) -> None:
    path, ref_ids = synthetic
    db = tmp_path / "c.db"
    first = _lintas("ingest", str(path), "--db", str(db), "--workers", "1")
    second = _lintas("ingest", str(path), "--db", str(db), "--workers", "1")
    codes = [first.wait(timeout=600), second.wait(timeout=600)]
    errors = [p.stderr.read().decode() if p.stderr else "" for p in (first, second)]
    assert codes == [0, 0], errors
    inputs, ids, unassigned = _state(db)
    assert len(inputs) == N == len({i for i, _ in inputs})
    assert ids == ref_ids and unassigned == 0


_FULL_DISK = """
import sqlite3, sys
import lintas.store.sqlite as backend
from lintas.cli import main

connect = backend.connect

def full_after(path):
    conn = connect(path)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {max(pages, 1) + int(sys.argv[1])}")
    return conn

backend.connect = full_after
sys.exit(main(sys.argv[2:]))
"""


def test_an_ingest_on_a_full_disk_stops_plainly_and_resumes_once_space_is_free(
    synthetic: tuple[Path, list[str]], tmp_path: Path
) -> None:
    """SQLite's own "database or disk is full" (a page limit standing in for the disk) ends the
    run with the plain message and exit 1; what was committed stays, and the next run stores the
    rest once, as an uninterrupted ingest would."""
    path, ref_ids = synthetic
    db = tmp_path / "c.db"
    args = ("ingest", str(path), "--db", str(db), "--workers", "1")
    first = subprocess.run([sys.executable, "-c", _FULL_DISK, "250", *args], capture_output=True, timeout=600)
    err = first.stderr.decode()
    assert first.returncode == 1, err
    assert "the disk is full" in err and "a bug" not in err
    stored = _inputs(db)
    assert 0 < stored < N, "the page limit did not end the run part-way; change the limit"
    again = _lintas(*args)
    assert again.wait(timeout=600) == 0, again.stderr.read() if again.stderr else ""
    out = again.stdout.read().decode() if again.stdout else ""
    assert f"{stored} read by an earlier run" in out
    inputs, ids, unassigned = _state(db)
    assert len(inputs) == N == len({i for i, _ in inputs})
    assert ids == ref_ids and unassigned == 0
