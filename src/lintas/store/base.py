"""The storage interface of corpus mode: one class over a DB-API connection, two dialects.

Everything that differs between SQLite and PostgreSQL (placeholders, blob type, how a writer
takes the lock, full-text search) lives in a ``Dialect``; the SQL itself is shared, so both
backends pass one test suite. Writers serialise through ``write()``: SQLite ``BEGIN IMMEDIATE``,
PostgreSQL a transaction-scoped advisory lock. Incremental clustering reads and writes inside
that transaction, so several ingest processes on one database never disagree about a story.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from lintas.errors import StoreError
from lintas.model import Article
from lintas.store import keys as keys_codec
from lintas.store.migrations import EPOCH_DAYS, MIGRATIONS

Row = tuple[Any, ...]
_CHUNK = 500  # parameters per IN (...) query (SQLite allows 32766; keep statements small)
# The keys clustering looks up across years (group.incremental's follow-ups: event people, people's
# names, body words, cited days). Their index rows are kept twice: led by the epoch (key_index),
# where new rows land together and a story's window is one or two seeks a key, and led by the key
# (name_index), where a look-up over 1,500 days each way is one seek a key instead of one an epoch
# (188): at 1M articles those seeks into populated epochs were the only cost that grew. Migration
# 0005 filled name_index with these keys (``keys.looked_up_far``).
_FAR_EPOCHS = 4  # a look-up over more epochs than this reads name_index


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def epochs(day_lo: int, day_hi: int) -> list[int]:
    """The epochs a day range touches (one or two for a story window)."""
    return list(range(day_lo // EPOCH_DAYS, day_hi // EPOCH_DAYS + 1))


class Dialect(Protocol):
    name: str
    blob: str
    fts: str
    compact: str

    def begin_write(self, conn: Any) -> None: ...
    def search_sql(self) -> str: ...
    def search_param(self, query: str) -> str: ...
    def is_conflict(self, error: Exception) -> bool: ...


@dataclass(slots=True)
class StoryState:
    """A story as incremental clustering sees it: a running centroid and its time span."""

    id: str
    title: str | None
    first_day: int | None
    last_day: int | None
    first_published: str | None
    last_published: str | None
    n_articles: int
    n_sources: int
    n_outlets: int
    centroid: npt.NDArray[np.float32]
    version: int = 0
    new: bool = False


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as stored, with where clustering put it."""

    article: Article
    story: str | None
    copy_of: str | None
    copy_similarity: float | None
    day: int | None
    embedding: npt.NDArray[np.float32] | None = None
    keys: tuple[str, ...] = field(default_factory=tuple)


