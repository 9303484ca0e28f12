"""Kinds of dating error found by held-out batch 51 (a product launch, a data-breach notice, a
box-office report, a celebrity item, a health advisory and a timetable change notice), each row on a
sentence written for this test, not the batch's (tests/gold_events, batch 51)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import event_rows as rows

PUBLISHED = dt.datetime(2025, 5, 21, 9, 0)  # a Wednesday morning


def span_of(body: str, words: str) -> tuple[str, str]:
    """The start and end of the event whose text holds the words."""
    event = rows.events_holding(body, words, PUBLISHED)[0]
    return event.start, event.end


# A plural weekday before its day numbers names those days ("on Sundays 8 and 15 June"), no habit:
# the dates had been dropped as a custom's ("is open on Sundays until the end of October").
@pytest.mark.parametrize(("body", "words", "expected"), [
    ("Replacement buses will run between the two towns on Sundays 8 and 15 June.", "Replacement buses",
     ("2025-06-08", "2025-06-15")),
    ("The pool will be closed on Saturdays 7, 14 and 21 June for the swimming gala.", "pool will be closed",
     ("2025-06-07", "2025-06-21")),
    ("The footbridge will shut on Tuesdays 3rd and 10th June while it is painted.", "footbridge will shut",
     ("2025-06-03", "2025-06-10")),
])
def test_a_plural_weekday_before_day_numbers_names_those_days(body: str, words: str,
                                                              expected: tuple[str, str]) -> None:
    assert span_of(body, words) == expected


# ... while a plural weekday before other words is still a habit, no event.
@pytest.mark.parametrize("body", [
    "The museum is open on Sundays until the end of October.",
    "The market is held on Saturdays in June.",
])
def test_a_plural_weekday_before_other_words_stays_a_habit(body: str) -> None:
    assert not [e for e in rows.events_of(body, PUBLISHED) if e.start.startswith(("2025-06", "2025-10"))]


# Two weekdays listed after a day of a named week ("next week on Tuesday and Thursday") lie in that
# week and make one span, as a pair of weekdays alone does; the second had been dated on its own,
# to the nearest such day (before the first), and made an event of its own.
@pytest.mark.parametrize(("body", "words", "expected"), [
    ("Vaccination clinics will be held at the library next week, on Tuesday and Thursday.", "clinics",
     ("2025-05-27", "2025-05-29")),
    ("The inquiry will sit next week on Monday and Friday.", "inquiry will sit", ("2025-05-26", "2025-05-30")),
    ("Vaccination clinics will be held on Tuesday and Thursday.", "clinics", ("2025-05-27", "2025-05-29")),
])
def test_two_weekdays_of_a_named_week_are_one_span(body: str, words: str, expected: tuple[str, str]) -> None:
    assert span_of(body, words) == expected


def test_three_weekdays_of_a_named_week_stay_three_events_in_that_week() -> None:
    body = "Clinics will be held next week on Tuesday, Thursday and Saturday."
    assert [(e.start, e.end) for e in rows.events_holding(body, "Clinics", PUBLISHED)] == [
        ("2025-05-27", "2025-05-27"), ("2025-05-29", "2025-05-29"), ("2025-05-31", "2025-05-31")]


def test_a_weekday_listed_before_the_first_in_its_week_keeps_its_own_day() -> None:
    body = "Written answers were sent Friday and Thursday by the two ministries."
    assert {(e.start, e.end) for e in rows.events_of(body, PUBLISHED)} <= {
        ("2025-05-16", "2025-05-16"), ("2025-05-15", "2025-05-15"), ("2025-05-15", "2025-05-16")}
