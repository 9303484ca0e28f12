"""Held-out posts, fifth batch (issue 15): habits the first four batches lack — traffic and transit
alerts, weather warnings, TV schedules and live-tweeting, fixtures and scores, school closures,
concerts and ticket drops, shop hours, birthdays and anniversaries, countdowns ("3 more sleeps",
"T-minus 2 days"), ranges ("Mon–Wed", "9-5", "19-23 Aug"), hashtags and capitals, emoji between
words, typed spellings ("tomorow nite", "dis weekend"), and Indian, Nigerian and Australian English
("preponed", "next week Tuesday", "15/08", "5/7", "arvo"). Each was written for this project, with
its own creation date, and annotated by hand with TIMEX3 (text, type, value) before the tagger was
run on it. They are tagged as `timeline tag FILE --date DCT` tags a post (`--genre auto`).

Scored through the tagger before any rule for them: 34 of the 59 rows right (108 expressions, 102
found; strict / relaxed / value F1 0.848 / 0.905 / 0.762). Re-annotated once after scoring, to
tweets-train's and the earlier batches' conventions the first annotation had missed: a post's bare
"day" is a day ("beach [day]", "Training [day]", "hottest [day] of the year"); a weekday and its
clock after a comma are one time ("Friday, 7pm"); a bare hour before "today" is one time with it
("3 today", as "10.30 tonight" is); a day before its clock stays a date and a time ("tomorrow",
"10:30 AM"): with those, the same run scores 37 of 59 (110 expressions; 0.887 / 0.934 / 0.792).

The rules written after them (a clock right after its day is that day's whatever the clause's tense;
a clock after a set of weekdays is on each of them, "XXXX-XX-XXT21:00"; a clock before "on NYE" is
that feast's; a day a closure lasts until is still to come; "next week Tuesday"; "dis weekend"; a
post's "hottest day of the year" is this year; "3 more sleeps") took them to 44 of 59 (102 found,
97 strict and 100 relaxed matches, 91 values right: 0.915 / 0.943 / 0.858), with the first four
batches, tbaq-cleaned, tweets-train, wikiwars-train, the gold events, TimeML and EventTime unchanged.
The bare-hour rules after them (tests/test_tagger_posts_hours.py: an hour with a meal's, a night
out's or a shop's cue for its half of the day, "at 3 today", opening hours crossing noon, a clock
range after a set of weekdays) took them to 48 of 59 (107 found, 103 strict and 105 relaxed
matches, 97 values right: 0.949 / 0.968 / 0.894), the same corpora unchanged.
"""

from __future__ import annotations

import pytest

from tests.heldout import held_out_row, known_miss, names_rows, tagged

Row = tuple[str, str, list[tuple[str, str, str]]]

