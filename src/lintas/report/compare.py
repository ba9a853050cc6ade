"""Rendering of ``lintas compare`` reports: JSON (the contract), Markdown, HTML, terminal text.

One interface language at a time (``lang``: id or en, lintas._words); source text is never
translated. Every claim, quote, fact and digest sentence links to its sentence (an anchor in the
HTML report's article view) and to the original URL. All article text is escaped in HTML; the
HTML file is self-contained (inline CSS, no scripts).
"""

from __future__ import annotations

import json
from html import escape
from urllib.parse import quote

from lintas import _words as words
from lintas.comparison.model import Claim, Discrepancy, Report, Source, Story
from lintas.errors import UsageError
from lintas.model import Article
from lintas.report.extract import rejected_lines
from lintas.report.shared import what_they_share

COMPARE_FORMATS = ("json", "md", "html", "text")
_URL_SAFE = ":/?#@!$&'*+,;=%~-._"  # what stays as written in a Markdown link target


def render_report(report: Report, fmt: str, lang: str = "en") -> str:
    if lang not in words.LANGUAGES:
        raise UsageError(f"unknown interface language {lang!r}: choose one of {', '.join(words.LANGUAGES)}")
    if fmt == "json":
        return json.dumps(report.to_dict(lang), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return _markdown(report, lang)
    if fmt == "html":
        return _html(report, lang)
    if fmt == "text":
        return _text(report, lang)
    raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(COMPARE_FORMATS)}")


def _label(report: Report, article_id: str) -> str:
    a = report.article(article_id)
    return a.outlet or a.title or a.input


def web_url(url: str | None) -> str | None:
    """An original address that may be linked: a web address (no javascript:, data: or file: link
    from a record). The HTML report, the Markdown report and the web pages link only through it."""
    url = (url or "").strip()
    return url if url.lower().startswith(("https://", "http://")) else None


def _value(c: Claim, lang: str) -> str:
    return words.claim_value(c.value, c.qualifier, lang)


def _about(d: Discrepancy, lang: str) -> str:
    head = f"{words.kind(d.kind, lang)}: {words.about(d.topic, d.subject, lang)}"
    return head + (f" ({words.text('compatible', lang)})" if d.compatible else "")


def _claims(report: Report, d: Discrepancy, lang: str) -> list[str]:
    return [
        f"{_label(report, c.article)}: {_value(c, lang)} — “{report.article(c.article).sentences[c.sentence].text}”"
        for c in d.claims
    ]


def _note(d: Discrepancy, lang: str) -> str | None:
    return words.note(d.structure(), lang)


def _text(report: Report, lang: str) -> str:
    out: list[str] = []
    for s in report.stories:
        agreed = sum(f.status == "agreed" for f in s.facts)
        out.append(f"== {s.title}")
        outlets = ", ".join(s.outlets)
        sources = words.count(s.independent_sources, "independent outlet", lang)
        found = f"{words.count(agreed, 'agreed fact', lang)}, {words.count(len(s.discrepancies), 'discrepancy', lang)}"
        articles = words.count(len(s.articles), "article", lang)
        out.append(f"   {articles}, {sources} ({outlets}); {found}; {when(report, s, lang)}")
        for c in s.copies:
            copier, original = _label(report, c["article"]), _label(report, c["copy_of"])
            out.append(f"   {copier}: {words.text('copy_of', lang)} {original}")
        for d in s.discrepancies:
            out.append(f"   ! {_about(d, lang)}")
            out.extend(f"       {line}" for line in _claims(report, d, lang))
            if note := _note(d, lang):
                out.append(f"       {note}")
        for g in s.digest:
            out.append(f"   * {g.to_dict(lang)['text']}")
        out.append("")
    out.extend(rejected_lines(report.rejected, lang))
    stories = words.count(len(report.stories), "story", lang)
    articles = words.count(len(report.articles), "article", lang)
    rejected = words.count(len(report.rejected), "rejected", lang)
    out.append(f"{stories} {words.text('from', lang)} {articles}, {rejected}")
    return "\n".join(out) + "\n"


def when(report: Report, story: Story, lang: str = "en") -> str:
    """The days a story's articles were published, and how many give no date: a story none of
    whose articles is dated says its time is unknown rather than borrow one."""
    days = sorted((a.published or "")[:10] for a in report.articles if a.id in story.articles)
    dated = [d for d in days if d]
    undated = len(days) - len(dated)
    if not dated:
        return words.text("time_unknown", lang)
    span = dated[0] if dated[0] == dated[-1] else f"{dated[0]} {words.text('to', lang)} {dated[-1]}"
    out = f"{words.text('published', lang)} {span}"
    return out + (f" ({words.text('undated_of', lang).format(n=undated, m=len(days))})" if undated else "")


