"""Event dating in informal and first-person text (issue 14, batch 40): threads, chat exports,
forum match threads, diaries and memoirs. Sentences written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.event_rows import event_spans
from timeline.events import extract_events
from timeline.read.inputs import read_text


@pytest.mark.parametrize(("body", "published", "expected"), [
    # a thread's post stamped with its clock after its count is the day of writing's, at that minute
    ("Verdict thread\n\n1/ In court for the verdict. The jury went out yesterday afternoon.\n\n"
     "2/ 10:12am: the jury is back with a question about the bank statements.",
     dt.datetime(2025, 10, 16, 16, 5),
     [("2025-10-15", "2025-10-15"), ("2025-10-16T10:12", "2025-10-16T10:12")]),
    # a chat export's stamps, day first as its own date shows
    ("Plot chat\n\n[01/09/2025, 18:02] Priya: The water tank at plot 14 is leaking again",
     dt.datetime(2025, 9, 4, 21, 30), [("2025-09-01T18:02", "2025-09-01T18:02")]),
    # a message speaks from its stamp's day: its "tmrw" is the day after it, its "last night" the one before
    ("Plot chat\n\n[01/09/2025, 18:05] Tom: I'll have a look tmrw after work",
     dt.datetime(2025, 9, 4, 21, 30), [("2025-09-02", "2025-09-02")]),
    ("Plot chat\n\n[03/09/2025, 20:11] Dev: Someone left the gate open last night",
     dt.datetime(2025, 9, 4, 21, 30), [("2025-09-02", "2025-09-02")]),
    # and its own day dates it over the stamp, as a story's own time does over its dateline
    ("Plot chat\n\n[03/09/2025, 12:30] Margaret: Reminder the committee meets on Saturday in the hut.",
     dt.datetime(2025, 9, 4, 21, 30), [("2025-09-06", "2025-09-06")]),
    # a live page's update too: its stamp dates what has no time of its own
    ("Storm live\n\n**11.20** The ferry company says sailings will resume tomorrow.",
     dt.datetime(2025, 3, 13, 12, 0), [("2025-03-14", "2025-03-14")]),
    # a forum post's header stamps the post under it, a blank line between, on the day of writing
    # (not the Wednesday the post before told of)
    ("Match thread\n\n**Posted by steve_b · 14:10**\n\nNuno's ban ended on Wednesday so he is back.\n\n"
     "**Reply from gullwing · 15:48**\n\nHT 1-0 to us, Hale on 22 mins after a howler.",
     dt.datetime(2025, 3, 8, 17, 0), [("2025-03-05", "2025-03-05"), ("2025-03-08T15:48", "2025-03-08T15:48")]),
    # an encyclopedia's opening: the birth in brackets dates it, not the state "current" names
    ("Ines Halloran\n\nInes Halloran (born 14 August 1961) is an Irish biologist and the current director "
     "of the Sorn Institute.", dt.datetime(2025, 5, 2), [("1961-08-14", "1961-08-14")]),
    # a chat export's author in bold over the message, with the clock it was sent at
    ("Ops\n\n**Maya Chen** 09:14\nThe payments API started failing at 08:52.\n\n"
     "**Raj Patel** 16:48\nCustomer emails went out.", dt.datetime(2025, 4, 17, 18, 20),
     [("2025-04-17T08:52", "2025-04-17T08:52"), ("2025-04-17T16:48", "2025-04-17T16:48")]),
    # a recording's chapter marks are no clock times; a chapter's own date still dates it
    ("Episode 12\n\n00:00 Intro\n03:10 How it began: drivers walked out on 15 September\n"
     "14:40 What the company says\n", dt.datetime(2025, 10, 3, 6, 0), [("2025-09-15", "2025-09-15")]),
    # a stamped reply that only acknowledges reports nothing
    ("Plot chat\n\n[03/09/2025, 08:10] Tom: Fixed the tap at plot 14 this morning\n\n"
     "[03/09/2025, 08:15] Priya: Legend, thank you!!\n\nDad (Thu 4 Sep, 19:10): OK.",
     dt.datetime(2025, 9, 4, 21, 30), [("2025-09-03", "2025-09-03")]),
    # an IRC log's clock and nick stamp the line; a bare "ok" under one reports nothing
    ("Dev log\n\n[16:41] <moss> release 3.2 is tagged\n[16:42] <kestrel> ok\n",
     dt.datetime(2025, 6, 11, 23, 50), [("2025-06-11T16:41", "2025-06-11T16:41")]),
    # a stamped update that opens with a short sentence of its own is no cry: its sentences stand apart
    ("Committee notes\n\n9:31pm — Meeting closes. The next committee is on 7 October.",
     dt.datetime(2025, 9, 9, 21, 40), [("2025-09-09T21:31", "2025-09-09T21:31"), ("2025-10-07", "2025-10-07")]),
])
def test_dates_of_events(body: str, published: dt.datetime, expected: list[tuple[str, str]]) -> None:
    assert event_spans(body, published) == expected


def test_an_updates_cry_is_joined_to_what_it_announces() -> None:
    article = read_text("Verdict thread\n\n5/ 1:47pm: VERDICT. Guilty on all three counts.",
                        date=dt.datetime(2025, 10, 16, 16, 5))
    [event] = extract_events(article)
    assert (event.start, event.text.endswith("Guilty on all three counts.")) == ("2025-10-16T13:47", True)
