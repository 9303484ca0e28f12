"""Event dating in informal and first-person text (issue 14, batch 40): threads, chat exports,
forum match threads, diaries and memoirs. Sentences written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.event_rows import event_spans


@pytest.mark.parametrize(("body", "published", "expected"), [
    # a thread's post stamped with its clock after its count is the day of writing's, at that minute
    ("Verdict thread\n\n1/ In court for the verdict. The jury went out yesterday afternoon.\n\n"
     "2/ 10:12am: the jury is back with a question about the bank statements.",
     dt.datetime(2025, 10, 16, 16, 5),
     [("2025-10-15", "2025-10-15"), ("2025-10-16T10:12", "2025-10-16T10:12")]),
    # a chat export's stamps, day first as its own date shows
    ("Plot chat\n\n[01/09/2025, 18:02] Priya: The water tank at plot 14 is leaking again",
     dt.datetime(2025, 9, 4, 21, 30), [("2025-09-01T18:02", "2025-09-01T18:02")]),
])
def test_dates_of_events(body: str, published: dt.datetime, expected: list[tuple[str, str]]) -> None:
    assert event_spans(body, published) == expected
