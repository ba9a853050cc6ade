"""Reading a corpus: story lists with filters, a story's comparison report, exports.

A story's report is the compare report of its articles, computed on first request and cached
with the story's version: ingest bumps the version of every story it changes, so only changed
stories are ever compared again.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from lintas import _words as words
from lintas.comparison import Report, compare_analyses
from lintas.errors import MissingExtraError, StoreError, UsageError
from lintas.group import Copy
from lintas.pipeline import guarded_analyses
from lintas.store import Store, queries


@dataclass(frozen=True, slots=True)
class StoryFilter:
    since: str | None = None  # YYYY-MM-DD: stories with an article on or after that day
    until: str | None = None
    outlet: str | None = None
    entity: str | None = None
    query: str | None = None  # full-text search over titles and bodies
    min_sources: int = 1
    disputed: bool = False
    limit: int = 50
    offset: int = 0


def _ordinal(day: str, option: str) -> int:
    try:
        return date.fromisoformat(day[:10]).toordinal()
    except ValueError as e:
        raise UsageError(f"{option} wants a date as YYYY-MM-DD, got {day!r}") from e


def list_stories(store: Store, f: StoryFilter) -> list[dict[str, Any]]:
    """Stories matching every given filter, newest first.

    Reads stored values only, however large the store: ``disputed`` uses the discrepancy count
    each story's last report stored (``refresh_reports`` compares the stories changed since;
    ``unchecked`` says how many there are)."""
    entity_keys: list[str] = []
    if f.entity:
        entity_keys = entity_keys_for(store, f.entity)
        if not entity_keys:
            return []  # no stored name holds it
    q = queries.StoryQuery(
        min_sources=f.min_sources,
        since_day=_ordinal(f.since, "--since") if f.since else None,
        until_day=_ordinal(f.until, "--until") if f.until else None,
        outlets=outlets_for(store, f.outlet) if f.outlet else None,
        entity_keys=entity_keys,
        article_ids=search_articles(store, f.query, limit=2000) if f.query else None,
        disputed=f.disputed,
        limit=f.limit,
        offset=f.offset,
    )
    return [
        {
            "id": r[0], "title": r[1], "first_published": r[2], "last_published": r[3], "articles": r[4],
            "independent_sources": r[5], "outlets": r[6], "discrepancies": r[7],
            # the days dated articles give; an undated story says so instead of showing its estimate
            "first_day": r[2][:10] if r[2] else None,
            "last_day": r[3][:10] if r[3] else None,
        }
        for r in queries.story_rows(store, q)
    ]  # fmt: skip


def entity_keys_for(store: Store, text: str) -> list[str]:
    """The stored names ``text`` may mean: the name itself as a person or a place, its other
    spellings ("France" is "Prancis"), and every name holding its words ("Shoigu" finds "Sergei
    Shoigu")."""
    from lintas.analyse.gazetteer import ORG_INDEX, ORGS, PLACE_INDEX, PLACES, fold
    from lintas.group.features import key_words, name_key
    from lintas.store import keys as codec

    names = {text}
    canonical = PLACE_INDEX.get(fold(text)) or ORG_INDEX.get(fold(text))
    if canonical:  # every spelling of it: "Prancis" finds "France" too, and the other way round
        names.update((canonical, *PLACES.get(canonical, ()), *ORGS.get(canonical, ())))
    keys = {codec.index_key(k) for n in names for kind in ("PER", "LOC") if (k := name_key(kind, n)) is not None}
    for n in names:
        keys.update(queries.entity_keys_with_words(store, key_words(n)))
    return sorted(keys)


def outlets_for(store: Store, text: str) -> list[str]:
    """The stored outlets ``text`` may mean: the outlet table's name for it, an exact name (any
    case), else every outlet whose name or site holds it ("genpi" is "GenPI.co")."""
    from lintas.analyse.gazetteer import fold
    from lintas.metadata.outlet import known_outlet

    names = queries.outlet_names(store)
    wanted = {fold(text), fold(known_outlet(text) or text)}
    exact = [n for n in names if fold(n) in wanted]
    if exact:
        return exact
    squeezed = {w.replace(" ", "") for w in wanted}
    if min(len(w) for w in squeezed) < 3:
        return []  # "a" would be in every outlet's name
    return [n for n in names if any(w in fold(n).replace(" ", "") for w in squeezed)]


def entity_list(store: Store, limit: int) -> list[dict[str, Any]]:
    """The names most stories hold, without the tagger's noise: a name needs a word of three or
    more letters that is no stop word ("a m", "p m", "it's" are not listed)."""
    from lintas.report.shared import is_content_word
    from lintas.store import keys as codec

    out = []
    for key, n in queries.entities(store, limit * 3):
        label = codec.entity_label(key)
        name = label.split(":", 1)[-1]
        if any(is_content_word(w) for w in name.split()):
            out.append({"key": label, "stories": n})
        if len(out) == limit:
            break
    return out


def outlet_summaries(store: Store) -> list[dict[str, Any]]:
    """Each outlet's articles and stories, the days it was first and last seen, and the share of
    its articles that are its own (no copy of another's): how much of what it runs is independent."""
    out = []
    for name, articles, stories, first, last, own in queries.outlets(store):
        out.append({
            "name": name, "articles": articles, "stories": stories,
            "first_seen": None if first is None else date.fromordinal(first).isoformat(),
            "last_seen": None if last is None else date.fromordinal(last).isoformat(),
            "independent_share": round(own / articles, 3) if articles else 0.0,
        })  # fmt: skip
    return out


def search_articles(store: Store, query: str, *, limit: int = 100) -> list[str]:
    """Ids of articles whose title or text holds every word of ``query``."""
    return queries.search(store, query, limit)


def story_report_json(store: Store, story: str) -> dict[str, Any]:
    """The compare report of one story as its JSON object, cached until the story changes. A story
    clustering merged into another answers with that one's report (under that one's id)."""
    story = store.merged_into(story) or story
    cached, current = store.story_report(story)
    if cached is not None and current:
        loaded: dict[str, Any] = json.loads(cached)
        if _said_in_any_language(loaded):
            return loaded
    return story_report(store, story).to_dict()


def _said_in_any_language(report: dict[str, Any]) -> bool:
    """A report kept before discrepancies carried their topic (lintas < 0.10) is English only: it is
    computed again rather than shown in English on an Indonesian page."""
    return all("topic" in d for s in report.get("stories", []) for d in s.get("discrepancies", [])) and all(
        "discrepancy" in g for s in report.get("stories", []) for g in s.get("digest", []) if g.get("composed")
    )


def story_report(store: Store, story: str) -> Report:
    """The compare report of one story, computed now (and cached as JSON for the next reader)."""
    story = store.merged_into(story) or story
    version = store.story_version(story)
    if version is None:
        raise StoreError(f"no story {story!r} in {store.target}: list them with `lintas stories`")
    stored = store.story_articles(story)
    # An article a bug in lintas cannot analyse is left out of the comparison, with its reason in
    # the report's ``rejected``: the story's other articles are still compared.
    analyses, failed = guarded_analyses([s.article for s in stored])
    if not analyses:
        raise StoreError(f"no article of story {story} can be compared: {failed[0].reason if failed else 'none'}")
    kept = {an.article.id for an in analyses}
    copies = [
        Copy(s.article.id, s.copy_of, s.copy_similarity or 1.0)
        for s in stored
        if s.copy_of and s.article.id in kept and s.copy_of in kept
    ]
    report = compare_analyses(analyses, failed, clusters=[list(range(len(analyses)))], copies=copies)
    report.stories[0].id = story
    with store.write():
        # Kept unless changed by an ingest meanwhile, or short of an article a bug left out.
        if store.story_version(story) == version and not failed:
            n = len(report.stories[0].discrepancies)
            store.save_report(story, json.dumps(report.to_dict(), ensure_ascii=False), version, n)
    return report


def unchecked(store: Store, f: StoryFilter) -> int:
    """Stories of two or more articles (and ``f.min_sources``) changed since they were compared:
    a ``disputed`` listing does not count their discrepancies yet."""
    return store.stale_count(2, f.min_sources)


def refresh_reports(
    store: Store, *, min_articles: int = 2, limit: int | None = None, progress: Callable[[int], None] | None = None
) -> int:
    """Compare again the stories that changed since their report; returns how many."""
    stale = store.stale_stories(min_articles)[:limit]
    for n, story in enumerate(stale, start=1):
        story_report(store, story)
        if progress is not None:
            progress(n)
    return len(stale)


# --- export -----------------------------------------------------------------------------
EXPORTS = ("articles", "stories", "facts", "discrepancies")


def export_rows(store: Store, what: str) -> Iterator[dict[str, Any]]:
    if what == "articles":
        yield from _export_articles(store)
    elif what == "stories":
        f = StoryFilter(limit=10**12)
        yield from list_stories(store, f)
    elif what in ("facts", "discrepancies"):
        refresh_reports(store)
        for story in queries.compared_stories(store):
            for item in story_report_json(store, story)["stories"][0][what]:
                yield {"story": story, **item}
    else:
        raise UsageError(f"cannot export {what!r}: choose one of {', '.join(EXPORTS)}")


def _export_articles(store: Store) -> Iterator[dict[str, Any]]:
    """One row per input: rejected inputs too (story null), duplicates with their article's id."""
    for r in queries.input_rows(store):
        yield {
            "id": r[3], "input": r[0], "status": r[1], "reason": r[2], "outlet": r[4], "published": r[5],
            "title": r[6], "url": r[7], "language": r[8], "story": r[9], "copy_of": r[10],
        }  # fmt: skip


def write_export(rows: Iterator[dict[str, Any]], fmt: str, out: Any) -> int:
    """Write rows as jsonl or csv to the text stream ``out``; parquet needs a path (``out.name``)."""
    n = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            n += 1
    elif fmt == "csv":
        writer: csv.DictWriter[str] | None = None
        for row in rows:
            n += 1
            flat = {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v for k, v in row.items()}
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(flat), extrasaction="ignore")
                writer.writeheader()
            writer.writerow(flat)
    else:
        raise UsageError(f"unknown export format {fmt!r}")
    return n


