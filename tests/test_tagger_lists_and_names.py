"""Days listed after a month, and words that look like time but name something else.

Sentences written for this project (never corpus text); values follow the TimeML conventions of
tests/test_tagger_table.py: each listed day is its own expression, valued in the month named once.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tag.tagger import tag_text

THU = dt.date(2019, 2, 21)  # a Thursday

Row = tuple[str, dt.date, list[tuple[str, str, str]]]

LISTED_DAYS: list[Row] = [
    ("The ministers meet on June 11 and 12 in Oslo.", THU,
     [("June 11", "DATE", "2019-06-11"), ("12", "DATE", "2019-06-12")]),
    ("Hearings were held on Jan. 8, 10 and 15.", THU,
     [("Jan. 8", "DATE", "2019-01-08"), ("10", "DATE", "2019-01-10"), ("15", "DATE", "2019-01-15")]),
    ("Workshops run April 6 - 7, 13 - 14 and 20 - 21 (weekends only).", THU,
     [("April 6", "DATE", "2019-04-06"), ("7", "DATE", "2019-04-07"), ("13", "DATE", "2019-04-13"),
      ("14", "DATE", "2019-04-14"), ("20", "DATE", "2019-04-20"), ("21", "DATE", "2019-04-21")]),
    ("Ballots were counted on Nov. 3 or 4, 2016, officials said.", THU,
     [("Nov. 3", "DATE", "2016-11-03"), ("4, 2016", "DATE", "2016-11-04")]),
    ("The festival is on 9 and 10 May.", THU, [("9", "DATE", "2019-05-09"), ("10 May", "DATE", "2019-05-10")]),
    ("Clinics will open on 2, 4 and 6 March.", THU,
     [("2", "DATE", "2019-03-02"), ("4", "DATE", "2019-03-04"), ("6 March", "DATE", "2019-03-06")]),
    ("The siege lasted from 12 to 19 October 1812.", THU,
     [("12", "DATE", "1812-10-12"), ("19 October 1812", "DATE", "1812-10-19")]),
    ("Trade grew in the 16th and 17th centuries.", THU,
     [("the 16th", "DATE", "15"), ("17th centuries", "DATE", "16")]),
    ("Troops crossed the river on 3rd and 4th July 1863.", THU,
     [("3rd", "DATE", "1863-07-03"), ("4th July 1863", "DATE", "1863-07-04")]),
    ("The line was breached on the 8 and 9 August 1918.", THU,
     [("the 8", "DATE", "1918-08-08"), ("9 August 1918", "DATE", "1918-08-09")]),
    # a list's days are of one year, the year of the first, which the list's preposition governs
    ("No ferries run on 9 & 10 March.", dt.date(2024, 9, 2),
     [("9", "DATE", "2025-03-09"), ("10 March", "DATE", "2025-03-10")]),
    ("No ferries run on March 9, 10 and 12.", dt.date(2024, 9, 2),
     [("March 9", "DATE", "2025-03-09"), ("10", "DATE", "2025-03-10"), ("12", "DATE", "2025-03-12")]),
    ("No ferries ran on 9 and 10 March.", dt.date(2024, 9, 2),
     [("9", "DATE", "2024-03-09"), ("10 March", "DATE", "2024-03-10")]),
]

WEEKDAY_RANGES: list[Row] = [
    # a weekday that closes a range is the first such day after the one that opens it
    ("The clinic is open Monday-Friday this week.", dt.date(2019, 2, 20),
     [("Monday", "DATE", "2019-02-18"), ("Friday", "DATE", "2019-02-22"), ("this week", "DATE", "2019-W08")]),
    ("The fair will run Friday – Sunday in the park.", THU,
     [("Friday", "DATE", "2019-02-22"), ("Sunday", "DATE", "2019-02-24")]),
    ("shop open thurs-mon this week lol", dt.date(2019, 2, 22),
     [("thurs", "DATE", "2019-02-21"), ("mon", "DATE", "2019-02-25"), ("this week", "DATE", "2019-W08")]),
    # closed by a word too ("from Friday to Sunday", "between Friday and Sunday"), not after a date
    ("The fair runs from Friday to Sunday.", dt.date(2019, 2, 19),
     [("Friday", "DATE", "2019-02-22"), ("Sunday", "DATE", "2019-02-24")]),
    ("The fair runs between Friday and Sunday.", dt.date(2019, 2, 19),
     [("Friday", "DATE", "2019-02-22"), ("Sunday", "DATE", "2019-02-24")]),
    # a clock range after a day ends on that day
    ("Lecture moved to Thurs 2-4pm in room B12", dt.date(2019, 2, 19),
     [("Thurs", "DATE", "2019-02-21"), ("2", "TIME", "2019-02-21T14:00"), ("4pm", "TIME", "2019-02-21T16:00")]),
    ("Shares bought from Feb. 4 to Thursday rose.", dt.date(2019, 2, 22),
     [("Feb. 4", "DATE", "2019-02-04"), ("Thursday", "DATE", "2019-02-21")]),
]

NOT_LISTED: list[Row] = [
    # a count after a date is no day of a list ("March 3, 5 people"), nor a score before one
    ("On March 3, 5 people were hurt in the storm.", THU, [("March 3", "DATE", "2019-03-03")]),
    ("On Oct. 9, 12 of the miners were freed.", THU, [("Oct. 9", "DATE", "2018-10-09")]),
    ("The visitors won 3 to 1 on May 5, 2018.", THU, [("May 5, 2018", "DATE", "2018-05-05")]),
]

NAMES_AND_FRACTIONS: list[Row] = [
    # a fraction is no duration, unless it counts quarters of a year
    ("Farmers sell about three-quarters of their grain abroad.", THU, []),
    ("Two quarters of the orchard were flooded.", THU, []),
    ("Output fell over the first three quarters of the year.", THU,  # the year a date, as TimeBank marks it
     [("the first three quarters", "DURATION", "P3Q"), ("the year", "DATE", "2019")]),
    ("The firm turned a profit after several quarters of losses.", THU, [("several quarters", "DURATION", "PXQ")]),
    # a protest march named after its cause is no month; "May Allah …" is a blessing
    ("Nurses joined the annual March for Safer Wards downtown.", THU, []),
    ("Students organised a silent March against Hunger.", THU, []),
    ("They left in December for the first time since the flood.", THU, [("December", "DATE", "2018-12")]),
    ("Talks resume in March for the first time since the flood.", THU, [("March", "DATE", "2019-03")]),
    ("may Allah grant you patience, friend", THU, []),
    # a programme's title in quotes, its time noun capitalized, dates nothing; a title that says
    # more of the time keeps it, and a quoted sentence keeps its phrase
    ('The minister told NBC\'s "Next Week" that the vote would pass.', THU, []),
    ("She was interviewed on ''48 Hours'' about the case.", THU, []),
    ('He spoke on "This Month With Ann Lowe" about the strike.', THU, []),
    ('Veterans call the siege "Ninety Days of Rain" to this day.', THU, [("Ninety Days", "DURATION", "P90D")]),
    ('"This year we will build it," the mayor said.', THU, [("This year", "DATE", "2019")]),
]

CLOCKLESS_LATER: list[Row] = [
    # hours and minutes after a moment whose clock the text does not give: the duration they
    # say, "later" outside the span (TimeML); days and longer count from the story's day
    ("The levee broke before dawn. Three hours later the town was under water.", THU,
     [("Three hours", "DURATION", "PT3H")]),
    ("The bell rang and a minute and a half later the doors shut.", THU,
     [("a minute and a half", "DURATION", "PT1M30S")]),
    ("The mayor resigned on June 4, 2018. Two days later she left town.", THU,
     [("June 4, 2018", "DATE", "2018-06-04"), ("Two days later", "DATE", "2018-06-06")]),
    ("The mill flooded in May 2011; months later it was still shut.", THU,
     [("May 2011", "DATE", "2011-05"), ("months later", "DATE", "FUTURE_REF")]),
]

POSTS: list[Row] = [
    # a wish names the day ("have a good sunday"); a date written dd.mm.yy, two digits each
    ("have a good sunday everyone!! :)", dt.date(2019, 2, 24), [("sunday", "DATE", "2019-02-24")]),
    ("gallery trip 14.02.19 with the fam lol", THU, [("14.02.19", "DATE", "2019-02-14")]),
    ("finally updated to version 10.11.12 lol", THU, []),
    # posts write a month small and short with its day; "the other day", "ages ago" are past
    ("cant wait for dec 14th lol", THU, [("dec 14th", "DATE", "2019-12-14")]),
    ("got my results on 3rd feb haha", THU, [("3rd feb", "DATE", "2019-02-03")]),
    ("feb 3 people turned up lol", THU, []),
    ("bumped into him the other day lol", THU, [("the other day", "DATE", "PAST_REF")]),
    ("i deleted that app ages ago haha", THU, [("ages ago", "DATE", "PAST_REF")]),
    # "everyday" as an adverb, "rn", "atm", "2mrw", "yest"
    ("i swim everyday lol", THU, [("everyday", "SET", "P1D")]),
    ("everyday life is so boring lol", THU, []),
    ("cant talk rn, at the atm lol", THU, [("rn", "DATE", "PRESENT_REF")]),
    ("see u 2mrw!! had fun yest lol", THU, [("2mrw", "DATE", "2019-02-22"), ("yest", "DATE", "2019-02-20")]),
    # a post's day of the month after "on", whatever word follows; not an ordinal of something else
    ("dentist on the 26th ugh", THU, [("the 26th", "DATE", "2019-02-26")]),
    ("passed on the 3rd try lol", THU, []),
    # feasts written without their apostrophe
    ("happy valentines day to my fav person <3", dt.date(2019, 2, 14), [("valentines day", "DATE", "2019-02-14")]),
    ("cant wait for new years eve lol", THU, [("new years eve", "DATE", "2019-12-31")]),
    ("road trip this wknd!! then exams nxt week lol", THU,
     [("this wknd", "DATE", "2019-W08-WE"), ("nxt week", "DATE", "2019-W09")]),
]

OLD_YEARS: list[Row] = [
    # a year before 1900 with its edge ("early 1863", "mid-1776") in a news story's background;
    # a count of things is no year
    ("The canal, dug in early 1825, was widened in mid-1890.", THU,
     [("early 1825", "DATE", "1825"), ("mid-1890", "DATE", "1890")]),
    ("The duke marched in 1500 soldiers to hold the pass.", THU, []),
]

HISTORIES: list[Row] = [
    # a month of the year after the story's is one expression, valued in that year
    ("The mill burned in May 1871; it reopened in October of the following year.", THU,
     [("May 1871", "DATE", "1871-05"), ("October of the following year", "DATE", "1872-10")]),
]

STAMPS: list[Row] = [
    # a web page's stamp: the clock and its full date are one expression, the year included
    ("updated 9:05 AM EST, Tue January 8, 2019", THU,
     [("9:05 AM EST, Tue January 8, 2019", "TIME", "2019-01-08T09:05")]),
    ("The vote closed at 8 p.m., 4 November 2008, in every state.", THU,
     [("8 p.m., 4 November 2008", "TIME", "2008-11-04T20:00")]),
]

TAKING_EFFECT: list[Row] = [
    # a law or a fee that takes effect on a day looks ahead in the present tense, back in the past
    ("The new speed limits take effect Jan. 5.", THU, [("Jan. 5", "DATE", "2020-01-05")]),
    ("The smoking ban comes into force on Monday.", THU, [("Monday", "DATE", "2019-02-25")]),
    ("The smoking ban came into force on Monday.", THU, [("Monday", "DATE", "2019-02-18")]),
]

BARE_VERBS: list[Row] = [
    # after a modal or "to", "hit", "cut", "set" are bare verbs, not past forms: the future stays
    ("The cyclone will hit the coast on Saturday.", THU, [("Saturday", "DATE", "2019-02-23")]),
    ("The cyclone is due to hit the coast on Saturday.", THU, [("Saturday", "DATE", "2019-02-23")]),
    ("The cyclone hit the coast on Saturday.", THU, [("Saturday", "DATE", "2019-02-16")]),
]

NOW_THAT: list[Row] = [
    # "now that" is the present all the same, as TimeML annotates it
    ("Now that the levee is finished, the fields flood less.", THU, [("Now", "DATE", "PRESENT_REF")]),
    ("Farmers can plant again now that the water has gone.", THU, [("now", "DATE", "PRESENT_REF")]),
]

NEWS_VALUES: list[Row] = [
    # thousands written with commas count whole ("4,000", not "000"); a year before 1 is a year BC
    ("Potters worked on this hill 1,200 years ago.", THU, [("1,200 years ago", "DATE", "0819")]),
    ("The glacier retreated from the valley 4,000 years ago.", THU, [("4,000 years ago", "DATE", "BC1982")]),
    ("The drought has lasted 1,000 days.", THU, [("1,000 days", "DURATION", "P1000D")]),
    # a feast's name before a thing of the feast is an attribute, not a date
    ("Volunteers strung the Christmas lights along the pier.", THU, []),
    ("The town's Christmas tree was felled by the gale.", THU, []),
    ("Chocolate Easter eggs cost more this spring.", THU, [("this spring", "DATE", "2019-SP")]),
    ("The market will shut over Christmas.", THU, [("Christmas", "DATE", "2019-12-25")]),
    # "overnight" is the night before the day written about (TimeBank's TNI), tonight ahead
    ("The warehouses looted overnight were near the port.", THU, [("overnight", "TIME", "2019-02-20TNI")]),
    ("The bridge reopened on Tuesday; crews had worked overnight to repair it.", THU,
     [("Tuesday", "DATE", "2019-02-19"), ("overnight", "TIME", "2019-02-18TNI")]),
    ("Temperatures will plunge overnight, forecasters said.", THU, [("overnight", "TIME", "2019-02-21TNI")]),
    # one week of a month is that week (the ISO week holding most of it), not the whole month
    ("The ferry timetable changes in the first week of April.", THU, [("the first week of April", "DATE", "2019-W14")]),
    ("Orders slumped in the last week of November 2018.", THU,
     [("the last week of November 2018", "DATE", "2018-W48")]),
    ("Rents rose through the first two weeks of January.", THU,
     [("the first two weeks of January", "DATE", "2019-01")]),
    # a year and the next one's last two digits are two expressions, as TimeML corpora mark them
    # ("2007-08" in WikiWars), with a fiscal prefix too; the events layer joins them into one span
    ("Council tax rose in FY2019-20, the report said.", THU, [("FY2019", "DATE", "2019"), ("20", "DATE", "2020")]),
    ("Grants fell in fiscal 2016-17.", THU, [("fiscal 2016", "DATE", "2016"), ("17", "DATE", "2017")]),
    ("The 2016-17 season ended early.", THU, [("2016", "DATE", "2016"), ("17", "DATE", "2017")]),
    # "next weekend" is the weekend of next week, as tweets-train annotates it (a Tuesday's "next
    # weekend" is W+1), "this weekend" the coming one: from a Monday they are two weekends
    ("The regatta is this weekend and the fair is next weekend.", dt.date(2019, 2, 18),
     [("this weekend", "DATE", "2019-W08-WE"), ("next weekend", "DATE", "2019-W09-WE")]),
    # a present adjective of likelihood looks ahead ("are likely", "is possible")
    ("Thunderstorms are likely Saturday afternoon, the forecaster said.", THU,
     [("Saturday afternoon", "TIME", "2019-02-23TAF")]),
    ("A walkout is possible on Tuesday if talks fail.", THU, [("Tuesday", "DATE", "2019-02-26")]),
    ("A walkout was possible on Tuesday, union leaders said.", THU, [("Tuesday", "DATE", "2019-02-19")]),
]

NUMBER_LABELS: list[Row] = [
    # a capitalised label's number is its name, not a year; a small "rule" before a year is prose
    ("Item 1900 sold for twice its estimate on Monday.", THU, [("Monday", "DATE", "2019-02-18")]),
    ("Line 1950 of the ledger was struck out in 2004.", THU, [("2004", "DATE", "2004")]),
    ("Exhibit 1999 was shown to the jury.", THU, []),
    ("The clerk read out House Bill 1106.", THU, []),
    ("Taxpayers attach Form 1040 by April 15.", THU, [("April 15", "DATE", "2019-04-15")]),
    ("Chapter 2012 of the code governs ferries.", THU, []),
    ("Villagers rose against colonial rule 1972, the museum says.", THU, [("1972", "DATE", "1972")]),
    ("The treaty was signed in 1999.", THU, [("1999", "DATE", "1999")]),
]


def _tags(text: str, anchor: dt.date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, anchor)]


ROWS = (LISTED_DAYS + WEEKDAY_RANGES + NOT_LISTED + NAMES_AND_FRACTIONS + NOW_THAT + CLOCKLESS_LATER + POSTS + STAMPS
        + TAKING_EFFECT + BARE_VERBS + OLD_YEARS + HISTORIES + NEWS_VALUES + NUMBER_LABELS)


@pytest.mark.parametrize(("text", "anchor", "expected"), ROWS)
def test_tagger_lists_and_names(text: str, anchor: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert _tags(text, anchor) == expected


def test_a_clock_time_still_to_come_today_is_today_after_a_later_day() -> None:
    """A bulletin written at 5 p.m.: "at 11 p.m." ahead is tonight, though a later day was named;
    a time already past today is on that day."""
    written = dt.datetime(2019, 2, 21, 17, 0)
    tonight = "Gales will reach the coast on Saturday. The next bulletin will be issued at 11 p.m."
    assert _tags(tonight, written)[-1] == ("11 p.m.", "TIME", "2019-02-21T23:00")  # type: ignore[arg-type]
    that_day = "The summit opens on Saturday. Leaders will arrive at 10 a.m."
    assert _tags(that_day, written)[-1] == ("10 a.m.", "TIME", "2019-02-23T10:00")  # type: ignore[arg-type]


def test_a_feature_that_tells_a_history_keeps_this_month_and_its_clock_times_now() -> None:
    """A news feature whose years are mostly long gone reads as a history, but "this month" is the
    month of writing, and a bare clock time after it is not on a day of the story."""
    feature = ("The boathouse on Quay Street was built in 1911 and shut in 1959. A club leased it in 1972, "
               "storms wrecked it in 1987 and 1998, and the trust took it over in 2006. Volunteers began "
               "repairs this month. The first crews will row out at 8 a.m.")
    assert _tags(feature, THU)[-2:] == [("this month", "DATE", "2019-02"), ("8 a.m.", "TIME", "2019-02-21T08:00")]
    news = "The ferry service began on June 4, 2016. The new timetable will start at 6 a.m."
    assert _tags(news, THU)[-1] == ("6 a.m.", "TIME", "2019-02-21T06:00")

