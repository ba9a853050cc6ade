"""Rendering of ``lintas compare`` reports: JSON (the contract), Markdown, HTML, terminal text.

All article text is escaped in HTML; the HTML file is self-contained (inline CSS, no scripts).
"""

from __future__ import annotations

import json
from html import escape

from lintas._lexicon import count
from lintas.comparison.model import Discrepancy, Report, Story
from lintas.errors import UsageError
from lintas.report.extract import rejected_lines

COMPARE_FORMATS = ("json", "md", "html", "text")


def render_report(report: Report, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return _markdown(report)
    if fmt == "html":
        return _html(report)
    if fmt == "text":
        return _text(report)
    raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(COMPARE_FORMATS)}")


def _label(report: Report, article_id: str) -> str:
    a = report.article(article_id)
    return a.outlet or a.title or a.input


def _claims(report: Report, d: Discrepancy) -> list[str]:
    return [
        f"{_label(report, c.article)}: {c.value}"
        + (f" ({c.qualifier})" if c.qualifier not in (None, "exact") else "")
        + f" — “{report.article(c.article).sentences[c.sentence].text}”"
        for c in d.claims
    ]


def _text(report: Report) -> str:
    out: list[str] = []
    for s in report.stories:
        agreed = sum(f.status == "agreed" for f in s.facts)
        out.append(f"== {s.title}")
        outlets = ", ".join(s.outlets)
        sources = count(s.independent_sources, "independent outlet")
        found = f"{count(agreed, 'agreed fact')}, {count(len(s.discrepancies), 'discrepancy')}"
        out.append(f"   {count(len(s.articles), 'article')}, {sources} ({outlets}); {found}; {when(report, s)}")
        for c in s.copies:
            out.append(f"   copy: {_label(report, c['article'])} copies {_label(report, c['copy_of'])}")
        for d in s.discrepancies:
            out.append(f"   ! {d.kind}: {d.about}" + (" (compatible)" if d.compatible else ""))
            out.extend(f"       {line}" for line in _claims(report, d))
            if d.note:
                out.append(f"       {d.note}")
        for g in s.digest:
            out.append(f"   * {g.text}")
        out.append("")
    out.extend(rejected_lines(report.rejected))
    stories, articles = count(len(report.stories), "story"), count(len(report.articles), "article")
    out.append(f"{stories} from {articles}, {len(report.rejected)} rejected")
    return "\n".join(out) + "\n"


def when(report: Report, story: Story) -> str:
    """The days a story's articles were published, and how many give no date: a story none of
    whose articles is dated says its time is unknown rather than borrow one."""
    days = sorted((a.published or "")[:10] for a in report.articles if a.id in story.articles)
    dated = [d for d in days if d]
    undated = len(days) - len(dated)
    if not dated:
        return "time unknown (no article gives a date)"
    span = dated[0] if dated[0] == dated[-1] else f"{dated[0]} to {dated[-1]}"
    return f"published {span}" + (f" ({undated} of {len(days)} articles undated)" if undated else "")


def _markdown(report: Report) -> str:
    out = [f"# lintas comparison report\n\nGenerated {report.generated_at} by lintas {report.lintas_version}.\n"]
    for s in report.stories:
        out.append(f"## {s.title}\n")
        out.append(f"Outlets: {', '.join(s.outlets)} ({s.independent_sources} independent); {when(report, s)}\n")
        if s.digest:
            out.append("### Digest\n")
            for g in s.digest:
                refs = ", ".join(f"{_label(report, x.article)} s{x.sentence}" for x in g.sources)
                out.append(f"- {g.text} [{refs}]")
            out.append("")
        if s.discrepancies:
            out.append("### Discrepancies\n")
            for d in s.discrepancies:
                out.append(f"- **{d.kind}: {d.about}**" + (" (compatible)" if d.compatible else ""))
                out.extend(f"  - {line}" for line in _claims(report, d))
                if d.note:
                    out.append(f"  - {d.note}")
            out.append("")
        if s.copies:
            out.append("### Copies\n")
            out.extend(f"- {_label(report, c['article'])} copies {_label(report, c['copy_of'])}" for c in s.copies)
            out.append("")
        out.append("### Facts\n")
        for f in s.facts:
            out.append(f"- [{f.status}] {f.text} ({', '.join(f.outlets)})")
        out.append("")
        if s.timeline:
            out.append("### Timeline\n")
            out.extend(f"- {t.date}: {t.text}" for t in s.timeline)
            out.append("")
    return "\n".join(out) + "\n"


