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


def test_the_events_own_day_stays_beside_such_words() -> None:  # the review of stop 47
    for friday in (
        "Two men were killed at a Friday night release party on Birch Road.",
        "A teen was shot during a Friday post-game party on Birch Road.",
        "On Friday night, neighbors reported hearing gunshots on Birch Road.",
        "On Friday, gunmen opened fire on Birch Road and police said two died.",
        "Doctors performed emergency surgery on a boy hit by gunfire Friday on Birch Road.",
        "Gunfire broke out on Birch Road at a block party scheduled for Friday.",
    ):
        assert _dated(friday, friday.replace("Friday", "Thursday")) == ["date of the event"], friday


def test_a_step_told_right_after_its_day_is_not_the_event() -> None:  # the review of stop 47
    arrested = "Police on Friday arrested a man in the shooting on Birch Road."
    assert _dated(arrested, arrested.replace("Friday", "Thursday")) == []
    # a step to come after the day is the event's own day
    charged = "The man who opened fire on Birch Road Friday will face murder charges."
    assert _dated(charged, charged.replace("Friday", "Thursday")) == ["date of the event"]
