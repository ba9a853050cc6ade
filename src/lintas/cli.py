"""The ``lintas`` command line: a thin layer over the library functions.

Exit codes: 0 every input became an article, 1 some inputs were rejected (the rest were
processed), 2 usage error, 3 internal error (a bug: please report it with the traceback).
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from lintas import __version__
from lintas._cli_common import (
    Progress,
    info,
    lang_option,
    megabytes,
    output_format,
    report_language,
    say,
    set_verbosity,
    write_output,
)
from lintas._words import count as count_of
from lintas.cli_corpus import add_commands as add_corpus_commands
from lintas.cli_follow import add_commands as add_follow_commands
from lintas.errors import LintasError, UsageError
from lintas.model import Rejected
from lintas.pipeline import analyse, compare, extract
from lintas.read.sources import count_inputs
from lintas.report import FORMATS, render_extract
from lintas.report.analysis import ANALYSE_FORMATS, render_analysis
from lintas.report.compare import COMPARE_FORMATS, render_report
from lintas.settings import MAX_FILE_BYTES

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="lintas",
        description="Compare how news outlets report the same event, claim by claim.",
        epilog="Exit codes: 0 all inputs read, 1 some inputs rejected, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"lintas {__version__}")
    talk = parser.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", action="store_true", help="print errors only: no progress, no notes")
    talk.add_argument("-v", "--verbose", action="store_true", help="also log each stage with its time")
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
    _input_options(ex, FORMATS)
    ex.set_defaults(handler=_cmd_extract)

    an = commands.add_parser(
        "analyse",
        aliases=["analyze"],
        help="extract articles and annotate entities, numbers, dates and quotes",
        description=(
            "Extract articles as `extract` does, then annotate each one: named entities with canonical "
            "names and ids, quantities with value/unit/counted thing/qualifier, dates resolved against "
            "the publication date, quotes with their speakers, cited sources."
        ),
    )
    _input_options(an, ANALYSE_FORMATS)
    an.set_defaults(handler=_cmd_analyse)

    cp = commands.add_parser(
        "compare",
        help="group articles into stories and compare the outlets claim by claim",
        description=(
            "Read and analyse articles, group them into stories (same event, across outlets and "
            "languages), find syndicated copies, align the outlets' claims and report agreed and "
            "single-source facts, contradictions (numbers, dates, times, who said what), quotes, "
            "a timeline and a digest whose every sentence cites its sources."
        ),
    )
    _input_options(cp, COMPARE_FORMATS)
    lang_option(cp)
    cp.set_defaults(handler=_cmd_compare)

    ev = commands.add_parser(
        "eval",
        help="score lintas on gold data (NER, ...)",
        description="Score lintas components on gold data and print the scores.",
    )
    ev_commands = ev.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser, required=True)
    ner = ev_commands.add_parser(
        "ner",
        help="entity-level precision/recall/F1 of the NER model on CoNLL-style BIO files",
        description=(
            "Entity-level (exact span and type) precision, recall and F1 of the shipped NER model. "
            "DIR holds nergrit/, nerp/ and idner-news-2k/ test splits, or any .txt/.conll BIO files "
            "(token [columns] tag per line, blank line between sentences), or is one such file."
        ),
    )
    ner.add_argument("--data", default="../shared/data/ner-id", metavar="DIR", help="gold data (default: %(default)s)")
    ner.add_argument("--format", "-f", choices=("json", "text"), default="json", help="default: json")
    ner.set_defaults(handler=_cmd_eval_ner)
    add_corpus_commands(commands, ev_commands)
    add_follow_commands(commands, _Parser)
    return parser


def _input_options(parser: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    """Options every command that reads articles shares: inputs, output format and file, size limit."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    parser.add_argument(
        "--format", "-f", choices=formats, help="output format (default: text on a terminal, json otherwise)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument(
        "--max-size",
        type=megabytes,
        default=MAX_FILE_BYTES,
        metavar="MB",
        help=f"reject files larger than MB megabytes (default: {MAX_FILE_BYTES // (1024 * 1024)})",
    )


