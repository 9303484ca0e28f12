"""Held-out posts, seventh batch (issue 15): habits the first six batches lack — streamers ("back in
5", "stream at 8 EST tonight"), students ("finals week", "exam in 2 days"), job hunting, gym logs
("day 37 of 75"), betting slips, weather from Canada, Ireland and Scotland, feasts of several faiths
(Ramadan, Eid, Diwali, Holi, Hanukkah, Lent, Pancake Day, Hogmanay, Burns Night, Canada's
Thanksgiving Monday, Victoria Day), the school run, nurses' shifts, long-distance couples, pet
adoption, commuters, travel check-ins, misspellings ("satuday", "febuary", "chrismas"), letters
drawn out ("FRIDAYYYY", "tomorrowwww"), short units ("6 mo", "2 yrs and 4 mo", "4x a week"), clocks
in words ("half 7", "quarter past 6", "noonish", "8ish", "mid-afternoon") and vague or relative
times ("a couple of days ago", "the other day", "a few weeks back", "since forever", "in a bit").
Each was written for this project, with its own creation date, and annotated by hand with TIMEX3
(text, type, value) before the tagger was run on it. They are tagged as `timeline tag FILE --date
DCT` tags a post (`--genre auto`).

Scored through the tagger before any rule for them: 43 of the 90 rows right (158 expressions;
strict / relaxed / value F1 0.744 / 0.870 / 0.709). Re-annotated after scoring, to the conventions
of tweets-train and the earlier batches the first annotation had missed: "2 weeks ago" and "6 mo ago"
are valued at their unit's grain (a week, a month), as batch 2's "6 months ago" is; "or so" belongs
to its duration ("a week or so"); "Long weekend" is one expression with its adjective, as
tweets-train's "a few weekend"; "Christmas Day this year" is one, as "Valentine's Day last year" is;
a post's bare "month" is a month, as its bare "day" is a day; "8ish tomorrow evening" is one time, as
"6 tomorrow evening" is; "every mon at 9" is a set and its clock on each of its days, as batch 5's
"Tuesdays at 8": with those, the same run scores 46 of 90 (158 expressions; 0.765 / 0.870 / 0.723).

The rules written after them (typed months; "mo" and "mth" as a month; days drawn out; a lunar
calendar's feasts listed year by year, Hogmanay, Lent, Canada's Thanksgiving Monday, Victoria Day
and World Book Day; a clock's time zone after noon or a bare hour; "noonish"; a rough hour or "half
6" before its part of the day one time; clocks in words in the evening beside a meal or a night
out; "back" for "ago"; minutes with their unit left out after "back in"; "4x a week"; a weekday and
its clock with "at" between two expressions; a post's range of weekdays looking ahead; "another
day"; "never again until") took them to 76 of 90 (158 expressions, 144 found: 0.940 / 0.954 /
0.914), with batch 3 from 87 to 88 of 112 ("b there in 10"), batch 6 from 78 to 79 of 90 ("Lunar
New Year"), tweets-train strict F1 from 91.9 to 92.0 ("Another day"), the other batches,
tbaq-cleaned, wikiwars-train, the gold events, TimeML and EventTime unchanged.
"""

from __future__ import annotations

import pytest

from tests.heldout import held_out_row, known_miss, names_rows, tagged

Row = tuple[str, str, list[tuple[str, str, str]]]

