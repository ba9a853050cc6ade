"""The SQL of a reader's corrections (``group.corrections``): pairs of articles kept apart or
together, in the order they were made."""

from __future__ import annotations

from collections.abc import Sequence

from lintas.store.base import Store, now

APART, TOGETHER = "apart", "together"


def add(store: Store, kind: str, pairs: list[tuple[str, str]]) -> None:
    """Record that each pair of articles is kept apart (or together); the latest word on a pair wins."""
    store.execute_many("DELETE FROM corrections WHERE article = ? AND other = ?", [*pairs, *((b, a) for a, b in pairs)])
    for article, other in pairs:
        store.execute(
            "INSERT INTO corrections (article, other, kind, seq, made_at) "
            "SELECT ?, ?, ?, COALESCE(MAX(seq), 0) + 1, ? FROM corrections",
            (article, other, kind, now()),
        )


def drop_between(store: Store, kind: str, story: str, other: str) -> None:
    """Forget the corrections of ``kind`` between an article of ``story`` and one of ``other``: a
    later correction says the opposite of them."""
    members = "SELECT id FROM articles WHERE story = ?"
    store.execute(
        f"DELETE FROM corrections WHERE kind = ? AND ((article IN ({members}) AND other IN ({members})) "
        f"OR (article IN ({members}) AND other IN ({members})))",
        (kind, story, other, other, story),
    )


def listed(store: Store) -> list[tuple[str, str, str]]:
    """(kind, article, other) in the order they were made."""
    return [(r[0], r[1], r[2]) for r in store.query("SELECT kind, article, other FROM corrections ORDER BY seq")]


def kept_apart(store: Store, story: str, other: str) -> bool:
    """Whether a correction keeps an article of ``story`` apart from one of ``other``."""
    rows = store.query(
        "SELECT 1 FROM corrections c JOIN articles x ON x.id = c.article JOIN articles y ON y.id = c.other "
        "WHERE c.kind = ? AND ((x.story = ? AND y.story = ?) OR (x.story = ? AND y.story = ?)) LIMIT 1",
        (APART, story, other, other, story),
    )
    return bool(rows)


def joinable(store: Store, story: str, others: Sequence[str]) -> list[str]:
    """Those of ``others`` (in order) that can go into one story with ``story`` and with each other
    one taken before: a correction keeps none of them apart."""
    taken = [story]
    for sid in others:
        if not any(kept_apart(store, t, sid) for t in taken):
            taken.append(sid)
    return taken[1:]


def together_among(store: Store, articles: Sequence[str]) -> list[tuple[str, str]]:
    """The pairs of ``articles`` a reader put together (an index look-up per article, not a read
    of every correction)."""
    rows = store._in("SELECT article, other FROM corrections WHERE kind = ? AND article IN ({in})", articles,
                     prefix=(TOGETHER,))  # fmt: skip
    mine = set(articles)
    return [(str(r[0]), str(r[1])) for r in rows if r[1] in mine]


def redirects(store: Store, story: str) -> list[str]:
    """The ids of the stories merged into ``story`` (they lead there)."""
    return [str(r[0]) for r in store.query("SELECT merged FROM story_merges WHERE story = ?", (story,))]


def forget_merged(store: Store, story: str) -> None:
    """``story`` is a story again (a split made it): its id leads to itself, not where it went."""
    store.execute("DELETE FROM story_merges WHERE merged = ?", (story,))
