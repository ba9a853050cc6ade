"""Rendering of ``lintas extract`` results (the articles/rejected part of the report)."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from typing import Any

from lintas import __version__
from lintas._words import TEXTS, count
from lintas.errors import UsageError
from lintas.model import ExtractResult, Rejected

FORMATS = ("json", "jsonl", "text")


def render_extract(result: ExtractResult, fmt: str) -> str:
    """The result as text in ``fmt`` (one of FORMATS)."""
    if fmt == "json":
        payload: dict[str, Any] = {"lintas_version": __version__, **result.to_dict()}
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        lines = [json.dumps({"kind": "article", **a.to_dict()}, ensure_ascii=False) for a in result.articles]
        lines += [json.dumps({"kind": "rejected", **r.to_dict()}, ensure_ascii=False) for r in result.rejected]
        return "".join(line + "\n" for line in lines)
    if fmt == "text":
        return _text(result)
    raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def _text(result: ExtractResult) -> str:
    out: list[str] = []
    for a in result.articles:
        out.append(f"== {a.title or '(untitled)'}")
        out.append(f"   id {a.id}  ·  {a.input}")
        facts = [
            f"outlet: {a.outlet or 'unknown'}",
            f"published: {a.published or 'unknown'}",
            f"language: {a.language}",
        ]
        out.append("   " + "  ·  ".join(facts))
        if a.authors:
            out.append(f"   authors: {', '.join(a.authors)}")
        if a.cites:
            out.append(f"   cites: {', '.join(a.cites)}")
        out.append(f"   {len(a.sentences)} sentences, {len(a.text.split())} words, {len(a.removed)} junk lines removed")
        lead = a.sentences[0].text if a.sentences else ""
        out.extend(textwrap.wrap(lead, width=96, initial_indent="   > ", subsequent_indent="     "))
        out.append("")
    out.extend(rejected_lines(result.rejected))
    out.append(f"{count(len(result.articles), 'article')}, {len(result.rejected)} rejected")
    return "\n".join(out) + "\n"


def rejected_lines(rejected: Sequence[Rejected], lang: str = "en") -> list[str]:
    """The rejected inputs as terminal lines (shared by every text report)."""
    if not rejected:
        return []
    return [f"{TEXTS[lang]['rejected']} ({len(rejected)}):", *(f"   {r.input}: {r.reason}" for r in rejected)]
