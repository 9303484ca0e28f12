"""The quarter a text's results are of, and the one a year before it (timeline/tag/quarters.py)."""

from __future__ import annotations

import pytest

from timeline.tag.quarters import YEAR_AGO_QUARTER, is_results_quarter, year_ago_of


@pytest.mark.parametrize(("value", "template", "expected"), [
    ("2018-Q4", "QUARTER 4 tense", True),
    ("2018-Q4", YEAR_AGO_QUARTER, False),  # the quarter the results are set against
    ("2018-QX", "QUARTER X tense", False),
    ("2018-H2", "HALF 2 tense", False),
])
def test_a_results_quarter_is_a_quarter_named_as_such(value: str, template: str, expected: bool) -> None:
    assert is_results_quarter(value, template) is expected


@pytest.mark.parametrize(("quarter", "year", "expected"), [
    ("2018-Q4", 2019, "2017-Q4"),  # a fiscal fourth quarter reported in April
    ("2019-Q3", 2019, "2018-Q3"),
    (None, 2019, None),  # no quarter named: the latest calendar quarter's year before (anchor.py)
    ("2012-Q1", 2019, None),  # a quarter named long ago is no quarter of these results
])
def test_the_year_ago_quarter_is_a_year_before_the_results_quarter(quarter: str | None, year: int,
                                                                    expected: str | None) -> None:
    assert year_ago_of(YEAR_AGO_QUARTER.split()[1:], quarter, year) == expected


def test_other_templates_are_left_to_the_calendar() -> None:
    assert year_ago_of(["year", "-1"], "2018-Q4", 2019) is None
