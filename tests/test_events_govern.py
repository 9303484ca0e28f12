"""Which clauses a sentence is cut into (timeline.events.clause_cuts.clauses), seen through the events
extracted: a when-clause with a date of its own and a gapped conjunct are events of their own."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import extract_events
from timeline.read.inputs import read_text

PUBLISHED = dt.datetime(2022, 10, 13, 9, 30)  # a Thursday


def spans(body: str) -> list[tuple[str, str]]:
    """(start, end) of each event of a one-paragraph article, in the order extracted."""
    return [(e.start, e.end) for e in extract_events(read_text(body, date=PUBLISHED))]


def test_a_when_clause_with_its_own_date_is_an_event_and_lends_no_year() -> None:
    events = spans("The inquiry opened on 3 May, when counsel said the council had ignored warnings "
                   "between 2011 and 2015.")
    assert sorted(events) == [("2011-01-01", "2015-12-31"), ("2022-05-03", "2022-05-03")]


@pytest.mark.parametrize(("body", "expected"), [
    # no date of its own: what happened then, one event
    ("Leave was granted on 4 March, when the court heard fresh evidence about the brakes.",
     [("2022-03-04", "2022-03-04")]),
    # a clock time alone: on the main clause's day
    ("Summer time ends at 2am on Sunday 30 October, when clocks go back one hour to 1am.",
     [("2022-10-30T02:00", "2022-10-30T02:00")]),
])
def test_a_when_clause_without_a_day_of_its_own_stays_with_its_main_clause(
        body: str, expected: list[tuple[str, str]]) -> None:
    assert spans(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("He stood down as chairman in 2019 and as a director the following year.",
     [("2019-01-01", "2019-12-31"), ("2020-01-01", "2020-12-31")]),
    ("The quartet played at the Corn Exchange on Friday and at the Maltings on Sunday.",
     [("2022-10-07", "2022-10-07"), ("2022-10-09", "2022-10-09")]),
])
def test_a_gapped_conjunct_with_its_own_date_is_a_second_event(body: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(spans(body)) == expected


def test_a_range_between_two_years_stays_one_event() -> None:
    assert spans("The mill ran at a loss between 2014 and 2016.") == [("2014-01-01", "2016-12-31")]



def test_an_update_stamp_is_no_date_of_a_clause_of_its_own() -> None:
    # (the "and" before "the coastal bus were" would cut off "UPDATE 9 a.m. Thursday: The ferry to Elm Bay")
    assert spans("UPDATE 9 a.m. Thursday: The ferry to Elm Bay and the coastal bus were cancelled at 8 a.m. "
                 "today.") == [("2022-10-13T08:00", "2022-10-13T08:00")]


@pytest.mark.parametrize("body", [
    "Welcome to the October newsletter of the Elm Bay Sailing Club.",
    "This is our autumn issue, with news from every branch.",
])
def test_a_time_that_names_an_issue_dates_nothing(body: str) -> None:
    assert spans(body) == []


def test_a_month_before_an_event_noun_still_dates_it() -> None:
    assert spans("The September meeting was cancelled.") == [("2022-09-01", "2022-09-30")]


def test_a_days_issue_dates_what_it_printed() -> None:
    assert spans("In its Tuesday issue, the Elm Bay Courier quoted the harbour master.") == \
        [("2022-10-11", "2022-10-11")]


def test_a_clause_of_thousands_of_numbers_ranks_only_its_first_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table flattened into one run (or a hostile text) costs time in proportion to its length:
    only the first dates of a clause are ranked, however many it holds."""
    from timeline.events import govern

    ranked: list[int] = []
    rank = govern.rank_timex
    monkeypatch.setattr(govern, "rank_timex", lambda *args, **kwargs: ranked.append(1) or rank(*args, **kwargs))
    numbers = " ".join(str(1900 + n % 120) for n in range(3000))
    events = extract_events(read_text(f"Scores on Monday {numbers}\n", date=dt.datetime(2021, 6, 10)))
    assert events and len(ranked) < 500  # 3,000 dates in some ten clauses of at most 1,500 characters

