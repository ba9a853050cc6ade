"""Disjoint sets (union-find): items joined into groups, each group named by one of its items."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class Joined(Generic[T]):
    """Groups of ``items``, each item alone at first."""

    def __init__(self, items: Iterable[T]) -> None:
        self._parent: dict[T, T] = {i: i for i in items}

    def root(self, item: T) -> T:
        """The item that names ``item``'s group."""
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def join(self, a: T, b: T) -> None:
        """One group of ``a``'s and ``b``'s; ``a``'s root names it."""
        self._parent[self.root(b)] = self.root(a)

    def groups(self) -> list[list[T]]:
        """The groups, each in item order, by their first item."""
        out: dict[T, list[T]] = {}
        for i in self._parent:
            out.setdefault(self.root(i), []).append(i)
        return list(out.values())
