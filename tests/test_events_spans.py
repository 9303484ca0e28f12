"""Which lines the events stage reads as sentences (timeline.events.spans, with the boilerplate
patterns of rules/en/text.yaml): headings and page furniture date no event."""

from __future__ import annotations

import pytest

from tests.test_events_govern import spans


def test_a_heading_that_names_a_range_of_months_is_no_event() -> None:
    body = "April to June\nThe shop moved to Mill Lane in May.\nJuly to September\nWe opened on 22 July.\n"
    assert spans(body) == [("2022-05-01", "2022-05-31"), ("2022-07-22", "2022-07-22")]


@pytest.mark.parametrize("line", [
    "Earlier posts: Wednesday, Oct. 12 | Tuesday, Oct. 11",  # links to a page's earlier editions
    "Radio Harbour News at nine o'clock, I'm Priya Lal.",  # a bulletin's presenter
])
def test_a_pages_links_and_a_bulletins_sign_in_date_nothing(line: str) -> None:
    assert spans(f"The ferry resumed crossings on Tuesday.\n{line}\n") == [("2022-10-11", "2022-10-11")]


def test_an_update_stamp_on_a_line_of_its_own_dates_the_paragraph_under_it_and_is_past() -> None:
    """A live page's "Update 19:40" over its paragraph: the update, not the stamp alone, is the event;
    written at 19:40, it is past although the page was first published earlier that day."""
    from tests.test_events_govern import PUBLISHED
    from timeline.events import extract_events
    from timeline.read.inputs import read_text

    body = ("Live: the harbour vote\n\nUpdate 19:40\nThe harbour board voted 6-1 to lease the old quay.\n\n"
            "Update 18:05\nThe meeting opened with a hundred fishers in the hall.\n")
    events = extract_events(read_text(body, date=PUBLISHED.replace(hour=14, minute=0)))
    assert [(e.text, e.start, e.upcoming) for e in events] == [
        ("The harbour board voted 6-1 to lease the old quay.", "2022-10-13T19:40", False),
        ("The meeting opened with a hundred fishers in the hall.", "2022-10-13T18:05", False)]