POSTS: list[Row] = [
    # traffic and transit alerts
    ("⚠️ A40 westbound closed between J3 and J4 until 6am Monday for resurfacing. Follow the diversion signs",
     "2023-03-10", [("6am Monday", "TIME", "2023-03-13T06:00")]),
    ("Line 2 trains every 15 mins this weekend while the track is repaired, normal service resumes Mon 5.30am",
     "2022-08-19", [("every 15 mins", "SET", "PT15M"), ("this weekend", "DATE", "2022-W33-WE"),
                    ("Mon 5.30am", "TIME", "2022-08-22T05:30")]),
    ("Delays of up to 45 minutes on the ring road this morning, breakdown cleared at 8:10", "2021-11-04",
     [("45 minutes", "DURATION", "PT45M"), ("this morning", "TIME", "2021-11-04TMO"),
      ("8:10", "TIME", "2021-11-04T08:10")]),
    ("Bus route 12 diverted Mon–Wed for the carnival, stops restored Thursday", "2024-05-16",
     [("Mon", "DATE", "2024-05-20"), ("Wed", "DATE", "2024-05-22"), ("Thursday", "DATE", "2024-05-23")]),
    ("No trams between Hillside and the Quay from 10pm tonight, replacement buses every 20 min", "2019-02-12",
     [("10pm tonight", "TIME", "2019-02-12T22:00"), ("every 20 min", "SET", "PT20M")]),
    # weather warnings
    ("Yellow warning for snow from 3pm Tues until midday Weds. Take care on the roads ❄️", "2021-01-25",
     [("3pm Tues", "TIME", "2021-01-26T15:00"), ("midday Weds", "TIME", "2021-01-27T12:00")]),
    ("HEAT ALERT: 38C expected THIS AFTERNOON, hottest day of the year so far", "2022-07-19",
     [("THIS AFTERNOON", "TIME", "2022-07-19TAF"), ("day", "DURATION", "P1D"), ("the year", "DATE", "2022")]),
    ("Cyclone watch for the coast, gale force winds from Sat arvo through Sunday", "2020-02-06",
     [("Sat arvo", "TIME", "2020-02-08TAF"), ("Sunday", "DATE", "2020-02-09")]),
    ("Storm arrives tonight, winds easing by Friday morning. Bins in!!", "2023-11-28",
     [("tonight", "TIME", "2023-11-28TNI"), ("Friday morning", "TIME", "2023-12-01TMO")]),
    # TV schedules and live-tweeting
    ("Final episode airs Sunday 9pm, who else is watching?? 📺", "2019-05-14",
     [("Sunday 9pm", "TIME", "2019-05-19T21:00")]),
    ("45 mins in and nobody has died yet, calmest episode so far #LiveTweet", "2019-05-19",
     [("45 mins", "DURATION", "PT45M")]),
    ("The baking show is back!! Tuesdays at 8 from next week 🎂", "2021-09-15",
     [("Tuesdays", "SET", "XXXX-WXX-2"), ("8", "TIME", "XXXX-XX-XXT20:00"), ("next week", "DATE", "2021-W38")]),
    ("the evening news is running 20 minutes late bc of the tennis", "2018-06-27",
     [("20 minutes", "DURATION", "PT20M")]),
    # sports fixtures and scores
    ("FT: Rovers 3-1 Athletic. Next up: away on Boxing Day, KO 3pm", "2023-12-17",
     [("Boxing Day", "DATE", "2023-12-26"), ("3pm", "TIME", "2023-12-26T15:00")]),
    ("Fixtures out!! Season opener at home Sat 12 Aug 🔥 tickets on sale Monday", "2023-06-15",
     [("Sat 12 Aug", "DATE", "2023-08-12"), ("Monday", "DATE", "2023-06-19")]),
    ("Won by 6 wkts with 2 overs to spare! 2nd T20 on Friday, 7pm start", "2024-01-10",
     [("Friday, 7pm", "TIME", "2024-01-12T19:00")]),
    ("Half marathon done in 1:52:30, a PB by 6 minutes!! 🏃", "2022-04-24",
     [("1:52:30", "DURATION", "PT1H52M30S"), ("6 minutes", "DURATION", "PT6M")]),
    ("3 days till the derby 😤 cant sleep", "2021-03-11", [("3 days", "DURATION", "P3D")]),
    # school closures
    ("All schools in the county closed tomorrow due to snow. Stay safe! ❄️", "2018-03-01",
     [("tomorrow", "DATE", "2018-03-02")]),
    ("Reminder: school closes at 1.30pm Friday for the end of term, back Tues 9th Jan", "2023-12-18",
     [("1.30pm Friday", "TIME", "2023-12-22T13:30"), ("Tues 9th Jan", "DATE", "2024-01-09")]),
    ("Training day Monday so no school for the kids 🙄", "2019-10-09",
     [("day", "DURATION", "P1D"), ("Monday", "DATE", "2019-10-14")]),
    ("Schools shut till further notice, exams pushed to June", "2020-03-18", [("June", "DATE", "2020-06")]),
    # concerts and ticket drops
    ("TICKETS DROP THIS FRIDAY 10AM 🎟️ set ur alarms", "2022-09-05",
     [("THIS FRIDAY 10AM", "TIME", "2022-09-09T10:00")]),
    ("presale code lands in ur inbox 24hrs before general sale", "2022-09-05", [("24hrs", "DURATION", "PT24H")]),
    ("Two shows only!! 14 & 15 Nov at the Apollo 🎸", "2024-08-20",
     [("14", "DATE", "2024-11-14"), ("15 Nov", "DATE", "2024-11-15")]),
    ("queued online for 2 hours and it sold out in 4 minutes. never again", "2023-09-30",
     [("2 hours", "DURATION", "PT2H"), ("4 minutes", "DURATION", "PT4M")]),
    ("omg she's added a second date!!! Sat 21st June 2025 🥹", "2024-11-02",
     [("Sat 21st June 2025", "DATE", "2025-06-21")]),
    # shop hours
    ("Christmas Eve we close at 2pm, closed 25th & 26th, normal hours from the 27th", "2021-12-20",
     [("Christmas Eve", "DATE", "2021-12-24"), ("2pm", "TIME", "2021-12-24T14:00"), ("25th", "DATE", "2021-12-25"),
      ("26th", "DATE", "2021-12-26"), ("the 27th", "DATE", "2021-12-27")]),
    ("Closing early at 3 today for a staff do, back to normal tmrw 👋", "2019-12-20",
     [("3 today", "TIME", "2019-12-20T15:00"), ("tmrw", "DATE", "2019-12-21")]),
    ("new late opening Thursdays till 9pm!", "2018-10-01",
     [("Thursdays", "SET", "XXXX-WXX-4"), ("9pm", "TIME", "XXXX-XX-XXT21:00")]),
    ("We're open 9-5 weekdays, closed Sundays ☕", "2020-07-07",
     [("9", "TIME", "XXXX-XX-XXT09:00"), ("5", "TIME", "XXXX-XX-XXT17:00"), ("weekdays", "SET", "XXXX-WXX-WD"),
      ("Sundays", "SET", "XXXX-WXX-7")]),
    # birthdays and anniversaries
    ("Happy 30th to my best mate!! 🎉 30 years and still can't cook", "2022-02-11",
     [("30 years", "DURATION", "P30Y")]),
    ("5 years married today ❤️ best decision I ever made", "2023-06-17",
     [("5 years", "DURATION", "P5Y"), ("today", "DATE", "2023-06-17")]),
    ("my lil boy turns 2 on Thursday and I'm not ready 😭", "2021-04-12", [("Thursday", "DATE", "2021-04-15")]),
    ("one year since we lost you dad. miss you every day", "2020-10-03",
     [("one year", "DURATION", "P1Y"), ("every day", "SET", "P1D")]),
    # countdowns
    ("3 more sleeps til Christmas!!! 🎄🎅", "2019-12-22",
     [("3 more sleeps", "DURATION", "P3D"), ("Christmas", "DATE", "2019-12-25")]),
    ("T-minus 2 days until launch 🚀 #countdown", "2024-03-05", [("2 days", "DURATION", "P2D")]),
    ("10 DAYS TO GO until the wedding!!", "2023-08-26", [("10 DAYS", "DURATION", "P10D")]),
    ("only 100 days left till summer 🏖️", "2022-04-13",
     [("100 days", "DURATION", "P100D"), ("summer", "DATE", "2022-SU")]),
    # ranges
    ("Fri-Sun at the festival, see u in the mud", "2018-06-25",
     [("Fri", "DATE", "2018-06-29"), ("Sun", "DATE", "2018-07-01")]),
    ("annual leave booked 19-23 Aug, cannot wait", "2019-07-30",
     [("19", "DATE", "2019-08-19"), ("23 Aug", "DATE", "2019-08-23")]),
    # hashtags and all capitals
    ("LAST CHANCE TO ENTER IS SUNDAY!!! #giveaway", "2020-05-13", [("SUNDAY", "DATE", "2020-05-17")]),
    ("#MondayMotivation up at 5am and already ran 10k 💪", "2021-03-01", [("5am", "TIME", "2021-03-01T05:00")]),
    ("BREAKING: power cut across the city since 6PM, no ETA for repairs", "2017-08-09",
     [("6PM", "TIME", "2017-08-09T18:00")]),
    # emoji between words
    ("see u 🔜 at 8 🍻 tonight", "2020-10-16",
     [("8", "TIME", "2020-10-16T20:00"), ("tonight", "TIME", "2020-10-16TNI")]),
    ("beach day ☀️ tomorrow 🏖️ then back to reality Monday 😩", "2019-08-02",
     [("day", "DURATION", "P1D"), ("tomorrow", "DATE", "2019-08-03"), ("Monday", "DATE", "2019-08-05")]),
    # non-standard spelling
    ("gona b there at 7 tomorow nite, save me sum food", "2018-04-06",
     [("7 tomorow nite", "TIME", "2018-04-07T19:00")]),
    ("wat u doin dis weekend? tryna go out saturdy", "2016-09-14",
     [("dis weekend", "DATE", "2016-W37-WE"), ("saturdy", "DATE", "2016-09-17")]),
    ("been waitin 4eva, like 2 hrs at least", "2017-02-02", [("2 hrs", "DURATION", "PT2H")]),
    # Indian English
    ("Exam on 12th March, only 15 days left for preparation. Kindly pray", "2022-02-25",
     [("12th March", "DATE", "2022-03-12"), ("15 days", "DURATION", "P15D")]),
    ("Office will remain closed on 15/08 on account of Independence Day", "2023-08-10",
     [("15/08", "DATE", "2023-08-15"), ("Independence Day", "DATE", "2023-08-15")]),
    ("Will reach by 5 pm today itself, please do the needful", "2019-11-21",
     [("5 pm today", "TIME", "2019-11-21T17:00")]),
    ("Meeting preponed to tomorrow 10:30 AM", "2021-07-06",
     [("tomorrow", "DATE", "2021-07-07"), ("10:30 AM", "TIME", "2021-07-07T10:30")]),
    # Nigerian English
    ("Wedding is on Saturday by 10am prompt, no African time abeg 😂", "2022-11-09",
     [("Saturday", "DATE", "2022-11-12"), ("10am", "TIME", "2022-11-12T10:00")]),
    ("NEPA took light since morning, na now e come back", "2020-06-03",
     [("morning", "TIME", "2020-06-03TMO"), ("now", "DATE", "PRESENT_REF")]),
    ("Happy Sallah in advance! We'll be in the village from Friday till next week Tuesday", "2019-06-03",
     [("Friday", "DATE", "2019-06-07"), ("next week Tuesday", "DATE", "2019-06-11")]),
    # Australian English
    ("Brekkie at 7, then footy this arvo, then the pub. Top Saturday", "2019-05-25",
     [("7", "TIME", "2019-05-25T07:00"), ("this arvo", "TIME", "2019-05-25TAF"), ("Saturday", "DATE", "2019-05-25")]),
    ("Fireworks from 9pm on NYE at the harbour, get there by arvo for a spot", "2018-12-27",
     [("9pm", "TIME", "2018-12-31T21:00"), ("NYE", "DATE", "2018-12-31"), ("arvo", "TIME", "2018-12-31TAF")]),
    ("school hols start 5/7, two weeks of chaos incoming", "2024-06-28",
     [("5/7", "DATE", "2024-07-05"), ("two weeks", "DURATION", "P2W")]),
]

