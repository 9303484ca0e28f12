"""Times told as a distance from an event of the story ("the day after his death"), on articles
written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import extract_events
from timeline.read.inputs import read_text

PUBLISHED = dt.datetime(2021, 3, 2, 8, 0)


def dated(body: str) -> list[tuple[str, str, str]]:
    """(start, end, time text) of each event of an article."""
    return [(e.start, e.end, e.time_text) for e in extract_events(read_text(body, date=PUBLISHED))]


SHOT = "The harbourmaster Ada Quill was shot on Friday, Feb. 12, outside the Orla boathouse."


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Neighbours said a stranger knocked at her door the day after her death.",
     ("2021-02-13", "2021-02-13", "the day after her death")),
    ("Detectives believe the gunman watched the boathouse in the days before the shooting.",
     ("2021-02-05", "2021-02-11", "the days before the shooting")),
    ("A cousin flew in from Leeds two days after the killing.",
     ("2021-02-14", "2021-02-14", "two days after the killing")),
    ("Her van was seen on the quay in the weeks before the murder.", ("2021-01-15", "2021-02-11",
                                                                   "the weeks before the murder")),
])
def test_a_distance_from_a_dated_event_of_the_story_dates_the_sentence(
        sentence: str, expected: tuple[str, str, str]) -> None:
    assert dated(f"{SHOT}\n\n{sentence}")[1] == expected


def test_without_an_earlier_dated_event_the_phrase_dates_nothing() -> None:
    events = dated("Neighbours said a stranger knocked at her door the day after her death.")
    assert [time_text for _, _, time_text in events] == [""]  # the lead, dated by its publication


def test_a_later_mention_of_the_deed_by_its_noun_is_not_its_day() -> None:
    """The noun names the deed on the day something else happened to it; the verb tells the deed."""
    body = (f"{SHOT}\n\nThe rifle used in the shooting was dug up on Feb. 20 in a field near Orla.\n\n"
            "Detectives believe the gunman watched the boathouse in the days before the shooting.")
    assert dated(body)[2] == ("2021-02-05", "2021-02-11", "the days before the shooting")


def test_what_was_never_told_is_not_anchored() -> None:
    body = f"{SHOT}\n\nThe town held its regatta in the week after the election."
    assert len(dated(body)) == 1


def test_a_clock_time_with_a_distance_from_the_event_lies_on_that_day() -> None:
    body = (f"{SHOT}\n\nThe boathouse reopened on Feb. 26.\n\n"
            "A dog walker saw a grey van at 6 a.m. near the quay ten days before the murder.")
    assert dated(body)[2][:2] == ("2021-02-02T06:00", "2021-02-02T06:00")


def test_a_clock_time_of_an_event_told_again_lies_on_its_day() -> None:
    """Later in the story, the same subject and verb at a clock time: the day the story gave it, not
    the day of the sentence before."""
    body = (f"{SHOT}\n\nA spade was found in the dunes on Feb. 20.\n\n"
            "Quill, 47, a mother of three, was shot at 9.30 p.m. as she locked the boathouse.")
    assert dated(body)[2][:2] == ("2021-02-12T21:30", "2021-02-12T21:30")


def test_a_clock_time_of_another_happening_keeps_the_day_before_it() -> None:
    body = (f"{SHOT}\n\nA spade was found in the dunes on Feb. 20.\n\n"
            "Police divers searched the harbour at 7 a.m.")
    assert dated(body)[2][:2] == ("2021-02-20T07:00", "2021-02-20T07:00")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The old ferry sank the day after Christmas.", ("2020-12-26", "2020-12-26")),
    ("The mayor resigned the day before the vote on Friday.", ("2021-02-25", "2021-02-25")),
    ("Two days before last Tuesday's hearing, the harbourmaster met the trawlermen.", ("2021-02-21", "2021-02-21")),
    ("The quay shops were busy in the days before Christmas.", ("2020-12-18", "2020-12-24")),
])
def test_a_distance_written_before_a_time_moves_it(sentence: str, expected: tuple[str, str]) -> None:
    assert dated(sentence)[0][:2] == expected