POSTS: list[Row] = [
    # gamers and streamers
    ("stream at 8 EST tonight, new map reveal 👀", "2023-01-19",
     [("8 EST tonight", "TIME", "2023-01-19T20:00")]),
    ("brb 5 mins, snack run", "2022-06-11", [("5 mins", "DURATION", "PT5M")]),
    ("back in 5 chat, dont go anywhere", "2021-02-20", [("5", "DURATION", "PT5M")]),
    ("subathon day 3, been live for 51 hrs straight 😵", "2024-02-03",
     [("day 3", "DURATION", "P1D"), ("51 hrs", "DURATION", "PT51H")]),
    ("No stream this wknd, back Mon at 7pm GMT", "2021-11-25",
     [("this wknd", "DATE", "2021-W47-WE"), ("Mon", "DATE", "2021-11-29"), ("7pm GMT", "TIME", "2021-11-29T19:00")]),
    ("patch 2.4 drops on the 9th at noon PT", "2023-05-02",
     [("the 9th", "DATE", "2023-05-09"), ("noon PT", "TIME", "2023-05-09T12:00")]),
    ("raid reset is every Tuesday, 15 min grind then bed", "2020-08-05",
     [("every Tuesday", "SET", "XXXX-WXX-2"), ("15 min", "DURATION", "PT15M")]),
    ("hit level 60 on my main, 4.2 k/d 😎", "2022-09-14", []),
    # students and exams
    ("exam in 2 days and i have learned NOTHING", "2019-05-13", [("2 days", "DURATION", "P2D")]),
    ("finals week starts monday pray for me 😭", "2022-12-08",
     [("week", "DURATION", "P1W"), ("monday", "DATE", "2022-12-12")]),
    ("essay due wensday at midnight and ive written 200 words", "2021-03-08",
     [("wensday", "DATE", "2021-03-10"), ("midnight", "TIME", "2021-03-10T24:00")]),
    ("revision sesh in the library 2-5 tmrw, who's in", "2018-04-23",
     [("2", "TIME", "2018-04-24T14:00"), ("5 tmrw", "TIME", "2018-04-24T17:00")]),
    ("uni started back 2 weeks ago and I'm already behind", "2020-10-05",
     [("2 weeks ago", "DATE", "2020-W39")]),
    ("Results out Aug 15th, not sleeping till then", "2024-07-29", [("Aug 15th", "DATE", "2024-08-15")]),
    # job hunting
    ("Interview tmrw at 10:30, suit is ironed 🤞", "2023-09-18",
     [("tmrw", "DATE", "2023-09-19"), ("10:30", "TIME", "2023-09-19T10:30")]),
    ("new job starts on the 1st!!! notice handed in today", "2022-07-15",
     [("the 1st", "DATE", "2022-08-01"), ("today", "DATE", "2022-07-15")]),
    ("2nd round went well, they'll let me know in a week or so", "2020-02-12", [("a week or so", "DURATION", "P1W")]),
    # gym and fitness logs
    ("day 37 of 75 hard ✅ 2 workouts, gallon of water", "2023-03-02", [("day 37", "DURATION", "P1D")]),
    ("leg day done before 6am 💪 rest tmrw", "2022-01-10",
     [("day", "DURATION", "P1D"), ("6am", "TIME", "2022-01-10T06:00"), ("tmrw", "DATE", "2022-01-11")]),
    ("Deadlifted 140kg today, 6 mo ago I couldnt do 80", "2024-08-19",
     [("today", "DATE", "2024-08-19"), ("6 mo ago", "DATE", "2024-02")]),
    ("Gym 4x a week since Jan and down 8kg", "2021-04-20",
     [("4x a week", "SET", "P1W"), ("Jan", "DATE", "2021-01")]),
    # sports betting
    ("£5 acca on the 3pm kick offs Saturday, dont let me down", "2022-11-10",
     [("3pm", "TIME", "2022-11-12T15:00"), ("Saturday", "DATE", "2022-11-12")]),
    ("Lost my bet on the late game last night, never again (until Sunday)", "2020-09-16",
     [("last night", "TIME", "2020-09-15TNI"), ("Sunday", "DATE", "2020-09-20")]),
    ("got on at 7/2 at half 2, won by a neck 🐎", "2018-06-20", [("half 2", "TIME", "2018-06-20T14:30")]),
    ("Grand National Saturday, 5.15 off, 40 runners", "2023-04-12",
     [("Saturday", "DATE", "2023-04-15"), ("5.15", "TIME", "2023-04-15T17:15")]),
    ("3-1 up at the break, 2 more goals and my acca lands", "2021-10-23", []),
    # weather in Canada, Ireland and Scotland
    ("-38 with the windchill this morning in Winnipeg, schools still open lol", "2024-01-15",
     [("this morning", "TIME", "2024-01-15TMO")]),
    ("Snow day!!! buses cancelled across the board, enjoy it kids", "2019-02-12", [("day", "DURATION", "P1D")]),
    ("Rain since half 6 this morning in Galway, sure it's grand", "2022-08-23",
     [("half 6 this morning", "TIME", "2022-08-23T06:30")]),
    ("Four seasons in one day up here in Inverness, hail at 2, sun by 3", "2021-05-06",
     [("one day", "DURATION", "P1D"), ("2", "TIME", "2021-05-06T14:00"), ("3", "TIME", "2021-05-06T15:00")]),
    ("Long weekend forecast for Victoria Day looks grim, 8 degrees and rain Sat-Mon", "2023-05-17",
     [("Long weekend", "DATE", "2023-W20-WE"), ("Victoria Day", "DATE", "2023-05-22"), ("Sat", "DATE", "2023-05-20"),
      ("Mon", "DATE", "2023-05-22")]),
    ("Bank holiday Monday and it's lashing in Cork, typical", "2019-06-03",
     [("Bank holiday Monday", "DATE", "2019-06-03")]),
    ("Ottawa got 30cm overnight and the plows still haven't come 11 hrs later", "2022-01-17",
     [("overnight", "TIME", "2022-01-16TNI"), ("11 hrs", "DURATION", "PT11H")]),
    ("Happy Thanksgiving Monday Canada 🦃 turkey's been in since 9", "2022-10-10",
     [("Thanksgiving Monday", "DATE", "2022-10-10"), ("9", "TIME", "2022-10-10T09:00")]),
    ("Hogmanay plans? Fireworks at midnight then first footing", "2019-12-28",
     [("Hogmanay", "DATE", "2019-12-31"), ("midnight", "TIME", "2019-12-31T24:00")]),
    ("Burns Night Saturday, haggis is in the fridge", "2020-01-22",
     [("Burns Night", "DATE", "2020-01-25"), ("Saturday", "DATE", "2020-01-25")]),
    # religious observances
    ("Ramadan Mubarak to everyone observing 🌙 first iftar at 7:12pm tonight", "2024-03-11",
     [("Ramadan", "DATE", "2024-03-11"), ("7:12pm tonight", "TIME", "2024-03-11T19:12")]),
    ("Happy Diwali!! 🪔 lamps lit at ours from 6, sweets after", "2023-11-12",
     [("Diwali", "DATE", "2023-11-12"), ("6", "TIME", "2023-11-12T18:00")]),
    ("Eid next week inshallah, new clothes for the kids sorted", "2023-04-13",
     [("Eid", "DATE", "2023-04-21"), ("next week", "DATE", "2023-W16")]),
    ("Happy Hanukkah! 🕎 latkes at 5:30 tonight", "2022-12-19",
     [("Hanukkah", "DATE", "2022-12-19"), ("5:30 tonight", "TIME", "2022-12-19T17:30")]),
    ("Giving up crisps for Lent, 40 days, wish me luck", "2024-02-14",
     [("Lent", "DATE", "2024-02-14"), ("40 days", "DURATION", "P40D")]),
    ("Pancake Day tomorrow, then Ash Wednesday mass at 7am", "2021-02-15",
     [("Pancake Day", "DATE", "2021-02-16"), ("tomorrow", "DATE", "2021-02-16"),
      ("Ash Wednesday", "DATE", "2021-02-17"), ("7am", "TIME", "2021-02-17T07:00")]),
    ("Holi on Monday!! white tshirts and colours, who's coming", "2024-03-21",
     [("Holi", "DATE", "2024-03-25"), ("Monday", "DATE", "2024-03-25")]),
    # parents' school run
    ("School run in the rain again, drop off 8.40, pick up 3.15, and somehow no time in between", "2023-10-03",
     [("8.40", "TIME", "2023-10-03T08:40"), ("3.15", "TIME", "2023-10-03T15:15")]),
    ("Inset day Friday so that's another day of childcare to sort", "2022-01-05",
     [("day", "DURATION", "P1D"), ("Friday", "DATE", "2022-01-07"), ("another day", "DURATION", "P1D")]),
    ("World Book Day tomorrow and I've just remembered at 9pm 🙃", "2024-03-06",
     [("World Book Day", "DATE", "2024-03-07"), ("tomorrow", "DATE", "2024-03-07"),
      ("9pm", "TIME", "2024-03-06T21:00")]),
    ("7 wks of summer hols left, send wine", "2019-07-22",
     [("7 wks", "DURATION", "P7W"), ("summer", "DATE", "2019-SU")]),
    # nurses on shifts
    ("3 12s this week then 4 days off 🙏 #nurselife", "2022-09-05",
     [("this week", "DATE", "2022-W36"), ("4 days", "DURATION", "P4D")]),
    ("13 hr shift done, home at 8.20am and straight to bed 😴", "2020-04-08",
     [("13 hr", "DURATION", "PT13H"), ("8.20am", "TIME", "2020-04-08T08:20")]),
    ("Working Christmas Day this year but I get NYE off 🎉", "2023-12-10",
     [("Christmas Day this year", "DATE", "2023-12-25"), ("NYE", "DATE", "2023-12-31")]),
    ("Rota's out: earlies Mon-Wed next week, late Fri", "2024-05-09",
     [("Mon", "DATE", "2024-05-13"), ("Wed", "DATE", "2024-05-15"), ("next week", "DATE", "2024-W20"),
      ("Fri", "DATE", "2024-05-17")]),
    # long-distance relationships
    ("see you in 23 days my love ✈️❤️", "2022-02-04", [("23 days", "DURATION", "P23D")]),
    ("LDR update: 2 yrs, 3 countries, 1 more month apart 🥹", "2023-06-30",
     [("2 yrs", "DURATION", "P2Y"), ("1 more month", "DURATION", "P1M")]),
    ("He lands Friday at 6.40am local, I'll be at arrivals from 6", "2019-08-27",
     [("Friday", "DATE", "2019-08-30"), ("6.40am", "TIME", "2019-08-30T06:40"), ("6", "TIME", "2019-08-30T06:00")]),
    # pet adoption
    ("Meet Biscuit! Adopted him Saturday, he's 2 and already rules the house", "2020-11-02",
     [("Saturday", "DATE", "2020-10-31")]),
    ("Adoption event this Sun 11-3 at the shelter, 20 pups need homes 🐶", "2022-04-06",
     [("this Sun", "DATE", "2022-04-10"), ("11", "TIME", "2022-04-10T11:00"), ("3", "TIME", "2022-04-10T15:00")]),
    # commuters
    ("The 17.32 is delayed by 20 min, missed my connection, home by 7 if I'm lucky", "2019-01-29",
     [("17.32", "TIME", "2019-01-29T17:32"), ("20 min", "DURATION", "PT20M"), ("7", "TIME", "2019-01-29T19:00")]),
    ("M8 is a car park, 50 mins to do 4 miles, every single day", "2023-02-22",
     [("50 mins", "DURATION", "PT50M"), ("every single day", "SET", "P1D")]),
    ("wfh tues and thurs from next month, commuting 3 days instead of 5", "2021-08-18",
     [("tues", "SET", "XXXX-WXX-2"), ("thurs", "SET", "XXXX-WXX-4"), ("next month", "DATE", "2021-09"),
      ("3 days", "DURATION", "P3D")]),
    ("Anyone going to the 24/7 gym on Mill St?", "2020-10-28", []),
    # travel check-ins
    ("Landing at 6.40am local, 11 hr flight, zero sleep ✈️", "2024-10-21",
     [("6.40am", "TIME", "2024-10-21T06:40"), ("11 hr", "DURATION", "PT11H")]),
    ("Checked in! Gate closes 14:05, boarding in 20", "2018-08-03",
     [("14:05", "TIME", "2018-08-03T14:05"), ("20", "DURATION", "PT20M")]),
    ("Back from 10 days in Japan, jet lag is brutal, woke at 4 this morning", "2019-04-16",
     [("10 days", "DURATION", "P10D"), ("4 this morning", "TIME", "2019-04-16T04:00")]),
    # misspellings and repeated letters
    ("cant wait for satuday, 2 days off finally", "2020-02-13",
     [("satuday", "DATE", "2020-02-15"), ("2 days", "DURATION", "P2D")]),
    ("tommorow is wensday right? lost track of the week", "2022-03-08",
     [("tommorow", "DATE", "2022-03-09"), ("wensday", "DATE", "2022-03-09"), ("the week", "DATE", "2022-W10")]),
    ("febuary is the longest short month ever", "2023-02-17",
     [("febuary", "DATE", "2023-02"), ("month", "DURATION", "P1M")]),
    ("see u on fridy x", "2021-07-13", [("fridy", "DATE", "2021-07-16")]),
    ("chrismas shopping done in novmber, who am i", "2022-11-28",
     [("chrismas", "DATE", "2022-12-25"), ("novmber", "DATE", "2022-11")]),
    ("weekend cant come soooon enough", "2019-05-29", [("weekend", "DATE", "2019-W22-WE")]),
    ("FRIDAYYYY 🎉🎉 2nite we dance", "2023-03-24",
     [("FRIDAYYYY", "DATE", "2023-03-24"), ("2nite", "TIME", "2023-03-24TNI")]),
    ("tomorrowwww!!! 🥳 cant sleep", "2021-06-04", [("tomorrowwww", "DATE", "2021-06-05")]),
    ("Mondayyy again, how", "2024-09-09", [("Mondayyy", "DATE", "2024-09-09")]),
    # abbreviations
    ("3 hrs of sleep and a 9 hr shift ahead, pray 4 me", "2022-05-25",
     [("3 hrs", "DURATION", "PT3H"), ("9 hr", "DURATION", "PT9H")]),
    ("wknd in the highlands, back sun nite", "2019-09-13",
     [("wknd", "DATE", "2019-W37-WE"), ("sun nite", "TIME", "2019-09-15TNI")]),
    ("been in this flat 2 yrs and 4 mo, rent up again", "2021-12-01", [("2 yrs and 4 mo", "DURATION", "P2Y4M")]),
    ("15 min standup every mon at 9, kill me", "2020-06-17",
     [("15 min", "DURATION", "PT15M"), ("every mon", "SET", "XXXX-WXX-1"), ("9", "TIME", "XXXX-XX-XXT09:00")]),
    # clocks in words
    ("pub at half 7 then? 🍻", "2023-11-24", [("half 7", "TIME", "2023-11-24T19:30")]),
    ("meeting ran till quarter past 6, dinner's ruined", "2022-10-13",
     [("quarter past 6", "TIME", "2022-10-13T18:15")]),
    ("lunch noonish? usual place", "2021-04-14", [("noonish", "TIME", "2021-04-14T12:00")]),
    ("I'll be round 8ish tomorrow evening with the drill", "2019-11-19",
     [("8ish tomorrow evening", "TIME", "2019-11-20T20:00")]),
    ("Sun's out mid-afternoon, BBQ it is", "2020-05-23", [("mid-afternoon", "TIME", "2020-05-23TAF")]),
    ("quarter to 10 and the kids are STILL awake", "2018-02-02", [("quarter to 10", "TIME", "2018-02-02T21:45")]),
    # relative and vague
    ("saw them at the market a couple of days ago, looked well", "2021-09-30",
     [("a couple of days ago", "DATE", "2021-09-28")]),
    ("the other day a guy on the bus told me his life story", "2017-08-09", [("the other day", "DATE", "PAST_REF")]),
    ("I've wanted a dog since forever", "2022-12-02", []),
    ("heading out in a bit, text me", "2020-03-14", []),
    ("a few weeks back I said I'd quit sugar. update: no", "2023-05-05", [("a few weeks back", "DATE", "PAST_REF")]),
    ("this time tomorrow I'll be in Dublin 🍀", "2024-03-16", [("tomorrow", "DATE", "2024-03-17")]),
    ("the day before yesterday it was 20 degrees, now it's snowing", "2021-04-12",
     [("the day before yesterday", "DATE", "2021-04-10"), ("now", "DATE", "PRESENT_REF")]),
    ("catching up w/ my sister next wkend, first time in 6 mo", "2024-11-06",
     [("next wkend", "DATE", "2024-W46-WE"), ("6 mo", "DURATION", "P6M")]),
]

