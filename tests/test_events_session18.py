"""Kinds of dating error found in session 18 by sentences written for the project: the period a
subject's thing comes from ("Music from the late 1960s filled the hall on Saturday") describes it
and yields to the clause's own time (events/roles.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.event_rows import event_spans

PUBLISHED = dt.datetime(2026, 3, 12, 9, 0)  # a Thursday morning


@pytest.mark.parametrize(("body", "expected"), [
    # the period the subject's noun comes from: the verb's time dates the sentence
    ("Hall\n\nMusic from the late 1960s filled the hall on Saturday.", [("2026-03-07", "2026-03-07")]),
    ("Auction\n\nLetters from the 1940s were sold at auction on Tuesday.", [("2026-03-10", "2026-03-10")]),
    ("Wreck\n\nA ship from the 18th century was raised on Monday.", [("2026-03-09", "2026-03-09")]),
    ("Chart\n\nSongs of the 1980s dominated the chart last week.", [("2026-03-02", "2026-03-08")]),
    ("Show\n\nPhotographs dating from 1912 go on show in April.", [("2026-04-01", "2026-04-30")]),
    # alone, the period still dates the sentence
    ("Hall\n\nMusic from the late 1960s is still popular.", [("1967-01-01", "1969-12-31")]),
    # a day in the possessive names the thing as well
    ("Storm\n\nDamage from Monday's storm was repaired on Wednesday.", [("2026-03-11", "2026-03-11")]),
])
def test_a_subjects_period_yields_to_the_clauses_time(body: str, expected: list[tuple[str, str]]) -> None:
    assert event_spans(body, PUBLISHED) == expected
