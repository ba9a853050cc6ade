"""Issue 4's reference expectations on ../shared/seeds, and the JSON contract."""

from __future__ import annotations

import json

import jsonschema
import pytest

import lintas
from lintas.comparison.model import Report
from lintas.report import report_schema
from lintas.report.compare import render_report
from tests.conftest import EXAMPLES, shared_path


@pytest.fixture(scope="module")
def seeds() -> Report:
    return lintas.compare([shared_path("seeds")])


def test_one_story_with_both_articles(seeds: Report) -> None:
    assert len(seeds.stories) == 1 and len(seeds.stories[0].articles) == 2


def test_death_toll_discrepancy(seeds: Report) -> None:
    [toll] = [d for d in seeds.stories[0].discrepancies if d.about.startswith("death toll")]
    claims = {(seeds.article(c.article).outlet, c.value, c.qualifier) for c in toll.claims}
    assert claims == {("GenPI.co", 145, "exact"), (None, 144, "at_least")}
    assert toll.compatible


def test_lecornu_with_both_spellings(seeds: Report) -> None:
    lecornu = next(e for e in seeds.stories[0].entities if e.id == "per:sebastien lecornu")
    assert lecornu.name == "Sébastien Lecornu"
    assert "Sebastien Lecornu" in lecornu.aliases
    assert len(lecornu.mentions) == 2


def test_digest_sentences_all_have_sources(seeds: Report) -> None:
    digest = seeds.stories[0].digest
    assert digest and all(g.sources for g in digest)


def test_json_matches_the_schema() -> None:
    schema = report_schema()
    for paths in ([shared_path("seeds")], [EXAMPLES]):
        data = json.loads(render_report(lintas.compare(paths), "json"))
        jsonschema.validate(data, schema)


def test_first_contact_since_october_2022_is_agreed_by_both(seeds: Report) -> None:
    story = seeds.stories[0]
    fact = next(f for f in story.facts if "kontak pertama" in f.text)
    assert fact.status == "agreed"
    texts = [s.text for s in fact.sources]
    assert len({s.article for s in fact.sources}) == 2
    assert all("kontak pertama" in t and "Oktober 2022" in t for t in texts)