# The rows still wrong, and why (each fix would be no general rule yet, or would cost another genre).
KNOWN_MISSES: dict[str, str] = {
    "revision sesh in the library": "a range of bare hours ('2-5 tmrw') is not tagged (batch 3's '8-12')",
    "£5 acca on the 3pm": "a clock before a noun ('the 3pm kick offs') does not take the weekday after it",
    "Grand National Saturday": "a dotted clock with no preposition before it ('5.15 off') is read as a number",
    "Four seasons in one day": "bare hours after 'at' and 'by' with no cue for their half of the day are not tagged",
    "Happy Thanksgiving Monday": "a bare hour after 'since' is not tagged",
    "Happy Diwali!!": "a bare hour after 'from' is not tagged (batch 3's open mic)",
    "School run in the rain": "dotted clocks with no preposition before them ('drop off 8.40') are read as numbers",
    "Rota's out": "a shift called 'late' before its day is read as the day's modifier ('late Fri'), and the day "
                  "after a range in next week is not put in that week",
    "He lands Friday at 6.40am": "a bare hour after 'from' is not tagged",
    "Adoption event this Sun 11-3": "a range of bare hours after a day is not tagged (batch 3's 'from 10-12')",
    "The 17.32 is delayed": "a train named by its dotted clock ('the 17.32') is read as a number (batch 3's "
                            "'the 6.52'); a bare hour after 'by' is not tagged",
    "wfh tues and thurs": "weekdays a habit falls on ('wfh tues and thurs') are read as the coming days, not a set",
    "15 min standup every mon at 9": "a bare hour after a set and 'at' is not tagged (batch 5's 'Tuesdays at 8')",
    "quarter to 10 and the kids": "a clock told in words with no cue for its half of the day is read in the morning",
}


