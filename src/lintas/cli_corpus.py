"""Corpus commands of the CLI (ingest, stories, story, export, reanalyse, recluster, eval clusters).

Kept apart from ``cli.py`` so each stays small; both are thin layers over library functions.
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

from lintas import _words as words
from lintas._cli_common import (
    Progress,
    info,
    lang_option,
    megabytes,
    output_format,
    report_language,
    say,
    terminal_safe,
    write_output,
)
from lintas._words import language, localise
from lintas.corpus.engines import Engine
from lintas.errors import UsageError
from lintas.read.sources import count_inputs
from lintas.settings import MAX_FILE_BYTES

EXIT_OK, EXIT_REJECTED = 0, 1


def db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="PATH_OR_URL", help="SQLite file or postgresql:// URL (default: $LINTAS_DB, else lintas.db)"
    )


def add_commands(commands: Any, eval_commands: Any) -> None:
    """Register the corpus commands on the main parser's subcommands."""
    ing = commands.add_parser(
        "ingest",
        help="add articles to a corpus store and update its stories",
        description=(
            "Read articles (files, directories, .jsonl, .warc/.warc.gz, '-' for stdin) into the store, "
            "cluster each into a story (copies are linked to their original) and report what was added. "
            "Inputs already stored are skipped, so an interrupted run can simply be started again."
        ),
    )
    ing.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, .jsonl/.warc dumps, or - for stdin")
    db_option(ing)
    ing.add_argument("--workers", type=int, default=None, help="map processes (default: up to 2 cores)")
    _engine_option(ing)
    ing.add_argument(
        "--max-size",
        type=megabytes,
        default=MAX_FILE_BYTES,
        metavar="MB",
        help="largest file or record read (default: 20)",
    )
    ing.add_argument("--refresh", action="store_true", help="compare the changed stories now, not on first view")
    ing.add_argument(
        "--format", "-f", choices=("text", "json"), default="text", help="the run's summary (default: text)"
    )
    ing.set_defaults(handler=_cmd_ingest)

    st = commands.add_parser("stories", help="list the stories of a corpus, with filters")
    db_option(st)
    st.add_argument("--since", metavar="DATE", help="stories with an article on or after DATE (YYYY-MM-DD)")
    st.add_argument("--until", metavar="DATE", help="stories that began on or before DATE")
    st.add_argument("--outlet", help="stories covered by this outlet")
    st.add_argument("--entity", help="stories naming this person, place or organisation")
    st.add_argument("--query", help="stories with an article holding every word of TEXT", metavar="TEXT")
    st.add_argument("--min-sources", type=int, default=1, metavar="N", help="at least N independent sources")
    st.add_argument("--disputed", action="store_true", help="only stories where outlets contradict each other")
    st.add_argument("--limit", type=int, default=50, metavar="N", help="at most N stories, newest first (default: 50)")
    st.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N (the next page)")
    st.add_argument("--format", "-f", choices=("text", "json"), default="text", help="default: text")
    lang_option(st)
    st.set_defaults(handler=_cmd_stories)

    one = commands.add_parser("story", help="the comparison report of one stored story")
    one.add_argument("id", metavar="ID", help="a story id, as `lintas stories` lists them")
    db_option(one)
    one.add_argument(
        "--format", "-f", choices=("json", "md", "html", "text"), help="default: text on a terminal, json otherwise"
    )
    lang_option(one)
    one.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    one.set_defaults(handler=_cmd_story)

    ex = commands.add_parser("export", help="export articles, stories, facts or discrepancies")
    db_option(ex)
    ex.add_argument(
        "--what",
        choices=("articles", "stories", "facts", "discrepancies"),
        default="articles",
        help="default: articles",
    )
    ex.add_argument("--format", "-f", choices=("jsonl", "csv", "parquet"), default="jsonl", help="default: jsonl")
    ex.add_argument("-o", "--output", metavar="FILE", help="required for parquet")
    ex.set_defaults(handler=_cmd_export)

    re_an = commands.add_parser(
        "reanalyse", aliases=["reanalyze"], help="re-read every stored input with the current models"
    )
    db_option(re_an)
    re_an.add_argument("--workers", type=int, default=None, help="map processes (default: up to 2 cores)")
    _engine_option(re_an)
    re_an.set_defaults(handler=_cmd_reanalyse)

    rf = commands.add_parser(
        "refresh",
        help="compare the stories changed since their last report (discrepancy counts for --disputed)",
    )
    db_option(rf)
    rf.add_argument("--limit", type=int, default=None, metavar="N", help="at most N stories this run")
    rf.set_defaults(handler=_cmd_refresh)

    rc = commands.add_parser("recluster", help="cluster the stored articles again with the current settings")
    db_option(rc)
    rc.set_defaults(handler=_cmd_recluster)

    sp = commands.add_parser(
        "split",
        help="take an article out of its story (kept apart when stories are computed again)",
        description="Take ARTICLE (with its copies) out of its story into a story of its own. The correction "
        "is recorded: `recluster` and `reanalyse` keep the two apart, and no ingest merges them again.",
    )
    sp.add_argument("article", metavar="ARTICLE", help="an article id, as `lintas story ID` or the web page shows it")
    db_option(sp)
    sp.set_defaults(handler=_cmd_split)

    mg = commands.add_parser(
        "merge",
        help="make two stories one (kept together when stories are computed again)",
        description="Make stories STORY and OTHER one story. The correction is recorded: `recluster` and "
        "`reanalyse` keep them together.",
    )
    mg.add_argument("story", metavar="STORY", help="a story id, as `lintas stories` lists them")
    mg.add_argument("other", metavar="OTHER", help="the story to merge into it")
    db_option(mg)
    mg.set_defaults(handler=_cmd_merge)

    sv = commands.add_parser("serve", help="the HTTP API and web pages over a corpus store")
    db_option(sv)
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    sv.add_argument("--port", type=int, default=8000, help="default: 8000")
    sv.add_argument("--token-file", metavar="F", help="file holding the token that writes (POST) need")
    sv.add_argument("--read-token-file", metavar="F", help="file holding a token that reads need too (default: open)")
    sv.set_defaults(handler=_cmd_serve)

    tk = commands.add_parser(
        "token",
        help="write a new random token to a file only you can read, for serve --token-file",
        description="Write a new random token (43 characters) to FILE with mode 0600; FILE must not exist yet.",
    )
    tk.add_argument("file", metavar="FILE", help="where to write the token")
    tk.set_defaults(handler=_cmd_token)

    cl = eval_commands.add_parser(
        "clusters",
        help="BCubed and pairwise scores of the stored stories against gold labels",
        description='GOLD is JSONL of {"input": ..., "cluster": ...}; inputs missing from the store are singletons.',
    )
    db_option(cl)
    cl.add_argument("--gold", required=True, metavar="FILE", help='JSONL of {"input": ..., "cluster": ...}')
    cl.set_defaults(handler=_cmd_eval_clusters)


