"""Values in histories and posts that the error kinds of wikiwars-train and tweets-train pointed
to (issue 15): tagger-table rows, each sentence written for this project in its own wording.

Rows are (text, genre, expected [(text, type, value), ...]) anchored on Thursday 2019-02-21;
a row lists every expression its text holds.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tag.tagger import tag_text

THU = dt.date(2019, 2, 21)

Row = tuple[str, str, list[tuple[str, str, str]]]

ROWS: list[Row] = [
    # a day of the month with its year after "of": the year written, or the one the story named
    ("The charter was sealed in 1215. The barons met again on June 19 of that year.", "narrative",
     [("1215", "DATE", "1215"), ("June 19 of that year", "DATE", "1215-06-19")]),
    ("In 1588 the fleet sailed north; it was scattered by the 8th of August of the same year.", "narrative",
     [("1588", "DATE", "1588"), ("the 8th of August of the same year", "DATE", "1588-08-08")]),
    ("The strike committee first met on October 2 of 1919 in a rented hall.", "news",
     [("October 2 of 1919", "DATE", "1919-10-02")]),
    # a bare season lies where a month would: up to a quarter before the story, else ahead of it
    ("The rebels took the pass in June 1745. They had been refused help in spring.", "narrative",
     [("June 1745", "DATE", "1745-06"), ("spring", "DATE", "1745-SP")]),
    # a history's "following days" and "coming years" are a stretch after the story's time
    ("The dam broke in 1889, and over the following days the valley flooded.", "narrative",
     [("1889", "DATE", "1889"), ("the following days", "DURATION", "PXD")]),
    ("Peace was signed in 1713, though in the coming decades the frontier burned again.", "narrative",
     [("1713", "DATE", "1713"), ("the coming decades", "DURATION", "PXY")]),
    ("Prices should ease over the coming weeks, the minister said.", "news",
     [("the coming weeks", "DATE", "FUTURE_REF")]),
    # days of months BC, and years of the common era marked AD or CE
    ("The consul was killed on 24 June 217 BC beside the lake.", "narrative",
     [("24 June 217 BC", "DATE", "BC0217-06-24")]),
    ("The wall was begun in AD 122 and abandoned around 160 AD.", "narrative",
     [("AD 122", "DATE", "0122"), ("around 160 AD", "DATE", "0160")]),
    # a day counted from a day the story never named lies in its latest month
    ("The siege opened in the summer of 1683. In September a relief army arrived, and the next morning "
     "it attacked.", "narrative",
     [("the summer of 1683", "DATE", "1683-SU"), ("September", "DATE", "1683-09"),
      ("the next morning", "TIME", "1683-09-XXTMO")]),
    # after a story known to its year only, "the following" and "the previous" reach another year
    ("The guild was chartered in 1402. The following spring its hall was built.", "narrative",
     [("1402", "DATE", "1402"), ("The following spring", "DATE", "1403-SP")]),
    ("The mint reopened in 1560. The previous autumn its masters had fled.", "narrative",
     [("1560", "DATE", "1560"), ("The previous autumn", "DATE", "1559-FA")]),
    # a month after a preposition of time is the month, even before a pronoun
    ("The rains began in 1902. In May it flooded the delta.", "narrative",
     [("1902", "DATE", "1902"), ("May", "DATE", "1902-05")]),
    ("May it never happen again.", "news", []),
    # "the day following" counts from the story's day; some words that only look like dates
    ("The garrison yielded on 12 April 1861, and the day following saw the flag lowered.", "narrative",
     [("12 April 1861", "DATE", "1861-04-12"), ("the day following", "DATE", "1861-04-13")]),
    ("Both a truce and a retreat were debated in 1812; the generals chose the former, the roads being frozen.",
     "narrative", [("1812", "DATE", "1812")]),
    ("In 1798 the rebels lost 1300 wounded at the river.", "narrative", [("1798", "DATE", "1798")]),
    ("Snow fell in the capital as recently as 2012.", "news", [("2012", "DATE", "2012")]),
    ("In 1864 the army began its \"March to the Coast\" from the burning city.", "narrative",
     [("1864", "DATE", "1864")]),
    # seasons of any year, days of the story's month, "N years before," and the parts of a dated day
    ("The regiment reached the river in November 1776 and went into winter quarters.", "narrative",
     [("November 1776", "DATE", "1776-11"), ("winter", "DATE", "XXXX-WI")]),
    ("The envoys landed on 3 March 1854. Talks ran from the 9th to the 14th.", "narrative",
     [("3 March 1854", "DATE", "1854-03-03"), ("the 9th", "DATE", "1854-03-09"), ("the 14th", "DATE", "1854-03-14")]),
    ("The canal opened in 1825. Four years before, the first cut was made.", "narrative",
     [("1825", "DATE", "1825"), ("Four years before", "DATE", "1821")]),
    ("The city fell in May 1453; in the early morning hours of 29 May the gates were forced.", "narrative",
     [("May 1453", "DATE", "1453-05"), ("the early morning hours of 29 May", "TIME", "1453-05-29TMO")]),
    # "the following year" goes on from the story, past a year named in passing, back in time
    ("The duke invaded in 1346, claiming lands held since 1259. The following year he besieged the port.",
     "narrative", [("1346", "DATE", "1346"), ("1259", "DATE", "1259"), ("The following year", "DATE", "1347")]),
    # a clock before its day, past a place's time or after another dated day
    ("The ferry sank at 11 p.m. local time on Friday, the coastguard said.", "news",
     [("11 p.m.", "TIME", "2019-02-15T23:00"), ("Friday", "DATE", "2019-02-15")]),
    ("The launch slipped to May 3, 2019 (10:15 p.m., May 2 in Houston).", "news",
     [("May 3, 2019", "DATE", "2019-05-03"), ("10:15 p.m., May 2", "TIME", "2019-05-02T22:15")]),
    # halves written as fractions, and ages written out in posts and histories
    ("The ferry crossing takes 1/2 hour in calm seas.", "news", [("1/2 hour", "DURATION", "PT30M")]),
    ("we got a ½ day off!! #friyay", "colloquial", [("a ½ day", "DURATION", "PT12H")]),
    ("our kitten is 7 weeks old and already a menace lol", "colloquial",
     [("7 weeks old", "DURATION", "P7W")]),
    ("The drummer boy of 1862 was barely twelve years old.", "narrative",
     [("1862", "DATE", "1862"), ("twelve years old", "DURATION", "P12Y")]),
]


@pytest.mark.parametrize(("text", "genre", "expected"), ROWS, ids=[f"{row[1]}:{row[0][:40]}" for row in ROWS])
def test_history_and_post_values(text: str, genre: str, expected: list[tuple[str, str, str]]) -> None:
    found = tag_text(text, THU, genre=genre)
    assert [(t.text, t.type, t.value) for t in found] == expected
