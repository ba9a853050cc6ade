"""Pieces the CLI modules share: the progress line, size parsing, writing output."""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import TextIO

from lintas._words import LANGUAGES, language
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


# -q / -v of the command line: 0 quiet (errors only), 1 normal, 2 verbose (each stage, with its time).
VERBOSITY = 1


def set_verbosity(level: int) -> None:
    global VERBOSITY
    VERBOSITY = level


def info(message: str) -> None:
    """A line on stderr that ``-q`` silences (what was written where; not errors)."""
    if VERBOSITY >= 1:
        say(message)


class Progress:
    """Progress on stderr (tqdm): count, total and time left when the total is known, rate, and
    the current stage. Drawn only on a terminal, unless -q; with -v every stage is also logged as a
    line with the time it started, terminal or not."""

    def __init__(self, label: str, stream: TextIO | None = None, *, unit: str = "inputs") -> None:
        from tqdm import tqdm

        self.label = label
        self.stream = stream or sys.stderr
        self.start = time.monotonic()
        self.enabled = self.stream.isatty() and VERBOSITY >= 1
        self.bar = tqdm(
            total=None, unit=f" {unit}", desc=label, file=self.stream, disable=not self.enabled,
            dynamic_ncols=True, delay=1.0, mininterval=0.5, leave=False,
        )  # fmt: skip

    def total(self, n: int | None) -> None:
        """The number of items the run will see, once it is known (time left follows from it)."""
        if n is not None:
            self.bar.total = n
            self.bar.refresh()

    def __call__(self, count: int) -> None:
        self.bar.update(count - self.bar.n)

    def status(self, message: str) -> None:
        """The current stage, shown beside the counter."""
        self.bar.set_description_str(f"{self.label}: {message}", refresh=False)
        if VERBOSITY >= 2:
            say(f"lintas: {self.label}: {message} ({time.monotonic() - self.start:.1f} s)")

    def close(self) -> None:
        self.bar.close()
        if VERBOSITY >= 2:
            say(f"lintas: {self.label}: done in {time.monotonic() - self.start:.1f} s")


def output_format(args: argparse.Namespace) -> str:
    """The format asked for; without one, text for a person at a terminal, JSON for a pipe or file."""
    fmt: str | None = getattr(args, "format", None)
    if fmt:
        return fmt
    return "text" if not getattr(args, "output", None) and sys.stdout.isatty() else "json"


def lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of what lintas writes (default: LINTAS_LANG, else the locale's, else en)",
    )


def report_language(args: argparse.Namespace, fmt: str) -> str:
    """``--lang``; without it, the locale's for people (text, md, html) and English for JSON, so that
    a script's output does not change with the machine it runs on."""
    asked: str | None = getattr(args, "lang", None)
    return language(asked) if asked or fmt != "json" else "en"


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
