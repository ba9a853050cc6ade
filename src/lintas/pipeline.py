"""The orchestrator: read -> clean -> metadata -> (cross-article clean) -> Article.

Small on purpose: each stage is a function in its own subpackage; this module only wires
them and turns every InputError into a Rejected so that one bad input never stops a run.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import BinaryIO

from lintas._lexicon import fold
from lintas.analyse import Analysis, analyse_article, split_sentences
from lintas.clean import clean, remove_outlet_repeats
from lintas.comparison import Report, compare_analyses
from lintas.errors import InputError, LintasError
from lintas.group.incremental import Features
from lintas.metadata import describe
from lintas.model import Article, Cleaned, Document, ExtractResult, Metadata, Rejected
from lintas.read import read_paths
from lintas.settings import ANALYSE_CHUNK, ANALYSE_HELPER_MIN, ID_HEX_DIGITS, MAX_FILE_BYTES

Progress = Callable[[int], None]


def article_id(title: str | None, text: str) -> str:
    """Stable id from the content: the same title and body always give the same id."""
    key = fold(f"{title or ''}\n{text}")
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:ID_HEX_DIGITS]


def extract(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = MAX_FILE_BYTES,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
) -> ExtractResult:
    """Read, clean and describe every article under ``paths``.

    Returns the articles and the rejected inputs, each in input order. ``progress`` is called
    with the count of inputs handled so far.
    """
    from lintas.metadata import language

    language.preload()  # overlaps the first reads and HTML parsing
    items = read_paths([os.fspath(p) for p in paths], max_bytes=max_bytes, stdin=stdin)
    return extract_documents(items, progress=progress)


def extract_documents(items: Iterable[Document | Rejected], *, progress: Progress | None = None) -> ExtractResult:
    """The pipeline after reading: for callers that build Documents themselves."""
    articles: list[Article] = []
    rejected: list[Rejected] = []
    seen: dict[str, str] = {}
    for entry in build_articles(items, progress=progress):
        if isinstance(entry, Rejected):
            rejected.append(entry)
        elif entry.id in seen:
            rejected.append(Rejected(entry.input, f"duplicate of {seen[entry.id]} (same title and text)"))
        else:
            seen[entry.id] = entry.input
            articles.append(entry)
    return ExtractResult(tuple(articles), tuple(rejected))


def build_articles(
    items: Iterable[Document | Rejected], *, progress: Progress | None = None
) -> list[Article | Rejected]:
    """The one batch step of both modes: clean, describe, the cross-article clean (lines an
    outlet repeats on every page of the batch), assemble; an Article or a Rejected per item, in
    order. Duplicates are left to the caller (``extract_documents`` rejects them, the store keeps
    the first)."""
    order: list[tuple[Cleaned, Metadata] | Rejected] = []
    for n, item in enumerate(items, start=1):
        if isinstance(item, Rejected):
            order.append(item)
        else:
            try:
                cleaned = clean(item)
                order.append((cleaned, describe(cleaned)))
            except InputError as e:
                order.append(Rejected(e.input, e.reason))
            except LintasError:
                raise  # a setting or a missing extra, not this input: the run stops and says so
            except Exception as e:  # the last resort of one input: the others of the run go on
                order.append(Rejected.bug(item.input, e))
        if progress is not None:
            progress(n)
    described = [x for x in order if not isinstance(x, Rejected)]
    remove_outlet_repeats([c for c, _ in described], [m.outlet for _, m in described])
    out: list[Article | Rejected] = []
    for entry in order:
        if isinstance(entry, Rejected):
            out.append(entry)
        else:
            cleaned, meta = entry
            cleaned.tree = None  # the parsed page is no longer needed; free it early
            out.append(assemble_article(cleaned, meta))
    return out


def assemble_article(cleaned: Cleaned, meta: Metadata) -> Article:
    """The Article of a cleaned and described document (its id comes from title and text)."""
    text = cleaned.text
    return Article(
        id=article_id(meta.title, text),
        input=cleaned.document.input,
        outlet=meta.outlet,
        url=meta.url,
        title=meta.title,
        published=meta.published,
        language=meta.language,
        authors=meta.authors,
        cites=meta.cites,
        text=text,
        removed=tuple(line.text for line in cleaned.removed),
        sentences=tuple(split_sentences(text)),
    )


@dataclass(frozen=True, slots=True)
class AnalyseResult:
    """Analysed articles and rejected inputs of one run, in input order."""

    analyses: tuple[Analysis, ...]
    rejected: tuple[Rejected, ...]

    @property
    def ok(self) -> bool:
        return not self.rejected


def analyse(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = MAX_FILE_BYTES,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    helpers: int | None = 0,
) -> AnalyseResult:
    """Extract every article under ``paths`` and annotate it (entities, numbers, dates, quotes).

    ``helpers``: processes that share the analysis (``guarded_analyses``)."""
    extracted = extract(paths, max_bytes=max_bytes, stdin=stdin, progress=progress)
    analyses, failed = guarded_analyses(extracted.articles, helpers=helpers)
    return AnalyseResult(tuple(analyses), (*extracted.rejected, *failed))


def guarded_analyses(articles: Sequence[Article], *, helpers: int | None = 0) -> tuple[list[Analysis], list[Rejected]]:
    """Each article analysed (``guarded_analysis``), in input order: the analyses, and the
    articles a bug rejected. Other languages go first, so that the English model loads meanwhile.

    ``helpers`` processes take chunks from the back while this one works from the front; each
    article's analysis is the same wherever it runs. None: one helper from ANALYSE_HELPER_MIN
    articles on a machine with a second core. The default is none: a helper is a spawned process,
    which imports the caller's main module again (a script needs ``if __name__ == "__main__"``)."""
    order = sorted(range(len(articles)), key=lambda i: articles[i].language == "en")
    if helpers is None:
        helpers = 1 if len(articles) >= ANALYSE_HELPER_MIN and (os.cpu_count() or 1) > 1 else 0
    ordered = [articles[i] for i in order]
    analysed = _shared_analyses(ordered, helpers) if helpers > 0 else [guarded_analysis(a) for a in ordered]
    done = dict(zip(order, analysed, strict=True))
    results = [done[i] for i in range(len(articles))]
    return [x for x in results if isinstance(x, Analysis)], [x for x in results if isinstance(x, Rejected)]