_CSS = """
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1rem;line-height:1.45;color:#222}
h1{font-size:1.5rem} h2{border-bottom:2px solid #ddd;padding-bottom:.2rem} .muted{color:#666;font-size:.9rem}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:.8rem}
.card{border:1px solid #ddd;border-radius:6px;padding:.6rem;background:#fafafa;overflow-wrap:anywhere}
.disc{border-left:4px solid #c0392b;background:#fdf0ef;padding:.5rem .8rem;margin:.6rem 0}
.disc.compatible{border-color:#e67e22;background:#fdf6ec} mark{background:#f9d56e}
.agreed{color:#1e7e34} .single{color:#555} .disputed{color:#c0392b} li{margin:.2rem 0}
table{border-collapse:collapse} td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left}
"""


def _mark(sentence: str, part: str) -> str:
    i = sentence.find(part) if part else -1
    if i < 0:
        return escape(sentence)
    return escape(sentence[:i]) + "<mark>" + escape(part) + "</mark>" + escape(sentence[i + len(part) :])


def _story_html(report: Report, s: Story) -> str:
    h: list[str] = [f'<section class="story"><h2>{escape(s.title)}</h2>']
    sources = count(s.independent_sources, "independent outlet")
    h.append(f'<p class="muted">{count(len(s.articles), "article")} · {sources} · '
             f"{count(len(s.discrepancies), 'discrepancy')} · {escape(when(report, s))}</p>")  # fmt: skip
    if s.digest:
        h.append("<h3>Digest</h3><ul>")
        for g in s.digest:
            refs = ", ".join(f"{escape(_label(report, x.article))} s{x.sentence}" for x in g.sources)
            h.append(f'<li>{escape(g.text)} <span class="muted">[{refs}]</span></li>')
        h.append("</ul>")
    if s.discrepancies:
        h.append("<h3>Discrepancies</h3>")
        for d in s.discrepancies:
            cls = "disc compatible" if d.compatible else "disc"
            h.append(f'<div class="{cls}"><strong>{escape(d.kind)}: {escape(d.about)}</strong>'
                     + (" <em>(can all hold)</em>" if d.compatible else "") + '<div class="cols">')  # fmt: skip
            for c in d.claims:
                sentence = report.article(c.article).sentences[c.sentence].text
                h.append(f'<div class="card"><b>{escape(_label(report, c.article))}</b>: {escape(str(c.value))}'
                         f"<br>{_mark(sentence, c.text)}</div>")  # fmt: skip
            h.append("</div>" + (f'<p class="muted">{escape(d.note)}</p>' if d.note else "") + "</div>")
    h.append('<h3>Outlets side by side</h3><div class="cols">')
    for aid in s.articles:
        a = report.article(aid)
        copy = next((c for c in s.copies if c["article"] == aid), None)
        note = f' <span class="muted">(copy of {escape(_label(report, copy["copy_of"]))})</span>' if copy else ""
        h.append(f'<div class="card"><b>{escape(_label(report, aid))}</b>{note}<br><span class="muted">'
                 f"{escape(a.published or 'no date')} · {escape(a.language)}</span><h4>{escape(a.title or '')}</h4>"
                 + "".join(f"<p>{escape(p)}</p>" for p in a.text.split("\n\n")[:4]) + "</div>")  # fmt: skip
    h.append("</div><h3>Facts</h3><ul>")
    for f in s.facts:
        h.append(f'<li class="{escape(f.status)}">[{escape(f.status)}] {escape(f.text)} '
                 f'<span class="muted">({escape(", ".join(f.outlets))})</span></li>')  # fmt: skip
    h.append("</ul>")
    if s.timeline:
        h.append("<h3>Timeline</h3><table><tr><th>date</th><th>what</th></tr>")
        h.extend(f"<tr><td>{escape(t.date)}</td><td>{escape(t.text)}</td></tr>" for t in s.timeline)
        h.append("</table>")
    if s.entities:
        h.append("<h3>Entities</h3><ul>")
        for e in s.entities[:30]:
            aliases = f" (= {escape(', '.join(e.aliases))})" if e.aliases else ""
            h.append(f"<li>{escape(e.type)} <b>{escape(e.name)}</b>{aliases}</li>")
        h.append("</ul>")
    if s.quotes:
        h.append("<h3>Quotes</h3><ul>")
        for q in s.quotes:
            h.append(f"<li><b>{escape(q.speaker or 'unknown')}</b>: “{escape(q.text)}” "
                     f'<span class="muted">({escape(_label(report, q.article))})</span></li>')  # fmt: skip
        h.append("</ul>")
    return "\n".join(h) + "</section>"


def _html(report: Report) -> str:
    body = "\n".join(_story_html(report, s) for s in report.stories)
    rejected = "".join(f"<li>{escape(r.input)}: {escape(r.reason)}</li>" for r in report.rejected)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>lintas comparison</title><style>{_CSS}</style></head><body>"
        f'<h1>lintas comparison</h1><p class="muted">{count(len(report.stories), "story")} from '
        f"{count(len(report.articles), 'article')} · generated {escape(report.generated_at)}</p>{body}"
        + (f"<h2>Rejected inputs</h2><ul>{rejected}</ul>" if rejected else "")
        + "</body></html>\n"
    )
