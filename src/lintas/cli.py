"""The ``lintas`` command line: a thin layer over the library functions.

Exit codes: 0 every input became an article, 1 some inputs were rejected (the rest were
processed), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from lintas import __version__
from lintas.errors import LintasError, UsageError
from lintas.pipeline import extract
from lintas.report import FORMATS, render_extract
from lintas.settings import MAX_FILE_BYTES

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(message)


class Progress:
    """A one-line counter on stderr, shown only on a terminal and only after the first second."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.start = time.monotonic()
        self.shown = False
        self.enabled = self.stream.isatty()

    def __call__(self, count: int) -> None:
        elapsed = time.monotonic() - self.start
        if not self.enabled or elapsed < 1.0:
            return
        self.shown = True
        self.stream.write(f"\r{self.label}: {count} inputs, {count / elapsed:.1f}/s")
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="lintas",
        description="Compare how news outlets report the same event, claim by claim.",
        epilog="Exit codes: 0 all inputs read, 1 some inputs rejected, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"lintas {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    ex = commands.add_parser(
        "extract",
        help="read articles, remove junk, and print text and metadata",
        description=(
            "Read articles (.txt, .html/.htm, .json, .jsonl; directories recursively; '-' for "
            "stdin), remove scraping junk and print each article's clean text, sentences and "
            "metadata, plus every rejected input with its reason."
        ),
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    ex.add_argument("--format", "-f", choices=FORMATS, default="json", help="output format (default: json)")
    ex.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    ex.add_argument(
        "--max-size",
        type=_megabytes,
        default=MAX_FILE_BYTES,
        metavar="MB",
        help=f"reject files larger than MB megabytes (default: {MAX_FILE_BYTES // (1024 * 1024)})",
    )
    ex.set_defaults(handler=_cmd_extract)
    return parser


def _megabytes(value: str) -> int:
    try:
        mb = float(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from e
    if mb <= 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return int(mb * 1024 * 1024)


def _write(text: str, output: str | None) -> None:
    if output:
        path = Path(output)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        except OSError as e:
            raise UsageError(f"cannot write {output}: {e.strerror or e}") from e
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def _cmd_extract(args: argparse.Namespace) -> int:
    progress = Progress("extract")
    try:
        result = extract(args.paths, max_bytes=args.max_size, progress=progress)
    finally:
        progress.close()
    _write(render_extract(result, args.format), args.output)
    for r in result.rejected:
        print(f"lintas: rejected {r.input}: {r.reason}", file=sys.stderr)
    if args.output:
        print(f"lintas: wrote {len(result.articles)} articles to {args.output}", file=sys.stderr)
    return EXIT_OK if result.ok else EXIT_REJECTED


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code instead of exiting, for tests and embedding."""
    parser = _build_parser()
    try:
        try:
            args = parser.parse_args(argv)
        except SystemExit as e:  # --help and --version exit through argparse
            return e.code if isinstance(e.code, int) else EXIT_OK
        if args.command is None:
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        code: int = args.handler(args)
        return code
    except UsageError as e:
        print(f"lintas: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except LintasError as e:
        print(f"lintas: error: {e}", file=sys.stderr)
        return EXIT_REJECTED
    except KeyboardInterrupt:
        print("lintas: interrupted", file=sys.stderr)
        return 130


def main_exit() -> None:
    """Console-script entry point."""
    raise SystemExit(main())