def write_parquet(rows: Iterator[dict[str, Any]], path: str) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise MissingExtraError("parquet export", "parquet") from e
    batch: list[dict[str, Any]] = []
    writer: Any = None
    n = 0
    for row in rows:
        flat = {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v for k, v in row.items()}
        batch.append(flat)
        if len(batch) >= 5000:
            writer = _flush_parquet(pa, pq, batch, writer, path)
            n += len(batch)
            batch = []
    if batch or writer is None:
        writer = _flush_parquet(pa, pq, batch, writer, path)
        n += len(batch)
    writer.close()
    return n


def _flush_parquet(pa: Any, pq: Any, batch: Sequence[dict[str, Any]], writer: Any, path: str) -> Any:
    table = pa.Table.from_pylist(list(batch))
    if writer is None:
        writer = pq.ParquetWriter(path, table.schema)
    else:
        table = table.cast(writer.schema)
    writer.write_table(table)
    return writer


def stories_text(stories: Sequence[dict[str, Any]], lang: str = "en") -> str:
    out = io.StringIO()
    for s in stories:
        span = s["first_day"] if s["first_day"] == s["last_day"] else f"{s['first_day']}..{s['last_day']}"
        span = span or words.text("undated", lang)
        disputed = f", {words.count(s['discrepancies'], 'discrepancy', lang)}" if s["discrepancies"] else ""
        sources = words.count(s["independent_sources"], "independent outlet", lang)
        outlets = words.count(s["outlets"], "outlet", lang)
        out.write(f"{s['id']}  {span}  {sources}, {outlets}{disputed}\n")
        out.write(f"    {s['title'] or '–'}\n")
    return out.getvalue()
