"""Days that are not the event's: a statement's, a step still to come (stop 47, a second read of
two-outlet GVA incidents; made-up articles)."""

from __future__ import annotations

from tests.comparison.test_precision_rules import _one_story

MORE = "\n\nDetectives asked anyone who saw the shooting on Birch Road to call the tip line at once."


def _dated(*texts: str) -> list[str]:
    report = _one_story(*(t + MORE for t in texts))
    return [d.about for s in report.stories for d in s.discrepancies if d.kind == "date" and not d.compatible]


def test_a_statements_day_is_not_the_events() -> None:
    died = "Carl Wren died Sunday of a single gunshot wound to the chest on Birch Road."
    coroner = "On Monday, the county coroner said Carl Wren died from a gunshot wound on Birch Road."
    assert _dated(died, coroner) == []
    hospital = "The girl was taken to a hospital on Birch Road by her parents Sunday, where she died."
    email = "The girl was taken to a hospital on Birch Road but died, a Monday morning email from the agency said."
    assert _dated(hospital, email) == []
    # the event's own day, opening the sentence, still counts
    monday = "On Monday, a man was shot and killed on Birch Road, police said."
    assert _dated(monday, monday.replace("Monday", "Tuesday")) == ["date of the event"]


def test_a_step_still_to_come_is_not_the_event() -> None:
    today = "The girl shot on Birch Road is improving, and she is scheduled to undergo a second surgery today."
    sunday = "The girl shot on Birch Road will have to undergo a second surgery on Sunday."
    assert _dated(today, sunday) == []