_ARTICLE_COLUMNS = (
    "id, input, outlet, url, title, published, language, authors, cites, text, removed, "
    "story, copy_of, copy_similarity, day, embedding, keys"
)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A lintas corpus in a SQL database. Open with :func:`lintas.store.open_store`."""

    def __init__(self, conn: Any, dialect: Dialect, target: str) -> None:
        self.conn = conn
        self.dialect = dialect
        self.target = target
        self._in_write = False

    # --- plumbing -------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        # psycopg reads "%" as the start of a placeholder: a LIKE pattern's "%" is written "%%"
        return sql if self.dialect.name == "sqlite" else sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self._sql(sql), tuple(params))

    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.conn.cursor().executemany(self._sql(sql), [tuple(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return [tuple(r) for r in self.execute(sql, params).fetchall()]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction holding the database's writer lock; rolled back on error."""
        if self._in_write:
            yield
            return
        self.dialect.begin_write(self.conn)
        self._in_write = True
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._in_write = False

    def migrate(self) -> list[str]:
        """Apply the migrations this database lacks; returns their names."""
        applied: list[str] = []
        with self.write():
            self.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
        done = {r[0] for r in self.query("SELECT name FROM schema_migrations")}
        for name, statements in MIGRATIONS:
            if name in done:
                continue
            with self.write():
                if self.query("SELECT 1 FROM schema_migrations WHERE name = ?", (name,)):
                    continue  # another process applied it meanwhile
                for statement in statements:
                    self.execute(
                        statement.format(blob=self.dialect.blob, fts=self.dialect.fts, compact=self.dialect.compact)
                    )
                self.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)", (name, now()))
            applied.append(name)
        return applied

    def migrations(self) -> list[str]:
        return [r[0] for r in self.query("SELECT name FROM schema_migrations ORDER BY name")]

    def _in(
        self, sql: str, values: Sequence[Any], params: Sequence[Any] = (), *, prefix: Sequence[Any] = ()
    ) -> list[Row]:
        """Run ``sql`` with ``{in}`` filled by placeholders for ``values``, in chunks; ``prefix``
        binds placeholders written before ``{in}``, ``params`` those after it."""
        rows: list[Row] = []
        for i in range(0, len(values), _CHUNK):
            chunk = list(values[i : i + _CHUNK])
            rows.extend(self.query(sql.format(**{"in": _marks(chunk)}), [*prefix, *chunk, *params]))
        return rows

    # --- inputs ---------------------------------------------------------------------------
    def known_inputs(self, inputs: Sequence[str]) -> set[str]:
        return {r[0] for r in self._in("SELECT input FROM inputs WHERE input IN ({in})", inputs)}

    def add_input(
        self,
        input: str,
        *,
        article: str | None,
        status: str,
        reason: str | None = None,
        raw: tuple[str, str, str] | None = None,
    ) -> bool:
        """Record an input once; False when it was already there (another process, a re-run)."""
        content, fmt, hints = raw if raw else (None, None, None)
        cur = self.execute(
            "INSERT INTO inputs (input, article, status, reason, raw, raw_format, hints, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (input) DO NOTHING",
            (input, article, status, reason, content, fmt, hints, now()),
        )
        return bool(cur.rowcount == 1)

    def set_input(self, input: str, *, article: str | None, status: str, reason: str | None) -> None:
        self.execute(
            "UPDATE inputs SET article = ?, status = ?, reason = ? WHERE input = ?", (article, status, reason, input)
        )

    def raw_inputs(
        self, after: str = "", limit: int = 256, *, pending: bool = False
    ) -> list[tuple[str, str | None, str | None, str | None]]:
        """(input, raw, format, hints) in input order, for re-analysis in pages; ``pending``: only
        the inputs ``start_reanalysis`` marked and no batch has stored again yet."""
        only = "status = 'pending' AND " if pending else ""
        rows = self.query(
            f"SELECT input, raw, raw_format, hints FROM inputs WHERE {only}input > ? ORDER BY input LIMIT ?",
            (after, limit),
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def reanalysis_pending(self) -> bool:
        return bool(self.query("SELECT 1 FROM inputs WHERE status = 'pending' LIMIT 1"))

    def start_reanalysis(self) -> None:
        """Forget every article and story and mark every input with its raw text pending (one
        transaction: an interrupted re-analysis continues from the pending ones)."""
        self.clear_stories()
        self.execute("DELETE FROM articles")
        self.execute("DELETE FROM word_counts")  # counted again as the articles are stored again (store.text)
        self.set_meta("word_counts", "complete")
        if self.dialect.name == "sqlite":
            self.execute("DELETE FROM articles_fts")
        self.execute("UPDATE inputs SET status = 'pending', article = NULL WHERE raw IS NOT NULL")

    def article_minhash(self, article: str) -> tuple[int, ...]:
        rows = self.query("SELECT minhash FROM articles WHERE id = ?", (article,))
        return tuple(json.loads(rows[0][0])) if rows and rows[0][0] else ()

    def rejected(self) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.query("SELECT input, reason FROM inputs WHERE status = 'rejected'")]

    def counts(self) -> dict[str, int]:
        out = {f"inputs_{r[0]}": int(r[1]) for r in self.query("SELECT status, COUNT(*) FROM inputs GROUP BY status")}
        out["articles"] = int(self.query("SELECT COUNT(*) FROM articles")[0][0])
        out["copies"] = int(self.query("SELECT COUNT(*) FROM articles WHERE copy_of IS NOT NULL")[0][0])
        out["stories"] = int(self.query("SELECT COUNT(*) FROM stories")[0][0])
        return out

    # --- articles -------------------------------------------------------------------------
    def article_refs(self, ids: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
        """id -> (story, copy_of) of the stored articles among ``ids``."""
        rows = self._in("SELECT id, story, copy_of FROM articles WHERE id IN ({in})", ids)
        return {r[0]: (r[1], r[2]) for r in rows}

    def placements(self, ids: Sequence[str]) -> dict[str, tuple[str | None, str | None, float | None]]:
        """id -> (story, copy_of, copy_similarity) of the stored articles among ``ids``."""
        rows = self._in("SELECT id, story, copy_of, copy_similarity FROM articles WHERE id IN ({in})", ids)
        return {r[0]: (r[1], r[2], None if r[3] is None else float(r[3])) for r in rows}

    def insert_article(
        self,
        article: Article,
        *,
        day: int | None,
        embedding: bytes,
        keys: Sequence[str],
        minhash: Sequence[int],
        story: str | None,
        copy_of: str | None,
        copy_similarity: float | None,
    ) -> None:
        seq = int(self.query("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles")[0][0])
        self.execute(
            f"INSERT INTO articles ({_ARTICLE_COLUMNS}, minhash, seq, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id, article.input, article.outlet, article.url, article.title, article.published,
                article.language, json.dumps(list(article.authors)), json.dumps(list(article.cites)),
                article.text, json.dumps(list(article.removed)), story, copy_of, copy_similarity, day,
                embedding, json.dumps(list(keys)), json.dumps(list(minhash)), seq, now(),
            ),
        )  # fmt: skip
        if self.dialect.name == "sqlite":
            self.execute(
                "INSERT INTO articles_fts (id, title, text) VALUES (?, ?, ?)", (article.id, article.title, article.text)
            )

    def set_article_story(self, article: str, story: str | None, copy_of: str | None, similarity: float | None) -> None:
        self.execute(
            "UPDATE articles SET story = ?, copy_of = ?, copy_similarity = ? WHERE id = ?",
            (story, copy_of, similarity, article),
        )

    def repoint_copies(self, old_root: str, new_root: str, similarity: float) -> None:
        """``new_root`` turned out to be the original of ``old_root``: it and its copies point there."""
        self.execute("UPDATE articles SET copy_of = ? WHERE copy_of = ?", (new_root, old_root))
        self.execute(
            "UPDATE articles SET copy_of = ?, copy_similarity = ? WHERE id = ?", (new_root, similarity, old_root)
        )

    def articles(self, ids: Sequence[str]) -> list[StoredArticle]:
        rows = self._in(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id IN ({{in}})", ids)
        by_id = {r[0]: _stored(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def story_articles(self, story: str, *, sentences: bool = True, limit: int | None = None) -> list[StoredArticle]:
        """The story's articles in ingestion order (the first ``limit`` of them)."""
        sql = f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE story = ? ORDER BY seq"
        rows = self.query(sql, (story,)) if limit is None else self.query(f"{sql} LIMIT ?", (story, limit))
        return [_stored(r, sentences=sentences) for r in rows]

    def iter_articles(self, batch: int = 1000) -> Iterator[StoredArticle]:
        """Every stored article in ingestion order, a page at a time (memory stays flat)."""
        last = 0
        while True:
            rows = self.query(
                f"SELECT {_ARTICLE_COLUMNS}, seq FROM articles WHERE seq > ? ORDER BY seq LIMIT ?", (last, batch)
            )
            if not rows:
                return
            for r in rows:
                yield _stored(r[:-1], sentences=False)
            last = int(rows[-1][-1])

    # --- copies ---------------------------------------------------------------------------
    def copy_candidates(self, bands: Sequence[str], day_lo: int, day_hi: int) -> list[tuple[str, int]]:
        """Articles of the epochs around [day_lo, day_hi] sharing an LSH band, most bands shared first
        (callers check the days)."""
        near = epochs(day_lo, day_hi)
        rows = self._in(
            f"SELECT article FROM copy_index WHERE epoch IN ({_marks(near)}) AND band IN ({{in}})",
            bands,
            prefix=near,
        )
        shared = Counter(r[0] for r in rows)
        return sorted(shared.items(), key=lambda x: (-x[1], x[0]))  # (article, bands shared), likeliest first

    def placed_heads(self, ids: Sequence[str]) -> dict[str, tuple[int, str | None, str | None]]:
        """(day, outlet, title) of each of ``ids`` placed in a story: a light read, without text."""
        rows = self._in(
            "SELECT id, day, outlet, title FROM articles WHERE story IS NOT NULL AND day IS NOT NULL AND id IN ({in})",
            ids,
        )
        return {r[0]: (int(r[1]), r[2], r[3]) for r in rows}

    def add_copy_bands(self, article: str, bands: Sequence[str], day: int) -> None:
        self.execute_many(
            "INSERT INTO copy_index (epoch, band, article) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(day // EPOCH_DAYS, b, article) for b in bands],
        )

    # --- stories --------------------------------------------------------------------------
    def story_rows(self, keys: Sequence[str], day_lo: int, day_hi: int) -> list[tuple[str, str, int]]:
        """(story, key, day) of the index rows of ``keys`` on a day within [day_lo, day_hi]: the
        stories that hold a key then, and how near their articles are. The same rows come from
        either index; a look-up over years of keys in both (``keys.looked_up_far``) reads the key-led one."""
        near = epochs(day_lo, day_hi)
        if len(near) > _FAR_EPOCHS and all(map(keys_codec.looked_up_far, keys)):
            sql = "SELECT story, key, day FROM name_index WHERE key IN ({in}) AND day BETWEEN ? AND ?"
            rows = self._in(sql, keys, (day_lo, day_hi))
        else:
            sql = f"SELECT story, key, day FROM key_index WHERE epoch IN ({_marks(near)}) AND key IN ({{in}}) "
            rows = self._in(sql + "AND day BETWEEN ? AND ?", keys, (day_lo, day_hi), prefix=near)
        return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]

    def key_weights(self, keys: Sequence[str]) -> dict[str, int]:
        """How many stories each key belongs to (absent keys: 0)."""
        return {r[0]: int(r[1]) for r in self._in("SELECT key, n FROM key_stories WHERE key IN ({in})", keys)}

    def add_story_keys(self, story: str, keys: Sequence[str], day: int, new_keys: Sequence[str]) -> None:
        """Index ``keys`` for the story on ``day``; ``new_keys`` are names the story did not hold yet."""
        self._add_rows(story, [(k, day) for k in keys])
        self.execute_many(
            "INSERT INTO story_names (story, key) VALUES (?, ?) ON CONFLICT DO NOTHING", [(story, k) for k in new_keys]
        )
        self.execute_many(  # keys new to this story count once more
            "INSERT INTO key_stories (key, n) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET n = key_stories.n + 1",
            [(k,) for k in new_keys],
        )

    def story_features(self, story: str) -> list[tuple[int | None, tuple[str, ...], npt.NDArray[np.float32] | None]]:
        """(day, feature keys, embedding) of the story's articles: what its index rows were made of."""
        rows = self.query("SELECT day, keys, embedding FROM articles WHERE story = ?", (story,))
        return [
            (
                None if r[0] is None else int(r[0]),
                tuple(json.loads(r[1])),
                None if r[2] is None else np.frombuffer(bytes(r[2]), dtype=np.float16).astype(np.float32),
            )
            for r in rows
        ]

    def merge_story(self, keep: str, drop: str, rows: Sequence[tuple[str, int]]) -> None:
        """Fold story ``drop`` into ``keep``: its articles, its index rows ``rows`` (key, day) and its
        names move; a name both held now counts one story less. The caller saves ``keep``'s state."""
        self._delete_rows(drop, rows)
        self._add_rows(keep, rows)
        theirs, mine = self.story_keys(drop), self.story_keys(keep)
        self.execute_many("UPDATE key_stories SET n = n - 1 WHERE key = ?", [(k,) for k in sorted(theirs & mine)])
        moved = [(keep, k) for k in sorted(theirs - mine)]
        self.execute_many("INSERT INTO story_names (story, key) VALUES (?, ?)", moved)
        self.execute("DELETE FROM story_names WHERE story = ?", (drop,))
        self.execute("UPDATE articles SET story = ? WHERE story = ?", (keep, drop))
        self.execute("DELETE FROM stories WHERE id = ?", (drop,))
        self.note_merged(drop, keep)

    def _delete_rows(self, story: str, rows: Sequence[tuple[str, int]]) -> None:
        self.execute_many(
            "DELETE FROM key_index WHERE epoch = ? AND key = ? AND day = ? AND story = ?",
            [(d // EPOCH_DAYS, k, d, story) for k, d in rows],
        )
        self.execute_many(
            "DELETE FROM name_index WHERE key = ? AND day = ? AND story = ?",
            [(k, d, story) for k, d in rows if keys_codec.looked_up_far(k)],
        )

    def _add_rows(self, story: str, rows: Sequence[tuple[str, int]]) -> None:
        """Index rows (key, day) of a story: all in ``key_index``, those of keys looked up across
        years again in the key-led ``name_index`` (``_delete_rows`` the other way)."""
        self.execute_many(
            "INSERT INTO key_index (epoch, key, day, story) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(d // EPOCH_DAYS, k, d, story) for k, d in rows],
        )
        self.execute_many(
            "INSERT INTO name_index (key, day, story) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(k, d, story) for k, d in rows if keys_codec.looked_up_far(k)],
        )

    def drop_story(self, story: str, rows: Sequence[tuple[str, int]]) -> None:
        """Forget story ``story`` (its index rows ``rows`` (key, day), its names, its row) and take
        its articles out of it, to place them again (``group.settle``)."""
        self._delete_rows(story, rows)
        names = sorted(self.story_keys(story))
        self.execute_many("UPDATE key_stories SET n = n - 1 WHERE key = ?", [(k,) for k in names])
        self.execute("DELETE FROM story_names WHERE story = ?", (story,))
        self.execute("UPDATE articles SET story = NULL WHERE story = ?", (story,))
        self.execute("DELETE FROM stories WHERE id = ?", (story,))

    def add_unsettled(self, stories: Sequence[str]) -> None:
        """Note new stories of one article, to be settled at the end of the run (``group.settle``)."""
        self.execute_many(
            "INSERT INTO unsettled_stories (story) VALUES (?) ON CONFLICT DO NOTHING", [(s,) for s in stories]
        )

    def unsettled(self, limit: int) -> list[str]:
        """Up to ``limit`` unsettled stories, in the order their articles were stored."""
        rows = self.query(
            "SELECT u.story FROM unsettled_stories u LEFT JOIN articles a ON a.id = u.story "
            "ORDER BY a.seq, u.story LIMIT ?",
            (limit,),
        )
        return [str(r[0]) for r in rows]

    def settled(self, stories: Sequence[str]) -> None:
        self.execute_many("DELETE FROM unsettled_stories WHERE story = ?", [(s,) for s in stories])

    def note_merged(self, old: str, story: str) -> None:
        """Story ``old`` is gone and its articles are in ``story`` now: its id (and the ids merged
        into it) lead there."""
        self.execute("UPDATE story_merges SET story = ? WHERE story = ?", (story, old))
        self.execute(
            "INSERT INTO story_merges (merged, story) VALUES (?, ?) ON CONFLICT (merged) DO UPDATE SET story = ?",
            (old, story, story),
        )

    def code_version(self) -> str | None:
        """The fingerprint of the code that built this store's articles and stories, 'mixed'
        when several did, None for a store from before it was recorded."""
        return self.meta("code")

    def note_code(self, code: str, *, rebuilt: bool = False) -> None:
        """Record that ``code`` writes to this store now; call before writing. ``rebuilt``: every
        article and story was rebuilt by it (reanalyse)."""
        prior = self.code_version()
        fresh = prior is None and not self.query("SELECT 1 FROM articles LIMIT 1")
        value = code if rebuilt or fresh or prior == code else "mixed"
        self.set_meta("code", value)

    def meta(self, key: str) -> str | None:
        """A value the store keeps about itself (``store_meta``)."""
        rows = self.query("SELECT value FROM store_meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_meta(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?",
            (key, value, value),
        )

    def merged_into(self, story: str) -> str | None:
        """The story a merged story's articles are in now (None if it was never merged)."""
        rows = self.query("SELECT story FROM story_merges WHERE merged = ?", (story,))
        return str(rows[0][0]) if rows else None

    def story_keys(self, story: str) -> set[str]:
        """The names a story holds (every key but the embedding's LSH buckets)."""
        return {r[0] for r in self.query("SELECT key FROM story_names WHERE story = ?", (story,))}

    def stories_by_id(self, ids: Sequence[str]) -> dict[str, StoryState]:
        rows = self._in(
            "SELECT id, title, first_day, last_day, first_published, last_published, n_articles, n_sources, "
            "n_outlets, centroid, version FROM stories WHERE id IN ({in})",
            ids,
        )
        return {
            r[0]: StoryState(
                r[0], r[1], r[2], r[3], r[4], r[5], int(r[6]), int(r[7]), int(r[8]),
                np.frombuffer(bytes(r[9]), dtype=np.float32).copy(), int(r[10]),
            )
            for r in rows
        }  # fmt: skip

    def save_story(self, s: StoryState) -> None:
        values = (
            s.title, s.first_day, s.last_day, s.first_published, s.last_published, s.n_articles, s.n_sources,
            s.n_outlets, s.centroid.astype(np.float32).tobytes(),
        )  # fmt: skip
        if s.new:
            self.execute(
                "INSERT INTO stories (title, first_day, last_day, first_published, last_published, n_articles, "
                "n_sources, n_outlets, centroid, id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (*values, s.id),
            )
            s.new = False
        else:
            self.execute(
                "UPDATE stories SET title = ?, first_day = ?, last_day = ?, first_published = ?, last_published = ?, "
                "n_articles = ?, n_sources = ?, n_outlets = ?, centroid = ?, version = version + 1 WHERE id = ?",
                (*values, s.id),
            )

    def recount(self, story: str) -> None:
        """Set a story's outlets and independent sources from its articles, as its report counts
        them (``comparison.story``): outlets apart, copies not; an article without an outlet is its own."""
        self.execute(
            "UPDATE stories SET n_sources = (SELECT COUNT(DISTINCT COALESCE(outlet, id)) FROM articles "
            "WHERE story = ? AND copy_of IS NULL), n_outlets = (SELECT COUNT(DISTINCT COALESCE(outlet, id)) "
            "FROM articles WHERE story = ?) WHERE id = ?",
            (story, story, story),
        )

    def outlet_in_story(self, story: str, outlet: str | None) -> bool:
        if outlet is None:
            return False
        return bool(self.query("SELECT 1 FROM articles WHERE story = ? AND outlet = ? LIMIT 1", (story, outlet)))

    def clear_stories(self) -> None:
        """Forget every story (re-clustering from the stored features starts from here)."""
        for table in (
            "key_index", "name_index", "story_names", "key_stories", "stories", "copy_index", "story_merges",
            "unsettled_stories", "unchecked_stories",
        ):  # fmt: skip
            self.execute(f"DELETE FROM {table}")
        self.execute("UPDATE articles SET story = NULL, copy_of = NULL, copy_similarity = NULL")

    # --- reports --------------------------------------------------------------------------
    def stale_stories(self, min_articles: int = 2) -> list[str]:
        rows = self.query(
            "SELECT id FROM stories WHERE n_articles >= ? AND (report_version IS NULL OR report_version <> version) "
            "ORDER BY id",
            (min_articles,),
        )
        return [r[0] for r in rows]

    def stale_count(self, min_articles: int = 2, min_sources: int = 1) -> int:
        """How many stories of ``min_articles`` and ``min_sources`` changed since their report."""
        rows = self.query(
            "SELECT COUNT(*) FROM stories WHERE n_articles >= ? AND n_sources >= ? "
            "AND (report_version IS NULL OR report_version <> version)",
            (min_articles, min_sources),
        )
        return int(rows[0][0])

    def story_report(self, story: str) -> tuple[str | None, bool]:
        """(cached report JSON, whether it is current)."""
        rows = self.query("SELECT report, report_version = version FROM stories WHERE id = ?", (story,))
        if not rows:
            raise StoreError(f"no story {story!r} in {self.target}: list them with `lintas stories`")
        return rows[0][0], bool(rows[0][1])

    def save_report(self, story: str, report: str, version: int, n_discrepancies: int) -> None:
        self.execute(
            "UPDATE stories SET report = ?, report_version = ?, n_discrepancies = ? WHERE id = ?",
            (report, version, n_discrepancies, story),
        )

    def story_version(self, story: str) -> int | None:
        rows = self.query("SELECT version FROM stories WHERE id = ?", (story,))
        return int(rows[0][0]) if rows else None


def _stored(r: Row, *, sentences: bool = True) -> StoredArticle:
    """A row as an Article; ``sentences=False`` skips the split for callers that only list."""
    from lintas.analyse import split_sentences

    article = Article(
        id=r[0], input=r[1], outlet=r[2], url=r[3], title=r[4], published=r[5], language=r[6],
        authors=tuple(json.loads(r[7])), cites=tuple(json.loads(r[8])), text=r[9],
        removed=tuple(json.loads(r[10])), sentences=tuple(split_sentences(r[9])) if sentences else (),
    )  # fmt: skip
    embedding = np.frombuffer(bytes(r[15]), dtype=np.float16).astype(np.float32) if r[15] is not None else None
    return StoredArticle(article, r[11], r[12], r[13], r[14], embedding, tuple(json.loads(r[16])))
