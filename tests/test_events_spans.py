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
