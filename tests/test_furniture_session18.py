"""Page furniture found in session 18 in the events of the dev archives, shown on short articles
written for the project: each article's furniture gives no event text, and its news sentences stay
(rules/en/text.yaml `boilerplate` and `furniture`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.event_rows import event_texts

PUBLISHED = dt.datetime(2026, 3, 12, 9, 0)  # a Thursday morning
NEWS = "The ferry resumed sailings on Monday, the operator said."


@pytest.mark.parametrize(("furniture", "kept"), [
    # a picture's caption that dates the picture
    ("A ferry worker waits at the gate in this March 3, 2019 file photo.", [NEWS]),
    # a news site's byline line with the lead photo's caption beside it
    ("By the Wire Staff Crowds gather on the quay on Friday, March 6.", [NEWS]),
    ("By Ann Lee and Bo Chan, Special to Example News Passengers queue at the pier on Tuesday.", [NEWS]),
    # a caption placing the people in the picture
    ("Ann Lee (left) and Bo Chan at the quay on Friday, March 6.", [NEWS]),
    ("Ann Lee (r) with Bo Chan this morning.", [NEWS]),
    # a broadcaster's schedule and trailer
    ("Watch Harbour Talk Sundays at 10am and 1pm ET.", [NEWS]),
    ("It airs at 10:40 and 22:40 every Saturday, and at 02:40 on Sunday (GMT).", [NEWS]),
    ("Please be sure to tune in this Friday, 9 p.m. Eastern, for our one-hour special.", [NEWS]),
    # a diplomatic cable's header
    ("E.O. 12958 DECL: 03/15/2030 TAGS PGOV, PREL SUBJECT: MINISTER ON FERRIES", [NEWS]),
    # a copyright footer whose sign was lost
    ("Harbour Times Harbour Newspapers Limited 2004", [NEWS]),
    # a heading over links to other pages
    ("Useful links: the operator's homepage Related stories: 22 July:", [NEWS]),
    # a label over captions, and a radio listing with its repeat
    ("Photo captions: Top: A worker feeds calves at a farm on April 27, 2026.", [NEWS]),
    ("Listen to Harbour Hour, Radio Kesk 2000 BST, Tuesday 3 March 2026, repeated 1700, Sunday 8 March 2026.", [NEWS]),
    # a box of the site's other stories
    ("Top eight stories on Example Media Ferry firm reports profit Harbour Times to drop its print edition", [NEWS]),
    # a briefing's host greeting the reader
    ("Good morning, this is Ann Lee with the main stories on Thursday 12 March.", [NEWS]),
])
def test_a_furniture_line_gives_no_event(furniture: str, kept: list[str]) -> None:
    assert event_texts(f"Ferries\n\n{NEWS}\n{furniture}", PUBLISHED) == kept


@pytest.mark.parametrize(("body", "expected"), [
    # a transcript's next speaker cue after the dash that cut the last speaker off
    ("Ferries\n\nThe crews went back on Monday -- LEE: The first ferry sailed on Tuesday.",
     ["The crews went back on Monday", "The first ferry sailed on Tuesday."]),
    # a print or republication footer glued to the story's last sentence
    (f"Ferries\n\n{NEWS} A version appeared on p12 of the Main section on Thursday 12 March 2026",
     [NEWS]),
    (f"Ferries\n\n{NEWS}\nAnn Lee won the prize in 2001; a version of this article first appeared in the Harbour Times",
     [NEWS, "Ann Lee won the prize in 2001;"]),
    # a plug-in notice glued to a gallery's title
    (f"Ferries\n\nHarbour views You must have Flash Player 8 or higher installed to use this slideshow.\n{NEWS}",
     [NEWS]),
    # a blog's list of posts with their stamps
    ("Notes\n\nAll posts on \"Harbour Notes\" by Ann Lee Fares - 16:10 UK time, Wednesday, 4 March 2026 "
     f"New pier - 08:55 UK time, Tuesday, 3 March 2026 I write about the port.\n{NEWS}", [NEWS]),
    # pointers to the outlet's feeds and podcasts glued to the story
    ("Ferries\n\nFollow the storm on Twitter #KeskStorm (Update 10:15 a.m. ET) Crews cleared the road on Monday.",
     ["Crews cleared the road on Monday."]),
    ("Ferries\n\nYou can also listen to the Harbour Radio Reports podcast on Ann Lee was convicted on Monday.",
     ["Ann Lee was convicted on Monday."]),
    # a news site's byline cut from the line the story shares after its dateline
    ("Ferries\n\nBy the Wire Staff Sailings resume Kesk, Norland (AP) -- The ferry resumed sailings on Monday.",
     ["Kesk, Norland (AP) -- The ferry resumed sailings on Monday."]),
    # story highlights run into a wire dateline after a capitalised word
    ("Ferries\n\nAn envoy urges talks on the ferry dispute Kesk (AP) -- The ferry resumed sailings on Monday.",
     ["Kesk (AP) -- The ferry resumed sailings on Monday."]),
    # a briefing's section label run into its first item
    ("Briefing\n\nTop stories The ferry resumed sailings on Monday, the operator said.", [NEWS]),
    # an editor's note run on in a line of highlights
    (f"Ferries\n\nSailings resume, the operator says Editor's note: Ann Lee is a professor of law in 2026.\n{NEWS}",
     [NEWS]),
    # a corrections column's item citing the page and day of the error
    (f"Ferries\n\n{NEWS}\nThe harbour master is Ann Lee, not Ann Leigh (Corrections, page 27, March 10).", [NEWS]),
])
def test_glued_furniture_is_cut_and_the_news_kept(body: str, expected: list[str]) -> None:
    assert event_texts(body, PUBLISHED) == expected


@pytest.mark.parametrize("news", [
    "The council published this photo on Monday to show the damage.",
    "By Monday the river had risen two metres.",
    "Fans tuned in on Monday for the final.",
    "The vote -- a first for the city -- passed on Monday.",
    "A new version of the app appeared on Tuesday.",
    "Harbour Newspapers Limited was sold on Monday.",
    "More stories emerged on Monday: the crew had been warned.",
])
def test_news_like_the_furniture_stays(news: str) -> None:
    assert event_texts(f"Ferries\n\n{news}", PUBLISHED) == [news]
