"""Kinds of dating error found in session 18 by sentences written for the project: the period a
subject's thing comes from ("Music from the late 1960s filled the hall on Saturday") describes it
and yields to the clause's own time (events/roles.py); an article opening on the
introduction of a list ("Here are the key moments …") has no news of the day in it (rules/en/text.yaml
list_introductions); page furniture glued to a caption or a sentence gives no event text
(rules/en/text.yaml furniture); days counted on from a day of a month the text never gave are that
month, the day unsaid (tag/anchor.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.event_rows import event_spans, event_texts
from timeline.tag.tagger import tag_text

PUBLISHED = dt.datetime(2026, 3, 12, 9, 0)  # a Thursday morning


@pytest.mark.parametrize(("body", "expected"), [
    # the period the subject's noun comes from: the verb's time dates the sentence
    ("Hall\n\nMusic from the late 1960s filled the hall on Saturday.", [("2026-03-07", "2026-03-07")]),
    ("Auction\n\nLetters from the 1940s were sold at auction on Tuesday.", [("2026-03-10", "2026-03-10")]),
    ("Wreck\n\nA ship from the 18th century was raised on Monday.", [("2026-03-09", "2026-03-09")]),
    ("Chart\n\nSongs of the 1980s dominated the chart last week.", [("2026-03-02", "2026-03-08")]),
    ("Show\n\nPhotographs dating from 1912 go on show in April.", [("2026-04-01", "2026-04-30")]),
    # alone, the period still dates the sentence
    ("Hall\n\nMusic from the late 1960s is still popular.", [("1967-01-01", "1969-12-31")]),
    # a day in the possessive names the thing as well
    ("Storm\n\nDamage from Monday's storm was repaired on Wednesday.", [("2026-03-11", "2026-03-11")]),
])
def test_a_subjects_period_yields_to_the_clauses_time(body: str, expected: list[tuple[str, str]]) -> None:
    assert event_spans(body, PUBLISHED) == expected


@pytest.mark.parametrize("opening", [
    "Here are the key moments since the unrest began.",
    "Here's how the week unfolded.",
    "Below are the main changes we have made.",
])
def test_the_introduction_of_a_list_is_no_news_of_the_day(opening: str) -> None:
    body = f"Timeline of the dispute\n\n{opening}\n\nNov. 28 - Dockers walked out at the container port."
    assert event_texts(body, PUBLISHED) == ["Nov. 28 - Dockers walked out at the container port."]


def test_an_ordinary_lead_is_still_news_of_the_day() -> None:
    body = "Port dispute\n\nHere dockers voted to walk out, the union said."
    assert event_spans(body, PUBLISHED) == [("2026-03-12", "2026-03-12")]


@pytest.mark.parametrize(("body", "expected"), [
    # a reader's photo credit in a gallery, glued to the caption: the caption is no event of its day
    ("Island guide\n\nThe beach at dusk Posted by surfgirl88 22 Jan 2012\n\nThe ferry resumed sailings on Monday.",
     ["The ferry resumed sailings on Monday."]),
    # a pointer to the page and a request to click are no part of the event
    ("Trial\n\nThe trial opens on Monday (scroll down to read more).", ["The trial opens on Monday"]),
    ("Rescue\n\nHow survivors are found To see how crews reach them, click on the links below.\n\n"
     "Crews reached the village on Monday.", ["Crews reached the village on Monday."]),
])
def test_page_furniture_gives_no_event_text(body: str, expected: list[str]) -> None:
    assert event_texts(body, PUBLISHED) == expected


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # a few days on from a day of a month the text never gave: that month, the day unsaid
    ("We landed on a wet Friday in late May 2019. Two days later we drove south.", "Two days later", "2019-05-XX"),
    ("The river burst its banks in October 2019. Three days later the water fell.", "Three days later", "2019-10-XX"),
    ("We landed in late May 2019. The next morning it rained. We flew home the following Sunday.",
     "the following Sunday", "2019-05-XX"),
    # counted from a day the text gave, as before
    ("He was freed on Jan. 3, 2019. Two days later he fled.", "Two days later", "2019-01-05"),
    ("He was freed on Jan. 3, 2019. The following Sunday he was caught.", "The following Sunday", "2019-01-06"),
])
def test_days_counted_on_from_an_unsaid_day_of_a_month(text: str, phrase: str, value: str) -> None:
    assert [t.value for t in tag_text(text, PUBLISHED) if t.text == phrase] == [value]


def test_an_adverbs_after_clause_stays_with_the_clause_it_times() -> None:
    # "shortly after she became treasurer" times the thefts' start: the clause is not cut there, and
    # the audit of 2023 after the next comma is a clause of its own
    body = ("Theft\n\nThe court heard the thefts began in March 2017, shortly after she became treasurer, "
            "and continued until an audit found them in the summer of 2023.")
    assert event_spans(body, PUBLISHED) == [("2017-03-01", "2017-03-31"), ("2023-06-01", "2023-08-31")]
    assert event_texts(body, PUBLISHED)[0].endswith("shortly after she became treasurer.")


LIVE_PAGE = ("Flood live\n\n(All times GMT.)\n2358 The minister has given an update on the dam.\n"
             "1901 The foreign minister says aid is on its way.\n1733 Crowds gathered at the port.\n"
             "0915 The river rose again.\n")


def test_a_live_pages_four_digit_stamps_are_clocks_not_years() -> None:
    events = event_spans(LIVE_PAGE, PUBLISHED)
    assert ("2026-03-12T19:01", "2026-03-12T19:01") in events
    assert all(start.startswith("2026-03-12") for start, _ in events)
    assert "1901 The foreign minister says aid is on its way." in event_texts(LIVE_PAGE, PUBLISHED)


def test_a_chronologys_years_opening_lines_stay_years() -> None:
    body = "Timeline\n\n1998 The firm is founded in Leeds.\n2001 It lists its shares.\n2005 It buys a rival.\n"
    assert [t.value for t in tag_text(body, PUBLISHED)] == ["1998", "2001", "2005"]
