"""The HTTP API and web pages over a corpus store (the ``serve`` extra: FastAPI, Jinja2, uvicorn).

Reads are open unless a read token is configured; writes always need the write token, and there
is no default token. Every page is rendered by Jinja2 with autoescaping, so article text (titles,
bodies, quotes, names) is escaped wherever it appears; pages carry a Content-Security-Policy that
forbids inline and foreign scripts. Ids are checked against their shape before any lookup, so a
path such as ``../../etc/passwd`` is a plain 404.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import hashlib
import hmac
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar, cast

from lintas import __version__
from lintas import _words as words
from lintas._words import TEXTS
from lintas.corpus.browse import (
    StoryFilter,
    entity_list,
    list_stories,
    outlet_summaries,
    story_report_json,
    unchecked,
)
from lintas.errors import LintasError, MissingExtraError, StoreError, UsageError
from lintas.model import Article
from lintas.report.compare import web_url
from lintas.report.shared import what_they_share
from lintas.settings import (
    SERVE_BODY_TIMEOUT_S,
    SERVE_KEEP_ANALYSIS_CHARS,
    SERVE_MAX_BODY_BYTES,
    SERVE_MAX_MIN_SOURCES,
    SERVE_MAX_OFFSET,
    SERVE_PAGE_SIZE,
)
from lintas.store import Store, open_store

try:
    from fastapi import FastAPI, Request
    from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
    from fastapi.templating import Jinja2Templates
    from jinja2 import Environment, FileSystemLoader
    from markupsafe import Markup, escape
except ImportError as e:  # pragma: no cover - exercised only without the extra
    raise MissingExtraError("lintas serve", "serve") from e

T = TypeVar("T")
_ID = re.compile(r"^[0-9a-f]{16}$")
_TEMPLATES = Path(__file__).parent / "templates"
CSP = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)


def language(value: str | None) -> str:
    """The page language: ``?lang=id|en``, Indonesian by default."""
    return value if value in words.LANGUAGES else "id"


_BEARER = re.compile(r"^\s*bearer\s+(?P<token>.+?)\s*$", re.I)


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def create_app(db: str | None = None, *, token: str | None = None, read_token: str | None = None) -> FastAPI:
    """The application over the store at ``db``. ``token`` enables writes; ``read_token`` closes reads."""
    with open_store(db):  # create and migrate once, up front
        pass
    # No /docs or /redoc: they load scripts from a CDN that the CSP forbids (and would bypass the read token).
    app = FastAPI(
        title="lintas",
        version=__version__,
        description="Stories, sources and contradictions of a news corpus.",
        docs_url=None,
        redoc_url=None,
        openapi_url=None if read_token else "/openapi.json",
    )
    once = SingleFlight()
    env = Environment(loader=FileSystemLoader(str(_TEMPLATES)), autoescape=True)
    templates = Jinja2Templates(env=env)
    templates.env.globals["texts"] = TEXTS
    templates.env.filters["mark"] = mark
    templates.env.filters["status"] = words.status  # {{ "agreed"|status(lang) }}
    templates.env.filters["count"] = words.count  # {{ n|count("article", lang) }}: "1 article", "2 artikel"

    def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
        response: Response = templates.TemplateResponse(request, name, context, status_code=status)
        return response

    @contextmanager
    def store() -> Iterator[Store]:
        with open_store(db, migrate=False) as s:  # one connection per request: threads never share one
            yield s

    def check(request: Request, wanted: str | None, *, write: bool, given: str | None = None) -> None:
        """``given``: a token a form sent (the web page's corrections), else the bearer header's."""
        if wanted is None:
            if write:
                raise ApiError(401, "writes are disabled: start `lintas serve` with --token-file")
            return
        if given is None:
            m = _BEARER.match(request.headers.get("authorization", ""))
            given = m["token"] if m else ""
        if not hmac.compare_digest(given.encode(), wanted.encode()):
            raise ApiError(401, "missing or wrong token: send 'Authorization: Bearer TOKEN'")

    def correct(action: str, story: str, other: str) -> str:
        """A reader's split (``other``: the article) or merge (``other``: the story) of ``story``."""
        from lintas.group.corrections import merge_stories, split_article

        if not _ID.match(story) or not _ID.match(other):
            raise ApiError(404, "no such story or article")
        with store() as s, s.write():
            try:
                if action == "split":
                    found = s.articles([other])
                    if not found or (s.merged_into(story) or story) != found[0].story:
                        raise ApiError(404, "no such article in this story")
                    return split_article(s, other)
                return merge_stories(s, story, other)
            except UsageError as e:
                raise ApiError(409, str(e)) from e

    @app.middleware("http")
    async def limits(request: Request, call_next: Any) -> Response:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > SERVE_MAX_BODY_BYTES):
            return JSONResponse({"error": f"request body over {SERVE_MAX_BODY_BYTES} bytes"}, status_code=413)
        if any("\x00" in k or "\x00" in v for k, v in request.query_params.multi_items()):
            return JSONResponse({"error": "bad query parameter: NUL character"}, status_code=400)
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(ApiError)
    async def api_error(request: Request, e: ApiError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": e.message}, status_code=e.status)
        lang = language(request.query_params.get("lang"))
        return render(request, "error.html", {"lang": lang, "t": TEXTS[lang], "message": e.message}, e.status)

    def filters(request: Request) -> StoryFilter:
        q = request.query_params
        try:
            return StoryFilter(
                since=q.get("since") or None, until=q.get("until") or None, outlet=q.get("outlet") or None,
                entity=q.get("entity") or None, query=q.get("q") or q.get("query") or None,
                min_sources=_bounded(q.get("min_sources"), 1, 1, SERVE_MAX_MIN_SOURCES),
                disputed=q.get("disputed") in ("1", "true", "on"),
                limit=_bounded(q.get("limit"), SERVE_PAGE_SIZE, 1, 200),
                offset=_bounded(q.get("cursor"), 0, 0, SERVE_MAX_OFFSET),
            )  # fmt: skip
        except ValueError as e:
            raise ApiError(400, f"bad query parameter: {e}") from e

    def stories_page(request: Request) -> dict[str, Any]:
        f = filters(request)
        with store() as s:
            try:
                stories = list_stories(s, dataclasses.replace(f, limit=f.limit + 1))
            except UsageError as e:
                raise ApiError(400, str(e)) from e
            unchecked_n = unchecked(s, f) if f.disputed else 0
        more = len(stories) > f.limit
        page = {"stories": stories[: f.limit], "next": str(f.offset + f.limit) if more else None}
        return page | ({"unchecked": unchecked_n} if f.disputed else {})

    def report(story: str) -> dict[str, Any]:
        if not _ID.match(story):
            raise ApiError(404, "no such story")

        def compute() -> dict[str, Any]:
            with store() as s:
                try:
                    return story_report_json(s, story)
                except StoreError as e:
                    raise ApiError(404, "no such story") from e

        return once.run(f"story:{story}", compute)  # one computation however many ask at once

    def article(article_id: str) -> dict[str, Any]:
        if not _ID.match(article_id):
            raise ApiError(404, "no such article")
        with store() as s:
            found = s.articles([article_id])
        if not found:
            raise ApiError(404, "no such article")
        stored = found[0]
        # An article's text never changes under its id (a hash of its title and text); its metadata
        # may (reanalyse), so it is part of the key. Analysed once, however many ask at once.
        a = stored.article
        version = hashlib.sha1(repr((a.outlet, a.published, a.title, a.url, a.language)).encode()).hexdigest()[:12]
        small = len(a.text) <= SERVE_KEEP_ANALYSIS_CHARS  # big ones are not kept: the cache stays small
        analysed = once.run(f"article:{article_id}:{version}", lambda: _analysed(a), keep=small)
        return {**analysed, "story": stored.story, "copy_of": stored.copy_of}

    # --- API ------------------------------------------------------------------------------
    @app.get("/api/stories")
    def api_stories(request: Request) -> dict[str, Any]:
        check(request, read_token, write=False)
        return stories_page(request)

    @app.get("/api/stories/{story}")
    def api_story(story: str, request: Request) -> dict[str, Any]:
        check(request, read_token, write=False)
        asked = request.query_params.get("lang")
        if asked in words.LANGUAGES:  # what lintas composes, said in the asked language
            return words.localise(copy.deepcopy(report(story)), asked)
        return report(story)

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str, request: Request) -> dict[str, Any]:
        check(request, read_token, write=False)
        return article(article_id)

    @app.get("/api/outlets")
    def api_outlets(request: Request) -> dict[str, Any]:
        check(request, read_token, write=False)
        with store() as s:
            return {"outlets": outlet_summaries(s)}

    @app.get("/api/entities")
    def api_entities(request: Request) -> dict[str, Any]:
        check(request, read_token, write=False)
        limit = _bounded(request.query_params.get("limit"), 100, 1, 1000)
        with store() as s:
            return {"entities": entity_list(s, limit)}

    @app.post("/api/articles", status_code=201, response_model=None)
    async def api_ingest(request: Request) -> dict[str, Any] | Response:
        check(request, token, write=True)
        body = await _read_body(request)
        ctype = request.headers.get("content-type", "")
        if ctype.startswith("multipart/form-data"):
            form = await request.form()
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                raise ApiError(400, "multipart upload needs a 'file' field")
            record: dict[str, Any] | bytes = await upload.read()
            name = upload.filename or "upload"
        else:
            try:
                record = json.loads(body)
            except ValueError as e:
                raise ApiError(400, f"body is not JSON: {e}") from e
            except RecursionError as e:
                raise ApiError(400, "body is JSON nested too deeply to be an article record") from e
            if not isinstance(record, dict):
                raise ApiError(400, "body must be a JSON object with 'text' or 'html'")
            name = "api"
        from lintas.serve.ingest import ingest_one

        with store() as s:
            try:
                result = ingest_one(s, record, name)
            except LintasError as e:
                raise ApiError(422, str(e)) from e
        if result["status"] == "rejected":  # recorded, with the reason it is no article
            return JSONResponse(result, status_code=422)
        return result

    @app.post("/api/stories/{story}/split")
    async def api_split(story: str, request: Request) -> dict[str, Any]:
        """Take ``{"article": ID}`` out of the story into its own (kept apart from now on)."""
        check(request, token, write=True)
        body = await _json_object(request)
        return {"story": correct("split", story, str(body.get("article", "")))}

    @app.post("/api/stories/{story}/merge")
    async def api_merge(story: str, request: Request) -> dict[str, Any]:
        """Make ``{"with": STORY}`` one story with this one (kept together from now on)."""
        check(request, token, write=True)
        body = await _json_object(request)
        return {"story": correct("merge", story, str(body.get("with", "")))}

    @app.post("/stories/{story}/{action}", response_class=HTMLResponse)
    async def page_correct(story: str, action: str, request: Request) -> Response:
        """The story page's split and merge forms (they carry the write token)."""
        from urllib.parse import parse_qs

        if action not in ("split", "merge"):
            raise ApiError(404, "no such page")
        form = {k: v[0] for k, v in parse_qs((await _read_body(request)).decode("utf-8", "replace")).items()}
        check(request, token, write=True, given=form.get("token", ""))
        lang = language(form.get("lang"))
        target = correct(action, story, form.get("article" if action == "split" else "other", "").strip())
        return RedirectResponse(f"/stories/{target}?lang={lang}", status_code=303)

    # --- pages ----------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse)
    def page_stories(request: Request) -> Response:
        check(request, read_token, write=False)
        lang = language(request.query_params.get("lang"))
        page = stories_page(request)
        return render(
            request, "stories.html", {"lang": lang, "t": TEXTS[lang], **page, "q": dict(request.query_params)}
        )

    @app.get("/stories/{story}", response_class=HTMLResponse)
    def page_story(story: str, request: Request) -> Response:
        check(request, read_token, write=False)
        lang = language(request.query_params.get("lang"))
        r = words.localise(copy.deepcopy(report(story)), lang)  # the kept report is shared: said on a copy
        s = r["stories"][0]
        articles = {a["id"]: {**a, "web_url": web_url(a.get("url"))} for a in r["articles"]}
        for d in s["discrepancies"]:
            d["kind_label"] = words.kind(d["kind"], lang)
            for c in d["claims"]:
                c["shown"] = words.claim_value(c["value"], c.get("qualifier"), lang)
        context = {
            "lang": lang, "t": TEXTS[lang], "story": s, "articles": articles,
            "coverage": _coverage([articles[a] for a in s["articles"] if a in articles]),
            "facts": _facts_by_article(s["facts"]), "shared": what_they_share(s, articles),
        }  # fmt: skip
        return render(request, "story.html", context)

    @app.get("/outlets", response_class=HTMLResponse)
    def page_outlets(request: Request) -> Response:
        check(request, read_token, write=False)
        lang = language(request.query_params.get("lang"))
        with store() as s:
            rows = outlet_summaries(s)
        return render(request, "outlets.html", {"lang": lang, "t": TEXTS[lang], "outlets": rows})

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def page_article(article_id: str, request: Request) -> Response:
        check(request, read_token, write=False)
        lang = language(request.query_params.get("lang"))
        a = article(article_id)
        title = None
        if a["story"]:
            with store() as s:
                title = s.stories_by_id([a["story"]]).get(a["story"])
        context = {"lang": lang, "t": TEXTS[lang], "a": a, "web_url": web_url(a.get("url")),
                   "story_title": title.title if title else None}  # fmt: skip
        return render(request, "article.html", context)

    return app


