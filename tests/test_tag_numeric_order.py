"""The order of day and month in an article's numeric dates (timeline/tag/numeric_order.py), on
sentences written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tag.tagger import tag_text

WED = dt.date(2024, 7, 10)


@pytest.mark.parametrize(("text", "expected"), [
    # the article writes day before month: an ambiguous numeric date is day/month/year
    ("The ferry was withdrawn on 04/06/2024. Repairs began on 12 June.", ["2024-06-04", "2024-06-12"]),
    ("Invoices dated 02/03/2024 and 21/03/2024 were queried.", ["2024-03-02", "2024-03-21"]),
    # ... month before day, or nothing else to go by: month/day/year, as the rule reads it
    ("The ferry was withdrawn on 04/06/2024. Repairs began on June 12.", ["2024-04-06", "2024-06-12"]),
    ("The form was filed on 04/06/2024.", ["2024-04-06"]),
    ("Invoices dated 02/03/2024 and 3/21/2024 were queried, then paid on 5 April.",
     ["2024-02-03", "2024-03-21", "2024-04-05"]),
])
def test_an_ambiguous_numeric_date_follows_the_articles_order(text: str, expected: list[str]) -> None:
    assert [t.value for t in tag_text(text, WED)] == expected


def test_a_first_number_above_twelve_is_the_day() -> None:
    assert [(t.text, t.value) for t in tag_text("The results will be out on 21/08/2024.", WED)] == \
        [("21/08/2024", "2024-08-21")]


def test_dashed_numeric_dates_follow_the_articles_order_too() -> None:
    found = tag_text("The complaint was filed on 04-06-2024 and he was remanded till 21-06-2024.", WED)
    assert [(t.text, t.value) for t in found] == [("04-06-2024", "2024-06-04"), ("21-06-2024", "2024-06-21")]
    assert [t.value for t in tag_text("The form was filed on 04-06-2024.", WED)] == ["2024-04-06"]
