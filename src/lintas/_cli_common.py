"""Pieces the CLI modules share: the progress line, size parsing, writing output."""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import TextIO

from lintas.errors import UsageError

# Control characters (escape sequences, bells, C1 codes) that a title or file name could carry to a
# terminal; shown escaped instead (tab and newline are kept).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """``text`` with control characters shown as ``\\u00NN``: untrusted text never drives the terminal,
    and inside a JSON string the escape stands for the same character (the JSON stays valid)."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def say(message: str) -> None:
    """A line on stderr, its untrusted parts (paths, reasons) made terminal-safe."""
    print(terminal_safe(message), file=sys.stderr)


class Progress:
    """A one-line counter on stderr, shown only on a terminal and only after the first second."""

    def __init__(self, label: str, stream: TextIO | None = None, *, unit: str = "inputs") -> None:
        self.label = label
        self.unit = unit
        self.stream = stream or sys.stderr
        self.start = time.monotonic()
        self.shown = False
        self.enabled = self.stream.isatty()

    def __call__(self, count: int) -> None:
        elapsed = time.monotonic() - self.start
        if not self.enabled or elapsed < 1.0:
            return
        self.shown = True
        self.stream.write(f"\r{self.label}: {count} {self.unit}, {count / elapsed:.1f}/s")
        self.stream.flush()

    def status(self, message: str) -> None:
        """A stage name, shown in place of the counter once the run is slow enough to watch."""
        elapsed = time.monotonic() - self.start
        if not self.enabled or elapsed < 1.0:
            return
        self.shown = True
        self.stream.write(f"\r{self.label}: {message:<60}")
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")


def megabytes(value: str) -> int:
    try:
        mb = float(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from e
    if mb <= 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return int(mb * 1024 * 1024)


def write_output(text: str, output: str | None) -> None:
    if output:
        path = Path(output)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        except OSError as e:
            raise UsageError(f"cannot write {output}: {e.strerror or e}") from e
    else:
        sys.stdout.write(terminal_safe(text))
        sys.stdout.flush()
