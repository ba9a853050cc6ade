"""The progress total: counted cheaply, and never by reading what cannot be counted safely."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lintas.read.sources import count_inputs


def test_files_and_records_are_counted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.html").write_text("<p>x</p>")
    (tmp_path / "skip.csv").write_text("x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("x")
    (tmp_path / "d.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n{"text": "c"}')  # no final newline
    assert count_inputs([str(tmp_path)]) == 5
    assert count_inputs([str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")]) == 2


def test_what_cannot_be_counted_safely_has_no_total(tmp_path: Path) -> None:
    assert count_inputs(["-"]) is None
    big = tmp_path / "big.jsonl"
    big.write_text('{"text": "a"}\n' * 100)
    assert count_inputs([str(big)], max_bytes=100) is None
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    assert count_inputs([str(fifo)]) is None  # never opened: reading it would wait forever
