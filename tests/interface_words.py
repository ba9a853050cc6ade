"""The check behind the interface-language tests: what lintas wrote on a surface, with every piece
of source text taken out, holds no word that only the other language's catalogue uses."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from lintas import _words

_STYLE = re.compile(r"<style>.*?</style>|<span class=\"source\">[^<]*</span>", re.S)  # source words shown as such
_INLINE = re.compile(r"</?(?:mark|b|em|strong)>")  # inside a sentence: taken out without a space
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W\d_]{3,}")


def _catalogue_words(lang: str) -> set[str]:
    i = 0 if lang == "en" else 1
    texts: list[str] = list(_words.TEXTS[lang].values())
    texts += [forms[0] + " " + forms[1] if lang == "en" else forms[2] for forms in _words.NOUNS.values()]
    texts += [pair[i] for table in (_words.TOPICS, _words.KINDS, _words.QUALIFIERS) for pair in table.values()]
    texts += list(_words._SENTENCES[lang].values())
    return {w.lower() for t in texts for w in _WORD.findall(t.replace("{", " ").replace("}", " "))}


def only_in(lang: str) -> set[str]:
    """Words of ``lang``'s interface text that the other language's never uses."""
    other = "id" if lang == "en" else "en"
    return _catalogue_words(lang) - _catalogue_words(other)


def source_strings(report: dict[str, Any]) -> list[str]:
    """Every piece of source text a report may show: sentences, titles, names, values, inputs."""
    out: list[str] = []
    for a in report["articles"]:
        out += [a.get("title") or "", a.get("outlet") or "", a.get("url") or "", a["input"], a["text"]]
        out += [s["text"] for s in a["sentences"]] + list(a.get("removed", [])) + list(a.get("authors", []))
    for s in report["stories"]:
        out += [s["title"], *s.get("outlets", [])]
        out += [e["name"] for e in s["entities"]] + [x for e in s["entities"] for x in e["aliases"]]
        out += [f["text"] for f in s["facts"]] + [e["text"] for e in s["timeline"]]
        out += [q["text"] for q in s["quotes"]] + [q["speaker"] or "" for q in s["quotes"]]
        out += [g["text"] for g in s["digest"] if not g.get("composed")]
        for d in s["discrepancies"]:
            out += [d.get("subject") or ""] + [str(c["value"]) for c in d["claims"]] + [c["text"] for c in d["claims"]]
    out += [r["input"] + ": " + r["reason"] for r in report["rejected"]]
    return sorted({x for x in out if x}, key=len, reverse=True)  # longest first: a title before its words


def foreign_words(rendered: str, sources: Iterable[str], lang: str) -> set[str]:
    """The other language's interface words left in ``rendered`` once source text is taken out."""
    plain = html.unescape(_TAG.sub(" ", _INLINE.sub("", _STYLE.sub(" ", rendered)))) if "<" in rendered else rendered
    plain = " ".join(plain.split())
    for text in sources:
        plain = plain.replace(" ".join(html.unescape(text).split()), " ")
    other = "en" if lang == "id" else "id"
    return {w for w in _WORD.findall(plain.lower())} & only_in(other)
