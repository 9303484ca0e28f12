"""Times placed against the publication day (timeline.events.publication), on sentences written
for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import extract_events
from timeline.read.inputs import read_text

PUBLISHED = dt.datetime(2022, 10, 13, 9, 30)  # a Thursday


def dated(body: str) -> list[tuple[str, str, bool]]:
    """(start, end, upcoming) of each event of a one-paragraph article."""
    return [(e.start, e.end, e.upcoming) for e in extract_events(read_text(body, date=PUBLISHED))]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a deadline or an obligation by the end of the current period starts at publication, still to come
    ("The inspectors' findings are due by the end of the month, the ministry said.",
     ("2022-10-13", "2022-10-31", True)),
    ("Tenants must return the survey forms by the end of the week.", ("2022-10-13", "2022-10-16", True)),
    ("The deadline for objections is the end of this month.", ("2022-10-13", "2022-10-31", True)),
    ("Contractors have to clear the site by the end of the month.", ("2022-10-13", "2022-10-31", True)),
    # a future verb did so before
    ("The board will choose a new chair by the end of the month.", ("2022-10-13", "2022-10-31", True)),
    # a past deadline, and a deadline at the end of the year, keep their whole period
    ("The first instalment was due by the end of the month.", ("2022-10-01", "2022-10-31", False)),
    ("The operator must publish its accounts by the end of the year.", ("2022-01-01", "2022-12-31", False)),
])
def test_a_deadline_in_the_current_period_starts_at_publication(sentence: str,
                                                               expected: tuple[str, str, bool]) -> None:
    assert dated(sentence) == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # what a future clause puts "before" a time to come may happen any day from publication to then
    ("A decision on the bypass is expected before Christmas.", ("2022-10-13", "2022-12-25", True)),
    ("The trust hopes to name a new chair before the end of November.", ("2022-10-13", "2022-11-30", True)),
    # (not a participle's "before" ahead of the verb, nor a past clause)
    ("Every ticket bought before 31 December will be refunded.", ("2022-12-31", "2022-12-31", True)),
    ("The decision will be announced on 1 December, before the holidays.", ("2022-12-01", "2022-12-01", True)),
])
def test_a_future_before_a_time_to_come_runs_from_publication(sentence: str, expected: tuple[str, str, bool]) -> None:
    assert dated(sentence) == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a past verb's clock later in the day than a morning publication was the day before, midnight too
    ("The fire started at 11pm, police said.", ("2022-10-12T23:00", "2022-10-12T23:00", False)),
    ("Rescuers reached the trawler shortly after midnight, the coastguard said.",
     ("2022-10-12T24:00", "2022-10-12T24:00", False)),
    # a future verb's midnight is still to come
    ("The offer closes at midnight.", ("2022-10-13T24:00", "2022-10-13T24:00", True)),
])
def test_a_past_clock_later_than_a_morning_publication_was_the_day_before(sentence: str,
                                                                          expected: tuple[str, str, bool]) -> None:
    assert dated(sentence) == [expected]
