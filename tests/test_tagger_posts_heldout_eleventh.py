"""Held-out posts, eleventh batch (issue 15): forty short posts in habits the first ten batches lack
or hold once — Instagram captions with emoji and odd separators ("📅 24.05 | 🕗 10am–3pm", "on the
twenty-first", "a decade since"), flyers in capitals ("SATURDAY 14TH SEPTEMBER // 9PM TIL LATE",
"NEW YEARS EVE … BALL DROP AT MIDNIGHT", "EVERY OTHER TUESDAY FROM 7.30PM"), sports live-tweets
whose minutes are no clock ("HT", "45+2'", "FT 90+3'"), a cricket delay ("at 2:15", "by 4ish"),
sale countdowns ("48hrs only, ends midnight Sun", "til 6 tonight", "ends in 3 days"), relative
phrasing ("this time tomorrow", "a couple weeks back", "mid-week", "end of next wk", "turning 30
next month", "bi-weekly", "a week on Friday"), numeric dates in both orders ("on 3/14", "bday
14/3"), feasts and holidays ("Xmas Eve", "bank hol Monday", "Memorial Day wknd", "Labor Day",
"Holi", "Eid al-Adha", "Mother's Day", "Fourth of July", "Australia Day", "NYE 2019" under a #TBT),
Indian, Nigerian, Australian and Philippine phrasing ("preponed to tomorrow 10 AM itself", "next
week Saturday by 2pm prompt", "brekkie at 8am", "Sahod na on the 15th … that night"), time zones
side by side ("Thurs 11am PT / 2pm ET / 7pm BST", "1900 BST tonight"), clocks in words
("noon-ish", "half past 7 tonight"), hashtags that name no time ("#MondayMotivation") and spans
("an hour and a half", "2 and a half hours", "1hr 20mins"). Each was written for this project,
with its own creation date, and annotated by hand with TIMEX3 (text, type, value) before the
tagger was run on it. They are tagged as `timeline tag FILE --date DCT` tags a post (`--genre auto`).

Scored through the tagger before any rule for them: 24 of the 40 rows right (73 expressions;
strict / relaxed / value F1 0.800 / 0.924 / 0.717). Re-annotated after scoring, to the conventions
of the earlier batches and tweets-train the first annotation had missed: "tomorrow" before "10 AM"
is a date and a time (batch 8's "tomorrow 10am"); a bare "year" is a duration, as tweets-train's
"best year ever" is ("2020 would be our [year]"): with those, the same run scores 25 of 40 (75
expressions; 0.830 / 0.939 / 0.748).

The rules written after them (the weekend a feast names, one expression, the one before a Monday's
feast: "Memorial Day wknd", "the Easter weekend"; Eid al-Adha (and Bakrid) year by year, and
Britain's Mothering Sunday; "NYE 2019" with its year; "bank hol Monday"; "bi-weekly"; "mid-week"
as the week of writing; a day of the month written as a word from the tenth on ("on the
twenty-first"); "Wed" before "or" and a weekday; a clock in words or a compact clock with its zone
before "tonight" one time ("half past 7 tonight", "1900 BST tonight"); a numeric date after a
birthday ("bday 14/3") or a calendar emoji, dotted too ("📅 24.05"); "booked for" and a flyer's
closing participle ("colours provided,") no past) took them to 36 of 40 (75 expressions:
0.993 / 0.993 / 0.925); Mother's Day read as the nearer of the United States' and Britain's, and
"booked for" after a comma with its subject left out no past, to 37 of 40 (0.993 / 0.993 / 0.952),
with the other batches, tbaq-cleaned and wikiwars-train unchanged and tweets-train up from 92.2 /
97.5 / 75.1 to 92.4 / 97.5 / 75.2 by kinds tried beside them ("Vesak day", "start of spring"). The
rows below the batch (KINDS) hold those kinds and what they leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.heldout import at_floor, batch_report, gold_timexes, held_out_row, known_miss, names_rows, tagged
from timeline.tag.tagger import tag_text

Row = tuple[str, str, list[tuple[str, str, str]]]

POSTS: list[Row] = [
    # Instagram captions
    ("Pop-up market is back!! 📅 24.05 | 🕗 10am–3pm | 📍 Old Mill Yard", "2025-05-12",
     [("24.05", "DATE", "2025-05-24"), ("10am", "TIME", "2025-05-24T10:00"), ("3pm", "TIME", "2025-05-24T15:00")]),
    ("that sky on the twenty-first 🌅 still not over it", "2024-06-23",
     [("the twenty-first", "DATE", "2024-06-21")]),
    ("📍Brighton ✨ a decade since we met on this pier 🥹 #anniversary", "2023-08-14",
     [("a decade", "DURATION", "P10Y")]),
    # flyers in capitals
    ("SATURDAY 14TH SEPTEMBER // 9PM TIL LATE // £10 ON THE DOOR", "2024-08-30",
     [("SATURDAY 14TH SEPTEMBER", "DATE", "2024-09-14"), ("9PM", "TIME", "2024-09-14T21:00")]),
    ("NEW YEARS EVE PARTY 🎉 DOORS 8PM, BALL DROP AT MIDNIGHT", "2023-12-01",
     [("NEW YEARS EVE", "DATE", "2023-12-31"), ("8PM", "TIME", "2023-12-31T20:00"),
      ("MIDNIGHT", "TIME", "2023-12-31T24:00")]),
    ("OPEN MIC EVERY OTHER TUESDAY FROM 7.30PM, SIGN UP AT THE BAR", "2022-02-03",
     [("EVERY OTHER TUESDAY", "SET", "XXXX-WXX-2"), ("7.30PM", "TIME", "XXXX-XX-XXT19:30")]),
    # sports live-tweets
    ("HT: 1-0 to us. 45+2' penalty shout waved away 😡", "2024-04-20", []),
    ("FT 2-1!! 90+3' winner from the kid, scenes. same again Tues night 🔥", "2024-04-20",
     [("Tues night", "TIME", "2024-04-23TNI")]),
    ("Rain stopped play at 2:15, covers on. forecast says clear by 4ish 🏏", "2023-06-24",
     [("2:15", "TIME", "2023-06-24T14:15"), ("4ish", "TIME", "2023-06-24T16:00")]),
    # sale countdowns
    ("FLASH SALE ⚡ 48hrs only, ends midnight Sun", "2024-11-14",
     [("48hrs", "DURATION", "PT48H"), ("midnight Sun", "TIME", "2024-11-17T24:00")]),
    ("Last chance!! 20% off everything til 6 tonight 🛍️", "2022-12-23",
     [("6 tonight", "TIME", "2022-12-23T18:00")]),
    ("Summer sale ends in 3 days ⏳ then prices go back up", "2021-07-26",
     [("Summer", "DATE", "2021-SU"), ("3 days", "DURATION", "P3D")]),
    # relative phrasing
    ("this time tomorrow ill be on a beach in Crete 🏖️ cant wait", "2023-07-14", [("tomorrow", "DATE", "2023-07-15")]),
    ("got my jab a couple weeks back and still feel rough tbh", "2021-05-19",
     [("a couple weeks back", "DATE", "2021-W18")]),
    ("can we move it to mid-week? Wed or Thurs works", "2024-02-12",
     [("mid-week", "DATE", "2024-W07"), ("Wed", "DATE", "2024-02-14"), ("Thurs", "DATE", "2024-02-15")]),
    ("report due end of next wk and i havent started 💀", "2023-03-08", [("end of next wk", "DATE", "2023-W11")]),
    ("turning 30 next month and honestly? thriving", "2022-09-05", [("next month", "DATE", "2022-10")]),
    ("bin collection is bi-weekly now, next one Thurs", "2023-01-09",
     [("bi-weekly", "SET", "P2W"), ("now", "DATE", "PRESENT_REF"), ("Thurs", "DATE", "2023-01-12")]),
    ("Our flight's a week on Friday ✈️ counting down", "2023-04-04", [("a week on Friday", "DATE", "2023-04-14")]),
    # numeric dates, both orders
    ("Dinner at 7 on 3/14? my treat 🥧", "2024-03-04",
     [("7", "TIME", "2024-03-14T19:00"), ("3/14", "DATE", "2024-03-14")]),
    ("Mum's bday 14/3, table booked for 7.30pm 😊", "2024-02-27",
     [("14/3", "DATE", "2024-03-14"), ("7.30pm", "TIME", "2024-03-14T19:30")]),
    # feasts and holidays
    ("Xmas Eve drinks at the Swan, from 4pm til whenever 🍻", "2022-12-19",
     [("Xmas Eve", "DATE", "2022-12-24"), ("4pm", "TIME", "2022-12-24T16:00")]),
    ("bank hol Monday bbq at ours if the weather holds ☀️", "2023-05-24", [("bank hol Monday", "DATE", "2023-05-29")]),
    ("Memorial Day wknd plans: grill, nap, repeat 🇺🇸", "2024-05-20", [("Memorial Day wknd", "DATE", "2024-W21-WE")]),
    ("Labor Day sale ends Monday at 11:59pm PT", "2025-08-28",
     [("Labor Day", "DATE", "2025-09-01"), ("Monday", "DATE", "2025-09-01"),
      ("11:59pm PT", "TIME", "2025-09-01T23:59")]),
    ("Holi party on Sunday, colours provided, come by 11am 🎨", "2025-03-10",
     [("Holi", "DATE", "2025-03-14"), ("Sunday", "DATE", "2025-03-16"), ("11am", "TIME", "2025-03-16T11:00")]),
    ("Open 24/7 over Eid al-Adha, cake orders close Weds 🍰", "2024-06-10",
     [("Eid al-Adha", "DATE", "2024-06-16"), ("Weds", "DATE", "2024-06-12")]),
    ("Mother's Day brunch Sunday 11am, booked for 6 ☺️", "2024-03-05",
     [("Mother's Day", "DATE", "2024-03-10"), ("Sunday 11am", "TIME", "2024-03-10T11:00")]),
    ("Fourth of July cookout at ours, starts at 2pm, fireworks after dark 🎆", "2023-06-28",
     [("Fourth of July", "DATE", "2023-07-04"), ("2pm", "TIME", "2023-07-04T14:00")]),
    # Indian, Nigerian, Australian and Philippine phrasing
    ("Meeting is preponed to tomorrow 10 AM itself, pls be on time", "2024-07-17",
     [("tomorrow", "DATE", "2024-07-18"), ("10 AM", "TIME", "2024-07-18T10:00")]),
    ("Owambe is next week Saturday by 2pm prompt. Aso ebi don land 💃🏾", "2023-09-06",
     [("next week Saturday", "DATE", "2023-09-16"), ("2pm", "TIME", "2023-09-16T14:00")]),
    ("Australia Day tmrw so brekkie at 8am then the beach 🇦🇺", "2024-01-25",
     [("Australia Day", "DATE", "2024-01-26"), ("tmrw", "DATE", "2024-01-26"), ("8am", "TIME", "2024-01-26T08:00")]),
    ("Sahod na on the 15th!! 🥳 Jollibee tayo that night", "2024-02-13",
     [("the 15th", "DATE", "2024-02-15"), ("that night", "TIME", "2024-02-15TNI")]),
    # time zones and clocks in words
    ("Livestream Thurs 11am PT / 2pm ET / 7pm BST 🎥", "2024-09-02",
     [("Thurs 11am PT", "TIME", "2024-09-05T11:00"), ("2pm ET", "TIME", "2024-09-05T14:00"),
      ("7pm BST", "TIME", "2024-09-05T19:00")]),
    ("Server restart 1900 BST tonight, should take about an hour and a half", "2023-05-10",
     [("1900 BST tonight", "TIME", "2023-05-10T19:00"), ("an hour and a half", "DURATION", "PT1H30M")]),
    ("noon-ish at the park? bring the frisbee", "2021-06-05", [("noon-ish", "TIME", "2021-06-05T12:00")]),
    ("train gets in at half past 7 tonight, can u grab me? 🚉", "2022-11-18",
     [("half past 7 tonight", "TIME", "2022-11-18T19:30")]),
    # hashtags and spans in short units
    ("#MondayMotivation up at 5am, gym by 6, then 2 and a half hours of deep work", "2024-01-15",
     [("5am", "TIME", "2024-01-15T05:00"), ("6", "TIME", "2024-01-15T06:00"),
      ("2 and a half hours", "DURATION", "PT2H30M")]),
    ("#TBT to NYE 2019 when we all thought 2020 would be our year 😂", "2023-03-02",
     [("NYE 2019", "DATE", "2019-12-31"), ("2020", "DATE", "2020"), ("year", "DURATION", "P1Y")]),
    ("1hr 20mins on hold with the bank 🙃 then they hung up", "2022-08-03", [("1hr 20mins", "DURATION", "PT1H20M")]),
]

# The rows still wrong, and why (each fix would be no general rule yet, or would cost another genre).
KNOWN_MISSES: dict[str, str] = {
    "that sky on the twenty-first": "a day of the month with no verb to date it looks ahead (as 'on the 21st' "
                                    "does); only 'still not over it' says it has passed",
    "Rain stopped play at 2:15": "a bare clock with minutes and nothing to say which half of the day ('at 2:15', "
                                 "'by 4ish') is read in the morning",
    "#MondayMotivation up at 5am": "a bare hour after 'by' ('gym by 6') is not tagged",
}


@pytest.mark.parametrize(("text", "dct", "expected"),
                         [held_out_row(row, known_miss(row[0], KNOWN_MISSES)) for row in POSTS])
def test_a_held_out_post_of_the_eleventh_batch_is_tagged_as_annotated(
        text: str, dct: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


def test_every_known_miss_of_the_eleventh_batch_names_a_row() -> None:
    assert names_rows(list(KNOWN_MISSES), POSTS)


FLOORS = (0.99, 0.99, 0.95)  # 0.993 / 0.993 / 0.952 when written


def test_the_eleventh_batch_scores_at_its_floor() -> None:
    """Strict, relaxed and value F1 of the batch, pooled as `timeline eval` pools them."""
    assert at_floor(batch_report([(f"post{index}", text, gold_timexes(text, gold), list(tag_text(
        text, dt.date.fromisoformat(dct)))) for index, (text, dct, gold) in enumerate(POSTS)]), FLOORS)


# The kinds the rules written for this batch added, in sentences of their own (anchored on Thursday
# 2019-02-21), and what they leave alone.
KINDS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("Roads were jammed over the Memorial Day weekend.", "news", [("the Memorial Day weekend", "DATE", "2018-W21-WE")]),
    ("gonna be at the lake over Labor Day wknd", "colloquial", [("Labor Day wknd", "DATE", "2019-W35-WE")]),
    ("Crowds are expected over the Easter weekend.", "news", [("the Easter weekend", "DATE", "2019-W16-WE")]),
    ("Thanksgiving weekend traffic lol", "colloquial", [("Thanksgiving weekend", "DATE", "2018-W47-WE")]),
    ("Shops will close for Eid al-Adha.", "news", [("Eid al-Adha", "DATE", "2019-08-11")]),
    ("Bakrid holiday tomorrow", "colloquial", [("Bakrid", "DATE", "2019-08-11"), ("tomorrow", "DATE", "2019-02-22")]),
    ("Mothering Sunday lunch booked", "colloquial", [("Mothering Sunday", "DATE", "2019-03-31")]),
    ("#TBT to NYE 2016 lol", "colloquial", [("NYE 2016", "DATE", "2016-12-31")]),
    ("bank hol Monday bbq at ours", "colloquial", [("bank hol Monday", "DATE", "2019-02-25")]),
    ("bin collection is bi-weekly now", "colloquial", [("bi-weekly", "SET", "P2W"), ("now", "DATE", "PRESENT_REF")]),
    ("can we move it to mid-week?", "colloquial", [("mid-week", "DATE", "2019-W08")]),
    ("rent due by the twenty-fifth ugh", "colloquial", [("the twenty-fifth", "DATE", "2019-02-25")]),
    ("scored on the twelfth attempt lol", "colloquial", []),  # a try, not a day
    ("on the second thought lol", "colloquial", []),  # a low ordinal is no day
    ("can we do Wed or Thurs?", "colloquial", [("Wed", "DATE", "2019-02-27"), ("Thurs", "DATE", "2019-02-21")]),
    ("they wed or marry lol", "colloquial", []),
    ("train gets in at half past 7 tonight", "colloquial", [("half past 7 tonight", "TIME", "2019-02-21T19:30")]),
    ("The show starts at quarter to 8 tonight.", "news", [("quarter to 8 tonight", "TIME", "2019-02-21T19:45")]),
    ("Server restart 1900 BST tonight", "colloquial", [("1900 BST tonight", "TIME", "2019-02-21T19:00")]),
    ("Mum's bday 14/3, table booked for 7.30pm", "colloquial",
     [("14/3", "DATE", "2019-03-14"), ("7.30pm", "TIME", "2019-03-14T19:30")]),
    ("📅 24.05 | 🕗 10am–3pm", "colloquial",
     [("24.05", "DATE", "2019-05-24"), ("10am", "TIME", "2019-05-24T10:00"), ("3pm", "TIME", "2019-05-24T15:00")]),
    ("prices up 12.05 lol", "colloquial", []),  # no calendar before it
    ("📆 Sat 15/06 🕗 8pm", "colloquial", [("Sat 15/06", "DATE", "2019-06-15"), ("8pm", "TIME", "2019-06-15T20:00")]),
    ("DATE: 15/06 TIME: 8PM", "colloquial", [("15/06", "DATE", "2019-06-15"), ("8PM", "TIME", "2019-06-15T20:00")]),
    ("Sat 12/04 lol", "colloquial", []),  # either reading a date
    ("Holi party on Sunday, colours provided, come by 11am", "colloquial",
     [("Holi", "DATE", "2019-03-21"), ("Sunday", "DATE", "2019-02-24"), ("11am", "TIME", "2019-02-24T11:00")]),
    ("The firm provided support on Sunday.", "news", [("Sunday", "DATE", "2019-02-17")]),
    # kinds tried beside the batch's, in the habits it was written for
    ("quiz is every other Tues lol", "colloquial", [("every other Tues", "SET", "XXXX-WXX-2")]),
    ("bins go out every 2nd week", "colloquial", [("every 2nd week", "SET", "P2W")]),
    ("The panel meets once a fortnight.", "news", [("once a fortnight", "SET", "P2W")]),
    ("nap this aft for sure", "colloquial", [("this aft", "TIME", "2019-02-21TAF")]),
    ("drinks tmrw eve?", "colloquial", [("tmrw eve", "TIME", "2019-02-22TEV")]),
    ("The talks resume the week after next.", "news", [("the week after next", "DATE", "2019-W10")]),
    ("Prices peaked the year before last.", "news", [("the year before last", "DATE", "2017")]),
    ("flight is a week Friday lol", "colloquial", [("a week Friday", "DATE", "2019-03-01")]),
    ("need the report by EOW pls", "colloquial", [("EOW", "DATE", "2019-W08")]),
    ("back in '09 lol", "colloquial", [("'09", "DATE", "2009")]),
    ("June '09 was wild lol", "colloquial", [("June '09", "DATE", "2009-06")]),
    ("he is 5'09 lol", "colloquial", []),  # a height
    ("Shops reopen the day after Boxing Day.", "news", [("the day after Boxing Day", "DATE", "2019-12-27")]),
    ("bus half an hr late again lol", "colloquial", [("half an hr", "DURATION", "PT30M")]),
    ("saw that film a while back lol", "colloquial", [("a while back", "DATE", "PAST_REF")]),
    ("got this the other month", "colloquial", [("the other month", "DATE", "PAST_REF")]),
    ("frost on the car this morn brrr", "colloquial", [("this morn", "TIME", "2019-02-21TMO")]),
    ("sale ends tonight at 11:59", "colloquial",
     [("tonight", "TIME", "2019-02-21TNI"), ("11:59", "TIME", "2019-02-21T23:59")]),
    ("see u 2nite @ 9", "colloquial", [("2nite", "TIME", "2019-02-21TNI"), ("9", "TIME", "2019-02-21T21:00")]),
    ("voucher valid until 31/03/19", "colloquial", [("31/03/19", "DATE", "2019-03-31")]),
    # Mother's Day: the United States' in May or Britain's three weeks before Easter, the nearer
    ("Mother's Day brunch Sunday, booked for 6", "colloquial",
     [("Mother's Day", "DATE", "2019-03-31"), ("Sunday", "DATE", "2019-02-24")]),
    ("Happy Mother's Day to all the mums", "colloquial", [("Mother's Day", "DATE", "2019-03-31")]),
    ("The match, set for Friday, will go ahead.", "news", [("Friday", "DATE", "2019-02-22")]),
    ("Happy Pi Day lol", "colloquial", [("Pi Day", "DATE", "2019-03-14")]),
    ("Paddy's day plans?", "colloquial", [("Paddy's day", "DATE", "2019-03-17")]),
    ("Zoo with family on Vesak day", "colloquial", [("Vesak day", "DATE", "2019-05-19")]),
    ("Hari Raya open house tmrw", "colloquial", [("Hari Raya", "DATE", "2019-06-05"), ("tmrw", "DATE", "2019-02-22")]),
    ("Easter Mon bbq at ours", "colloquial", [("Easter Mon", "DATE", "2019-04-22")]),
    ("start of next month lol", "colloquial", [("start of next month", "DATE", "2019-03")]),
    ("beginning of the week was rough", "colloquial", [("beginning of the week", "DATE", "2019-W08")]),
    ("festival is Jun 3-7 lol", "colloquial", [("Jun 3", "DATE", "2019-06-03"), ("7", "DATE", "2019-06-07")]),
    ("festival June 3rd thru 7th at the park", "colloquial",
     [("June 3rd", "DATE", "2019-06-03"), ("7th", "DATE", "2019-06-07")]),
    ("Prices rose June 3 to 7 percent.", "news", [("June 3", "DATE", "2018-06-03")]),  # a count, no day
    ("met him last to last week only", "colloquial", [("last to last week", "DATE", "2019-W06")]),
    ("exams are next to next month", "colloquial", [("next to next month", "DATE", "2019-04")]),
]


@pytest.mark.parametrize(("text", "genre", "expected"), KINDS, ids=[row[0][:40] for row in KINDS])
def test_a_kind_the_eleventh_batch_found_is_tagged(text: str, genre: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "2019-02-21", genre) == expected


def test_a_game_quarter_before_its_clock_is_no_quarter_of_the_year() -> None:
    """("Q3 2:14 left": the game's clock itself is still read as a clock, see docs/MEASUREMENTS.md.)"""
    assert "Q3" not in [phrase for phrase, _, _ in tagged("Q3 2:14 left, Lakers up 5", "2019-02-21", "colloquial")]
