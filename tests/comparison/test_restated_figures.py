"""A toll restated further down an article (a caption, a quote, an earlier report) is compared
too, so an edited or outdated figure there is reported; far-apart figures are not paired loosely."""

from __future__ import annotations

from pathlib import Path

import lintas

LEAD_A = (
    "Two people were killed and three others were wounded in a shooting outside a bar on Elm Street "
    "early Sunday, police said."
)
LEAD_B = (
    "A shooting outside an Elm Street bar early Sunday left two people dead and three others wounded, "
    "according to police."
)
BODY_B = (
    "Detectives spent the morning canvassing the neighborhood and collecting shell casings. "
    "The bar's owner told reporters that the men had been asked to leave an hour earlier. "
    "Both survivors are expected to recover, a hospital spokeswoman said. "
)
BODY = (
    "Officers arrived shortly after 2 a.m. and found the victims in the parking lot. "
    "Witnesses said an argument inside the bar spilled onto the street before the gunfire. "
    "The wounded were taken to Mercy Hospital, where they were listed in stable condition. "
    "Police have not named a suspect and asked anyone with information to call the department. "
)


def _write(tmp_path: Path, name: str, title: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(
        f'{{"title": "{title}", "text": "{text}", "outlet": "{name}", "published": "2026-11-22T09:00:00-05:00", '
        f'"language": "en"}}\n',
        encoding="utf-8",
    )
    return path


def _tolls(report: lintas.Report) -> list[list[tuple[str, int]]]:
    names = {a.id: a.outlet or "" for a in report.articles}
    return [
        sorted((names[c.article], c.value) for c in d.claims)
        for s in report.stories
        for d in s.discrepancies
        if d.about.startswith("death toll")
    ]


def _article_a(tmp_path: Path, last: str) -> Path:
    return _write(tmp_path, "a.jsonl", "Two killed in Elm Street shooting", f"{LEAD_A} {BODY}{last}")


def test_restated_toll_that_differs_is_reported(tmp_path: Path) -> None:
    a = _article_a(tmp_path, "The chief said three people died in the shooting outside the bar on Elm Street.")
    b = _write(tmp_path, "b.jsonl", "Elm Street bar shooting leaves two dead", LEAD_B + " " + BODY_B)
    tolls = _tolls(lintas.compare([a, b]))
    assert any(("a.jsonl", 3) in t and ("b.jsonl", 2) in t for t in tolls), tolls


def test_restated_same_toll_is_no_discrepancy(tmp_path: Path) -> None:
    a = _article_a(tmp_path, "The chief said two people died in the shooting outside the bar on Elm Street.")
    b = _write(tmp_path, "b.jsonl", "Elm Street bar shooting leaves two dead", LEAD_B + " " + BODY_B)
    assert _tolls(lintas.compare([a, b])) == []


def test_far_apart_figure_of_another_event_is_not_paired(tmp_path: Path) -> None:
    a = _article_a(tmp_path, "The shooting came weeks after a gunman killed 49 people at a nightclub.")
    b = _write(tmp_path, "b.jsonl", "Elm Street bar shooting leaves two dead", LEAD_B + " " + BODY_B)
    assert all(49 not in [v for _, v in t] for t in _tolls(lintas.compare([a, b])))