@pytest.mark.parametrize(("text", "dct", "expected"),
                         [held_out_row(row, known_miss(row[0], KNOWN_MISSES)) for row in POSTS])
def test_a_held_out_post_of_the_seventh_batch_is_tagged_as_annotated(
        text: str, dct: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


def test_every_known_miss_of_the_seventh_batch_names_a_row() -> None:
    assert names_rows(list(KNOWN_MISSES), POSTS)


# The kinds the rules written for this batch added, in sentences of their own (anchored on Thursday
# 2019-02-21), and what they leave alone.
KINDS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("febuary half term sorted", "colloquial", [("febuary", "DATE", "2019-02")]),  # a month typed as said
    ("been here 3 yrs and 2 mo lol", "colloquial", [("3 yrs and 2 mo", "DURATION", "P3Y2M")]),
    ("moved in 6 mo ago", "colloquial", [("6 mo ago", "DATE", "2018-08")]),
    ("hang on a mo, brb", "colloquial", []),  # a moment, not a month
    ("SATURDAYYY 🎉", "colloquial", [("SATURDAYYY", "DATE", "2019-02-23")]),  # a day drawn out
    ("tomorrowwww!!!", "colloquial", [("tomorrowwww", "DATE", "2019-02-22")]),
    ("out out TONIGHTTT", "colloquial", [("TONIGHTTT", "TIME", "2019-02-21TNI")]),
    ("patch goes live at noon PT", "colloquial", [("noon PT", "TIME", "2019-02-21T12:00")]),  # noon's zone
    ("lunch noonish?", "colloquial", [("noonish", "TIME", "2019-02-21T12:00")]),
    ("stream at 9 EST tonight", "colloquial", [("9 EST tonight", "TIME", "2019-02-21T21:00")]),
    ("home 10ish tonight x", "colloquial", [("10ish tonight", "TIME", "2019-02-21T22:00")]),
    ("pub at half 7?", "colloquial", [("half 7", "TIME", "2019-02-21T19:30")]),  # a night out: evening
    ("The bus leaves at half seven sharp.", "news", [("half seven", "TIME", "2019-02-21T07:30")]),  # no cue
    ("dinner's at quarter past 6", "colloquial", [("quarter past 6", "TIME", "2019-02-21T18:15")]),
    ("up since half 5 this morning", "colloquial", [("half 5 this morning", "TIME", "2019-02-21T05:30")]),
    ("a few weeks back I tried it", "colloquial", [("a few weeks back", "DATE", "PAST_REF")]),  # back: ago
    ("The launch was set two years back by the fire.", "news", [("two years", "DURATION", "P2Y")]),
    ("back in 5, grabbing food", "colloquial", [("5", "DURATION", "PT5M")]),  # minutes left unsaid
    ("back in 5 days", "colloquial", [("5 days", "DURATION", "P5D")]),
    ("swim 3x a week", "colloquial", [("3x a week", "SET", "P1W")]),
    ("see u Sat at 9pm", "colloquial", [("Sat", "DATE", "2019-02-23"), ("9pm", "TIME", "2019-02-23T21:00")]),
    ("i sat at 9pm on the bench", "colloquial", [("9pm", "TIME", "2019-02-21T21:00")]),  # a verb
    ("off Mon-Wed, back Thurs", "colloquial",
     [("Mon", "DATE", "2019-02-25"), ("Wed", "DATE", "2019-02-27"), ("Thurs", "DATE", "2019-02-28")]),
    ("that's another day gone", "colloquial", [("another day", "DURATION", "P1D")]),
    ("lost again, never again (until Sunday)", "colloquial", [("Sunday", "DATE", "2019-02-24")]),
    ("Happy Diwali!!", "colloquial", [("Diwali", "DATE", "2018-11-07")]),  # a lunar feast by its year
    ("Eid next week inshallah", "colloquial", [("Eid", "DATE", "2019-06-04"), ("next week", "DATE", "2019-W09")]),
    ("He lent me his car.", "news", []),  # a verb, not the season
    ("Giving up sugar for Lent.", "news", [("Lent", "DATE", "2019-03-06")]),
    ("Hogmanay at the castle was wild", "colloquial", [("Hogmanay", "DATE", "2018-12-31")]),
    ("Victoria Day fireworks", "colloquial", [("Victoria Day", "DATE", "2019-05-20")]),
]


@pytest.mark.parametrize(("text", "genre", "expected"), KINDS, ids=[row[0][:40] for row in KINDS])
def test_a_kind_the_seventh_batch_found_is_tagged(text: str, genre: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "2019-02-21", genre) == expected
