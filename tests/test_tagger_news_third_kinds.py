"""The kinds the third batch of held-out news (tests/test_tagger_news_heldout_third.py) found wrong,
and those a probe of common news phrasing found after it, each fixed by a general rule, in
sentences of their own anchored on Thursday 2019-02-21 (each row but the counter-examples, marked,
tagged otherwise before its rule).

Every corpus figure held or rose with them: tbaq-cleaned 90.3 / 95.0 / 82.6 (value 1526 of 1822
right) → 90.3 / 95.0 / 82.6 (1527: "a year earlier" set against the quarter named in its own
sentence), tweets-train 91.9 / 97.5 / 75.0 and wikiwars-train 92.0 / 96.7 / 89.5 unchanged, event
dating on tests/gold_events unchanged (0.885 / 0.982 / 0.973).
"""

from __future__ import annotations

import pytest

from tests.heldout import tagged

Rows = list[tuple[str, str, str]]

KINDS: list[tuple[str, Rows]] = [
    # "the following weeks" after a past day: a stretch after it, not the writer's future
    ("The storm struck on July 14, 2018. Over the following weeks, volunteers cleared the mud.",
     [("July 14, 2018", "DATE", "2018-07-14"), ("the following weeks", "DURATION", "PXW")]),
    ("In the ensuing months the firm shed 300 jobs.", [("the ensuing months", "DURATION", "PXM")]),
    ("Rates will fall in the coming weeks.", [("the coming weeks", "DATE", "FUTURE_REF")]),  # still the future
    # a "financial year", "fiscal" as a noun, "calendar 2027"
    ("Profit fell from $2 billion in the previous financial year.",
     [("the previous financial year", "DATE", "2018")]),
    ("The bank lowered its inflation projection for the current fiscal to 3.1 per cent.",
     [("the current fiscal", "DATE", "2019")]),
    ("The current fiscal deficit is large.", []),  # "fiscal" before its own noun
    ("For the 2026 financial year, it expects to ship more ore.", [("the 2026 financial year", "DATE", "2026")]),
    ("The port is due to open in the second half of calendar 2027.",
     [("the second half of calendar 2027", "DATE", "2027-H2")]),
    # a half named by its last month, the holiday quarter
    ("Sales in the December half rose 4 per cent.", [("the December half", "DATE", "2018-H2")]),
    ("Revenue for the holiday quarter rose 14 percent.", [("the holiday quarter", "DATE", "2018-Q4")]),
    # a market line's "on the week." and "on the day." (the week and day the story has reached)
    ("Stocks rallied on Friday but posted declines on the week.",
     [("Friday", "DATE", "2019-02-15"), ("the week", "DATE", "2019-W07")]),
    ("Brent settled at $70.58 on Friday, up 1% on the day, and gained 0.3% for the week.",
     [("Friday", "DATE", "2019-02-15"), ("the day", "DATE", "2019-02-15"), ("the week", "DATE", "2019-W07")]),
    ("He wore a suit on the day of the wedding.", []),  # not closing its phrase
    # a week named by its last day, "mid-year"
    ("Cases peaked in the week ending Feb. 16 with 148 new infections.",
     [("the week ending Feb. 16", "DATE", "2019-W07")]),
    ("A new El Nino could develop by mid-year.", [("mid-year", "DATE", "2019")]),
    ("Temperatures will climb through midweek.", [("midweek", "DATE", "2019-W08")]),
    ("The update will roll out later this spring.", [("later this spring", "DATE", "2019-SP")]),
    ("Payments are made twice yearly.", [("twice yearly", "SET", "P1Y")]),
    # an early or late part of the day the story has reached
    ("By late afternoon, the rally had faded.", [("late afternoon", "TIME", "2019-02-21TAF")]),
    ("Voting began on Oct. 4, 2016. By late afternoon, turnout was high.",
     [("Oct. 4, 2016", "DATE", "2016-10-04"), ("late afternoon", "TIME", "2016-10-04TAF")]),
    ("Shares fell in late morning trade.", []),  # before a noun
    # a unit's edge told in the past after the story moved to a day of another month is the story's
    ("The factory closed on March 3, 2016. By the end of the month the workers had left. That summer, the "
     "site was sold.",
     [("March 3, 2016", "DATE", "2016-03-03"), ("the end of the month", "DATE", "2016-03"),
      ("That summer", "DATE", "2016-SU")]),
    ("The factory closed on March 3, 2016. The owner said the flats will be finished by the end of the year.",
     [("March 3, 2016", "DATE", "2016-03-03"), ("the end of the year", "DATE", "2019")]),  # ahead: of writing
    ("Both stores closed by the end of the month.", [("the end of the month", "DATE", "2019-02")]),
    # figures for a month are of a month already over, whatever is said of their release
    ("Retail sales data for December, delayed by the shutdown, is due next week.",
     [("December", "DATE", "2018-12"), ("next week", "DATE", "2019-W09")]),
    ("Figures for January will be published on Friday.",
     [("January", "DATE", "2019-01"), ("Friday", "DATE", "2019-02-22")]),
    # a feast with its year counted from now, one expression as "June last year" is
    ("On Valentine's Day last year, 17 people died.", [("Valentine's Day last year", "DATE", "2018-02-14")]),
    ("Shops will open on Christmas Day next year.", [("Christmas Day next year", "DATE", "2020-12-25")]),
    ("Fans packed the ground for a midweek match.", []),  # any week's
    # a kind of newspaper, a fiscal event's name
    ("A poll for the Sunday papers put Labour ahead.", []),
    ("The last Autumn Statement, in 2022, raised taxes.", [("2022", "DATE", "2022")]),
    ("Taxes will rise after the Spring Budget.", []),
    ("The plant closed last autumn.", [("last autumn", "DATE", "2018-FA")]),
    # a match's quarter; the year a thing is the best or worst of
    ("He was hurt in the third quarter of Friday night's 40-point victory.",
     [("Friday night", "TIME", "2019-02-15TNI")]),
    ("Profit rose in the third quarter of the year.",
     [("the third quarter", "DATE", "2018-Q3"), ("the year", "DURATION", "P1Y")]),  # unchanged
    ("It was the club's best win of the year.", [("the year", "DATE", "2019")]),
    ("Shares posted their biggest single-day gain of the year.", [("the year", "DATE", "2019")]),
    # "a year earlier" is set against the quarter or half named before it in its sentence, else
    # against the first quarter the text named (the results')
    ("Sales rose 6% in the first half from a year earlier.",
     [("the first half", "DATE", "2018-H1"), ("a year earlier", "DATE", "2017-H1")]),
    ("Shipments in the December half will be stronger than a year ago.",
     [("the December half", "DATE", "2019-H2"), ("a year ago", "DATE", "2018-H2")]),
    ("Delta's profit rose in the fiscal first quarter. Separately, America West reported third-quarter "
     "profit of $5.8 million, from $4 million a year earlier.",
     [("the fiscal first quarter", "DATE", "2019-Q1"), ("third-quarter", "DATE", "2018-Q3"),
      ("a year earlier", "DATE", "2017-Q3")]),
    ("Profit rose in the fourth quarter. Net income was $5 million, against $4 million a year earlier.",
     [("the fourth quarter", "DATE", "2018-Q4"), ("a year earlier", "DATE", "2017-Q4")]),
    # this year so far
    ("The S&P 500 is now down 4.1% year-to-date.", [("now", "DATE", "PRESENT_REF"), ("year-to-date", "DATE", "2019")]),
    ("Volume in the year to date is down.", [("the year to date", "DATE", "2019")]),
    # a forecast reported in the past, and a demand's subjunctive, look ahead
    ("Analysts said one more cut was likely by December.", [("December", "DATE", "2019-12")]),
    ("Labour demanded that MPs be recalled before Christmas.", [("Christmas", "DATE", "2019-12-25")]),
    ("The union urged that the vote be held on Monday.", [("Monday", "DATE", "2019-02-25")]),
    ("He said it had to be finished by Friday.", [("Friday", "DATE", "2019-02-15")]),  # an obligation past
    # a season as an object before a closing quote
    ("Labour said the government had \"wasted the summer\" and demanded a recall.",
     [("the summer", "DATE", "2018-SU")]),
    # a season after what it is like (the adjective outside), as "the summer" is
    ("Ministers braced for a difficult winter.", [("winter", "DATE", "2019-WI")]),
    ("Northgate earned $84 million, helped by a hot summer, after a loss.", [("summer", "DATE", "2018-SU")]),
    ("It was a hot summer day.", []),  # the day's
    ("Fears of a nuclear winter grew.", []),
    ("They bathed in a hot spring.", []),
    # a present negated until a time looks ahead, whatever the reporting verb says
    ("\"The finals don't start until September,\" he said.", [("September", "DATE", "2019-09")]),
    ("Shops do not open until March, the council said.", [("March", "DATE", "2019-03")]),
    ("He didn't know until September, he said.", [("September", "DATE", "2018-09")]),
    # a day that bounds a stretch is not where the story stands: a later clock is the day of writing's
    ("Profit for the 12 months to Dec. 31 rose 9 per cent. Shares fell 4 per cent by midday.",
     [("the 12 months", "DURATION", "P12M"), ("Dec. 31", "DATE", "2018-12-31"),
      ("midday", "TIME", "2019-02-21T12:00")]),
    ("Sales have doubled since Feb. 4. The index closed at noon.",
     [("Feb. 4", "DATE", "2019-02-04"), ("noon", "TIME", "2019-02-21T12:00")]),
    ("The strike began on Feb. 4. By midday the port was shut.",
     [("Feb. 4", "DATE", "2019-02-04"), ("midday", "TIME", "2019-02-04T12:00")]),  # the story's day
]

# A promise's own time has come: "promised in [August] that …" is the August before (written in
# July), while what is promised through an infinitive lies ahead (anchored on 2025-07-15).
PROMISES: list[tuple[str, Rows]] = [
    ("The premier promised in August that every family would be back.", [("August", "DATE", "2024-08")]),
    ("The premier promised to rebuild the homes by August.", [("August", "DATE", "2025-08")]),
    ("Officials urged on Monday that the valley be evacuated.", [("Monday", "DATE", "2025-07-14")]),
]


@pytest.mark.parametrize(("text", "expected"), KINDS, ids=[row[0][:40] for row in KINDS])
def test_a_kind_the_third_news_batch_found_is_tagged(text: str, expected: Rows) -> None:
    assert tagged(text, "2019-02-21") == expected


@pytest.mark.parametrize(("text", "expected"), PROMISES, ids=[row[0][:40] for row in PROMISES])
def test_a_promise_is_dated_by_its_own_time(text: str, expected: Rows) -> None:
    assert tagged(text, "2025-07-15") == expected
