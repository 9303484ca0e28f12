"""Held-out posts, ninth batch (issue 15): short posts in forms the first eight batches lack or
hold once — "day after tmrw", "the day after tomorrow" and Nigerian "next tomorrow", "this time next
week", "a fortnight today", "this day last year" under a #ThrowbackThursday, "end of the month"
itself, "16th morning"; clocks in shorthand ("1030am tmrw", "8p ET", "5:45p", "12noon", "7.30pm",
"Thurs 3.15"), units glued to their counts ("3wks ago", "2hrs", "9hrs", "48hrs", "20-min"),
weekdays cut short with and without dots ("tues", "weds", "next sat", "Sat. & Sun.", "Mon. 6.30am"),
"wknd" and "the long wknd", all caps ("FRIDAY 6PM", "FRI 14 JUNE • 10PM-4AM"), a market's "every Sat
8-1 thru Oct", a clock before its weekday ("01:00 Mon", "8pm Fri 12 Jul"), in texts, a forum thread,
Discord and gaming, event promoters, sports banter, customer-service replies and transit alerts,
in US, UK, Indian, Nigerian and Australian phrasing. Each was written for this project, with its own
creation date, and annotated by hand with TIMEX3 (text, type, value) before the tagger was run on
it. They are tagged as `timeline tag FILE --date DCT` tags a post (`--genre auto`).

Scored through the tagger before any rule for them: 9 of the 28 rows right (66 expressions;
strict / relaxed / value F1 0.628 / 0.826 / 0.628). Re-annotated after scoring, to the conventions
of the earlier batches the first annotation had missed: "up to" belongs to its duration ("[up to 5
working days]", as TimeBank's "up to three years"); the evening of an event named before its day is
a time ("parents' [evening]", as batch 6's): with those, the same run scores 9 of 28 (67
expressions; 0.656 / 0.836 / 0.623). A rule for "this time next week" as one day then broke batches 6
and 7, which annotate only its "[next week]" (and "this time [tomorrow]"): the row was brought to that
convention and the rule dropped, which gives the run before any rule 10 of 28 (0.672 / 0.836 / 0.639).

The rules written after them ("day after tmrw" without its article; Nigerian "next tomorrow"; "this
day last year" one day; "a fortnight today" and "a week today" the day two or one weeks on; a unit
glued to its count before "ago" ("3wks ago"); "12noon"; a one-letter am/pm with minutes or a time
zone ("5:45p", "8p ET", "9:30a ET"), and after a weekday ("Sunday 8p ET"); a 24-hour clock before its
weekday ("01:00 Mon"); a clock before a weekday and date ("8pm Fri 12 Jul"); an ordinal day and its
part of the day after a preposition ("from 16th morning"); "the long wknd"; "Oct" after "thru"; two
short weekdays joined by "&" or "+"; "2moro", "wknd", "brb", "lmk", "abeg" as cues of a post) took
them to 22 of 28 (67 expressions, 59 found: 0.905 / 0.937 / 0.857), with the other batches,
tweets-train, tbaq-cleaned, wikiwars-train, the gold events, TimeML and EventTime unchanged.
"""

from __future__ import annotations

import pytest

from tests.heldout import held_out_row, known_miss, names_rows, tagged

Row = tuple[str, str, list[tuple[str, str, str]]]

