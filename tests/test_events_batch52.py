"""Kinds of error found by held-out batch 52 (articles in formats other than Markdown: HTML pages
dated by their metadata, a `<time>` in a byline or a JSON-LD block, a press release and a wire story in
plain text, a schedule in a table), each row on a sentence written for this test, not the batch's
(tests/gold_events, batch 52)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import event_rows as rows
from timeline.read.text import dateline_date

PUBLISHED = dt.datetime(2025, 3, 12, 17, 30)  # a Wednesday, late afternoon


def span_of(body: str, words: str) -> tuple[str, str]:
    """The start and end of the event whose text holds the words."""
    event = rows.events_holding(body, words, PUBLISHED)[0]
    return event.start, event.end


# An all-number date whose order the numbers cannot tell is read the way the dateline's named day
# agrees with ("Published: 12/03/2025" over "March 12" is 12 March, not 3 December); a date the
# numbers settle, or one with no named day to agree with, is read as before.
@pytest.mark.parametrize(("head", "expected"), [
    ("Published: 12/03/2025\n\nOSTRAVEN, March 12 (Kestrel Wire) - Ferry crews walked out.", dt.datetime(2025, 3, 12)),
    ("Posted: 04/11/2024\n\nHALDEN, 4 November (Norpress) - The mayor resigned.", dt.datetime(2024, 11, 4)),
    ("Published: 03/12/2025\n\nOSTRAVEN, March 12 (Kestrel Wire) - Ferry crews walked out.", dt.datetime(2025, 3, 12)),
    ("Published: 12/03/2025\n\nFerry crews walked out at dawn.", dt.datetime(2025, 12, 3)),
    ("Published: 25/03/2025\n\nOSTRAVEN, March 25 (Kestrel Wire) - Ferry crews walked out.", dt.datetime(2025, 3, 25)),
])
def test_ambiguous_numeric_date_follows_the_named_day(head: str, expected: dt.datetime) -> None:
    assert dateline_date(head) == expected


# A past with no passive ("collapsed", "resigned") after a noun is the reported clause's own verb,
# not a reduced relative that only describes the noun: its day dates the event, not the report's.
@pytest.mark.parametrize(("body", "words", "expected"), [
    ("The union said talks with the ferry owners collapsed on Monday.", "collapsed",
     ("2025-03-10", "2025-03-10")),
    ("Residents said the chairman of the trust resigned on Friday.", "resigned", ("2025-03-07", "2025-03-07")),
    ("The index closed near the record high set on 6 February, the exchange said.", "record high",
     ("2025-03-12", "2025-03-12")),
])
def test_active_only_past_after_a_noun_dates_the_clause(body: str, words: str, expected: tuple[str, str]) -> None:
    assert span_of(body, words) == expected
