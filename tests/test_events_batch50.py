"""Kinds of dating error found by held-out batch 50 (scraped web news as archives hold it: a live
page under "Updated 14:32 GMT" stamps with "Key points", a transcript with speaker cues, a business
story with a table of quarterly figures, a match report with the next fixture), each row on a
sentence written for this test, not the batch's (tests/gold_events, batch 50)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import event_rows as rows

PUBLISHED = dt.datetime(2025, 3, 12, 17, 30)  # a Wednesday, late afternoon


def spans(body: str) -> list[tuple[str, str]]:
    return rows.event_spans(body, PUBLISHED)


def span_of(body: str, words: str) -> tuple[str, str]:
    """The start and end of the event whose text holds the words."""
    event = rows.events_holding(body, words, PUBLISHED)[0]
    return event.start, event.end


# A speaker cue in capitals is cut, and what the speaker reports is dated as any quotation is
# (it had been skipped as boilerplate); a name in brackets after the role is no month.
@pytest.mark.parametrize(("body", "words", "expected"), [
    ("HOST: Good to have you here.\n\nDR ADEYEMI: We closed the ward on Monday.\n\nHOST: And now?",
     "closed the ward", ("2025-03-10", "2025-03-10")),
    ("PRESENTER (MAY LEE): The porters walked out on Friday.\n\nBOYD: They did.", "porters walked out",
     ("2025-03-07", "2025-03-07")),
    ("COUNCILLOR HART: I met the residents last night.\n\nREPORTER: Why?\n\nHART: To listen.", "met the residents",
     ("2025-03-11", "2025-03-11")),
])
def test_a_speakers_words_are_dated_without_the_cue(body: str, words: str, expected: tuple[str, str]) -> None:
    assert span_of(body, words) == expected


def test_a_transcript_notice_dates_nothing() -> None:
    body = "*This is a transcript of a phone-in broadcast at 9am on Tuesday. It has been edited for length.*"
    assert spans(body) == []


# "Updated 16:10 GMT" as a paragraph of its own heads its update, as a bold stamp does: a clock
# of the update's own is its time; a day named in an earlier update moves none of its clocks; a
# bold heading under the page's stamp is no event.
def test_a_worded_stamp_heads_its_update() -> None:
    body = ("Updated 16:10 GMT\n\nThe first ferry on Thursday leaves at 06:30.\n\n"
            "Updated 15:20 GMT\n\nA pylon fell near Arnby at about 14:40, the grid says. "
            "Power is not expected back until 19:00.\n\n"
            "Updated 11:05 GMT\n\nThe harbour company has closed the car park for the rest of the day.")
    assert span_of(body, "pylon fell") == ("2025-03-12T14:40", "2025-03-12T14:40")
    assert span_of(body, "not expected back") == ("2025-03-12T19:00", "2025-03-12T19:00")
    assert span_of(body, "closed the car park") == ("2025-03-12T11:05", "2025-03-12T11:05")


def test_a_bold_heading_under_a_pages_stamp_is_no_event() -> None:
    body = "Updated 15:20 GMT\n\n**Key points**\n\n- A pylon fell near Arnby at 14:40"
    assert rows.event_texts(body, PUBLISHED) == ["A pylon fell near Arnby at 14:40"]


# A table's row of figures under a short label is a period's statistics; a row with words is not.
@pytest.mark.parametrize(("body", "expected"), [
    ("| Quarter | Sales (£m) | Profit (£m) |\n|---|---|---|\n| Q4 2024 | 310 | 41 |\n| Q1 2025 | 298 | 37 |", []),
    ("| Year | Visitors |\n|---|---|\n| 2023-24 | 41,200 |", []),
    ("| Date | What happened |\n|---|---|\n| 3 Feb | Union announces ballot |", [("2025-02-03", "2025-02-03")]),
])
def test_a_row_of_figures_is_no_event(body: str, expected: list[tuple[str, str]]) -> None:
    assert spans(body) == expected


# A fixture's weekday with its kick-off in brackets is the coming one, at that clock.
@pytest.mark.parametrize(("body", "expected"), [
    ("Ashby travel to Corran on Saturday (15:00).", ("2025-03-15T15:00", "2025-03-15T15:00")),
    ("Ashby host Corran on Friday (7.45pm), while Corran visit Lowther next week.",
     ("2025-03-14T19:45", "2025-03-14T19:45")),
])
def test_a_fixtures_weekday_with_its_kick_off_in_brackets(body: str, expected: tuple[str, str]) -> None:
    assert spans(body)[0] == expected


def test_a_past_weekday_with_a_clock_in_brackets_stays_past() -> None:
    assert spans("Ashby lost at Corran on Saturday (15:00).") == [("2025-03-08T15:00", "2025-03-08T15:00")]
