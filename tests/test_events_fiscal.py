"""A company's fiscal year (timeline.events.fiscal), on sentences written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import extract_events
from timeline.events.fiscal import fiscal_start_month, states_fiscal_year
from timeline.read.inputs import read_text

PUBLISHED = dt.datetime(2022, 10, 13, 9, 30)  # a Thursday


@pytest.mark.parametrize(("text", "month"), [
    ("Orla Foods' fiscal year runs from July to June.", 7),
    ("The group's financial year, which begins on 1 April, suits its farmers.", 4),
    ("Results for the fiscal year ending September 30 are due in November.", 10),
    ("The financial year starts next week for most councils.", None),  # no month
    ("Its fiscal year runs from January to December.", None),  # the calendar year
    ("Sales rose in the third quarter.", None),
])
def test_the_month_a_fiscal_year_starts_in(text: str, month: int | None) -> None:
    assert fiscal_start_month(text) == month


def test_a_statement_of_the_fiscal_year_is_not_a_time_it_names() -> None:
    assert states_fiscal_year("Our financial year ran from 1 April 2021 to 31 March 2022.")
    assert not states_fiscal_year("She will retire when the fiscal year ends on 30 June.")


def test_a_relative_clause_stating_the_fiscal_year_dates_no_event() -> None:
    events = extract_events(read_text("Brill Foods, whose fiscal year ends in March, said on Tuesday that sales fell.",
                                      date=PUBLISHED))
    assert [(e.start, e.time_text) for e in events] == [("2022-10-11", "Tuesday")]


def dated(body: str) -> list[tuple[str, str]]:
    return [(e.start, e.end) for e in extract_events(read_text(body, date=PUBLISHED))]


def test_fiscal_quarters_and_years_lie_in_the_stated_fiscal_year() -> None:
    body = ("Orla Foods opened a bakery on Monday.\nOrla Foods' fiscal year runs from July to June.\n"
            "A second bakery will open in the second quarter of fiscal 2023.\nProfit fell in fiscal 2022, it said.")
    assert dated(body) == [("2022-10-10", "2022-10-10"), ("2022-10-01", "2022-12-31"),
                           ("2021-07-01", "2022-06-30")]


def test_without_a_stated_fiscal_year_the_calendar_holds() -> None:
    assert dated("A second bakery will open in the second quarter of fiscal 2023.") == [("2023-04-01", "2023-06-30")]


def test_a_review_of_a_fiscal_year_puts_its_yearless_months_in_that_year() -> None:
    body = ("Our financial year ran from 1 July 2021 to 30 June 2022, and this report covers it.\n"
            "The allotment society planted a community orchard in October.\n"
            "Volunteers repaired the greenhouse in December.\n"
            "We will hold an open day in November.")
    assert [(e.start, e.end) for e in extract_events(read_text(body, date=PUBLISHED))] == [
        ("2021-10-01", "2021-10-31"), ("2021-12-01", "2021-12-31"), ("2022-11-01", "2022-11-30")]


def _dated(body: str) -> list[tuple[str, str, str]]:
    return [(e.start, e.end, e.dated_by) for e in extract_events(read_text(body, date=PUBLISHED))]


def test_a_results_lead_for_a_period_still_to_come_is_upcoming() -> None:
    [event] = extract_events(read_text("Brenmoor said profit for the first quarter of 2023 would rise.",
                                       date=PUBLISHED))
    assert (event.start, event.end, event.upcoming) == ("2023-01-01", "2023-03-31", True)


@pytest.mark.parametrize(("lead", "expected"), [
    ("Brenmoor Mills said net profit for the third quarter dropped 9% to $14.2 million.",
     ("2022-07-01", "2022-09-30", "expression")),
    ("Tallis Freight said it expects to post a loss of 4 cents a share for the third quarter.",
     ("2022-07-01", "2022-09-30", "expression")),
    ("Orwen Bank said it opened two branches and reported revenue of $81 million for the third quarter "
     "ended Sept. 30.", ("2022-07-01", "2022-09-30", "expression")),
    ("Quaystone Retail reported sales of $2.1 billion for the first half.",
     ("2022-01-01", "2022-06-30", "expression")),
    # (a day of its own dates the lead; so does the publication when no figure is reported)
    ("Brenmoor Mills said on Tuesday that net profit for the third quarter dropped 9%.",
     ("2022-10-11", "2022-10-11", "expression")),
    ("Tallis Freight said it will hire 200 drivers for the third quarter running.",
     ("2022-10-13", "2022-10-13", "publication")),
])
def test_a_results_lead_without_a_day_is_dated_by_the_period_it_reports(
        lead: str, expected: tuple[str, str, str]) -> None:
    assert _dated(lead)[0] == expected
