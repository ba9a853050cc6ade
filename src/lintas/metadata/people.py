"""Authors and editors from credit lines ('Redaktur: ...', 'Penulis: A | Editor: B', 'By ...')."""

from __future__ import annotations

import re

_ROLE = re.compile(
    r"(?:redaktur|editor|penyunting|penulis|reporter|pewarta|kontributor|oleh|writer|written by|"
    r"reporting by|editing by|reported by|fotografer|videografer|by)\s*:?\s*",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bdan\b|\|)\s*", re.I)
_NAME = re.compile(r"^[A-Z][\w.'-]*(?:\s+[A-Za-z][\w.'-]*){0,4}$")
_TRAILER = re.compile(r"\s*\((?:[a-z/*]+)\)\s*$|\s*\[[a-z/]+\]\s*$")


def names_from_credit(line: str) -> list[str]:
    """People named in one credit line, in order."""
    names: list[str] = []
    for part in _ROLE.split(line):
        part = _TRAILER.sub("", part).strip(" .:-|")
        for piece in _SPLIT.split(part):
            piece = piece.strip(" .:-")
            if piece and _NAME.match(piece) and piece not in names and not _ROLE.fullmatch(piece + " "):
                names.append(piece)
    return names