def _engine_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--engine",
        metavar="ENGINE",
        help="where the map step runs: local (default; LINTAS_ENGINE), ray (a Ray instance started here), "
        "ray://HOST:PORT or ray:auto (a Ray cluster); needs `pip install 'lintas[ray]'`",
    )


def _workers(args: argparse.Namespace) -> int:
    from lintas.corpus.ingest import default_workers

    workers = args.workers if args.workers is not None else default_workers()
    if workers < 1:
        raise UsageError("--workers must be at least 1")
    return int(workers)


def open_db(args: argparse.Namespace, *, create: bool = False, made_by: str = "lintas ingest PATH") -> Any:
    """The store of ``--db``; only ``ingest`` (and ``follow``) create one: a typo in a reading
    command's ``--db`` would otherwise list an empty new database as if the corpus were empty."""
    from lintas.store import open_store, store_exists

    if not create and not store_exists(args.db):
        from lintas.store import resolve_target

        target = resolve_target(args.db)
        raise UsageError(f"no store at {target}: check --db (or LINTAS_DB), or make one with `{made_by} --db {target}`")
    return open_store(args.db)


def _cmd_ingest(args: argparse.Namespace) -> int:
    from lintas.corpus import ingest
    from lintas.corpus.browse import refresh_reports

    workers = _workers(args)
    engine = Engine.parse(args.engine)  # a wrong --engine is a usage error before any work
    progress = Progress("ingest")
    progress.total(count_inputs(args.paths))
    with open_db(args, create=True) as store:
        try:
            result = ingest(
                args.paths, store, workers=workers, max_bytes=args.max_size, progress=progress, engine=engine
            )
            if args.refresh:
                progress.status("comparing changed stories")
                refresh_reports(store)
        finally:
            progress.close()
        counts = store.counts()
    for r in result.rejected:
        say(f"lintas: rejected {r.input}: {r.reason}")
    if args.format == "json":
        sys.stdout.write(json.dumps({**result.to_dict(), "store": counts}, ensure_ascii=False, indent=2) + "\n")
    else:
        rate = result.added / result.seconds if result.seconds else 0.0
        sys.stdout.write(
            f"read {words.count(result.read, 'input')}: {words.count(result.added, 'new article')} "
            f"({result.copies} of them copies), "
            f"{words.count(result.duplicates, 'duplicate')} of a stored article, "
            f"{result.skipped} read by an earlier run, "
            f"{len(result.rejected)} rejected; "
            f"{result.new_stories} new stories, {len(result.changed_stories)} changed; "
            f"{result.seconds:.1f} s ({rate:.1f} articles/s)\n"
            f"store: {counts['articles']} articles, {counts['stories']} stories\n"
        )
    return EXIT_OK if result.ok else EXIT_REJECTED


