"""``lintas follow`` and ``lintas outlets``: the command line over lintas.follow and the outlet table."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path
from typing import Any

from lintas import _cli_common
from lintas import _words as words
from lintas._cli_common import info, say, terminal_safe
from lintas.cli_corpus import db_option, open_db
from lintas.errors import UsageError

EXIT_OK, EXIT_REJECTED = 0, 1


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Register follow and outlets on the main parser's subcommands."""
    fo = commands.add_parser(
        "follow",
        help="fetch the followed outlets' new articles (feeds, sitemaps, homepages) and ingest them",
        description=(
            "Read the feeds, sitemaps (news sitemaps and sitemap indexes too) and, when those give nothing, "
            "the homepages of the outlets you follow (`lintas outlets add NAME --feed URL`), fetch the new "
            "articles politely (robots.txt, a pace per host, conditional requests, retries) and safely "
            "(public addresses only unless --allow; bounded size, time and redirects) and ingest them into "
            "the store. What was fetched, and each failure with its reason, is kept in the store: a killed "
            "run resumes where it stopped."
        ),
    )
    db_option(fo)
    fo.add_argument("--outlet", action="append", metavar="NAME", help="follow only these outlets (repeatable)")
    when = fo.add_mutually_exclusive_group()
    when.add_argument("--once", action="store_true", help="one round, then exit (for cron; the default)")
    when.add_argument("--every", metavar="TIME", help="a round every TIME (10m, 30s, 2h) until stopped")
    when.add_argument("--status", action="store_true", help="print what was fetched and what failed; fetch nothing")
    fo.add_argument("--rounds", type=int, metavar="N", help="with --every: stop after N rounds")
    fo.add_argument("--max-pages", type=int, metavar="N", help="articles fetched per outlet and round (default: 200)")
    fo.add_argument("--delay", type=float, metavar="S", help="seconds between requests to one host (default: 1)")
    fo.add_argument("--workers", type=int, metavar="N", help="requests in flight over all hosts (default: 8)")
    fo.add_argument(
        "--contact", metavar="EMAIL_OR_URL", help="how sites reach you, in the User-Agent ($LINTAS_CONTACT)"
    )
    fo.add_argument(
        "--allow",
        action="append",
        metavar="NETWORK",
        help="also fetch from this non-public network (127.0.0.1, 10.0.0.0/8, loopback; $LINTAS_ALLOW)",
    )
    fo.add_argument("--format", "-f", choices=("text", "json"), default="text", help="the summary (default: text)")
    fo.set_defaults(handler=_cmd_follow)

    ou = commands.add_parser(
        "outlets",
        help="list the outlet table; add or remove your own outlets and what to follow of them",
        description=(
            "The outlet table names each outlet once (name, domains, aliases, language, kind) for every "
            "report and count. Your own entries live in $LINTAS_OUTLETS, else ~/.config/lintas/outlets.json; "
            "`add` writes there (with the feeds, sitemaps and homepage `lintas follow` reads), `remove` "
            "deletes from there."
        ),
    )
    what = ou.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=parser_class)
    ls = what.add_parser("list", help="the outlets lintas knows")
    ls.add_argument("--following", action="store_true", help="only outlets with a feed, sitemap or homepage")
    ls.add_argument("--format", "-f", choices=("text", "json"), default="text", help="default: text")
    ls.set_defaults(handler=_cmd_outlets_list)
    add = what.add_parser("add", help="add an outlet to your file, or add to one there")
    add.add_argument("name", help="the name shown everywhere (an existing name adds to that outlet)")
    add.add_argument("--domain", action="append", default=[], help="its web domain (repeatable)")
    add.add_argument("--alias", action="append", default=[], help="another name it goes by (repeatable)")
    add.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS or Atom feed (repeatable)")
    add.add_argument("--sitemap", action="append", default=[], metavar="URL", help="a sitemap or index (repeatable)")
    add.add_argument("--homepage", metavar="URL", help="read for article links when there is no feed or sitemap")
    add.add_argument("--language", help="its language: id, en, ...")
    add.add_argument("--country", help="its country code: ID, US, ...")
    add.add_argument("--kind", choices=("outlet", "wire", "aggregator"), help="default: outlet")
    add.add_argument("--owner", help="who owns it (shown with its articles)")
    add.add_argument("--region", help="the region it covers")
    add.add_argument("--notes", help="your own notes on it")
    add.set_defaults(handler=_cmd_outlets_add)
    rm = what.add_parser("remove", help="remove an outlet from your file")
    rm.add_argument("name", help="the outlet to remove")
    rm.set_defaults(handler=_cmd_outlets_remove)


