"""Kinds of dating error found in session 17 by sentences written for the project: a relative
clause of the subject opened by "that" yields to the main clause's time, as one opened by "who" or
"which" does (events/roles.py); what a report says will happen in a stretch of time is dated that far
from the report's day, not on it (events/periods.py); "a wet Thursday in October 2019" is a day of
October 2019, not the Thursday before the article (rules/en/dates.yaml some_weekday_in_period), and
"the next morning" after it a morning of that month (tag/anchor.py, tag/intervals.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.event_rows import event_spans, event_texts
from timeline.tag.intervals import written_interval
from timeline.tag.tagger import tag_text

PUBLISHED = dt.datetime(2024, 11, 14, 9, 0)  # a Thursday morning


@pytest.mark.parametrize(("body", "expected"), [
    # the subject's relative clause opened by "that" before its verb: the main verb's time dates it
    ("Bridge\n\nA bridge that collapsed in May reopened on Tuesday.", [("2024-11-12", "2024-11-12")]),
    ("Ferry\n\nThe ferry that was sunk last year was raised on Tuesday.", [("2024-11-12", "2024-11-12")]),
    ("Strike\n\nThe strike that began on November 1 entered its third week on Sunday.",
     [("2024-11-10", "2024-11-10")]),
    # the "that" of a complement opens no relative clause: its time dates what was said
    ("Bridge\n\nThe minister said that the bridge collapsed in May.", [("2024-05-01", "2024-05-31")]),
    # alone, the relative clause's time still dates the sentence
    ("Ferry\n\nThe ferry that sank in 1962 has been found.", [("1962-01-01", "1962-12-31")]),
    # a report's future duration: counted from the day it was said, before or after the reporting clause
    ("Bridge\n\nOfficials announced on Monday that the bridge would reopen in two weeks.",
     [("2024-11-25", "2024-11-25")]),
    ("Bridge\n\nThe bridge will reopen in two weeks, officials said on Monday.", [("2024-11-25", "2024-11-25")]),
    ("Flights\n\nThe airline said on Tuesday it would resume flights in three months.",
     [("2025-02-01", "2025-02-28")]),
    # a day of a name within a period named after it is somewhere in that period, not the nearest such day
    ("River\n\nIt was a wet Thursday in October 2019 when the Arle burst its banks.", [("2019-10-01", "2019-10-31")]),
    ("Bells\n\nOne Sunday in May 2003 the bells rang out.", [("2003-05-01", "2003-05-31")]),
    # the morning after a day of a month named without its day: that month, roughly (it was left undated)
    ("River\n\nThe Arle burst its banks in October 2019. The next morning, soldiers arrived with sandbags.",
     [("2019-10-01", "2019-10-31"), ("2019-10-01", "2019-10-31")]),
    # a warning in force or an event planned for a day: the day ahead, not the one gone
    ("Funeral\n\nA visitation is planned from 4 to 7 p.m. Friday at Hale Funeral Home.",
     [("2024-11-15T16:00", "2024-11-15T19:00")]),
    ("Frost\n\nA frost advisory is in effect from 2 a.m. to 9 a.m. Wednesday.",
     [("2024-11-20T02:00", "2024-11-20T09:00")]),
    ("Curfew\n\nThe curfew has been in effect since Friday.", [("2024-11-08", "2024-11-08")]),
    # the day a state is taken at ("as of", "as at") yields to the event's own day
    ("Dividend\n\nShareholders of record as of Nov. 30 will receive the dividend on Dec. 15.",
     [("2024-12-15", "2024-12-15")]),
    ("Fund\n\nThe fund, valued as at 30 September, was sold on Tuesday.", [("2024-11-12", "2024-11-12")]),
    # a duration from a day starts on that day ("for two weeks from Monday"), not two weeks after it
    ("Pool\n\nThe pool will be closed for two weeks from Monday.", [("2024-11-18", "2024-11-18")]),
    # "speaking on Monday" is the time of a report, as "said on Monday" is: what was said has its own date
    ("Budget\n\nThe mayor, speaking on Monday, said the budget would be balanced by 2027.",
     [("2027-01-01", "2027-12-31")]),
    ("Strike\n\nSpeaking on Monday, the minister said the strike had cost millions.", [("2024-11-11", "2024-11-11")]),
    # a day inside the month named that is the report's day says which day it was told, not when it happened
    ("Fine\n\nThe bank was fined £12m earlier this month, the regulator said on Thursday.",
     [("2024-11-01", "2024-11-14")]),
    ("Derby\n\nNext week Brantley host Kelso on Tuesday night.", [("2024-11-19", "2024-11-19")]),
    # a stretch that went on is no distance ahead: the report's day stays
    ("Sales\n\nThe company said on Monday that sales fell for two weeks.", [("2024-11-11", "2024-11-11")]),
])
def test_dates_of_events(body: str, expected: list[tuple[str, str]]) -> None:
    assert event_spans(body, PUBLISHED) == expected


@pytest.mark.parametrize(("body", "texts"), [
    # a relative clause opened by "whose" reads as its antecedent's: not "Whose first album came out …"
    ("Singer\n\nThe singer, whose first album came out in 1999, announced her retirement on Sunday.",
     ["The singer announced her retirement on Sunday.", "The singer's first album came out in 1999."]),
    ("Farm\n\nThe Hollins, whose farm flooded in 2007, moved on Monday.",
     ["The Hollins moved on Monday.", "The Hollins' farm flooded in 2007."]),
    # a list item's antecedent leaves its bullet behind
    ("Due\n\nResults due:\n\n- The council, which met in May, reports on Friday.",
     ["The council reports on Friday.", "The council met in May."]),
])
def test_texts_of_events(body: str, texts: list[str]) -> None:
    assert event_texts(body, PUBLISHED) == texts


@pytest.mark.parametrize(("value", "bounds"), [
    ("2019-10-XX", ("2019-10-01", "2019-10-31", "month")),
    ("2019-10-XXTMO", ("2019-10-01", "2019-10-31", "month")),
    ("1805-XX-XX", ("1805-01-01", "1805-12-31", "year")),
])
def test_a_day_left_unsaid_is_its_named_month_or_year_roughly(value: str, bounds: tuple[str, str, str]) -> None:
    interval = written_interval(value)
    assert interval is not None and interval.approximate
    assert (interval.start, interval.end, interval.granularity) == bounds


def test_a_wire_clock_before_its_zone_is_no_year() -> None:
    found = tag_text("The quake hit at 5:12 a.m. local time (2012 GMT Tuesday).", dt.datetime(2025, 1, 8, 3, 0))
    assert [(t.text, t.value) for t in found] == [("5:12 a.m.", "2025-01-08T05:12"), ("Tuesday", "2025-01-07")]