def _cmd_stories(args: argparse.Namespace) -> int:
    from lintas.corpus.browse import StoryFilter, list_stories, stories_text, unchecked

    f = StoryFilter(
        since=args.since, until=args.until, outlet=args.outlet, entity=args.entity, query=args.query,
        min_sources=args.min_sources, disputed=args.disputed, limit=args.limit, offset=args.offset,
    )  # fmt: skip
    with open_db(args) as store:
        stories = list_stories(store, f)
        stale = unchecked(store, f) if args.disputed else 0
    if stale:
        print(
            f"lintas: {stale} stories changed since they were last compared and are not counted as disputed "
            "yet; run `lintas refresh` (or ingest with --refresh) to compare them",
            file=sys.stderr,
        )
    if args.format == "json":
        sys.stdout.write(json.dumps({"stories": stories}, ensure_ascii=False, indent=2) + "\n")
    else:
        lang = language(args.lang)
        sys.stdout.write(terminal_safe(stories_text(stories, lang)) or words.text("none", lang) + "\n")
    return EXIT_OK


def _cmd_refresh(args: argparse.Namespace) -> int:
    from lintas.corpus.browse import refresh_reports

    progress = Progress("refresh", unit="stories")
    with open_db(args) as store:
        try:
            n = refresh_reports(store, limit=args.limit, progress=progress)
        finally:
            progress.close()
    sys.stdout.write(f"compared {n} changed stories\n")
    return EXIT_OK


def _cmd_story(args: argparse.Namespace) -> int:
    from lintas.corpus.browse import story_report, story_report_json
    from lintas.report.compare import render_report

    fmt = output_format(args)
    lang = report_language(args, fmt)
    with open_db(args) as store:
        if fmt == "json":
            report = localise(story_report_json(store, args.id), lang)
            text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
        else:
            text = render_report(story_report(store, args.id), fmt, lang)
    write_output(text, args.output)
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from lintas.corpus.browse import export_rows, write_export, write_parquet

    with open_db(args) as store:
        rows = export_rows(store, args.what)
        if args.format == "parquet":
            if not args.output:
                raise UsageError("parquet export needs -o FILE")
            n = write_parquet(rows, args.output)
        elif args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                n = write_export(rows, args.format, out)
        else:
            n = write_export(rows, args.format, sys.stdout)
    if args.output:
        info(f"lintas: wrote {n} {args.what} to {args.output}")
    return EXIT_OK


