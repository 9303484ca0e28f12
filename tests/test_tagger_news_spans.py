"""Where a news TIMEX3 starts and ends: the boundary kinds TimeML fixes and the tagger once cut short
or ran long (issue 15). Sentences written for this project; conventions as tests/test_tagger_table.py.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tag.tagger import tag_text

TUE = dt.date(2022, 9, 13)  # a Tuesday

Row = tuple[str, dt.date, list[tuple[str, ...]]]

TIME_NOUN_PHRASES: list[Row] = [
    # a count's unit as an adjective before a noun that is itself a stretch of time: the whole phrase
    ("Bus fares rose twice over a three-year period.", TUE, [("a three-year period", "DURATION", "P3Y")]),
    ("The governor ends her four-year term in January.", TUE,
     [("four-year term", "DURATION", "P4Y"), ("January", "DATE", "2023-01")]),
    ("Arrests doubled during the same 60-day span.", TUE, [("the same 60-day span", "DURATION", "P60D")]),
    # before any other noun the adjective alone
    ("The senator returned from a ten-day tour.", TUE, [("ten-day", "DURATION", "P10D")]),
]

ROUGH_AMOUNTS: list[Row] = [
    # "or so", "or two" after an amount or a date belong to it and make it approximate
    ("The ferry may stay docked for a week or two.", TUE, [("a week or two", "DURATION", "P1W", "APPROX")]),
    ("The depot will be rebuilt over the next year or so.", TUE, [("the next year or so", "DATE", "2023", "APPROX")]),
    ("The old bridge went up in 1962 or so.", TUE, [("1962 or so", "DATE", "1962", "APPROX")]),
    # a second amount after "or" is its own expression
    ("The repair takes four days or two weeks.", TUE,
     [("four days", "DURATION", "P4D"), ("two weeks", "DURATION", "P2W")]),
]

NEWS_SPANS: list[Row] = [*TIME_NOUN_PHRASES, *ROUGH_AMOUNTS]


@pytest.mark.parametrize(("sentence", "anchor", "expected"), NEWS_SPANS, ids=[row[0][:40] for row in NEWS_SPANS])
def test_news_spans(sentence: str, anchor: dt.date, expected: list[tuple[str, ...]]) -> None:
    """Each sentence's expressions have exactly these spans, types and values."""
    found = tag_text(sentence, anchor)
    assert [(t.text, t.type, t.value) for t in found] == [row[:3] for row in expected]
    for timex, row in zip(found, expected, strict=True):
        if len(row) > 3:
            assert timex.mod == row[3], f"{timex.text!r}: mod {timex.mod} != {row[3]}"
