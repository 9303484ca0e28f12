"""The order of an article's numeric dates decided by its own date, a thread's post clocks on the
day of writing, and obligations that look ahead. Sentences written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tag.tagger import tag_text


def values(text: str, anchor: dt.datetime) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_text(text, anchor)]


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # a chat export written on 4 September: day first puts its stamps days before, month first months
    ("[01/09/2025, 18:02] Ana: tank leaking again\n[03/09/2025, 08:15] Bo: fixed it\n",
     dt.datetime(2025, 9, 4, 21, 30),
     [("01/09/2025", "2025-09-01"), ("18:02", "2025-09-01T18:02"), ("03/09/2025", "2025-09-03"),
      ("08:15", "2025-09-03T08:15")]),
    # both readings near the article's date: the rules' month first stands
    ("The motion was filed 4/5/2025.", dt.datetime(2025, 4, 20), [("4/5/2025", "2025-04-05")]),
    # a date that can only be month first decides for the others
    ("Filed 9/14/2025 and amended 01/09/2025.", dt.datetime(2025, 9, 20),
     [("9/14/2025", "2025-09-14"), ("01/09/2025", "2025-01-09")]),
])
def test_numeric_dates_in_the_order_the_article_shows(text: str, anchor: dt.datetime,
                                                       expected: list[tuple[str, str]]) -> None:
    assert values(text, anchor) == expected


def test_a_threads_post_clock_is_on_the_day_of_writing() -> None:
    thread = ("1/ At the court for the verdict. The jury went out yesterday afternoon.\n\n"
              "2/ 10:12am: jury back with a question. Sent out again at 10:31.\n")
    found = values(thread, dt.datetime(2025, 10, 16, 16, 5))
    assert found == [("yesterday afternoon", "2025-10-15TAF"), ("10:12am", "2025-10-16T10:12"),
                     ("10:31", "2025-10-16T10:31")]


def test_a_clock_told_after_yesterday_without_a_threads_count_stays_on_that_day() -> None:
    story = "The jury went out yesterday afternoon.\n\nAt 4:10pm it sent a note to the judge.\n"
    assert values(story, dt.datetime(2025, 10, 16, 16, 5))[1] == ("4:10pm", "2025-10-15T16:10")


@pytest.mark.parametrize(("text", "expected"), [
    ("He was granted bail but must surrender his passport by Friday.", "2025-10-17"),
    ("He was granted bail but has to surrender his passport by Friday.", "2025-10-17"),
    ("Firms were warned they are required to file their returns before Tuesday.", "2025-10-21"),
    ("Residents need to register by Tuesday.", "2025-10-21"),
    ("The club said on Friday it needs to sell players.", "2025-10-10"),
])
def test_an_obligation_looks_ahead(text: str, expected: str) -> None:
    assert values(text, dt.datetime(2025, 10, 16, 16, 5))[0][1] == expected