def _cmd_reanalyse(args: argparse.Namespace) -> int:
    from lintas.corpus.ingest import reanalyse

    progress = Progress("reanalyse")
    with open_db(args) as store:
        try:
            result = reanalyse(store, workers=_workers(args), progress=progress, engine=Engine.parse(args.engine))
        finally:
            progress.close()
    sys.stdout.write(
        f"re-analysed {result.read} inputs: {result.added} articles, {len(result.rejected)} rejected, "
        f"{result.new_stories} stories\n"
    )
    return EXIT_OK


def _cmd_split(args: argparse.Namespace) -> int:
    from lintas.group.corrections import split_article

    with open_db(args) as store, store.write():
        story = split_article(store, args.article)
    sys.stdout.write(f"{args.article} is now in story {story}\n")
    return EXIT_OK


def _cmd_merge(args: argparse.Namespace) -> int:
    from lintas.group.corrections import merge_stories

    with open_db(args) as store, store.write():
        story = merge_stories(store, args.story, args.other)
    sys.stdout.write(f"stories {args.story} and {args.other} are now story {story}\n")
    return EXIT_OK


def _cmd_recluster(args: argparse.Namespace) -> int:
    from lintas.corpus import recluster

    with open_db(args) as store:
        n = recluster(store)
    sys.stdout.write(f"{words.count(n, 'story')}\n")
    return EXIT_OK


def _cmd_serve(args: argparse.Namespace) -> int:
    from lintas.serve import run

    open_db(args).close()  # a typo in --db is an error, not a new empty corpus served
    run(args.db, args.host, args.port, _token(args.token_file), _token(args.read_token_file))
    return EXIT_OK


def _cmd_token(args: argparse.Namespace) -> int:
    import secrets

    try:  # created 0600 in one step: the token is never readable by others, not even for a moment
        fd = os.open(args.file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as e:
        raise UsageError(f"{args.file} exists: a token file is not overwritten; remove it first") from e
    except OSError as e:
        raise UsageError(f"cannot create {args.file}: {e.strerror or e}") from e
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(secrets.token_urlsafe(32) + "\n")
    info(f"lintas: wrote a token to {args.file}; start the server with --token-file {args.file}")
    return EXIT_OK


def _token(path: str | None) -> str | None:
    """The token in ``path``: one line of at least 16 characters, in a file only its owner reads."""
    if not path:
        return None
    make = f"make one with: lintas token {path}"
    try:
        mode = os.stat(path).st_mode
        token = Path(path).read_text(encoding="utf-8").strip()
    except OSError as e:
        raise UsageError(f"cannot read token file {path}: {e.strerror or e}; {make}") from e
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise UsageError(f"token file {path} can be read by other users: run `chmod 600 {path}`")
    if "\n" in token or "\r" in token:
        raise UsageError(f"token file {path} holds more than one line: put the token alone on one line")
    if len(token) < 16:
        raise UsageError(f"the token in {path} is too short: use at least 16 characters; {make}")
    return token


def _cmd_eval_clusters(args: argparse.Namespace) -> int:
    from lintas.evaluation.clusters import score_clusters

    gold: dict[str, str] = {}
    try:
        with open(args.gold, encoding="utf-8") as f:
            lines = list(f)
    except OSError as e:
        raise UsageError(f"cannot read gold file {args.gold}: {e.strerror or e}") from e
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            gold[str(obj["input"])] = str(obj["cluster"])
        except (ValueError, KeyError, TypeError) as e:
            raise UsageError(f'{args.gold} line {lineno}: expected {{"input": ..., "cluster": ...}}') from e
    from lintas.store import queries

    with open_db(args) as store:
        stories = queries.input_stories(store)
    scores = score_clusters(gold, stories)
    sys.stdout.write(json.dumps(scores, indent=2) + "\n")
    return EXIT_OK
