"""Event dating in genres the gold set came late to (issue 14, task 14g): sports recaps, live
pages, school notices, alumni notes, journal metadata, letters, histories that end on a plan.
Sentences written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.event_rows import event_spans
from timeline.events import extract_events
from timeline.read.inputs import read_text

PUBLISHED = dt.datetime(2022, 10, 13, 16, 0)  # a Thursday afternoon


def dated(body: str, published: dt.datetime = PUBLISHED) -> list[tuple[str, str]]:
    return event_spans(body, published)


@pytest.mark.parametrize(("body", "expected"), [
    # "beat" is its own past: a result two days old, not next week's fixture
    ("The Otters beat the Kestrels 3-1 on Tuesday night.", [("2022-10-11", "2022-10-11")]),
    # "now" under a live update's stamp is the stamp's time, not the page's day
    ("2.15pm: The last lorry has now left the quay.", [("2022-10-13T14:15", "2022-10-13T14:15")]),
    # a counted day of something takes the date its clause writes, not the day named before
    ("Repairs will run over half-term (October 24–28).\n\nThe first day of the spring term will be Monday, "
     "January 9, 2023.", [("2022-10-24", "2022-10-28"), ("2023-01-09", "2023-01-09")]),
    # a bare day opening a range keeps the year the range writes, not a year named before it
    ("The reunion for the class of 1979 will be held on 3–4 June 2023.", [("2023-06-03", "2023-06-04")]),
    # labelled fields on one line are an event each
    ("The paper is out today.\n\nSubmitted: 4 March 2021 / Revised: 19 August 2021",
     [("2022-10-13", "2022-10-13"), ("2021-03-04", "2021-03-04"), ("2021-08-19", "2021-08-19")]),
    # a letter's thanks: its own time dates it, not the one of what it was about
    ("Thank you for writing to us on 6 October about your stay on 12 September.", [("2022-10-06", "2022-10-06")]),
    # a police report's weekday restated as a numeric date, then the hours between which it happened
    ("On Monday, 10.10.2022, between 09:00 and 11:45, thieves broke into a garage in the Birkenweg.",
     [("2022-10-10T09:00", "2022-10-10T11:45")]),
    # "to order" is no infinitive that looks ahead: minutes' clock times stay on the meeting's day
    ("The committee met on 11 October 2022.\n\nThe chair called the meeting to order at 7:04 p.m.",
     [("2022-10-11", "2022-10-11"), ("2022-10-11T19:04", "2022-10-11T19:04")]),
    # a range whose closing hour is earlier than its opening runs overnight
    ("It rained from about 10pm yesterday until 4am.", [("2022-10-12T22:00", "2022-10-13T04:00")]),
    # clock times and months of a habit are no event's
    ("Every evening at 7.15, the keeper lights the lamp.\n\nThe museum is open daily from 9am to 4pm between "
     "May and September.\n\nThe museum reopened on Monday.", [("2022-10-10", "2022-10-10")]),
    # a first since an event named by its year is a comparison
    ("The Wolves won the final on Sunday.\n\nIt was their first trophy since the 2015 Cup run.",
     [("2022-10-09", "2022-10-09")]),
    # a game's clock and its quarter are no times of day nor of the year
    ("Reyes hit the winner with 0:04 left as the Hawks beat the Rams 88-86 on Tuesday.\n\nThe Rams had led by "
     "nine with 5:30 left in the third quarter.", [("2022-10-11", "2022-10-11")]),
])
def test_unfamiliar_genres(body: str, expected: list[tuple[str, str]]) -> None:
    assert dated(body) == expected


def test_notes_naming_far_years_do_not_carry_a_plan_year() -> None:
    """Alumni notes name many far years (so read as a history), one of them ahead ("due out in
    2026"): a year-less day after it is not put in that year."""
    body = ("'95: Lena Roth was named head of the Fenwick Art School in May.\n\n"
            "'09: Tom Bell published his first book in February.\n\nHe is now writing a second one due out in 2026.\n\n"
            "'70: We are sorry to report the death on 9 August of Dr Alan Frey, aged 81.\n\n"
            "He taught chemistry here from 1974 to 2008.\n\nThe deadline for the summer issue is 12 February.\n\n"
            "The reunion for the classes of 1982, 1992 and 2002 will be held on 3–4 June 2023.")
    days = dated(body, dt.datetime(2022, 10, 1))
    assert ("2022-08-09", "2022-08-09") in days and ("2023-02-12", "2023-02-12") in days


def test_a_weight_on_a_label_does_not_end_the_sentence() -> None:
    """ "its 16 oz. Greek Yogurt": the recall's sentence runs on to the product."""
    body = "Harlow Dairy said on Tuesday it is recalling 900 tubs of its 16 oz. Greek Yogurt because of mould."
    events = extract_events(read_text(body, date=PUBLISHED))
    assert [(e.start, e.text.endswith("because of mould.")) for e in events] == [("2022-10-11", True)]


def test_a_numbered_provision_is_no_day_of_march() -> None:
    """ "pursuant to Art. 17 MAR" cites a regulation's article, not 17 March; "on 17 Mar." still is a day."""
    from timeline.api import tag_text

    tagged = tag_text("The board of Korvel SE disclosed the loss pursuant to Art. 17 MAR on Wednesday.", PUBLISHED)
    assert [t.text for t in tagged] == ["Wednesday"]
    assert [t.value for t in tag_text("The board met on 17 Mar. to approve it.", PUBLISHED)] == ["2022-03-17"]


def test_an_appeal_to_witnesses_dates_no_event() -> None:
    """The time in a witness appeal picks out who should call; the break-in is the event."""
    body = ("Burglars broke into a bakery in Elm Row on Tuesday night.\n\nAnyone who saw a grey van in the street "
            "between 10pm and midnight on Tuesday is asked to call police.")
    assert dated(body) == [("2022-10-11", "2022-10-11")]


def test_a_timetable_the_story_has_passed_keeps_its_day() -> None:
    """ "was scheduled to depart at 14:20" on a day the letter named is that day's, and so is what follows."""
    body = ("Thank you for your letter about flight KT 92 on 30 September 2022.\n\nThe flight was scheduled to "
            "depart at 09:10 and left at 12:45.\n\nThe delay was caused by a fault found earlier that day.")
    assert dated(body)[1:] == [("2022-09-30T09:10", "2022-09-30T09:10"), ("2022-09-30T12:45", "2022-09-30T12:45"),
                               ("2022-09-30", "2022-09-30")]


def test_weather_forecast_for_a_day_is_that_day() -> None:
    """ "is forecast for Sunday night" names when the snow comes, not the period a figure covers."""
    assert dated("More rain is forecast for Saturday night.") == [("2022-10-15", "2022-10-15")]


def test_a_small_hour_after_an_overnight_clause_is_the_next_morning() -> None:
    """The clause before, told through the night, is the reference of a small hour after it."""
    body = "It rained from about 10pm yesterday until 4am, and crews were out from 3am."
    assert dated(body) == [("2022-10-12T22:00", "2022-10-13T04:00"), ("2022-10-13T03:00", "2022-10-13T03:00")]