# The rows still wrong, and why (each fix would be no general rule yet, or would cost another genre).
KNOWN_MISSES = {
    "Delays of up to 45": "'up to' is kept in a duration's span, as tbaq-cleaned has it ('up to 180 days')",
    "Bus route 12 diverted": "a notice's bare participles ('diverted', 'restored') read as past verbs",
    "Yellow warning for snow": "a short weekday's dot that ends the sentence is taken as its abbreviation's",
    "The baking show is back": "a bare hour after 'at' is not tagged (a count as often)",
    "the evening news": "a part of the day naming a programme ('the evening news') is tagged",
    "Half marathon done": "a race time with hours, minutes and seconds is no duration the rules read",
    "TICKETS DROP THIS FRIDAY": "an imperative 'set' after the time is read as a past verb",
    "Christmas Eve we close": "a clock in the clause after a feast is put on the day of writing; days "
                              "listed with '&' without 'the' are not tagged; 'normal hours' is a duration",
    "Office will remain closed on 15/08": "'Independence Day' is read as the American one",
    "Fireworks from 9pm on NYE": "a bare 'arvo' is put on the day of writing, not the day named before it",
    "school hols start 5/7": "a day-first numeric date with both parts under 13 is left untagged (month-first "
                             "is as likely)",
}


@pytest.mark.parametrize(("text", "dct", "expected"),
                         [held_out_row(row, known_miss(row[0], KNOWN_MISSES)) for row in POSTS])
