"""A state held since a year or a decade dates no event (events/long_states.py); a recent start,
a happening the perfect sums up, or a when-clause still does. Sentences written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.event_rows import event_spans

PUBLISHED = dt.datetime(2025, 3, 13, 9, 0)  # a Thursday morning


@pytest.mark.parametrize(("body", "expected"), [
    # a state in the perfect since a year, a decade or a founding in a year: no event
    ("Mill\n\nThe mill closed on Monday.\n\nThe family has owned it since 1952.", [("2025-03-10", "2025-03-10")]),
    ("Mill\n\nThe mill closed on Monday.\n\nThe building had been empty since the 1990s.",
     [("2025-03-10", "2025-03-10")]),
    ("Club\n\nThe club named a new coach on Tuesday.\n\nSince its founding in 1921 it has been based at Orme Park.",
     [("2025-03-11", "2025-03-11")]),
    ("Choir\n\nThe choir sang at the abbey on Sunday.\n\nMs Vale has led it since 2011.",
     [("2025-03-09", "2025-03-09")]),
    # a recent start still dates the state's event, as the gold set does
    ("Port\n\nBerth 4 has been closed for repairs since Monday.", [("2025-03-10", "2025-03-10")]),
    # happenings the perfect sums up keep their year (news annotators date them by it)
    ("Clinics\n\nSince 2019, four clinics have been attacked in the county.", [("2019-01-01", "2019-12-31")]),
    # so does the clause a when-clause says happened then
    ("Ferry\n\nThe ferry has run since 1911, when the county bought a chain boat.", [("1911-01-01", "1911-12-31")]),
])
def test_dates_of_events(body: str, expected: list[tuple[str, str]]) -> None:
    assert event_spans(body, PUBLISHED) == expected
