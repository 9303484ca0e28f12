"""The hour of a written clock time (timeline.tag.clock), the one reading both a clock on a day
(anchor.resolve_clock) and a clock on any day of a set (ranges) use."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tag.clock import hour_of_day, minute_of_day
from timeline.tag.tagger import tag_text


@pytest.mark.parametrize(("hour", "meridiem", "expected"), [
    (9, "pm", 21), (9, "p.m.", 21), (9, "PM", 21), (9, "am", 9), (9, "-", 9), (21, "-", 21),
    (12, "am", 0), (12, "a.m.", 0), (12, "pm", 12), (12, "-", 12),
    # a range's start before its end takes the end's half of the day ("[4]-6pm"), else the other
    (4, "pm<6", 16), (11, "pm<2", 11), (10, "am<11", 10), (11, "am<1", 23),
    # a bare "p" or "a" as posts write it ("4-6p"), the same
    (4, "p<6", 16), (11, "p<2", 11), (9, "p", 21),
    # an hour past twelve stays as written whatever follows it
    (14, "am", 14), (14, "pm", 14),
])
def test_hour_of_day(hour: int, meridiem: str, expected: int) -> None:
    assert hour_of_day(hour, meridiem) == expected


THU = dt.datetime(2019, 2, 21)


@pytest.mark.parametrize(("text", "expected"), [
    # the same reading for a clock on a day and on every day of a set
    ("The clinic opens Tuesdays 4-6pm.", [("Tuesdays", "SET", "XXXX-WXX-2"), ("4", "TIME", "XXXX-XX-XXT16:00"),
                                          ("6pm", "TIME", "XXXX-XX-XXT18:00")]),
    ("The clinic opened on Tuesday from 4-6pm.", [("Tuesday", "DATE", "2019-02-19"),
                                                  ("4", "TIME", "2019-02-19T16:00"),
                                                  ("6pm", "TIME", "2019-02-19T18:00")]),
])
def test_a_range_s_start_reads_the_same_on_a_day_and_on_a_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag_text(text, THU)] == expected


@pytest.mark.parametrize(("template", "expected"), [
    ("CLOCK 9 00 am", 540), ("CLOCK 9 - pm", 1260), ("CLOCK 12 - a.m.", 0), ("CLOCK 4 - pm<6", 960),
    # minutes written without a half of the day: a 24-hour clock ("23:00", "08:30")
    ("CLOCK 23 00 -", 1380), ("CLOCK 08 30 -", 510), ("CLOCK 18 45", 1125),
    # a bare hour, or something else: not known
    ("CLOCK 9 - -", None), ("CLOCK 9 -", None), ("CLOCK 9 00 am ON WEEKDAY 5 past", None), ("DATE 2019", None),
])
def test_minute_of_day(template: str, expected: int | None) -> None:
    assert minute_of_day(template) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a 24-hour clock on every day of a set, as "6pm" is
    ("The gym opens Fridays at 06:30.", [("Fridays", "SET", "XXXX-WXX-5"), ("06:30", "TIME", "XXXX-XX-XXT06:30")]),
    ("Choir practice: Mondays 19:00-21:00.", [("Mondays", "SET", "XXXX-WXX-1"), ("19:00", "TIME", "XXXX-XX-XXT19:00"),
                                             ("21:00", "TIME", "XXXX-XX-XXT21:00")]),
    # a 24-hour clock right before its day is one expression, as "11pm Saturday" is
    ("Polling stations will close at 22:00 Sunday.", [("22:00 Sunday", "TIME", "2019-02-24T22:00")]),
    ("The border reopened at 05:15 Tuesday.", [("05:15 Tuesday", "TIME", "2019-02-19T05:15")]),
    ("The sale will run 09:00-17:00 on Saturday.", [("09:00", "TIME", "2019-02-23T09:00"),
                                                    ("17:00", "TIME", "2019-02-23T17:00"),
                                                    ("Saturday", "DATE", "2019-02-23")]),
])
def test_a_24_hour_clock_reads_as_one_with_a_half_of_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag_text(text, THU)] == expected


@pytest.mark.parametrize("text", ["Revenue in the quarter to 6 April rose.", "The jury split ten to two.",
                                  "Turnout was a quarter to a third of voters."])
def test_a_count_to_a_number_is_no_clock(text: str) -> None:
    assert [t.text for t in tag_text(text, THU) if t.type == "TIME"] == []
