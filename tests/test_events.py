"""Events stage: governing expressions, details, boilerplate, upcoming and headlines."""

from __future__ import annotations

import datetime as dt

from timeline.events import extract_events, headline, is_boilerplate
from timeline.read import read_text

PUBLISHED = dt.datetime(2021, 6, 10, 12, 0)  # a Thursday


def events_of(body: str, published: dt.datetime = PUBLISHED):
    return extract_events(read_text(body, date=published))


def test_sentence_with_a_date_is_an_event_dated_by_it() -> None:
    [event] = events_of("The harbour authority raised fees on Monday.")
    assert (event.start, event.end, event.granularity) == ("2021-06-07", "2021-06-07", "day")
    assert event.time_text == "Monday"
    assert not event.upcoming


def test_quote_and_attribution_are_details_not_events() -> None:
    events = events_of(
        "The mayor resigned yesterday. \u201cIt was time,\u201d she said. She will stay on until a successor is found."
    )
    assert len(events) == 1
    assert events[0].details[0].startswith("\u201cIt was time")
    assert len(events[0].details) == 2


def test_background_sentence_without_time_is_not_an_event() -> None:
    events = events_of("Ferries carry most of the island's food. Prices rose last month.")
    assert [e.time_text for e in events] == ["last month"]
    assert events[0].details == []


def test_boilerplate_lines_are_never_events() -> None:
    events = events_of("Related: the strike in 2019\nWorkers walked out on Tuesday.\nRead more: Talks begin tomorrow")
    assert [e.time_text for e in events] == ["Tuesday"]


def test_boilerplate_patterns() -> None:
    assert is_boilerplate("Read more: Huawei results today")
    assert is_boilerplate("By Jane Smith, Science Correspondent")
    assert is_boilerplate("© 2021 The Daily Planet")
    assert is_boilerplate("Sign up for our newsletter")
    assert not is_boilerplate("By Tuesday the river had risen two metres.")


def test_month_level_event_keeps_month_granularity() -> None:
    [event] = events_of("The factory closed in March 2020.")
    assert (event.start, event.end, event.granularity) == ("2020-03-01", "2020-03-31", "month")


def test_coming_weeks_is_upcoming_and_approximate() -> None:
    [event] = events_of("The regulator will publish its findings in the coming weeks.")
    assert event.upcoming and event.approximate
    assert "2021-06-10" < event.start <= event.end <= "2021-08-31"


def test_later_today_is_upcoming_but_earlier_today_is_not() -> None:
    earlier, later = events_of("Earlier today the union rejected the offer. Later today the board will respond.")
    assert not earlier.upcoming
    assert later.upcoming


def test_expression_inside_a_quote_does_not_date_the_sentence_when_another_does() -> None:
    [event] = events_of("\u201cWe need the money now,\u201d the governor said on Tuesday.")
    assert event.time_text == "Tuesday"


def test_state_bound_yields_to_the_event_time() -> None:
    [event] = events_of("The ferry, which has run since March, will stop on July 12.")
    assert event.time_text == "July 12"
    assert event.upcoming


def test_headline_drops_time_phrase_and_its_preposition() -> None:
    sentence = "The council voted on Tuesday to close the library."
    start = sentence.index("Tuesday")
    assert headline(sentence, start, start + len("Tuesday")) == "The council voted to close the library"


def test_headline_is_cut_to_a_few_words() -> None:
    sentence = "Officials " + "said many things " * 10 + "yesterday."
    label = headline(sentence)
    assert label.endswith("…") and len(label.split()) <= 15