def test_a_state_since_a_date_then_what_will_end_it_is_two_clauses() -> None:
    published = dt.datetime(2022, 10, 13, 9, 30)  # a Thursday
    body = "The footbridge has been shut for repainting since 26 September and will reopen on 21 October."
    assert [(e.start, e.end) for e in extract_events(read_text(body, date=published))] == [
        ("2022-09-26", "2022-09-26"), ("2022-10-21", "2022-10-21")]
    # (a count since a date is no state's start: "has flooded three times since 2019 and will …" stays whole)
    body = "The cellar has flooded three times since 2019 and will be tanked in November."
    assert [(e.start, e.end) for e in extract_events(read_text(body, date=published))] == [("2022-11-01", "2022-11-30")]


@pytest.mark.parametrize(("body", "expected"), [
    ("The club cancelled its Oct. 22 friendly match on Monday.", [("2022-10-10", "2022-10-10")]),
    ("The council approved the 3 November budget on Tuesday.", [("2022-10-11", "2022-10-11")]),
    # alone, a date before its noun still dates the clause
    ("Voters went to the polls in the October 2 election.", [("2022-10-02", "2022-10-02")]),
])
def test_a_written_date_before_its_noun_names_the_thing_not_the_event(
        body: str, expected: list[tuple[str, str]]) -> None:
    assert spans(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The chapel was built in 1132. Four centuries later, in 1539, it was sold.",
     [("1132-01-01", "1132-12-31"), ("1539-01-01", "1539-12-31")]),
    ("The works opened in 1962. Three decades later, in 1994, they closed.",
     [("1962-01-01", "1962-12-31"), ("1994-01-01", "1994-12-31")]),
    ("The mill burned down in 1880. Some months later, on 2 May 1881, it reopened.",
     [("1880-01-01", "1880-12-31"), ("1881-05-02", "1881-05-02")]),
    # (a date after a distance that is not its restatement keeps its own clause's role)
    ("The mill burned down in 1880. A year later it reopened, and in 1902 it closed for good.",
     [("1880-01-01", "1880-12-31"), ("1881-01-01", "1881-12-31"), ("1902-01-01", "1902-12-31")]),
])
def test_a_date_restating_a_distance_before_it_dates_the_clause(body: str, expected: list[tuple[str, str]]) -> None:
    assert spans(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The exhibition was announced on 3 October and opens at the Corn Exchange on 4 November.",
     [("2022-10-03", "2022-10-03"), ("2022-11-04", "2022-11-04")]),
    ("The new fares were approved on 1 September and take effect on 1 December.",
     [("2022-09-01", "2022-09-01"), ("2022-12-01", "2022-12-01")]),
    # (a verb that closes what an opening began keeps one span)
    ("The festival opens on 20 October and closes on 29 October.", [("2022-10-20", "2022-10-29")]),
])
def test_and_before_a_present_verb_of_schedules_opens_a_clause(body: str, expected: list[tuple[str, str]]) -> None:
    assert spans(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The board meets next week, on 18 and 19 October, to set the budget.", [("2022-10-18", "2022-10-19")]),
    # (the pair's end in the named year, as a range's: "Last year … from 6 May to 22 July")
    ("Last year the pool was shut from 6 May to 22 July.", [("2021-05-06", "2021-07-22")]),
    ("Next year the festival runs on 3 and 4 June.", [("2023-06-03", "2023-06-04")]),
])
def test_a_day_pair_inside_a_named_week_or_year_is_one_span(body: str, expected: list[tuple[str, str]]) -> None:
    assert spans(body) == expected


def test_a_reported_day_in_the_possessive_dates_what_it_qualifies() -> None:
    # "said [Tuesday]'s selling": the day of the selling, not of the saying, beats a later period
    assert spans("Brokers said Tuesday's selling was the result of a rush into bank shares last month.") \
        == [("2022-10-11", "2022-10-11")]