def _md_ref(report: Report, src: Source) -> str:
    """A source as Markdown: the outlet and sentence, linked to the original when it is on the web."""
    a = report.article(src.article)
    label = f"{_label(report, src.article)} s{src.sentence}".replace("[", "(").replace("]", ")")
    url = web_url(a.url)
    # Brackets, parentheses and spaces percent-encoded: a record's URL cannot end the link early
    # and start another one ("x>)[click](javascript:...)").
    return f"[{label}](<{quote(url, safe=_URL_SAFE)}>)" if url else label


def _markdown(report: Report, lang: str) -> str:
    t = words.TEXTS[lang]
    out = [f"# {t['title']}\n\n{t['generated']} {report.generated_at} · lintas {report.lintas_version}\n"]
    for s in report.stories:
        out.append(f"## {s.title}\n")
        sources = words.count(s.independent_sources, "independent outlet", lang)
        out.append(f"{', '.join(s.outlets)} ({sources}); {when(report, s, lang)}\n")
        if s.digest:
            out.append(f"### {t['digest']}\n")
            for g in s.digest:
                refs = ", ".join(_md_ref(report, x) for x in g.sources)
                out.append(f"- {g.to_dict(lang)['text']} — {refs}")
            out.append("")
        if s.discrepancies:
            out.append(f"### {t['discrepancies']}\n")
            for d in s.discrepancies:
                out.append(f"- **{_about(d, lang)}**")
                out.extend(
                    f"  - {line} — {_md_ref(report, Source(c.article, c.sentence))}"
                    for line, c in zip(_claims(report, d, lang), d.claims, strict=True)
                )
                if note := _note(d, lang):
                    out.append(f"  - {note}")
            out.append("")
        if s.copies:
            out.append(f"### {t['copies']}\n")
            out.extend(
                f"- {_label(report, c['article'])} {t['copies_verb']} {_label(report, c['copy_of'])}" for c in s.copies
            )
            out.append("")
        out.append(f"### {t['facts']}\n")
        for f in s.facts:
            refs = ", ".join(_md_ref(report, x) for x in f.sources)
            out.append(f"- **{words.status(f.status, lang)}**: {f.text} — {refs}")
        out.append("")
        if s.timeline:
            out.append(f"### {t['timeline']}\n")
            out.extend(f"- {e.date}: {e.text} — {', '.join(_md_ref(report, x) for x in e.sources)}" for e in s.timeline)
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
.text{max-height:28rem;overflow:auto} .text span:target{background:#ffe08a;outline:2px solid #e0a800}
a.src{color:#14527a;text-decoration:none;font-size:.85rem} a.src:hover{text-decoration:underline}
"""


def _anchor(article: str, sentence: int) -> str:
    return f"s-{article}-{sentence}"


def _ref(report: Report, src: Source) -> str:
    """A source as links: to its sentence in the article view below, and to the original."""
    a = report.article(src.article)
    out = f'<a class="src" href="#{escape(_anchor(src.article, src.sentence))}">{escape(_label(report, src.article))}'
    out += f" s{src.sentence}</a>"
    url = web_url(a.url)
    return out + (f' <a class="src" href="{escape(url)}" rel="noopener noreferrer nofollow">↗</a>' if url else "")


def _refs(report: Report, sources: tuple[Source, ...] | list[Source]) -> str:
    return '<span class="muted">[' + ", ".join(_ref(report, x) for x in sources) + "]</span>"


def _mark(sentence: str, part: str) -> str:
    i = sentence.find(part) if part else -1
    if i < 0:
        return escape(sentence)
    return escape(sentence[:i]) + "<mark>" + escape(part) + "</mark>" + escape(sentence[i + len(part) :])


def _article_text(a: Article) -> str:
    """The clean text as sentences that links can point at, paragraph breaks kept."""
    out, last = ["<p>"], 0
    for k, sent in enumerate(a.sentences):
        if "\n\n" in a.text[last : sent.start]:
            out.append("</p><p>")
        out.append(f'<span id="{escape(_anchor(a.id, k))}">{escape(sent.text)}</span> ')
        last = sent.end
    return '<div class="text">' + "".join(out) + "</p></div>"


def _story_html(report: Report, s: Story, lang: str) -> str:
    t = words.TEXTS[lang]
    h: list[str] = [f'<section class="story"><h2>{escape(s.title)}</h2>']
    sources = words.count(s.independent_sources, "independent outlet", lang)
    n_articles, n_found = (
        words.count(len(s.articles), "article", lang),
        words.count(len(s.discrepancies), "discrepancy", lang),
    )
    h.append(f'<p class="muted">{n_articles} · {sources} · {n_found} · {escape(when(report, s, lang))}</p>')
    shared = what_they_share(s.to_dict(lang), {a.id: a.to_dict() for a in report.articles if a.id in s.articles})
    if shared:
        h.append(f'<h3>{t["shared"]}</h3><ul class="shared">')
        h.extend(
            f'<li>{t[key]}: <span class="source">{escape(", ".join(values))}</span></li>'
            for key, values in shared.items()
        )
        h.append("</ul>")
    if s.digest:
        h.append(f"<h3>{t['digest']}</h3><ul>")
        for g in s.digest:
            h.append(f"<li>{escape(g.to_dict(lang)['text'])} {_refs(report, g.sources)}</li>")
        h.append("</ul>")
    if s.discrepancies:
        h.append(f"<h3>{t['discrepancies']}</h3>")
        for d in s.discrepancies:
            cls = "disc compatible" if d.compatible else "disc"
            about = f"{words.kind(d.kind, lang)}: {words.about(d.topic, d.subject, lang)}"
            fits = f" <em>({t['compatible']})</em>" if d.compatible else ""
            h.append(f'<div class="{cls}"><strong>{escape(about)}</strong>{fits}<div class="cols">')
            for c in d.claims:
                sentence = report.article(c.article).sentences[c.sentence].text
                refs = _refs(report, [Source(c.article, c.sentence)])
                h.append(f'<div class="card"><b>{escape(_label(report, c.article))}</b>: {escape(_value(c, lang))}'
                         f"<br>{_mark(sentence, c.text)} {refs}</div>")  # fmt: skip
            note = _note(d, lang)
            h.append("</div>" + (f'<p class="muted">{escape(note)}</p>' if note else "") + "</div>")
    h.append(f"<h3>{t['facts']}</h3><ul>")
    for f in s.facts:
        h.append(f'<li class="{escape(f.status)}">[{escape(words.status(f.status, lang))}] {escape(f.text)} '
                 f"{_refs(report, f.sources)}</li>")  # fmt: skip
    h.append("</ul>")
    if s.timeline:
        h.append(f"<h3>{t['timeline']}</h3><table><tr><th>{t['date']}</th><th>{t['what']}</th></tr>")
        h.extend(
            f"<tr><td>{escape(e.date)}</td><td>{escape(e.text)} {_refs(report, e.sources)}</td></tr>"
            for e in s.timeline
        )
        h.append("</table>")
    if s.quotes:
        h.append(f"<h3>{t['quotes']}</h3><ul>")
        for q in s.quotes:
            h.append(f"<li><b>{escape(q.speaker or t['unknown'])}</b>: “{escape(q.text)}” "
                     f"{_refs(report, [Source(q.article, q.sentence)])}</li>")  # fmt: skip
        h.append("</ul>")
    if s.entities:
        h.append(f"<h3>{t['entities']}</h3><ul>")
        for e in s.entities[:30]:
            aliases = f" (= {escape(', '.join(e.aliases))})" if e.aliases else ""
            h.append(f"<li>{escape(e.type)} <b>{escape(e.name)}</b>{aliases}</li>")
        h.append("</ul>")
    h.append(f'<h3>{t["side_by_side"]}</h3><div class="cols">')
    for aid in s.articles:
        a = report.article(aid)
        copy = next((c for c in s.copies if c["article"] == aid), None)
        note = f' <span class="muted">({t["copy_of"]} {escape(_label(report, copy["copy_of"]))})</span>' if copy else ""
        url = web_url(a.url)
        link = (
            f' <a class="src" href="{escape(url)}" rel="noopener noreferrer nofollow">{t["original"]} ↗</a>'
            if url
            else ""
        )
        h.append(f'<div class="card" id="{escape("a-" + aid)}"><b>{escape(_label(report, aid))}</b>{note}{link}<br>'
                 f'<span class="muted">{escape(a.published or t["no_date"])} · {escape(a.language)}</span>'
                 f"<h4>{escape(a.title or '')}</h4>{_article_text(a)}</div>")  # fmt: skip
    h.append("</div>")
    return "\n".join(h) + "</section>"


def _html(report: Report, lang: str) -> str:
    t = words.TEXTS[lang]
    body = "\n".join(_story_html(report, s, lang) for s in report.stories)
    rejected = "".join(f"<li>{escape(r.input)}: {escape(r.reason)}</li>" for r in report.rejected)
    stories, articles = (
        words.count(len(report.stories), "story", lang),
        words.count(len(report.articles), "article", lang),
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{t['title']}</title><style>{_CSS}</style></head><body>"
        f'<h1>{t["title"]}</h1><p class="muted">{stories} {t["from"]} {articles} · {t["generated"]} '
        f"{escape(report.generated_at)}</p>{body}"
        + (f"<h2>{t['rejected']}</h2><ul>{rejected}</ul>" if rejected else "")
        + "</body></html>\n"
    )