POSTS: list[Row] = [    # tweets and replies
    ("cant believe its only tues. need the weekend asap", "2024-03-12",
     [("tues", "DATE", "2024-03-12"), ("the weekend", "DATE", "2024-W11-WE")]),
    ("@jess_m yes!! drinks next sat? im away this time next week", "2023-05-17",
     [("next sat", "DATE", "2023-05-20"), ("next week", "DATE", "2023-W21")]),
    ("day after tmrw is payday and i have £4.12 to my name", "2023-01-25", [("day after tmrw", "DATE", "2023-01-27")]),
    ("#ThrowbackThursday to this day last year, Glasto in the mud 🎪", "2023-06-29",
     [("this day last year", "DATE", "2022-06-29")]),
    # texts
    ("running 10 mins late, be there by 7.30pm x", "2022-11-04",
     [("10 mins", "DURATION", "PT10M"), ("7.30pm", "TIME", "2022-11-04T19:30")]),
    ("mum lands 1030am tmrw, can u get her from the airport? ill owe u big time", "2021-08-19",
     [("1030am tmrw", "TIME", "2021-08-20T10:30")]),
    ("Dentist moved to Thurs 3.15, then parents' evening 6-7.30 so cant do dinner", "2023-01-23",
     [("Thurs 3.15", "TIME", "2023-01-26T15:15"), ("evening", "TIME", "2023-01-26TEV"),
      ("6", "TIME", "2023-01-26T18:00"), ("7.30", "TIME", "2023-01-26T19:30")]),
    # forums
    ("Posted this 3wks ago and still no reply, bumping. EDIT: fixed it myself, took 45 mins lol", "2020-02-10",
     [("3wks ago", "DATE", "2020-W04"), ("45 mins", "DURATION", "PT45M")]),
    # Discord and gaming
    ("raid reset is weds, we're running it 2nite 9-11pm, 2hrs max", "2024-01-16",
     [("weds", "DATE", "2024-01-17"), ("2nite", "TIME", "2024-01-16TNI"), ("9", "TIME", "2024-01-16T21:00"),
      ("11pm", "TIME", "2024-01-16T23:00"), ("2hrs", "DURATION", "PT2H")]),
    ("new season drops 2moro @ 10am PT, servers down 2 hrs before 😤", "2024-08-19",
     [("2moro", "DATE", "2024-08-20"), ("10am PT", "TIME", "2024-08-20T10:00"), ("2 hrs", "DURATION", "PT2H")]),
    ("DOUBLE XP STARTS FRIDAY 6PM AND RUNS TILL MONDAY 9AM. 3 DAYS OF GRINDING LETS GOOO", "2022-03-01",
     [("FRIDAY 6PM", "TIME", "2022-03-04T18:00"), ("MONDAY 9AM", "TIME", "2022-03-07T09:00"),
      ("3 DAYS", "DURATION", "P3D")]),
    # event promoters
    ("FRI 14 JUNE • 10PM-4AM • £10 b4 11", "2024-06-03",
     [("FRI 14 JUNE", "DATE", "2024-06-14"), ("10PM", "TIME", "2024-06-14T22:00"), ("4AM", "TIME", "2024-06-14T04:00"),
      ("11", "TIME", "2024-06-14T23:00")]),
    ("Farmers market every Sat 8-1 thru Oct. See y'all this wknd!", "2023-06-06",
     [("every Sat", "SET", "XXXX-WXX-6"), ("8", "TIME", "XXXX-XX-XXT08:00"), ("1", "TIME", "XXXX-XX-XXT13:00"),
      ("Oct", "DATE", "2023-10"), ("this wknd", "DATE", "2023-W23-WE")]),
    ("Owambe this saturday o! Starts 12noon prompt, no African time abeg 😂", "2023-09-05",
     [("this saturday", "DATE", "2023-09-09"), ("12noon", "TIME", "2023-09-09T12:00")]),
    # sports banter
    ("3-0 at home. See you in the return leg a fortnight today lads 😂", "2023-10-21",
     [("a fortnight today", "DATE", "2023-11-04")]),
    ("Grand final's the day after tomorrow!! bbq at ours from 11, bounce is 2.30", "2022-09-29",
     [("the day after tomorrow", "DATE", "2022-10-01"), ("11", "TIME", "2022-10-01T11:00"),
      ("2.30", "TIME", "2022-10-01T14:30")]),
    ("Game 7 Sunday 8p ET. clear your schedules", "2024-05-15", [("Sunday 8p ET", "TIME", "2024-05-19T20:00")]),
    # customer service replies
    ("Hi Sam, sorry for the wait! The store reopens Mon 9am and we'll get back to you within 48hrs ^JK", "2023-02-25",
     [("Mon 9am", "TIME", "2023-02-27T09:00"), ("48hrs", "DURATION", "PT48H")]),
    ("Hi there, your refund was processed on 12/04 and can take up to 5 working days to show. Thanks, Priya",
     "2022-12-06", [("12/04", "DATE", "2022-12-04"), ("up to 5 working days", "DURATION", "P5D")]),
    # transit alerts
    ("⚠️ Northern line: no service between Camden Town and Edgware this weekend. Replacement buses every 10 mins "
     "until 01:00 Mon.", "2024-04-10",
     [("this weekend", "DATE", "2024-W15-WE"), ("every 10 mins", "SET", "PT10M"),
      ("01:00 Mon", "TIME", "2024-04-15T01:00")]),
    ("Expect 20-min delays on the L train due to signal problems. Next update 5:45p.", "2023-03-08",
     [("20-min", "DURATION", "PT20M"), ("5:45p", "TIME", "2023-03-08T17:45")]),
    ("Trains replaced by buses Central to Hornsby from 8pm Fri 12 Jul until first service Mon 15 Jul", "2024-07-08",
     [("8pm Fri 12 Jul", "TIME", "2024-07-12T20:00"), ("Mon 15 Jul", "DATE", "2024-07-15")]),
    # Indian English
    ("Exam preponed to 22nd Feb, results by end of the month itself. Tension!!", "2021-02-15",
     [("22nd Feb", "DATE", "2021-02-22"), ("end of the month", "DATE", "2021-02")]),
    ("Sir kindly note office will remain closed on 15th Aug, we will resume from 16th morning", "2019-08-12",
     [("15th Aug", "DATE", "2019-08-15"), ("16th morning", "TIME", "2019-08-16TMO")]),
    # Nigerian English
    ("Abeg who get light for Surulere? NEPA took it since 6am, 9hrs now", "2022-07-14",
     [("6am", "TIME", "2022-07-14T06:00"), ("9hrs", "DURATION", "PT9H"), ("now", "DATE", "PRESENT_REF")]),
    ("Meeting don shift to next tomorrow, 4pm sharp", "2022-05-10",
     [("next tomorrow", "DATE", "2022-05-12"), ("4pm", "TIME", "2022-05-12T16:00")]),
    # Australian English
    ("Off to the coast for the long wknd, back Tues arvo", "2021-06-10",
     [("the long wknd", "DATE", "2021-W23-WE"), ("Tues arvo", "TIME", "2021-06-15TAF")]),
    # abbreviations with dots
    ("Pool closed Sat. & Sun. for maintenance, reopens Mon. 6.30am", "2022-08-03",
     [("Sat.", "DATE", "2022-08-06"), ("Sun.", "DATE", "2022-08-07"), ("Mon. 6.30am", "TIME", "2022-08-08T06:30")]),
]

