"""Event dating kinds the lead took from the gold set's remaining errors in session 15 (issue 14).
Sentences written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.event_rows import event_spans

PUBLISHED = dt.datetime(2025, 3, 13, 9, 0)  # a Thursday morning


@pytest.mark.parametrize(("body", "expected"), [
    # a year between a determiner and a thing or people it names dates no event
    ("Cinema\n\nThe remake opened on Friday.\n\nThe 2003 film it remakes took $40 million in its first week.",
     [("2025-03-07", "2025-03-07")]),
    ("Cup\n\nRovers lost on Tuesday.\n\nThe 2021 champions have won only two of their last nine.",
     [("2025-03-11", "2025-03-11")]),
    ("Show\n\nThe show closed on Sunday.\n\nThe 1994 winner, Ada Vell, handed over the cup.",
     [("2025-03-09", "2025-03-09")]),
    ("Cellar\n\nThe harvest ended on Monday.\n\nTheir 2020 vintage has sold out.", [("2025-03-10", "2025-03-10")]),
    # but the clause's own date still dates it
    ("Cup\n\nThe 2021 champions were knocked out on Tuesday.", [("2025-03-11", "2025-03-11")]),
    # and a year before a happening still does, when nothing else does
    ("Raid\n\nThe 2019 raid on the depot was never solved.", [("2019-01-01", "2019-12-31")]),
    # a figure counted over a year or a decade is a statistic of the period, no event
    ("Ferry\n\nThe new ferry entered service on Monday.\n\nThe old one carried 1.2 million passengers in 2024.",
     [("2025-03-10", "2025-03-10")]),
    ("Library\n\nThe library reopened on Saturday.\n\nIn the 1990s it lent 40,000 books a year.",
     [("2025-03-08", "2025-03-08")]),
    # the clause after "and has" is its own: the first clause's year still dates it
    ("Runway\n\nThe runway was resurfaced in 2011 and has handled 900,000 movements since.",
     [("2011-01-01", "2011-12-31")]),
    # results a company reports for a year stay dated (news dates them by their period)
    ("Results\n\nThe brewer earned $4 million in 2024.", [("2024-01-01", "2024-12-31")]),
])
def test_dates_of_events(body: str, expected: list[tuple[str, str]]) -> None:
    assert event_spans(body, PUBLISHED) == expected