def _bounded(value: str | None, default: int, low: int, high: int) -> int:
    """An integer query parameter clamped to [low, high]: 10^20 or -2 is no 500, nor every story."""
    if value is None or value == "":
        return default
    try:
        return max(low, min(high, int(value)))
    except ValueError as e:
        raise ApiError(400, f"bad query parameter: {value[:40]!r} is not a whole number") from e


async def _read_body(request: Request) -> bytes:
    """The request body, read as it streams in: over SERVE_MAX_BODY_BYTES (chunked uploads say no
    length up front) is a 413 before it is all held, and a body still unfinished after
    SERVE_BODY_TIMEOUT_S is a 408."""
    chunks: list[bytes] = []
    size = 0

    async def receive() -> None:
        nonlocal size
        async for chunk in request.stream():
            size += len(chunk)
            if size > SERVE_MAX_BODY_BYTES:
                raise ApiError(413, f"request body over {SERVE_MAX_BODY_BYTES} bytes")
            chunks.append(chunk)

    try:
        await asyncio.wait_for(receive(), SERVE_BODY_TIMEOUT_S)
    except TimeoutError as e:
        raise ApiError(408, f"request body not received within {SERVE_BODY_TIMEOUT_S:.0f} s") from e
    body = b"".join(chunks)
    request._body = body  # Starlette reads the form from here once the stream is consumed
    return body