# The rows still wrong, and why (each fix would be no general rule yet, or would cost another genre).
KNOWN_MISSES: dict[str, str] = {
    "Dentist moved to Thurs 3.15": "a weekday before a dotted clock without am/pm stays a date; an event's "
                                   "evening is put on the day of writing; a range of bare hours after it is "
                                   "not tagged",
    "FRI 14 JUNE": "a range's end past midnight is put on the next day, where batches 1 and 8 annotate the "
                   "start's day; a bare hour after 'b4' is not tagged",
    "Farmers market every Sat": "a range of bare hours after a set is not tagged; a short month before a "
                                "full stop takes the stop as its dot ('Oct.')",
    "Grand final's the day": "bare hours after 'from' and 'is' on a day named are not tagged",
    "Hi there, your refund": "a numeric day and month both readings of which are dates is left alone",
    "Pool closed Sat.": "'closed' before the days is read as a past verb, so they look back",
}


@pytest.mark.parametrize(("text", "dct", "expected"),
                         [held_out_row(row, known_miss(row[0], KNOWN_MISSES)) for row in POSTS])
def test_a_held_out_post_of_the_ninth_batch_is_tagged_as_annotated(
        text: str, dct: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


def test_every_known_miss_of_the_ninth_batch_names_a_row() -> None:
    assert names_rows(list(KNOWN_MISSES), POSTS)


# The kinds the rules written for this batch added, in sentences of their own (anchored on Thursday
# 2019-02-21), and what they leave alone.
KINDS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("day after tmrw is payday", "colloquial", [("day after tmrw", "DATE", "2019-02-23")]),
    ("a day after tomorrow's vote", "news", [("a day", "DURATION", "P1D"), ("tomorrow", "DATE", "2019-02-22")]),
    ("meeting don shift to next tomorrow", "colloquial", [("next tomorrow", "DATE", "2019-02-23")]),
    ("#TBT to this day last year", "colloquial", [("this day last year", "DATE", "2018-02-21")]),
    ("return leg a fortnight today lads", "colloquial", [("a fortnight today", "DATE", "2019-03-07")]),
    ("its a week today since the flood", "colloquial",
     [("a week", "DURATION", "P1W"), ("today", "DATE", "2019-02-21")]),  # counted back
    ("its been a week today 😭", "colloquial", [("a week", "DURATION", "P1W"), ("today", "DATE", "2019-02-21")]),
    ("posted this 3wks ago, no reply", "colloquial", [("3wks ago", "DATE", "2019-W05")]),
    ("starts 12noon prompt", "colloquial", [("12noon", "TIME", "2019-02-21T12:00")]),
    ("next update 5:45p.", "news", [("5:45p", "TIME", "2019-02-21T17:45")]),
    ("The market opens at 9:30a ET.", "news", [("9:30a ET", "TIME", "2019-02-21T09:30")]),
    ("game 7 Sunday 8p ET", "colloquial", [("Sunday 8p ET", "TIME", "2019-02-24T20:00")]),
    ("20p a bag now??", "colloquial", [("now", "DATE", "PRESENT_REF")]),  # pence
    ("read John 3:16a tonight", "colloquial", [("tonight", "TIME", "2019-02-21TNI")]),  # a verse
    ("buses every 10 mins until 01:00 Mon.", "news",
     [("every 10 mins", "SET", "PT10M"), ("01:00 Mon", "TIME", "2019-02-25T01:00")]),
    ("buses from 8pm Fri 12 Jul lol", "colloquial", [("8pm Fri 12 Jul", "TIME", "2019-07-12T20:00")]),
    ("we will resume from 16th morning", "colloquial", [("16th morning", "TIME", "2019-03-16TMO")]),
    ("on 2nd night of the trip lol", "colloquial", [("night", "TIME", "2019-02-21TNI")]),  # a night counted
    ("the 5th night of the festival lol", "colloquial", [("night", "TIME", "2019-02-21TNI")]),  # no day
    ("off to the coast for the long wknd", "colloquial", [("the long wknd", "DATE", "2019-W08-WE")]),
    ("pool open Sat. & Sun. only", "colloquial", [("Sat.", "DATE", "2019-02-23"), ("Sun.", "DATE", "2019-02-24")]),
    ("market will run thru Oct lol", "colloquial", [("Oct", "DATE", "2019-10")]),
]


@pytest.mark.parametrize(("text", "genre", "expected"), KINDS, ids=[row[0][:40] for row in KINDS])
def test_a_kind_the_ninth_batch_found_is_tagged(text: str, genre: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "2019-02-21", genre) == expected
