"""Diaries told under numbered day headings, and recollections quoted inside a news frame
(events/diary.py, events/recollection.py), on texts written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import event_rows as rows
from timeline.models import Event

PUBLISHED = dt.datetime(2024, 9, 9, 8, 0)  # a Monday


def events_of(body: str, published: dt.datetime = PUBLISHED) -> list[Event]:
    return rows.events_of(body, published)


def date_of(body: str, words: str, published: dt.datetime = PUBLISHED) -> str:
    """The start of the event whose text holds the words."""
    return rows.events_holding(body, words, published)[0].start


CANOE = ("We paddled the Selby canal two weeks ago.\n\n"
         "**Day 1 (Tuesday).** We put in at Harcombe lock at 10am. That night the wind got up.\n\n"
         "**Day 2.** A grey start. The next morning we portaged round the weir.\n\n"
         "**Day 3.** We met a heron that followed us for a mile. At noon we reached the basin.\n\n"
         "**Day 4 (Friday).** We took the 9.05 bus home. Our car had been towed from the car park.\n\n"
         "Next spring we plan the northern loop.")


@pytest.mark.parametrize(("words", "expected"), [
    ("We put in at Harcombe lock", "2024-08-27T10:00"),  # Day 1 a Tuesday of the week two weeks ago
    ("the wind got up", "2024-08-27"),  # "That night" under Day 1
    ("we portaged round the weir", "2024-08-29"),  # "The next morning" from Day 2
    ("At noon we reached the basin", "2024-08-29T12:00"),  # a clock time under Day 3
    ("We met a heron", "2024-08-29"),  # a deed with no time of its own takes its heading's day
    ("Our car had been towed", "2024-08-30"),  # Day 4 (Friday)
    ("We took the 9.05 bus home", "2024-08-30T09:05"),  # a bus named by its time sets the hour
])
def test_a_diarys_entries_take_their_headings_day(words: str, expected: str) -> None:
    assert date_of(CANOE, words).startswith(expected)


def test_without_a_stretch_before_it_a_diary_ends_by_the_day_of_writing() -> None:
    body = ("Day 1, Thursday: I left Dunmore at 7am.\n\n"
            "Day 2: I crossed the pass at noon.\n\n"
            "Day 3 – I walked into Brae and ate a whole pie.")
    dates = {e.text[:12]: e.start[:10] for e in events_of(body)}
    assert dates == {"Day 1, Thurs": "2024-09-05", "Day 2: I cro": "2024-09-06",
                     "Day 3 – I wa": "2024-09-07"}


def test_an_itinerary_without_weekdays_is_not_dated_by_its_day_numbers() -> None:
    body = ("Day 1: Arrive in Quito and meet the group at 6pm.\n\n"
            "Day 2: Drive to the crater lake at 8am.")
    assert [e.start for e in events_of(body)] == ["2024-09-09T18:00", "2024-09-09T08:00"]


def test_a_date_written_in_full_under_a_heading_stands() -> None:
    body = ("**Day 1 (Monday).** We flew out last week.\n\n"
            "**Day 2.** The ferry, which was launched on 3 May 1998, was late.")
    assert date_of(body, "which was launched") == "1998-05-03"


NURSE = ("My aunt Rose kept a diary of her nursing years, which we found last winter. She wrote:\n\n"
         "\"I started at the county hospital in the spring of 1962. We worked nights in the winter, and the "
         "following March I was moved to the children's ward.\n\n"
         "\"On 4 May a fire broke out in the laundry. Two days later the matron resigned.\n\n"
         "\"By Christmas we had a new wing.\"\n\n"
         "The hospital closes next month.")


@pytest.mark.parametrize(("words", "expected"), [
    ("We worked nights in the winter", "1962-12-01"),  # the story's winter, not the last one
    ("I was moved to the children's ward", "1963-03-01"),  # counted from the story, not from 2024
    ("a fire broke out in the laundry", "1963-05-04"),  # a year-less day after the story's March
    ("the matron resigned", "1963-05-06"),  # counted from that day
    ("we had a new wing", "1963-12-25"),  # a feast of the story's year
])
def test_a_quoted_recollections_yearless_dates_lie_in_its_story(words: str, expected: str) -> None:
    assert date_of(NURSE, words) == expected


def test_the_storys_own_now_keeps_it_in_the_past() -> None:
    body = ("He told us his story.\n\n\"I was called up in 1940 and sailed in April.\n\n\"We were now in the "
            "desert. In June we reached Tobruk.\"")
    assert date_of(body, "In June we reached Tobruk") == "1940-06-01"


@pytest.mark.parametrize(("body", "words", "expected"), [
    # a news story names a background year, then goes back to its news
    ("The club was founded in 1921. In June it won the cup.", "it won the cup", "2024-06-01"),
    # a time counted from the day of writing brings the quoted story back to the present
    ("Our commodore looks back.\n\n\"I first raced here in the summer of 1990, and the following May I "
     "bought my first dinghy.\n\n\"Last spring I retired from racing. On 3 June I sold my boat.\"",
     "I sold my boat", "2024-06-03"),
    # a sentence of the recollection that speaks of the present ends its story
    ("He told us his story.\n\n\"I was called up in 1940 and sailed in April.\n\n\"Now I live in Leeds. "
     "In June I turned 100.\"", "In June I turned 100", "2024-06-01"),
    ("He told us his story.\n\n\"I was called up in 1940 and sailed in April.\n\n\"These days I live in "
     "Leeds. In June I turned 100.\"", "In June I turned 100", "2024-06-01"),
    # a quoted fact's year is no story the speaker tells
    ("The coach spoke to us.\n\n\"The club was founded in 1921.\n\n\"In June we won the cup.\"",
     "we won the cup", "2024-06-01"),
    # a plan, or a day pinned by its weekday, is the present's
    ("The coach spoke to us.\n\n\"We were founded in 1921.\n\n\"On 14 October we will play the final.\"",
     "we will play the final", "2024-10-14"),
    ("The coach spoke to us.\n\n\"We were founded in 1921.\n\n\"We play the final on Saturday 12 October.\"",
     "We play the final", "2024-10-12"),
    # the article's own words after the quotation are the present's
    (NURSE, "The hospital closes next month", "2024-10-01"),
])
def test_outside_a_recollection_yearless_dates_stay_in_the_present(body: str, words: str, expected: str) -> None:
    assert date_of(body, words) == expected


@pytest.mark.parametrize(("body", "words", "expected"), [
    # a state lasting through a season has that season as its own date: the clause is cut there
    ("The pool stayed shut through the summer, and on 2 September it reopened.", "The pool stayed shut", "2024-06-01"),
    ("Trains ran half-hourly through the winter; on 3 March the timetable changed.", "Trains ran half-hourly",
     "2023-12-01"),
])
def test_a_state_through_a_season_is_dated_by_it(body: str, words: str, expected: str) -> None:
    assert date_of(body, words) == expected


def test_a_diarys_day_numbers_may_be_written_in_words() -> None:
    body = ("Notes from the hills.\n\n## Day One (Saturday)\n\nWe climbed to the bothy at noon.\n\n"
            "## Day Two\n\nThe mist lifted at 8am and we walked out.\n\n"
            "## Day off\n\nNothing happened.")
    assert [e.start for e in events_of(body)] == ["2024-09-07T12:00", "2024-09-08T08:00"]


def test_a_diarys_deed_beside_an_aside_about_something_else_takes_its_heading_day() -> None:
    body = ("We cycled the coast road last week.\n\n"
            "**Day 1 (Tuesday).** We set off at 9am.\n\n"
            "**Day 2.** We stopped at the lighthouse, which was built in 1869.")
    assert sorted(e.start for e in events_of(body) if "lighthouse" in e.text) == ["1869-01-01", "2024-09-04"]