async def _json_object(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(await _read_body(request))
    except (ValueError, RecursionError) as e:
        raise ApiError(400, "body must be a JSON object") from e
    if not isinstance(body, dict):
        raise ApiError(400, "body must be a JSON object")
    return body


def _analysed(article: Article) -> dict[str, Any]:
    from lintas.analyse import analyse_article

    result: dict[str, Any] = analyse_article(article).to_dict()
    return result


class _Flight:
    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None


class SingleFlight:
    """One computation per key at a time: callers that ask while it runs wait for it and get its
    result (or its error). ``keep``: remember the result, for values that never change (a bounded
    number of them)."""

    def __init__(self, kept: int = 512) -> None:
        self._lock = threading.Lock()
        self._running: dict[str, _Flight] = {}
        self._kept: OrderedDict[str, Any] = OrderedDict()
        self._max_kept = kept

    def run(self, key: str, compute: Callable[[], T], *, keep: bool = False) -> T:
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return cast(T, self._kept[key])
            flight = self._running.get(key)
            leader = flight is None
            if flight is None:
                flight = self._running[key] = _Flight()
        if not leader:
            flight.done.wait()
            if flight.error is not None:
                raise flight.error
            return cast(T, flight.value)
        try:
            flight.value = compute()
        except BaseException as e:
            flight.error = e
            raise
        finally:
            with self._lock:
                self._running.pop(key, None)
                if keep and flight.error is None:
                    self._kept[key] = flight.value
                    while len(self._kept) > self._max_kept:
                        self._kept.popitem(last=False)
            flight.done.set()
        return cast(T, flight.value)


def mark(sentence: str, part: str | None) -> Markup:
    """The sentence, escaped, with ``part`` (a claim's words) highlighted."""
    i = sentence.find(part) if part else -1
    if i < 0 or not part:
        return escape(sentence)
    return Markup(f"{escape(sentence[:i])}<mark>{escape(part)}</mark>{escape(sentence[i + len(part) :])}")


def _facts_by_article(facts: list[dict[str, Any]]) -> dict[str, list[tuple[str, str, int]]]:
    """(status, sentence, its number) per article, built once: the template looping facts per
    article was quadratic and took seconds on stories of a hundred articles."""
    out: dict[str, list[tuple[str, str, int]]] = {}
    for f in facts:
        for src in f["sources"]:
            out.setdefault(src["article"], []).append((f["status"], src["text"], src["sentence"]))
    return out


def _coverage(articles: list[dict[str, Any]]) -> dict[str, Any]:
    """Articles per publication day (per week past two months) as bars of an inline SVG chart,
    days or weeks without an article shown as empty: every bar has its count and a title, the
    labels thin out so that they never crowd, and the chart is never wider than 960 px."""
    days: dict[date, int] = {}
    for a in articles:
        try:
            day = date.fromisoformat((a.get("published") or "")[:10])
        except ValueError:
            continue
        days[day] = days.get(day, 0) + 1
    if not days:
        return {"bars": [], "width": 0, "weekly": False}
    weekly = (max(days) - min(days)).days > 62
    unit = timedelta(days=7 if weekly else 1)
    counts: dict[date, int] = {}
    for d, n in days.items():
        start = d - timedelta(days=d.weekday()) if weekly else d
        counts[start] = counts.get(start, 0) + n
    first, last = min(counts), max(counts)
    slots = [first + k * unit for k in range((last - first) // unit + 1)]
    top, step = max(counts.values()), max(4, min(34, 952 // len(slots)))
    every = max(1, -(-len(slots) // 14))
    fmt = "%Y-%m-%d" if first.year != last.year else "%m-%d"
    bars = [
        {"x": 4 + k * step, "height": round(80 * counts.get(d, 0) / top), "count": counts.get(d, 0),
         "day": d.isoformat(), "label": d.strftime(fmt) if k % every == 0 else "", "width": max(2, step - 6)}
        for k, d in enumerate(slots)
    ]  # fmt: skip
    return {"bars": bars, "width": 8 + len(slots) * step, "weekly": weekly}
