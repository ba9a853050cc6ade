"""Every claim one click from its source, and no link a record's URL can hijack."""

from __future__ import annotations

import re
from dataclasses import replace

import lintas
from lintas.comparison.model import Report
from lintas.report.compare import render_report
from tests.conftest import EXAMPLES


def test_every_claim_links_to_its_sentence_and_the_anchor_exists() -> None:
    report = lintas.compare([EXAMPLES])
    html = render_report(report, "html", "en")
    anchors = set(re.findall(r'<span id="(s-[0-9a-f]{16}-\d+)">', html))
    for s in report.stories:
        for d in s.discrepancies:
            for c in d.claims:
                assert f'href="#s-{c.article}-{c.sentence}"' in html
                assert f"s-{c.article}-{c.sentence}" in anchors
    for a in report.articles:
        if a.url and a.url.startswith("http"):
            assert f'href="{a.url}"' in html


def _hostile(report: Report) -> Report:
    evil = "https://a.example/x>)[click me](javascript:alert(document.domain))"
    articles = [
        replace(a, url=evil) if k == 0 else replace(a, url="javascript:alert(1)") for k, a in enumerate(report.articles)
    ]
    return replace(report, articles=articles)


def test_a_record_url_cannot_make_a_script_link() -> None:
    report = _hostile(lintas.compare([EXAMPLES]))
    md = render_report(report, "md", "en")
    assert "](javascript" not in md and "(<javascript" not in md
    html = render_report(report, "html", "en")
    assert 'href="javascript' not in html
