"""Sources an article says it relies on: 'Dilansir AP News', 'Sumber: KabarNusa.id', '(Antara)'."""

from __future__ import annotations

import re

from lintas.metadata.outlet import canonical_outlet, known_outlet

# Bounded repeats: a name is no 40-letter word, and unbounded ones made a long word quadratic.
_WORD = r"(?:[A-Z][\w.&'-]{0,40}|News)"
_NAME = (
    r"(?-i:(?P<src>(?:[A-Z][\w.&'-]{0,40}|[a-z][\w-]{0,40}\.(?:com|co|id|net|org)(?:\.id)?)"
    rf"(?:\s+{_WORD}){{0,6}}))"
)
_VENUE = r"(?:(?:laman|situs|kanal|akun|website|portal|media|kantor berita|harian|surat kabar)(?:\s+resmi)?\s+)?"
# Phrases that always introduce an outlet or wire; the name after them is taken as it is.
_EXPLICIT = re.compile(
    r"\b(?:dilansir|melansir|sebagaimana dilansir|seperti dilansir|dikutip dari|seperti dikutip dari|"
    r"sebagaimana dikutip dari|mengutip|dikutip|sumber|source|diberitakan|dilaporkan)(?:\s+(?:dari|oleh))?\s*:?\s+"
    + _VENUE
    + _NAME,
    re.I,
)
# Phrases that may also introduce a person: only known outlets count.
_WEAK = re.compile(
    r"\b(?:according to|reported by|told|menurut|laporan|kepada)\s+(?:the\s+)?"
    r"(?:(?:state|state-run|official|national)\s+)?(?:news agency\s+|wire service\s+|kantor berita\s+)?"
    + _NAME
    + r"|"
    + _NAME.replace("src", "src2")
    + r"\s+(?:reported|said in a report|melaporkan|memberitakan)",
)
_PAREN = re.compile(r"\((?P<src>[A-Za-z][\w .&-]{1,25})\)")
_STOP = {"the", "a", "an", "media", "laporan", "situs", "laman", "pihak", "sumber"}


def _accept(name: str, explicit: bool) -> str | None:
    words = name.split()
    while words and words[-1].lower() in {"news"} and known_outlet(" ".join(words)) is None:
        words.pop()
    if not words or words[0].lower() in _STOP:
        return None
    name = " ".join(words[:4]).rstrip(".,")
    if not name:
        return None  # "Sumber: ."
    known = known_outlet(name)
    if known:
        return known
    if explicit and (name[0].isupper() or "." in name):
        return canonical_outlet(name)
    return None


def find_cites(lines: list[str], source_lines: list[str]) -> list[str]:
    """Canonical names of cited outlets, in order of first mention."""
    out: list[str] = []

    def add(name: str | None) -> None:
        if name and name not in out:
            out.append(name)

    for line in source_lines:  # removed 'Sumber: X' lines
        value = line.split(":", 1)[-1].strip()
        for piece in re.split(r"\s*(?:,|;|\bdan\b|\band\b)\s*", value):
            add(_accept(piece, explicit=True))
    for line in lines:
        for m in _EXPLICIT.finditer(line):
            add(_accept(m["src"], explicit=True))
        for m in _WEAK.finditer(line):
            add(_accept(m["src"] or m["src2"], explicit=False))
        for m in _PAREN.finditer(line):
            add(_accept(m["src"], explicit=False))
    return out
