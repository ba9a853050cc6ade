"""Corpus storage: SQLite by default, PostgreSQL when the target is a ``postgresql://`` URL.

``open_store(target)`` connects, applies missing migrations and returns a :class:`Store`.
The target comes from ``--db``, else ``LINTAS_DB``, else ``lintas.db`` in the working directory.
"""

from __future__ import annotations

import os

from lintas.store.base import Store, StoredArticle, StoryState

DEFAULT_DB = "lintas.db"

__all__ = ["DEFAULT_DB", "Store", "StoredArticle", "StoryState", "open_store", "resolve_target", "store_exists"]


def resolve_target(target: str | None) -> str:
    return target or os.environ.get("LINTAS_DB") or DEFAULT_DB


def _sqlite_path(target: str) -> str | None:
    """The file of a SQLite target; None for a PostgreSQL URL."""
    if target.startswith(("postgresql://", "postgres://")):
        return None
    return target.removeprefix("sqlite:///").removeprefix("sqlite://")


def store_exists(target: str | None = None) -> bool:
    """Whether the store is there to read: a SQLite file that exists (a server is assumed to be)."""
    path = _sqlite_path(resolve_target(target))
    return path is None or path == ":memory:" or os.path.exists(path)


def open_store(target: str | None = None, *, migrate: bool = True) -> Store:
    target = resolve_target(target)
    path = _sqlite_path(target)
    if path is None:
        from lintas.store import postgres

        store = Store(postgres.connect(target), postgres.PostgresDialect(), target)
    else:
        from lintas.store import sqlite

        store = Store(sqlite.connect(path), sqlite.SqliteDialect(), path)
    if migrate:
        store.migrate()
    return store
