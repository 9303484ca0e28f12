"""Session 17 (issue 14): kinds of error left on real news, with rows in sentences written for
the project. Each row fails without its rule."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import extract_events
from timeline.read.inputs import read_text

PUBLISHED = dt.datetime(2021, 11, 3, 8, 0)  # a Wednesday
LEAD = "The Dunmore ferry company reported a loss on Friday."


def dated(body: str) -> list[tuple[str, str, str]]:
    """(start, end, time text) of each event of an article."""
    return [(e.start, e.end, e.time_text) for e in extract_events(read_text(body, date=PUBLISHED))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("At least nine people were hurt in scuffles outside the Orla ground in recent days.",
     ("2021-10-24", "2021-11-02", "recent days")),
    ("Two more trawlers ran aground off the point in recent weeks, the coastguard said.",
     ("2021-09-08", "2021-11-02", "recent weeks")),
    ("The council closed three libraries in recent months.", ("2021-01-03", "2021-11-02", "recent months")),
])
def test_a_recent_stretch_dates_what_happened_in_it(sentence: str, expected: tuple[str, str, str]) -> None:
    assert dated(f"{LEAD} {sentence}")[1] == expected


@pytest.mark.parametrize("sentence", [
    "Fares have risen sharply in recent weeks.",  # a change up to the time of writing
    "The trust has opened two wards in recent months, a spokesman said.",
])
def test_a_recent_stretch_in_the_perfect_dates_nothing(sentence: str) -> None:
    assert len(dated(f"{LEAD} {sentence}")) == 1


def test_a_charge_for_a_quarter_dates_a_results_lead_by_that_quarter() -> None:
    lead = ("Harbour Glass said it expects to book a charge of $4.2 million tied to the closure of its "
            "Leith plant for the third quarter.")
    assert dated(lead)[0] == ("2021-07-01", "2021-09-30", "the third quarter")


@pytest.mark.parametrize(("lead", "expected"), [
    ("Harlow Foods said that net income for the six months ended Oct. 2 slipped 5% to $89.7 million.",
     ("2021-04-03", "2021-10-02", "the six months ended Oct. 2")),
    ("Harlow Foods said net profit for the year ending June 30 fell 8% to $41 million.",
     ("2020-07-01", "2021-06-30", "the year ending June 30")),
    ("Harlow Foods said sales for the 13 weeks to Aug. 28 rose 4%.",
     ("2021-05-30", "2021-08-28", "the 13 weeks to Aug. 28")),
])
def test_a_results_lead_for_a_counted_period_is_dated_by_the_period_up_to_its_end(
        lead: str, expected: tuple[str, str, str]) -> None:
    assert dated(lead)[0] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("It had been due to expire Friday evening.", "2021-10-29"),  # written on a Monday: three days back
    ("The sale had originally been scheduled to close on Friday.", "2021-10-29"),
    ("It is due to expire Friday evening.", "2021-11-05"),  # a plan still standing
])
def test_a_lapsed_plan_keeps_the_nearer_weekday(sentence: str, expected: str) -> None:
    body = f"A bid by Denby Ltd. for Harlow Mills was extended to Nov. 16 on Friday.\n\n{sentence}"
    events = extract_events(read_text(body, date=dt.datetime(2021, 11, 1, 8, 0)))
    assert events[1].start[:10] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Detectives said a grey van was seen near the quay in the days before the shooting.",
     ("2021-02-22", "2021-05-30", "the days before the shooting")),
    ("A cousin flew in two days after the killing.", ("2021-03-03", "2021-06-02", "two days after the killing")),
])
def test_a_distance_from_an_event_dated_by_its_season_covers_the_season(
        sentence: str, expected: tuple[str, str, str]) -> None:
    body = f"The harbourmaster Ada Quill was shot dead on the quay last spring.\n\n{sentence}"
    events = extract_events(read_text(body, date=dt.datetime(2021, 11, 1, 8, 0)))
    assert (events[1].start, events[1].end, events[1].time_text) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ames, 31, is serving a prison sentence for the March 2019 robbery of a jeweller in Leeds.",
     ("2019-03-01", "2019-03-31", "March 2019")),
    ("She was jailed for the 2016 fraud.", ("2016-01-01", "2016-12-31", "2016")),
])
def test_a_date_before_a_past_deed_after_for_dates_the_clause(sentence: str, expected: tuple[str, str, str]) -> None:
    assert dated(f"{LEAD} {sentence}")[1] == expected


def test_a_period_a_figure_covers_after_for_still_dates_nothing() -> None:
    assert len(dated(f"{LEAD} Its profit for the 2019 season was a record.")) == 1


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sales at the Leith plant fell in the fourth quarter ended June 30.",
     ("2021-04-01", "2021-06-30", "the fourth quarter ended June 30")),
    ("Harlow expects net income in the year ending Feb. 28, 2022, to fall.",
     ("2021-03-01", "2022-02-28", "the year ending Feb. 28, 2022")),
    ("Orders rose in the quarter ended Sept. 30.", ("2021-07-01", "2021-09-30", "the quarter ended Sept. 30")),
])
def test_a_period_told_by_the_day_it_ended_runs_up_to_that_day(sentence: str, expected: tuple[str, str, str]) -> None:
    assert dated(f"{LEAD} {sentence}")[1] == expected
