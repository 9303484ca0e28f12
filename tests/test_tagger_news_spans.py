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
    ("Rents were half as high a decade or two ago.", TUE, [("a decade or two ago", "DATE", "201")]),
    # "over" after a verb of lasting is "more than", inside the span; elsewhere "during", outside
    ("The outage lasted over a week.", TUE, [("over a week", "DURATION", "P1W", "MORE_THAN")]),
    ("The road stayed shut for over six months.", TUE, [("over six months", "DURATION", "P6M", "MORE_THAN")]),
    ("The grant will be paid out over three years.", TUE, [("three years", "DURATION", "P3Y")]),
    # a second amount after "or" is its own expression
    ("The repair takes four days or two weeks.", TUE,
     [("four days", "DURATION", "P4D"), ("two weeks", "DURATION", "P2W")]),
]

UNSAID_DISTANCES: list[Row] = [
    # a bare plural unit that counts the distance to an event: a duration whose count is unsaid
    ("The driver was stopped at the border days after the robbery.", TUE, [("days", "DURATION", "PXD")]),
    ("Hours before the kickoff, the stadium lost power.", TUE, [("Hours", "DURATION", "PTXH")]),
    ("It may be years before the mine reopens.", TUE, [("years", "DURATION", "PXY")]),
    # a count or "the" opens the longer expression; "the first days" are no distance; a year after it
    ("Nine days after the robbery, he was freed.", TUE, [("Nine days", "DURATION", "P9D")]),
    ("In the first weeks after the flood, roads stayed shut.", TUE, []),
    ("The initial days after the landslide were chaotic.", TUE, []),
    ("The decades after 1945 were calm.", TUE, [("1945", "DATE", "1945")]),
]

THE_YEAR_SINGLED_OUT: list[Row] = [
    # the year a day, week or month is singled out of is the year written about, a date
    ("Friday was the wettest day of the year in the capital.", TUE, [("Friday", "DATE", "2022-09-09"),
                                                                     ("the year", "DATE", "2022")]),
    # the year of a results period stays a duration
    ("Net profit for the year rose 6%.", TUE, [("the year", "DURATION", "P1Y")]),
]

POSTS: list[Row] = [
    # an ordinal day of something keeps its ordinal in posts as in news
    ("omg the first day of uni tmrw lol", TUE,
     [("the first day", "DATE", "2022-09-13"), ("tmrw", "DATE", "2022-09-14")]),
]

NEWS_SPANS: list[Row] = [*TIME_NOUN_PHRASES, *ROUGH_AMOUNTS, *UNSAID_DISTANCES, *THE_YEAR_SINGLED_OUT, *POSTS]


@pytest.mark.parametrize(("sentence", "anchor", "expected"), NEWS_SPANS, ids=[row[0][:40] for row in NEWS_SPANS])
def test_news_spans(sentence: str, anchor: dt.date, expected: list[tuple[str, ...]]) -> None:
    """Each sentence's expressions have exactly these spans, types and values."""
    found = tag_text(sentence, anchor)
    assert [(t.text, t.type, t.value) for t in found] == [row[:3] for row in expected]
    for timex, row in zip(found, expected, strict=True):
        if len(row) > 3:
            assert timex.mod == row[3], f"{timex.text!r}: mod {timex.mod} != {row[3]}"
