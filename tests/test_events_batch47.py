"""Kinds of error batch 47 (ten documents unlike news: an email thread, minutes, a changelog, a
stand-up digest, a family-tree page, an academic profile, a run-sheet, a diary under weekday
headings, a club chat and a heritage plaque) showed, on texts written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import event_rows as rows
from timeline.api import tag_text

PUBLISHED = dt.datetime(2024, 11, 17, 19, 0)  # a Sunday


def start_of(body: str, words: str, published: dt.datetime = PUBLISHED) -> str:
    """The start of the event whose text holds the words."""
    return rows.events_holding(body, words, published)[0].start


def values(text: str, published: dt.datetime = PUBLISHED) -> dict[str, str]:
    return {t.text: t.value for t in tag_text(text, published)}


COURSE = ("My week on the pottery course at Hensby began on Monday 4 November.\n\n"
          "**Monday**\n\nWe threw our first bowls in the morning.\n\n"
          "**Wednesday**\n\nWe fired the kiln at noon.\n\n"
          "**Friday**\n\nWe glazed everything and went home.\n")


@pytest.mark.parametrize(("words", "expected"), [
    ("We threw our first bowls", "2024-11-04"),  # the first heading is the day told before it, not a week on
    ("We fired the kiln", "2024-11-06T12:00"),
    ("We glazed everything", "2024-11-08"),
])
def test_a_first_weekday_heading_may_be_the_day_told_before_it(words: str, expected: str) -> None:
    assert start_of(COURSE, words) == expected


@pytest.mark.parametrize(("text", "clock", "expected"), [
    ("We queued at 9.10 for the ferry. At 3.20 it finally sailed.", "3.20", "2024-11-17T15:20"),
    ("The hearing resumed at 10.05 and adjourned at 4.40.", "4.40", "2024-11-17T16:40"),
    ("The alarm went at 2am and the crew left at 2.50.", "2.50", "2024-11-17T02:50"),  # a night told on
    ("The party ran from 10pm until 1.15.", "1.15", "2024-11-17T01:15"),
    ("The boat left at 07.40 and docked at 09.05.", "07.40", "2024-11-17T07:40"),  # a 24-hour clock
    ("Our flight was meant to leave at 6.40, we're still here", "6.40", "2024-11-17T06:40"),  # six: an early start
])
def test_a_dotted_clock_from_one_to_five_is_in_the_afternoon(text: str, clock: str, expected: str) -> None:
    assert values(text)[clock] == expected


CHAPEL = ("Mill Lane was laid out in the 17th century beside the river.\n\n"
          "The chapel was built c. 1790 for the quarrymen of Edge Hill. The tall windows lit the pews.\n\n"
          "Worship declined in the late 19th century, after the new church opened in 1871.\n\n"
          "By the 1920s it was a store. It closed in 1965 and became a museum in 1993.\n\n"
          "Erected by the Edge Hill Society, 2001.\n\n")


def test_a_weekday_the_storys_year_lacks_is_the_present_days() -> None:
    body = CHAPEL + "*The chapel is now a private house. The society's next walk is on Saturday 7 December at 11am.*\n"
    assert start_of(body, "next walk") == "2024-12-07T11:00"  # not the story's 7 December, no Saturday


def test_a_weekday_the_storys_year_holds_stays_in_the_story() -> None:
    body = ("The mill was built in 1790 by the Astley family. It was sold in 1809, and burned down in 1819 "
            "and again in 1821. It was rebuilt in 1822. On Tuesday 4 June the new wheel turned for the first time.\n")
    assert start_of(body, "the new wheel turned") == "1822-06-04"  # a Tuesday, as 4 June 2024 is


THREAD = ("Fine by me, let's do Thursday.\n\n"
          "On Mon, 11 Nov 2024 at 10:02, Jo Park <jo@example.org> wrote:\n\n"
          "> Thursday suits me.\n>\n"
          "> On Fri, 8 Nov 2024 at 16:30, Sam Reyes <sam@example.org> wrote:\n>\n"
          ">> The printer broke down yesterday, so the flyers will be late.\n")


def test_a_quoted_reply_speaks_from_its_own_header() -> None:
    assert start_of(THREAD, "The printer broke down yesterday") == "2024-11-07"  # from 8 November's header
    assert not [text for text in rows.event_texts(THREAD, PUBLISHED) if "wrote:" in text], "a header is no event"


MINUTES = ("**Actions**\n\n"
           "- KP to send the signed Q1 forecast to the bank by COB Friday.\n"
           "- DL to run the supplier survey w/c 25 November.\n"
           "- AB to finish the asset register by EOM.\n\n"
           "The new warehouse system goes live in H1 2025.\n")


@pytest.mark.parametrize(("words", "expected"), [
    ("the signed Q1 forecast", ("2024-11-22", "2024-11-22")),  # the Friday ahead; the quarter describes the forecast
    ("the supplier survey", ("2024-11-25", "2024-12-01")),  # "w/c": the week commencing that Monday
    ("the asset register", ("2024-11-01", "2024-11-30")),
    ("goes live", ("2025-01-01", "2025-06-30")),
])
def test_a_minutes_deadlines_in_office_shorthand(words: str, expected: tuple[str, str]) -> None:
    event = rows.events_holding(MINUTES, words, PUBLISHED)[0]
    assert (event.start, event.end) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("standup moved to wed at 10, sorry all", "wed at 10", "2024-11-20T10:00"),
    ("team lunch is next thurs at 1 🍕", "next thurs at 1", "2024-11-21T13:00"),
    ("quiz at the pub fri at 8, who's in", "fri at 8", "2024-11-22T20:00"),  # an evening's hour after six
])
def test_an_informal_weekday_takes_the_bare_hour_after_it(text: str, phrase: str, expected: str) -> None:
    assert values(text)[phrase] == expected


def test_a_quarter_before_its_noun_describes_it() -> None:
    body = "The revised Q3 figures came out on Tuesday.\n"
    assert start_of(body, "The revised Q3 figures") == "2024-11-12"


TREE = ("**Hannah Colley** (c. 1850 – 1921), dressmaker\n\n"
        "Hannah was born in Penmore and married a ferryman, Josiah Colley, in 1872.\n\n"
        "*Sources: the 1871 census; Penmore parish registers.*\n\n"
        "Last updated October 2024.\n")


def test_a_family_trees_furniture_is_no_event() -> None:
    texts = rows.event_texts(TREE, PUBLISHED)
    assert [text for text in texts if "married a ferryman" in text]
    assert not [text for text in texts if "dressmaker" in text or "Sources" in text or "Last updated" in text]


@pytest.mark.parametrize(("body", "expected"), [
    ("The painter Iris Bell (1884–1960) was born in the mill house.\n", "1884-01-01"),
    ("The painter Iris Bell (1884–1960) died in the mill house.\n", "1960-01-01"),
])
def test_a_lifespan_dates_the_birth_or_death_its_clause_tells(body: str, expected: str) -> None:
    assert start_of(body, "Iris Bell") == expected


def test_a_lifespan_still_dates_no_other_deed() -> None:
    body = "The painter Iris Bell (1884–1960) left her sketchbooks to the town.\n"
    assert not [e for e in rows.events_of(body, PUBLISHED) if e.start[:4] in {"1884", "1960"}]


CHAT = ("[18/11/2024, 08:40] Kez: Morning all 👋 results from the weekend\n\n"
        "⚽ Sat: U12s beat Holm Park 3-1\n"
        "⚽ Sun: U14s lost 2-0 at Grange\n")


def test_a_chats_weekday_labels_date_their_lines() -> None:
    published = dt.datetime(2024, 11, 18, 9, 0)
    assert start_of(CHAT, "U12s beat Holm Park", published) == "2024-11-16"
    assert start_of(CHAT, "U14s lost 2-0", published) == "2024-11-17"


def test_a_greeting_is_no_part_of_the_day() -> None:
    assert "Morning" not in values("[18/11/2024, 08:40] Kez: Morning all, quick one from me")


@pytest.mark.parametrize("body", [
    "Dr Ola Brandt directs the Hensby lab. Since 2021 he has been a trustee of the Hensby Museum.\n",
    "Dr Ola Brandt directs the Hensby lab. He has been an adviser to the water board since 2018.\n",
])
def test_a_role_held_since_a_year_is_a_state(body: str) -> None:
    assert not [e for e in rows.events_of(body, PUBLISHED) if e.start[:4] in {"2018", "2021"}]


def test_thanks_to_someone_by_name_is_no_event() -> None:
    body = ("[16/11/2024, 10:02] Bea: the hall is booked for Sat 30th\n\n"
            "[16/11/2024, 10:05] Kit: no worries, thanks Bea.\n\n"
            "[16/11/2024, 10:07] Raj: ok Monday\n")
    texts = rows.event_texts(body, PUBLISHED)
    assert not [text for text in texts if "thanks Bea" in text]
    assert [text for text in texts if "ok Monday" in text], "a day after the acknowledgement is no name"


def test_a_day_one_cannot_do_is_that_day() -> None:
    body = ("[18/11/2024, 19:02] Ash: match moved to this weekend lads 🙄 ground's waterlogged\n\n"
            "[18/11/2024, 19:05] Kev: gutted, thought we had a week off lol\n\n"
            "[18/11/2024, 19:10] Jo: I can't do Sun, I'm at my nan's.\n")
    assert start_of(body, "I can't do Sun", dt.datetime(2024, 11, 18, 20, 0)) == "2024-11-24"


@pytest.mark.parametrize(("body", "dated"), [
    ("The chapel was built in 1790. By 1850 the chapel was too small for the village.\n", False),
    ("The chapel was built in 1790. By the 1880s the quarrymen were its only congregation.\n", False),
    ("The chapel was built in 1790. By 1914, the village had two more chapels.\n", False),
    ("The chapel was built in 1790. By 1850 the congregation had moved to a new hall.\n", True),  # a deed done by then
    ("The chapel was built in 1790. By 1850 a gallery was added.\n", True),
])
def test_a_state_a_history_reached_by_a_year_is_no_event(body: str, dated: bool) -> None:
    later = [e for e in rows.events_of(body, PUBLISHED) if e.start[:3] == "185" or e.start[:3] == "188"
             or e.start[:4] == "1914"]
    assert bool(later) == dated


@pytest.mark.parametrize(("line", "expected"), [
    ("- Tuesday 19 November: Harrow Foods, Q3 trading update (07:00)\n", "2024-11-19T07:00"),  # past a code
    ("**Wednesday:** Retail sales for October (09:30). The bank's minutes follow.\n", "2024-11-20T09:30"),
])
def test_a_calendars_clock_in_brackets_is_its_entrys(line: str, expected: str) -> None:
    body = "The week's dates to watch.\n\n" + line
    assert rows.events_of(body, PUBLISHED)[-1].start == expected
