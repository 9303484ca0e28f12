"""Held-out posts, second batch (issue 15): registers the first batch (test_tagger_posts_heldout.py)
does not cover — gig and club promoters, fans posting a match as it happens, shop notices, travel
complaints to an airline or a train company, streaming and gaming, school and parent groups,
weather watchers, fitness logs, cooking and meal prep, crypto and stock chatter, English written
by non-native speakers, all capitals, emoji and hashtags. Each was written for this project, with
its own creation date, and annotated by hand with TIMEX3 (text, type, value) before the tagger was
run on it. They are tagged as `timeline tag FILE --date DCT` tags a post (`--genre auto`).

Scored before any rule for them: 52 of the 83 rows right (157 expressions annotated, 143 found;
133 strict and 138 relaxed matches, 117 values right: strict F1 0.887, relaxed 0.920, value 0.780),
against 76 of 81 for the first batch at the time (0.975 / 0.992 / 0.959). The rules written after
them (and tweets-train's conventions for "soon" and "sunset", the sunrise row re-annotated to the
latter) took them to 66 of 83 (159 expressions: 0.945 / 0.945 / 0.860).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.heldout import held_out_row, known_miss, names_rows, tagged
from timeline.tag.tagger import tag_text

Row = tuple[str, str, list[tuple[str, str, str]]]

POSTS: list[Row] = [
    # promoters
    ("DOORS 10PM ▶️ £5 before midnight, £8 after. This Saturday @ The Vaults 🔊🔊", "2019-11-13",
     [("10PM", "TIME", "2019-11-16T22:00"), ("midnight", "TIME", "2019-11-16T24:00"),
      ("This Saturday", "DATE", "2019-11-16")]),
    ("Friday 6th Dec - FOAM PARTY w/ DJ Kato, 9pm till late. Tix on the door", "2019-11-28",
     [("Friday 6th Dec", "DATE", "2019-12-06"), ("9pm", "TIME", "2019-12-06T21:00")]),
    ("last nights gig was unreal 🔥 thank u Leeds!! next stop Glasgow on the 22nd", "2018-04-15",
     [("last nights", "TIME", "2018-04-14TNI"), ("the 22nd", "DATE", "2018-04-22")]),
    ("Guestlist closes 6pm today. Drop your names below ⬇️", "2022-08-19",
     [("6pm today", "TIME", "2022-08-19T18:00")]),
    ("Gig tonight got moved from 8 to 9, spread the word", "2018-05-18",
     [("tonight", "TIME", "2018-05-18TNI"), ("8", "TIME", "2018-05-18T20:00"), ("9", "TIME", "2018-05-18T21:00")]),
    ("📅 Sat 12th Oct - Quiz night at the Red Lion, teams of 6, starts 8pm 🍻", "2019-10-02",
     [("Sat 12th Oct", "DATE", "2019-10-12"), ("night", "TIME", "2019-10-12TNI"), ("8pm", "TIME", "2019-10-12T20:00")]),
    # fans during a match
    ("HALF TIME 1-0 up, 45 more minutes of pure nerves", "2021-05-29",
     [("45 more minutes", "DURATION", "PT45M")]),
    ("Kick off in 10 mins lads, pints in hand 🍺", "2019-03-16",
     [("10 mins", "DURATION", "PT10M")]),
    ("3 points on a wet tuesday night in stoke. job done", "2018-11-27",
     [("tuesday night", "TIME", "2018-11-27TNI")]),
    ("Been to every home game since 1998 and never seen anything like tonight", "2016-05-02",
     [("1998", "DATE", "1998"), ("tonight", "TIME", "2016-05-02TNI")]),
    ("Race starts at 14:00 UK time, quali was yesterday and Hamilton on pole", "2020-07-05",
     [("14:00", "TIME", "2020-07-05T14:00"), ("yesterday", "DATE", "2020-07-04")]),
    ("Extra time. 30 more minutes. I can't watch.", "2022-12-18",
     [("30 more minutes", "DURATION", "PT30M")]),
    ("Third match in 6 days for us, legs are gone. Next game Weds then a week off", "2023-12-30",
     [("6 days", "DURATION", "P6D"), ("Weds", "DATE", "2024-01-03"), ("a week", "DURATION", "P1W")]),
    ("Fantasy deadline Fri 6.30pm, get your transfers in", "2021-10-13",
     [("Fri 6.30pm", "TIME", "2021-10-15T18:30")]),
    # shop notices
    ("We will be closed on Monday 27th for staff training and open as normal on Tuesday.", "2018-08-24",
     [("Monday 27th", "DATE", "2018-08-27"), ("Tuesday", "DATE", "2018-08-28")]),
    ("Our hours this month: 24th Dec 9-2, 25th & 26th CLOSED, back to normal from the 27th 🎄", "2021-12-15",
     [("this month", "DATE", "2021-12"), ("24th Dec", "DATE", "2021-12-24"), ("9", "TIME", "2021-12-24T09:00"),
      ("2", "TIME", "2021-12-24T14:00"), ("25th", "DATE", "2021-12-25"), ("26th", "DATE", "2021-12-26"),
      ("the 27th", "DATE", "2021-12-27")]),
    ("Now open Sundays too! Come say hi 👋", "2019-02-03",
     [("Now", "DATE", "PRESENT_REF"), ("Sundays", "SET", "XXXX-WXX-7")]),
    ("Sorry folks, shop closed today due to illness. Back Thursday from 9am", "2020-02-11",
     [("today", "DATE", "2020-02-11"), ("Thursday", "DATE", "2020-02-13"), ("9am", "TIME", "2020-02-13T09:00")]),
    ("LAST 3 DAYS of our closing down sale!! Everything must go by Sunday", "2016-01-28",
     [("LAST 3 DAYS", "DURATION", "P3D"), ("Sunday", "DATE", "2016-01-31")]),
    ("Extended opening every Thursday in December", "2018-11-30",
     [("every Thursday", "SET", "XXXX-WXX-4"), ("December", "DATE", "2018-12")]),
    # travel complaints
    ("@SouthernRail the 07:42 to Victoria cancelled AGAIN. 3rd time this week. Absolute shambles", "2017-01-19",
     [("07:42", "TIME", "2017-01-19T07:42"), ("this week", "DATE", "2017-W03")]),
    ("@Ryanair been sat on the tarmac for 2 hours with no info. Flight was meant to leave at 6.40", "2019-08-10",
     [("2 hours", "DURATION", "PT2H"), ("6.40", "TIME", "2019-08-10T06:40")]),
    ("booked a refund on the 3rd of march and still nothing after 6 weeks. @BritishAirways sort it out",
     "2020-04-14",
     [("the 3rd of march", "DATE", "2020-03-03"), ("6 weeks", "DURATION", "P6W")]),
    ("Train stuck outside Reading for 45min now, no announcement, no aircon. Thanks GWR", "2018-07-26",
     [("45min", "DURATION", "PT45M"), ("now", "DATE", "PRESENT_REF")]),
    ("My bag was lost on the 14th and its now the 20th. Nobody answers the phone", "2022-06-20",
     [("the 14th", "DATE", "2022-06-14"), ("now", "DATE", "PRESENT_REF"), ("the 20th", "DATE", "2022-06-20")]),
    ("Delayed 3 hrs at Schiphol, missed my connection to Oslo. Next flight tmrw morning 🙃", "2023-02-03",
     [("3 hrs", "DURATION", "PT3H"), ("tmrw morning", "TIME", "2023-02-04TMO")]),
    ("Train strike on the 21st AND 23rd, working from home both days", "2022-06-15",
     [("the 21st", "DATE", "2022-06-21"), ("23rd", "DATE", "2022-06-23")]),
    # streaming and gaming
    ("Stream starts in 15 minutes!! link in bio", "2020-10-10",
     [("15 minutes", "DURATION", "PT15M")]),
    ("no stream tomorrow, back on Thursday with a 12 hour marathon 🎉", "2022-03-15",
     [("tomorrow", "DATE", "2022-03-16"), ("Thursday", "DATE", "2022-03-17"), ("12 hour", "DURATION", "PT12H")]),
    ("Season 4 drops on the 28th, servers go down at 3am for maintenance", "2020-07-20",
     [("the 28th", "DATE", "2020-07-28"), ("3am", "TIME", "2020-07-28T03:00")]),
    ("grinded ranked for 6 hrs straight last night and dropped a division 💀", "2021-01-09",
     [("6 hrs", "DURATION", "PT6H"), ("last night", "TIME", "2021-01-08TNI")]),
    # school and parents
    ("Reminder: non-uniform day this Friday, £1 donation. Pick up is 2.30 not 3.15!", "2019-10-08",
     [("this Friday", "DATE", "2019-10-11"), ("2.30", "TIME", "2019-10-11T14:30"),
      ("3.15", "TIME", "2019-10-11T15:15")]),
    ("Hi all, does anyone know if the school trip money is due Monday or Wednesday? thanks", "2023-05-04",
     [("Monday", "DATE", "2023-05-08"), ("Wednesday", "DATE", "2023-05-10")]),
    ("Parents evening moved to 5th March, slots from 4pm to 7pm. Please book online.", "2020-02-20",
     [("evening", "TIME", "2020-03-05TEV"), ("5th March", "DATE", "2020-03-05"),
      ("4pm", "TIME", "2020-03-05T16:00"), ("7pm", "TIME", "2020-03-05T19:00")]),
    ("Term starts back on the 6th Jan, have a lovely break everyone 🎄", "2019-12-20",
     [("the 6th Jan", "DATE", "2020-01-06")]),
    ("Swimming kits needed every Tuesday from next week please", "2022-02-28",
     [("every Tuesday", "SET", "XXXX-WXX-2"), ("next week", "DATE", "2022-W10")]),
    # weather watchers
    ("-7.2C at 5am this morning 🥶 frost on the inside of the windows", "2021-02-11",
     [("5am this morning", "TIME", "2021-02-11T05:00")]),
    ("Rainfall total for May: 112mm, double the average. Wettest since 2012", "2018-06-01",
     [("May", "DATE", "2018-05"), ("2012", "DATE", "2012")]),
    ("Thunder rolling in from the west, expect heavy downpours for the next hour", "2019-07-01",
     [("the next hour", "DURATION", "PT1H")]),
    # annotated without "Sunrise" and "sunset" at first; tweets-train marks each sunset it has outside a
    # hashtag as the day (DATE): re-annotated to that convention after scoring
    ("Sunrise 07:58, sunset 16:02. 8 hours of daylight today", "2020-12-21",
     [("Sunrise", "DATE", "2020-12-21"), ("07:58", "TIME", "2020-12-21T07:58"), ("sunset", "DATE", "2020-12-21"),
      ("16:02", "TIME", "2020-12-21T16:02"), ("8 hours", "DURATION", "PT8H"), ("today", "DATE", "2020-12-21")]),
    ("Snow forecast Sat night into Sunday, up to 10cm on higher ground", "2023-01-18",
     [("Sat night", "TIME", "2023-01-21TNI"), ("Sunday", "DATE", "2023-01-22")]),
    ("31.4C at 3pm today, in September!! 🥵", "2023-09-07",
     [("3pm today", "TIME", "2023-09-07T15:00"), ("September", "DATE", "2023-09")]),
    # fitness logs
    ("long run today was 16 miles in 2:21, 38 miles this week", "2017-03-19",
     [("today", "DATE", "2017-03-19"), ("2:21", "DURATION", "PT2H21M"), ("this week", "DATE", "2017-W11")]),
    ("Plank PB: 4 min 30 sec!! 6 months ago I couldnt do 30 seconds", "2019-04-02",
     [("4 min 30 sec", "DURATION", "PT4M30S"), ("6 months ago", "DATE", "2018-10"),
      ("30 seconds", "DURATION", "PT30S")]),
    ("Rest day today, legs destroyed from yesterday's leg session 🦵", "2022-11-16",
     [("today", "DATE", "2022-11-16"), ("yesterday", "DATE", "2022-11-15")]),
    ("gym before work every day since January, 9 weeks straight 💪", "2020-03-05",
     [("every day", "SET", "P1D"), ("January", "DATE", "2020-01"), ("9 weeks", "DURATION", "P9W")]),
    ("Fasted 16 hours, ate at 12, training at 6. repeat", "2021-06-08",
     [("16 hours", "DURATION", "PT16H"), ("12", "TIME", "2021-06-08T12:00"), ("6", "TIME", "2021-06-08T18:00")]),
    # cooking and meal prep
    ("Sunday meal prep done 🍱 lunches sorted till Friday", "2018-09-16",
     [("Sunday", "DATE", "2018-09-16"), ("Friday", "DATE", "2018-09-21")]),
    ("Slow cooker on at 8am, pulled pork ready by 6. Low for 10 hours", "2019-01-12",
     [("8am", "TIME", "2019-01-12T08:00"), ("6", "TIME", "2019-01-12T18:00"), ("10 hours", "DURATION", "PT10H")]),
    ("Bake at 180 for 25 mins then rest for 10 minutes before slicing", "2020-05-02",
     [("25 mins", "DURATION", "PT25M"), ("10 minutes", "DURATION", "PT10M")]),
    ("marinate for 4 hrs, longer if u can", "2021-07-22",
     [("4 hrs", "DURATION", "PT4H")]),
    ("Batch cooked 3 weeks of dinners last weekend, freezer is FULL", "2022-04-05",
     [("3 weeks", "DURATION", "P3W"), ("last weekend", "DATE", "2022-W13-WE")]),
    # crypto and stocks
    ("BTC up 12% in 24h, told you all on Monday 🚀🚀", "2021-02-10",
     [("24h", "DURATION", "PT24H"), ("Monday", "DATE", "2021-02-08")]),
    ("$TSLA earnings after the bell Wednesday. Calls or puts? 🤔", "2022-04-18",
     [("Wednesday", "DATE", "2022-04-20")]),
    ("held since 2017 and Im still down 40%. hodl they said", "2022-06-30",
     [("2017", "DATE", "2017")]),
    ("Market opens in 5 mins, coffee ready ☕📈", "2019-09-09",
     [("5 mins", "DURATION", "PT5M")]),
    ("Q3 numbers out next Tues, expecting a beat", "2023-10-19",
     [("Q3", "DATE", "2023-Q3"), ("next Tues", "DATE", "2023-10-24")]),
    ("bought the dip at 3am, woke up 20% down. crypto is a casino", "2021-05-12",
     [("3am", "TIME", "2021-05-12T03:00")]),
    # non-native English
    ("Tomorrow I go to Berlin for 3 day, who have tips?", "2019-05-22",
     [("Tomorrow", "DATE", "2019-05-23"), ("3 day", "DURATION", "P3D")]),
    ("I am waiting since two hours the delivery man, very bad service", "2020-09-15",
     [("two hours", "DURATION", "PT2H")]),
    ("Last year in August we was in Spain, now only rain here", "2017-08-10",
     [("Last year", "DATE", "2016"), ("August", "DATE", "2016-08"), ("now", "DATE", "PRESENT_REF")]),
    ("Please can you send me the invoice before the end of month? Thank you very much", "2021-11-23",
     [("the end of month", "DATE", "2021-11")]),
    ("I wish to all my friends the best for 2024 🎉 see you soon", "2024-01-01",
     [("2024", "DATE", "2024")]),
    ("yesterday evening i was see the match with my brother, 3 hour of football!", "2016-06-20",
     [("yesterday evening", "TIME", "2016-06-19TEV"), ("3 hour", "DURATION", "PT3H")]),
    # all capitals
    ("DOORS OPEN 7PM. SHOW STARTS 8PM SHARP. NO LATECOMERS", "2019-02-14",
     [("7PM", "TIME", "2019-02-14T19:00"), ("8PM", "TIME", "2019-02-14T20:00")]),
    ("WHY IS IT SNOWING IN APRIL", "2021-04-06",
     [("APRIL", "DATE", "2021-04")]),
    ("3 DAYS TO GO!!!! 🎉🎉🎉", "2018-07-10",
     [("3 DAYS", "DURATION", "P3D")]),
    ("NEW EPISODE EVERY MONDAY NIGHT, DONT MISS IT", "2022-09-01",
     [("EVERY MONDAY NIGHT", "SET", "XXXX-WXX-1TNI")]),
    ("SALE ENDS SUNDAY MIDNIGHT", "2020-01-23",
     [("SUNDAY MIDNIGHT", "TIME", "2020-01-26T24:00")]),
    # emoji and hashtags
    ("🎂🎂 my baby girl turns 1 today!!! 😭💕", "2019-10-30",
     [("today", "DATE", "2019-10-30")]),
    ("#MondayMotivation up at 5:30 and already done a 5k 🏃‍♀️", "2020-11-09",
     [("5:30", "TIME", "2020-11-09T05:30")]),
    ("☀️☀️ 28 degrees and it's only 10am ☀️☀️", "2018-06-26",
     [("10am", "TIME", "2018-06-26T10:00")]),
    ("#tbt to Glastonbury 2015 🎪🌈", "2019-06-27",
     [("2015", "DATE", "2015")]),
    ("⏰ 1 hour left to enter the giveaway! #competition", "2021-03-12",
     [("1 hour", "DURATION", "PT1H")]),
    ("Vacation mode ON 🏖️🌴 see u all in 2 weeks", "2022-07-30",
     [("2 weeks", "DURATION", "P2W")]),
    # everyday chatter
    ("Anyone else's bin not been collected? Was meant to be Thursday", "2020-08-08",
     [("Thursday", "DATE", "2020-08-06")]),
    ("Moving house on the 30th, 2 weeks to pack a whole flat 😩", "2021-09-16",
     [("the 30th", "DATE", "2021-09-30"), ("2 weeks", "DURATION", "P2W")]),
    ("Happy Halloween 🎃 trick or treaters from 5pm", "2023-10-31",
     [("Halloween", "DATE", "2023-10-31"), ("5pm", "TIME", "2023-10-31T17:00")]),
    ("new year's eve plans? we're thinking fireworks at midnight then bed lol", "2018-12-29",
     [("new year's eve", "DATE", "2018-12-31"), ("midnight", "TIME", "2018-12-31T24:00")]),
    ("I've been on hold with my bank for 57 minutes. 57.", "2019-03-04",
     [("57 minutes", "DURATION", "PT57M")]),
    ("Parcel says delivered at 14:36 but nothing here. Been in since 1", "2021-12-08",
     [("14:36", "TIME", "2021-12-08T14:36"), ("1", "TIME", "2021-12-08T13:00")]),
    ("The 2nd half of the season starts in Jan, can't come soon enough", "2020-12-01",
     [("Jan", "DATE", "2021-01")]),
    ("Exam results out Thursday morning 😬😬", "2019-08-13",
     [("Thursday morning", "TIME", "2019-08-15TMO")]),
]


# The rows still wrong, and why (each fix would be no general rule, or would cost another genre).
KNOWN_MISSES = {
    "DOORS 10PM": "a clock is not moved to the day a notice names after it",
    "Gig tonight got moved": "a range of bare hours ('from 8 to 9') is not tagged: a count as often",
    "📅 Sat 12th Oct": "an event's 'night' and clock are not moved to the date named before them",
    "Our hours this month": "opening hours ('9-2') and bare ordinals ('25th & 26th') are not tagged; "
                            "'hours' is a time noun, as tweets-train tags them",
    "Train strike on the": "'days' is a time noun, as tweets-train tags them ('both days')",
    "Reminder: non-uniform day": "a dotted clock after 'is' is read as a number (a price, a score)",
    "Parents evening moved": "the past 'moved' keeps the clocks on the day of writing; 'evening' of a name",
    "long run today": "a race time ('in 2:21') is no clock and is not tagged (tweets-train marks one a TIME)",
    "Rest day today": "'day' is a time noun, as tweets-train tags them",
    "Fasted 16 hours": "bare hours after 'at' are not tagged: an age or a score as often",
    "Sunday meal prep": "'sorted' reads as a past verb: 'till Friday' does not look ahead",
    "Slow cooker on": "a bare hour after 'by' is not tagged",
    "Parcel says delivered": "a bare hour after 'since' is not tagged",
}


@pytest.mark.parametrize(("text", "dct", "expected"),
                         [held_out_row(row, known_miss(row[0], KNOWN_MISSES)) for row in POSTS])
def test_a_held_out_post_of_the_second_batch_is_tagged_as_annotated(
        text: str, dct: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


def test_every_known_miss_of_the_second_batch_names_a_row() -> None:
    assert names_rows(list(KNOWN_MISSES), POSTS)


# The kinds the rules written for this batch added, in sentences of their own (anchored on Thursday
# 2019-02-21).
KINDS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("see u weds x", [("weds", "DATE", "2019-02-27")]),
    ("phone died after 36h lol", [("36h", "DURATION", "PT36H")]),  # hours glued to an "h"
    ("the ferry crossing took 1 hr 45 mins", [("1 hr 45 mins", "DURATION", "PT1H45M")]),  # two units, one duration
    ("held my breath for 1 min 10 sec", [("1 min 10 sec", "DURATION", "PT1M10S")]),
    ("no buses for the next hour apparently", [("the next hour", "DURATION", "PT1H")]),
    ("payday isnt till the end of month 😩", [("the end of month", "DATE", "2019-02")]),
    ("been up since 7am this morning", [("7am this morning", "TIME", "2019-02-21T07:00")]),  # one time
    ("no trains on the 25th and 26th, strike again 🙄",
     [("the 25th", "DATE", "2019-02-25"), ("26th", "DATE", "2019-02-26")]),  # a listed day
    ("Q4 was rough for my portfolio lol", [("Q4", "DATE", "2018-Q4")]),
    ("the new Audi Q3 is sick", []),  # a model, not a quarter
    ("moving out on the 1st of march!!", [("the 1st of march", "DATE", "2019-03-01")]),
    ("last nights match was a joke", [("last nights", "TIME", "2019-02-20TNI")]),
    ("OFFER ENDS FRIDAY", [("FRIDAY", "DATE", "2019-02-22")]),  # a cue in capitals is no name
    ("heavy rain forecast for saturday", [("saturday", "DATE", "2019-02-23")]),
    ("im away this week, back Tues x", [("this week", "DATE", "2019-W08"), ("Tues", "DATE", "2019-02-26")]),
    ("he came back on Monday lol", [("Monday", "DATE", "2019-02-18")]),  # a return already made
    ("next home game Sunday, tickets still left", [("Sunday", "DATE", "2019-02-24")]),  # the next of a series
    ("next year in January I start uni", [("next year", "DATE", "2020"), ("January", "DATE", "2020-01")]),
    ("sunset at the pier was unreal", [("sunset", "DATE", "2019-02-21")]),  # tweets-train's convention
    ("weekend's plans ruined by rain lol", [("weekend", "DATE", "2019-W08-WE")]),
    ("new vid coming soon!!", []),  # posts leave "soon" untagged
]


@pytest.mark.parametrize(("text", "expected"), KINDS, ids=[row[0][:40] for row in KINDS])
def test_a_kind_the_second_batch_found_is_tagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = tagged(text, "2019-02-21")
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Forecasters had forecast rain on Tuesday.", "2019-02-19"),  # no "forecast for": "had" tells the past
    ("Rain is forecast on Tuesday.", "2019-02-26"),
    ("The airline cut its annual forecast on Tuesday.", "2019-02-19"),  # a noun: no cue
    ("The plant closed in 2016, in May, after a fire.", "2016-05"),  # the year named just before
    ("The next game on Sunday was a draw.", "2019-02-17"),  # the next of a series, told as past
])
def test_news_keeps_the_direction_of_these_cues(text: str, expected: str) -> None:
    found = [t.value for t in tag_text(text, dt.date(2019, 2, 21)) if t.type == "DATE"]
    assert found[-1] == expected
