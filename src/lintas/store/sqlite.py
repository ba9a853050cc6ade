"""SQLite backend: one file, WAL journal, safe for several processes (one writer at a time)."""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from lintas.errors import StoreError
from lintas.settings import SQLITE_CACHE_KIB, SQLITE_MMAP_BYTES, STORE_BUSY_TIMEOUT_S


class SqliteDialect:
    name = "sqlite"
    blob = "BLOB"
    compact = " WITHOUT ROWID"
    fts = (
        "CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, text, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )

    def begin_write(self, conn: Any) -> None:
        conn.execute("BEGIN IMMEDIATE")  # take the writer lock now, not at the first write

    def search_sql(self) -> str:
        # Newest matches first: a search filters stories that are listed newest first, and ranking
        # every match of a common word ("korban": 0.12 s on 100k articles) bought nothing.
        return "SELECT id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC"

    def search_param(self, query: str) -> str:
        # Every word must occur; words are quoted so that user text is never FTS syntax.
        words = [w.replace('"', "") for w in query.split()]
        return " ".join(f'"{w}"' for w in words if w)

    def is_conflict(self, error: Exception) -> bool:
        return isinstance(error, sqlite3.IntegrityError)


def connect(path: str) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, timeout=STORE_BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        _retry_busy(conn, "PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable at checkpoints, never corrupt
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        conn.execute(f"PRAGMA mmap_size = {SQLITE_MMAP_BYTES}")
        return conn
    except sqlite3.Error as e:
        raise StoreError(f"cannot open the SQLite database {path}: {e}") from e


def _retry_busy(conn: sqlite3.Connection, sql: str) -> None:
    """Switching a new file to WAL needs a moment alone with it, and SQLite reports a busy file
    at once instead of waiting: two ingests starting together on a new database hit this."""
    deadline = time.monotonic() + STORE_BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute(sql)
            return
        except sqlite3.OperationalError as e:
            if ("locked" not in str(e) and "busy" not in str(e)) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
