"""PostgreSQL backend (the ``postgres`` extra): the same schema and SQL as SQLite."""

from __future__ import annotations

from typing import Any

from lintas.errors import MissingExtraError, StoreError

_LOCK_ID = 0x6C696E746173  # "lintas": the advisory lock every writer takes


class PostgresDialect:
    name = "postgresql"
    blob = "BYTEA"
    compact = ""
    fts = "CREATE INDEX articles_fts ON articles USING GIN (to_tsvector('simple', COALESCE(title, '') || ' ' || text))"

    def begin_write(self, conn: Any) -> None:
        conn.execute("BEGIN")
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_ID,))

    def search_sql(self) -> str:
        return (
            "SELECT id FROM articles WHERE to_tsvector('simple', COALESCE(title, '') || ' ' || text) "
            "@@ plainto_tsquery('simple', ?)"
        )

    def search_param(self, query: str) -> str:
        return query

    def is_conflict(self, error: Exception) -> bool:
        import psycopg

        return isinstance(error, psycopg.errors.UniqueViolation)


def connect(url: str) -> Any:
    try:
        import psycopg
    except ImportError as e:
        raise MissingExtraError("a PostgreSQL store", "postgres") from e
    try:
        return psycopg.connect(url, autocommit=True)
    except psycopg.Error as e:
        raise StoreError(f"cannot connect to PostgreSQL at {_redact(url)}: {str(e).strip()}") from e


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}" if ":" in creds else url
    return url
