"""Kinds of error batch 44 (ten articles in styles other than news) showed, on texts written for
the tests: a story told under weekday headings (events/day_headings.py, events/diary.py), a log's
dated headings, a chronology's story year, a second past verb after an adverb, a letter's seasonal
greeting, describing and state sentences, advice answering a condition, a show's framing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import event_rows as rows
from timeline.models import Event

PUBLISHED = dt.datetime(2024, 9, 9, 8, 0)  # a Monday
DECEMBER = dt.datetime(2024, 12, 15, 10, 0)


def events_of(body: str, published: dt.datetime = PUBLISHED) -> list[Event]:
    return rows.events_of(body, published)


def start_of(body: str, words: str, published: dt.datetime = PUBLISHED) -> str:
    """The start of the event whose text holds the words."""
    return rows.events_holding(body, words, published)[0].start


TRIP = ("We landed in Velmore on Tuesday 3 September, just before midnight.\n\n"
        "**Wednesday**\n\n"
        "We began at the covered market, which opens at 6am every day except Monday. "
        "In the evening we climbed to the old lighthouse.\n\n"
        "**Thursday**\n\n"
        "We caught the 9.20 train to Ostrava Bay. We walked round the old fort, where a ranger told us the "
        "keep reopens in October. The return train was cancelled, so we slept at an inn.\n\n"
        "**Friday**\n\n"
        "The next morning the line had reopened. We were home by 2pm.\n")


@pytest.mark.parametrize(("words", "expected"), [
    ("We began at the covered market", "2024-09-04"),  # the first Wednesday after the day told before
    ("we climbed to the old lighthouse", "2024-09-04"),  # "except Monday" does not move the entry on
    ("We caught the 9.20 train", "2024-09-05T09:20"),
    ("The return train was cancelled", "2024-09-05"),  # a deed with no time: its heading's day
    ("We walked round the old fort", "2024-09-05"),  # not dated by the where-clause's October
    ("The next morning the line had reopened", "2024-09-06"),  # the morning after Thursday, under Friday
    ("We were home by 2pm", "2024-09-06T14:00"),
])
def test_a_story_under_weekday_headings_is_told_day_by_day(words: str, expected: str) -> None:
    assert start_of(TRIP, words) == expected


def test_weekday_headings_with_no_past_day_before_them_are_left_alone() -> None:
    body = ("What's on at the library.\n\n**Wednesday**\n\nThe reading group meets at 6pm.\n\n"
            "**Thursday**\n\nStory time for under-fives is at 10am.\n")
    assert all(e.upcoming for e in events_of(body)), "a week ahead's calendar stays ahead"


LOG = ("**Tue 3 Sep**\n\nCalibrated the balance at 09:30.\n\n"
       "**Mon 9 Sep**\n\nCame in on Saturday to top up the tanks. Progress meeting at 15:00.\n\n"
       "**Tue 10 Sep**\n\nFreezer alarm.\n\nBooked the cold room for tomorrow at 10:00.\n")
LOG_WRITTEN = dt.datetime(2024, 9, 11, 18, 0)


@pytest.mark.parametrize(("words", "expected"), [
    ("Progress meeting at 15:00", "2024-09-09T15:00"),  # not the Saturday named before it in the entry
    ("Booked the cold room for tomorrow at 10:00", "2024-09-11T10:00"),  # the day after its heading's
])
def test_a_logs_clock_times_and_tomorrow_are_read_from_its_heading(words: str, expected: str) -> None:
    assert start_of(LOG, words, LOG_WRITTEN) == expected


LETTER = ("Dear all,\n\nWe have lived in Brackwater since 2011. Here is our year.\n\n"
          "**February** – Ana started at the bakery on the 10th.\n\n"
          "**June** – The van died on the 2nd. We bought a 2018 Transit to replace it.\n\n"
          "Merry Christmas and a happy new year from the Okonkwos!\n")


@pytest.mark.parametrize(("words", "expected"), [
    ("Ana started at the bakery", "2024-02-10"),  # not 2011, the year a state lasts since
    ("The van died on the 2nd", "2024-06-02"),  # not 2018, a year describing the van after it
])
def test_a_year_in_reviews_months_keep_its_year(words: str, expected: str) -> None:
    assert start_of(LETTER, words, DECEMBER) == expected


LETTER_TWO = ("Dear friends,\n\nHere is our news.\n\n"
              "**March** – We traded the old car for a 2019 Fiesta.\n\n"
              "**May** – The boiler failed on the 8th. In 2008 we had it fitted new.\n")


@pytest.mark.parametrize(("words", "expected"), [
    ("The boiler failed on the 8th", "2024-05-08"),  # not 2019 (a year describing a car) nor 2008 (after it)
])
def test_a_year_describing_a_noun_or_written_later_sets_no_story_year(words: str, expected: str) -> None:
    assert start_of(LETTER_TWO, words, DECEMBER) == expected


def test_a_seasonal_greeting_signing_off_a_letter_dates_nothing() -> None:
    assert not [e for e in events_of(LETTER, DECEMBER) if "Merry Christmas" in e.text]


def test_a_second_past_verb_after_an_adverb_is_an_event_of_its_own() -> None:
    body = "Our extension is finished.\n\nThe scaffolders arrived on 4 March and eventually left on 9 April.\n"
    assert start_of(body, "arrived on 4 March") == "2024-03-04"
    assert start_of(body, "left on 9 April") == "2024-04-09"


@pytest.mark.parametrize("sentence", [
    "It's a 1960s bungalow with a long garden.",  # a decade describing its noun after "it's"
    "The chapel has been open since 1887.",  # a state since a year
    "If the parcel hasn't arrived by Friday, ring the depot before 5pm on Monday.",  # advice answering a condition
    "This week we're talking to the ferry crews at Dunmere.",  # a show's framing
])
def test_descriptions_states_and_advice_date_nothing(sentence: str) -> None:
    body = f"Notes from the week.\n\n{sentence}\n"
    assert not [e for e in events_of(body) if sentence[:20] in e.text]


def test_a_shows_framing_keeps_a_relative_clause_with_its_own_date() -> None:
    body = "Notes from the week.\n\nThis week we're joined by Sam Reyes, who retired from the ferries in 2019.\n"
    assert start_of(body, "retired from the ferries") == "2019-01-01"


RECAP = ("hi all, quick notes from tonight 🙂\n\n"
         "- the skip arrives thurs 19th, pls keep the drive clear\n\n"
         "- the quiz is tues 1 oct 8pm at the hall\n\n"
         "- parking: the council painted the new bays on tuesday\n\n"
         "- the bake sale is the last fri in october\n")


@pytest.mark.parametrize(("words", "expected"), [
    ("the skip arrives thurs 19th", "2024-09-19"),  # a small weekday before its day of the month
    ("the quiz is tues 1 oct", "2024-10-01T20:00"),  # and before its date
    ("the council painted the new bays", "2024-09-03"),  # a topic's label before a colon is no past cue
    ("the bake sale is the last fri in october", "2024-10-25"),  # a month's nth weekday cut short
])
def test_a_recaps_small_weekdays_and_labels(words: str, expected: str) -> None:
    assert start_of(RECAP, words) == expected
