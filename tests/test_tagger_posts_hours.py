"""Bare hours and opening hours in posts (issue 15): an hour without am/pm is tagged only where a
cue gives its half of the day (a meal, a night out, a shop's closing, "today"), a clock range after
a set of weekdays is on each of them, and a count or a score after "at" stays untagged. Sentences
written for the project, anchored on Thursday 2019-02-21."""

from __future__ import annotations

import pytest

from tests.heldout import tagged

Row = tuple[str, str, list[tuple[str, str, str]]]

HOURS: list[Row] = [
    # a morning meal puts the hour in the morning
    ("Brekkie at 6 then off to the lake", "colloquial", [("6", "TIME", "2019-02-21T06:00")]),
    ("breakfast is at 8 in the lobby", "colloquial", [("8", "TIME", "2019-02-21T08:00")]),
    ("lets meet at 9 for breakfast", "colloquial", [("9", "TIME", "2019-02-21T09:00")]),
    # an evening meal, drinks or "tonight" puts it in the evening
    ("dinner at 7 at Marco's?", "colloquial", [("7", "TIME", "2019-02-21T19:00")]),
    ("pub at 6, who's in", "colloquial", [("6", "TIME", "2019-02-21T18:00")]),
    ("come over at 8 for drinks", "colloquial", [("8", "TIME", "2019-02-21T20:00")]),
    ("ur place at 9 🍕 tonight", "colloquial",
     [("9", "TIME", "2019-02-21T21:00"), ("tonight", "TIME", "2019-02-21TNI")]),
    # a bare hour before "today": one to six in the afternoon
    ("the salon shuts at 4 today, sorry all", "colloquial", [("4 today", "TIME", "2019-02-21T16:00")]),
    ("van will arrive by 10 today", "colloquial", [("10 today", "TIME", "2019-02-21T10:00")]),
    # a shop's closing hour from one to seven is in the afternoon or evening
    ("the deli is open till 5 on weekends", "colloquial",
     [("5", "TIME", "2019-02-21T17:00"), ("weekends", "SET", "XXXX-WXX-WE")]),
    ("library closes at 6 so hurry", "colloquial", [("6", "TIME", "2019-02-21T18:00")]),
    ("stayed up till 3 gaming", "colloquial", [("3", "TIME", "2019-02-21T03:00")]),  # no shop: as written
    # the end of a working day's business from one to seven is in the afternoon
    ("stuck in class till 3 then free", "colloquial", [("3", "TIME", "2019-02-21T15:00")]),
    # opening hours crossing noon are on each day the place opens
    ("The florist is open 8-6 daily", "colloquial",
     [("8", "TIME", "XXXX-XX-XXT08:00"), ("6", "TIME", "XXXX-XX-XXT18:00"), ("daily", "SET", "P1D")]),
    ("Pharmacy hours: 10-4, closed Mondays", "colloquial",
     [("hours", "DURATION", "PTXH"), ("10", "TIME", "XXXX-XX-XXT10:00"), ("4", "TIME", "XXXX-XX-XXT16:00"),
      ("Mondays", "SET", "XXXX-WXX-1")]),
    ("helpdesk staffed 7-3 weekdays", "colloquial",
     [("7", "TIME", "XXXX-XX-XXT07:00"), ("3", "TIME", "XXXX-XX-XXT15:00"), ("weekdays", "SET", "XXXX-WXX-WD")]),
    # a clock range after a set of weekdays is on each of them
    ("Chess club Wednesdays 3-4pm in room 2", "colloquial",
     [("Wednesdays", "SET", "XXXX-WXX-3"), ("3", "TIME", "XXXX-XX-XXT15:00"), ("4pm", "TIME", "XXXX-XX-XXT16:00")]),
    # counts, scores and ranks after "at" stay untagged
    ("we drew at 2-2 in the end", "colloquial", []),
    ("sitting at 7 points off the top", "colloquial", []),
    ("my song is at 5 in the charts lol", "colloquial", []),
    ("dinner at 8 people max, sorry", "colloquial", []),
    ("we lost 8-4 at home, gutted", "colloquial", []),
    ("final score 9-2 Thursday", "colloquial", [("Thursday", "DATE", "2019-02-21")]),
    ("meet at 2 for drinks", "colloquial", []),  # two in the afternoon or the night: unsaid
]


@pytest.mark.parametrize(("text", "genre", "expected"), HOURS, ids=[row[0][:40] for row in HOURS])
def test_a_bare_hour_in_a_post_is_tagged_where_a_cue_gives_its_half_of_the_day(
        text: str, genre: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "2019-02-21", genre=genre) == expected