def test_a_held_out_post_of_the_fifth_batch_is_tagged_as_annotated(
        text: str, dct: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


def test_every_known_miss_of_the_fifth_batch_names_a_row() -> None:
    assert names_rows(list(KNOWN_MISSES), POSTS)


# The kinds the rules written for this batch added, in sentences of their own (anchored on Thursday
# 2019-02-21); each fails without its rule.
KINDS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    # a clock right after its day is that day's, whatever the clause's tense says of a clock alone
    ("meeting moved to tomorrow 10:30 AM sorry all", "colloquial",
     [("tomorrow", "DATE", "2019-02-22"), ("10:30 AM", "TIME", "2019-02-22T10:30")]),
    ("The hearing was moved to Friday at 2 p.m.", "news",
     [("Friday", "DATE", "2019-02-22"), ("2 p.m.", "TIME", "2019-02-22T14:00")]),
    # a clock after a set of weekdays is on each of them, no day of the calendar
    ("yoga Wednesdays at 6pm in the church hall 🧘", "colloquial",
     [("Wednesdays", "SET", "XXXX-WXX-3"), ("6pm", "TIME", "XXXX-XX-XXT18:00")]),
    ("The gallery stays open on Fridays until 9 p.m.", "news",
     [("Fridays", "SET", "XXXX-WXX-5"), ("9 p.m.", "TIME", "XXXX-XX-XXT21:00")]),
    # a clock told before its feast ("on NYE", "on Christmas Eve") is that feast's
    ("gonna be at the pier from 10pm on NYE lol", "colloquial",
     [("10pm", "TIME", "2019-12-31T22:00"), ("NYE", "DATE", "2019-12-31")]),
    ("Carols begin at 6 p.m. on Christmas Eve in the square.", "news",
     [("6 p.m.", "TIME", "2019-12-24T18:00"), ("Christmas Eve", "DATE", "2019-12-24")]),
    # a day a closure lasts until is still to come
    ("car park closed until 7am Saturday for relining", "colloquial", [("7am Saturday", "TIME", "2019-02-23T07:00")]),
    ("The pier was closed until Monday after the storm, the council said.", "news",
     [("Monday", "DATE", "2019-02-25")]),
    # the week before its day ("next week Tuesday"), and "dis" for "this"
    ("we travel next week Tuesday by God's grace", "colloquial", [("next week Tuesday", "DATE", "2019-02-26")]),
    ("last wk friday the light no come at all", "colloquial", [("last wk friday", "DATE", "2019-02-15")]),
    ("wat r u doin dis weekend", "colloquial", [("dis weekend", "DATE", "2019-W08-WE")]),
    # a post's "of the year" is this year, as its "the week" is this week
    ("coldest morning of the year so far brrr", "colloquial",
     [("morning", "TIME", "2019-02-21TMO"), ("the year", "DATE", "2019")]),
    # a countdown in nights slept
    ("only 4 more sleeps till the holidays!!", "colloquial", [("4 more sleeps", "DURATION", "P4D")]),
]

@pytest.mark.parametrize(("text", "genre", "expected"), KINDS, ids=[row[0][:40] for row in KINDS])
def test_a_kind_the_fifth_batch_found_is_tagged(text: str, genre: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "2019-02-21", genre=genre) == expected