def _analyse_chunk(articles: Sequence[Article]) -> list[Analysis | Rejected]:
    return [guarded_analysis(a) for a in articles]


def _warm_helper(english: bool) -> None:
    """One BLAS thread (the helper must not fight this process for the cores), the English model
    loading while the first chunk waits."""
    from threadpoolctl import threadpool_limits

    from lintas.analyse import ner_en

    threadpool_limits(limits=1)
    if english:
        ner_en.preload()


def _shared_analyses(articles: Sequence[Article], helpers: int) -> list[Analysis | Rejected]:
    """This process analyses from the front, helper processes chunks from the back, so neither
    waits for the other; a chunk a dead helper leaves is analysed here."""
    results: list[Analysis | Rejected | None] = [None] * len(articles)
    front, back = 0, len(articles)
    english = any(a.language == "en" for a in articles)
    # spawn, not fork: this process may hold model-loading threads.
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(helpers, mp_context=ctx, initializer=_warm_helper, initargs=(english,)) as pool:
        pending: list[tuple[int, int, Future[list[Analysis | Rejected]]]] = []
        broken = False
        while front < back or pending:
            for item in [p for p in pending if p[2].done()]:
                pending.remove(item)
                start, end, future = item
                try:
                    results[start:end] = future.result()
                except BrokenProcessPool:
                    broken = True
                    results[start:end] = _analyse_chunk(articles[start:end])
            while not broken and front < back and len(pending) < 2 * helpers:
                start = max(front, back - ANALYSE_CHUNK)
                try:
                    pending.append((start, back, pool.submit(_analyse_chunk, articles[start:back])))
                except BrokenProcessPool:
                    broken = True
                    break
                back = start
            if front < back:
                results[front] = guarded_analysis(articles[front])
                front += 1
            elif pending:
                wait([f for _, _, f in pending], return_when=FIRST_COMPLETED)
    return [r for r in results if r is not None]


def guarded_analysis(article: Article, *, entities_only: bool = False) -> Analysis | Rejected:
    """The last resort of one article: an error nobody foresaw rejects it, the others go on."""
    try:
        return analyse_article(article, entities_only=entities_only)
    except LintasError:
        raise  # a setting or a missing extra, not this article: the run stops and says so
    except Exception as e:
        return Rejected.bug(article.input, e)


def compare(
    inputs: Iterable[str | os.PathLike[str] | Article],
    *,
    max_bytes: int = MAX_FILE_BYTES,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    status: Callable[[str], None] | None = None,
    helpers: int | None = 0,
) -> Report:
    """Read (or take) articles, analyse them, group them into stories and compare each story.

    ``inputs`` are paths (files, directories, ``-``) or already extracted Articles; ``helpers``:
    processes that share the analysis (``guarded_analyses``; the command line lets it choose).
    """
    from lintas.analyse import embeddings, ner_en

    embeddings.preload()  # ~2 s of weight loading overlaps reading and analysis
    items = list(inputs)
    given = [x for x in items if isinstance(x, Article)]
    paths = [x for x in items if not isinstance(x, Article)]
    extracted = extract(paths, max_bytes=max_bytes, stdin=stdin, progress=progress) if paths else None
    articles = [*given, *(extracted.articles if extracted else ())]
    if status:
        status(f"analysing {len(articles)} articles")
    if any(a.language == "en" for a in articles):
        ner_en.preload()
    analyses, failed = guarded_analyses(articles, helpers=helpers)
    return compare_analyses(analyses, (*(extracted.rejected if extracted else ()), *failed), progress=status)


@dataclass(frozen=True, slots=True)
class Raw:
    """What was read, kept so that the article can be re-analysed when the models improve."""

    input: str
    content: str
    format: str
    hints: str  # JSON of the record's hints

    @staticmethod
    def of(doc: Document) -> Raw:
        hints = {k: getattr(doc.hints, k) for k in ("title", "url", "outlet", "published", "language")}
        return Raw(doc.input, doc.content, doc.format, json.dumps({k: v for k, v in hints.items() if v}))


@dataclass(frozen=True, slots=True)
class Mapped:
    """One input after the map step: an article with features, or the reason it was rejected."""

    raw: Raw | None
    article: Article | None = None
    features: Features | None = None
    rejected: Rejected | None = None


def map_documents(items: Sequence[Document | Rejected]) -> list[Mapped]:
    """The map step of corpus mode: ``build_articles``, then the names and clustering features.

    Pure (no store, no shared state), so it can run in worker processes or on a distributed
    engine: the result depends only on the batch."""
    from lintas.group.features import features_of

    raws = [None if isinstance(item, Rejected) else Raw.of(item) for item in items]
    built: list[Article | Rejected] = []
    analysed: list[Analysis] = []
    for b in build_articles(items):
        done = guarded_analysis(b, entities_only=True) if isinstance(b, Article) else b
        if isinstance(done, Analysis):
            analysed.append(done)
        built.append(b if isinstance(done, Analysis) else done)
    features = iter(features_of(analysed))
    return [
        Mapped(raw, rejected=b) if isinstance(b, Rejected) else Mapped(raw, b, next(features))
        for raw, b in zip(raws, built, strict=True)
    ]