def _cmd_follow(args: argparse.Namespace) -> int:
    from lintas.follow.http import Policy, allowed, user_agent
    from lintas.follow.run import RoundResult, Settings, follow, parse_every
    from lintas.metadata.outlet import outlet_table

    if args.status:
        return _status(args)
    if args.rounds is not None and (args.every is None or args.rounds < 1):
        raise UsageError("--rounds N goes with --every TIME, N >= 1")
    for name, value, low in (
        ("--max-pages", args.max_pages, 0),
        ("--workers", args.workers, 1),
        ("--delay", args.delay, 0),
    ):
        if value is not None and not (value >= low and math.isfinite(value)):
            raise UsageError(f"{name} {value}: at least {low}")
    every = parse_every(args.every) if args.every else None
    table = outlet_table()
    followed = [o for o in table.outlets if o.followed]
    if args.outlet:
        names = {table.named(n) or n for n in args.outlet}
        unknown = names - {o.name for o in table.outlets}
        if unknown:
            raise UsageError(f"no outlet named {sorted(unknown)[0]!r}: see `lintas outlets list`")
        idle = names - {o.name for o in followed}
        if idle:
            raise UsageError(f"{sorted(idle)[0]} has no feed, sitemap or homepage: add one with `lintas outlets add`")
        followed = [o for o in followed if o.name in names]
    if not followed:
        raise UsageError(
            "no outlet to follow: add one with `lintas outlets add NAME --feed URL` (or --sitemap, --homepage)"
        )
    allow = allowed(args.allow or [])
    policy = Policy(user_agent=user_agent(args.contact or os.environ.get("LINTAS_CONTACT")), allow=allow)
    defaults = Settings()
    settings = Settings(
        policy=policy,
        host_delay=defaults.host_delay if args.delay is None else args.delay,
        workers=defaults.workers if args.workers is None else args.workers,
        max_pages=defaults.max_pages if args.max_pages is None else args.max_pages,
    )

    def said(result: RoundResult) -> None:
        for r in result.failed:
            say(f"lintas: could not fetch {r.input}: {r.reason}")
        for r in result.rejected:
            say(f"lintas: rejected {r.input}: {r.reason}")
        if args.format == "json":
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(
                f"{words.count(len(followed), 'outlet')}: {result.listings_read} listings read "
                f"({result.listings_unchanged} unchanged), {result.found} new articles found, "
                f"{result.fetched} fetched, {result.added} added ({result.duplicates} duplicates, "
                f"{result.new_stories} new stories), {result.disallowed} disallowed by robots.txt, "
                f"{result.deferred} left for the next round, {len(result.failed)} failed, "
                f"{len(result.rejected)} rejected; {result.seconds:.1f} s\n"
            )
        sys.stdout.flush()

    with open_db(args, create=True) as store:
        last = follow(
            store, followed, settings, every=every, rounds=args.rounds, on_round=said, on_page=_fetched, say=say
        )
    return EXIT_OK if last.ok else EXIT_REJECTED


def _fetched(url: str) -> None:
    if _cli_common.VERBOSITY >= 2:
        say(f"lintas: fetched {url}")


def _status(args: argparse.Namespace) -> int:
    from lintas.store import follow as state

    with open_db(args, made_by="lintas follow --once") as store:
        counts = state.states(store)
        failures = state.failures(store, 20)
    if args.format == "json":
        out = {
            "counts": [{"outlet": o, "kind": k, "state": s, "n": n} for o, k, s, n in counts],
            "failures": [{"outlet": o, "url": u, "state": s, "reason": r, "at": t} for o, u, s, r, t in failures],
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    lines = [f"{o}  {k:<8} {s:<13} {n:>6}" for o, k, s, n in counts] or ["nothing followed yet"]
    if failures:
        lines += ["", "latest failures:"] + [f"{t or '?'}  {o}  {u}  {s}: {r}" for o, u, s, r, t in failures]
    sys.stdout.write(terminal_safe("\n".join(lines)) + "\n")
    return EXIT_OK


def _cmd_outlets_list(args: argparse.Namespace) -> int:
    from lintas.metadata.outlet import outlet_table, user_file

    outlets = [o for o in outlet_table().outlets if o.followed or not args.following]
    if args.format == "json":
        rows = [
            {
                "name": o.name, "domains": list(o.domains), "aliases": list(o.aliases), "kind": o.kind,
                "country": o.country, "language": o.language, "feeds": list(o.feeds), "sitemaps": list(o.sitemaps),
                "homepage": o.homepage, **o.extra,
            }
            for o in outlets
        ]  # fmt: skip
        sys.stdout.write(
            json.dumps({"user_file": str(user_file()), "outlets": rows}, ensure_ascii=False, indent=2) + "\n"
        )
        return EXIT_OK
    lines = []
    for o in outlets:
        follows = ", ".join([*o.feeds, *o.sitemaps, *([o.homepage] if o.homepage else [])])
        lines.append(f"{o.name}  ({', '.join(o.domains) or 'no domain'})" + (f"  follows {follows}" if follows else ""))
    sys.stdout.write(terminal_safe("\n".join(lines) or "no outlets") + "\n")
    info(f"lintas: your own outlets are in {user_file()}")
    return EXIT_OK


def _own_file() -> Path:
    from lintas.metadata.outlet import OUTLETS_ENV, user_file

    path = user_file()
    if path is None:
        raise UsageError(f"no home directory to keep your outlets in: set {OUTLETS_ENV} to a file")
    return path


def _cmd_outlets_add(args: argparse.Namespace) -> int:
    from lintas.metadata.outlet import add_outlet

    item: dict[str, object] = {"name": args.name.strip()}
    for key, value in (
        ("domains", args.domain), ("aliases", args.alias), ("feeds", args.feed), ("sitemaps", args.sitemap),
        ("homepage", args.homepage), ("language", args.language), ("country", args.country), ("kind", args.kind),
        ("owner", args.owner), ("region", args.region), ("notes", args.notes),
    ):  # fmt: skip
        if value:
            item[key] = value
    path = _own_file()
    new = add_outlet(path, item)
    info(f"lintas: {'added' if new else 'updated'} {args.name} in {path}")
    return EXIT_OK


def _cmd_outlets_remove(args: argparse.Namespace) -> int:
    from lintas.metadata.outlet import remove_outlet

    path = _own_file()
    if not remove_outlet(path, args.name):
        raise UsageError(
            f"{path} has no outlet named {args.name!r} (shipped outlets cannot be removed, only overridden)"
        )
    info(f"lintas: removed {args.name} from {path}")
    return EXIT_OK
