"""Rendering of ``lintas analyse`` results."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from lintas import __version__
from lintas._words import count
from lintas.errors import UsageError
from lintas.report.extract import rejected_lines

if TYPE_CHECKING:
    from lintas.pipeline import AnalyseResult

ANALYSE_FORMATS = ("json", "text")


def render_analysis(result: AnalyseResult, fmt: str) -> str:
    if fmt == "json":
        payload: dict[str, Any] = {
            "lintas_version": __version__,
            "articles": [a.to_dict() for a in result.analyses],
            "rejected": [r.to_dict() for r in result.rejected],
        }
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if fmt != "text":
        raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(ANALYSE_FORMATS)}")
    out: list[str] = []
    for an in result.analyses:
        a = an.article
        out.append(f"== {a.title or '(untitled)'}  [{a.outlet or 'unknown outlet'}, {a.published or 'no date'}]")
        if an.entities:
            out.append("   entities: " + "; ".join(
                f"{e.type} {e.name}" + (f" (= {', '.join(e.aliases)})" if e.aliases else "") for e in an.entities[:15]
            ))  # fmt: skip
        for q in an.quantities:
            out.append(
                f"   number  s{q.sentence}: {q.text!r} = {q.value:g} {q.unit or ''} [{q.counted or '-'}, {q.qualifier}]"
            )
        for d in an.dates:
            out.append(f"   date    s{d.sentence}: {d.text!r} -> {d.value or '?'} ({d.granularity})")
        for qt in an.quotes:
            kind = "quote" if qt.direct else "said"
            out.append(f"   {kind:<7} s{qt.sentence}: {qt.speaker or '(unknown)'}: {qt.text[:90]!r}")
        if a.cites:
            out.append(f"   cites: {', '.join(a.cites)}")
        out.append("")
    out.extend(rejected_lines(result.rejected))
    out.append(f"{count(len(result.analyses), 'article')} analysed, {len(result.rejected)} rejected")
    return "\n".join(out) + "\n"