def _cmd_extract(args: argparse.Namespace) -> int:
    progress = Progress("extract")
    progress.total(count_inputs(args.paths))
    try:
        result = extract(args.paths, max_bytes=args.max_size, progress=progress)
    finally:
        progress.close()
    write_output(render_extract(result, output_format(args)), args.output)
    _report_rejected(result.rejected, args.output, len(result.articles))
    return EXIT_OK if result.ok else EXIT_REJECTED


def _cmd_analyse(args: argparse.Namespace) -> int:
    progress = Progress("analyse")
    progress.total(count_inputs(args.paths))
    try:
        result = analyse(args.paths, max_bytes=args.max_size, progress=progress, helpers=None)
    finally:
        progress.close()
    write_output(render_analysis(result, output_format(args)), args.output)
    _report_rejected(result.rejected, args.output, len(result.analyses))
    return EXIT_OK if result.ok else EXIT_REJECTED


def _cmd_compare(args: argparse.Namespace) -> int:
    progress = Progress("compare")
    progress.total(count_inputs(args.paths))
    try:
        report = compare(args.paths, max_bytes=args.max_size, progress=progress, status=progress.status, helpers=None)
    finally:
        progress.close()
    fmt = output_format(args)
    write_output(render_report(report, fmt, report_language(args, fmt)), args.output)
    _report_rejected(report.rejected, args.output, len(report.articles))
    return EXIT_OK if report.ok else EXIT_REJECTED


def _report_rejected(rejected: Sequence[Rejected], output: str | None, count: int) -> None:
    for r in rejected:
        say(f"lintas: rejected {r.input}: {r.reason}")
    if output:
        info(f"lintas: wrote {count_of(count, 'article')} to {output}")


def _cmd_eval_ner(args: argparse.Namespace) -> int:
    from lintas.evaluation.ner import evaluate_ner, gold_files

    if not Path(args.data).exists() or not gold_files(args.data):
        raise UsageError(f"no gold NER data at {args.data}: give --data DIR with BIO files")
    scores = evaluate_ner(args.data)
    if args.format == "json":
        write_output(json.dumps({k: v.to_dict() for k, v in scores.items()}, indent=2) + "\n", None)
    else:
        lines = [f"{'split':<16} {'precision':>9} {'recall':>9} {'f1':>9}"]
        lines += [f"{k:<16} {v.precision:9.4f} {v.recall:9.4f} {v.f1:9.4f}" for k, v in scores.items()]
        write_output("\n".join(lines) + "\n", None)
    return EXIT_OK


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
        set_verbosity(0 if args.quiet else 2 if args.verbose else 1)
        code: int = args.handler(args)
        return code
    except UsageError as e:
        say(f"lintas: error: {e}")
        return EXIT_USAGE
    except BrokenPipeError:
        raise  # the reader of stdout went away: main_exit ends quietly
    except KeyboardInterrupt:
        print("lintas: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # a bug, not bad input: say so, show where, and exit apart from "rejected"
        full = _disk_full(e)
        if full is not None:
            say(
                f"lintas: error: the disk is full ({full}); free space and run the command again: "
                "what was stored before is kept"
            )
            return EXIT_REJECTED
        if isinstance(e, LintasError):
            say(f"lintas: error: {e}")
            return EXIT_REJECTED
        traceback.print_exc()
        print("lintas: internal error (a bug in lintas); please report it with the traceback above", file=sys.stderr)
        return EXIT_INTERNAL


def _disk_full(e: BaseException | None) -> str | None:
    """The message of a full disk anywhere in ``e``'s chain (SQLite says "database or disk is full")."""
    seen = 0
    while e is not None and seen < 10:
        text = str(e)
        if (isinstance(e, OSError) and e.errno == errno.ENOSPC) or "disk is full" in text or "No space left" in text:
            return str(e)
        e, seen = e.__cause__ or e.__context__, seen + 1
    return None


def main_exit() -> None:
    """Console-script entry point. `lintas export | head`: when the reader of stdout has all it
    wanted, the run ends quietly (exit 0) instead of with a traceback."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        code = EXIT_OK
    raise SystemExit(code)
