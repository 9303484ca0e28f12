"""A second batch of fresh long war histories (issue 15, narratives): six Wikipedia-style articles
written for this project (`tests/data/narratives_second_fresh/`, 1,200 to 1,262 words each), in
shapes the earlier batches lack: a war told in year-less dates after one year is named, its months
crossing New Year twice ("on 23 December … On 3 January", "on 5 December … on 14 January"); an
ancient war crossing from BC to AD with regnal years ("in the ninth year of his reign"); a
20th-century civil war told by decades ("the following decade", "the late 1980s"); a colonial
campaign told by seasons ("that winter", "The next spring", "Late that autumn"); a naval war by the
clock ("At 04:30 on 12 March", "ten minutes later"); and a border war whose background reaches back
to the 11th century and whose aftermath runs to 2016 ("In 1990, veterans … in May"). Each has a
Wikipedia page's creation date and was annotated by hand with TIMEX3 (span, type, value) as WikiWars
annotates, relative expressions anchored to the story, before the tagger ran on it.

Scored as the hidden narratives are (`timeline tag FILE --date DCT`, `--genre auto`), as first
annotated (442 expressions): strict / relaxed / value F1 0.947 / 0.976 / 0.828 (`--genre narrative`
0.948 / 0.975 / 0.863, news 0.912 / 0.961 / 0.605): `auto` read the border war as news, its lead
saying what the war left "today". Re-annotated once to WikiWars' conventions (a season before a
noun is tagged with its year: "the winter offensive", "the autumn rains"; "now" in the story
PRESENT_REF; a year heading a section or before a noun, "the 1794 line"; "by night"; "four months"
without "a siege of"; 455 expressions): 0.962 / 0.989 / 0.838 (`narrative` 0.966 / 0.990 / 0.875).
One slip of the writing mended after that: "Early the next year" (meant 1842) had come to follow a
paragraph added later that took the story to February 1842 (on the rules before the batch: 0.962 /
0.989 / 0.845, `narrative` 0.966 / 0.990 / 0.882, news 0.915 / 0.960 / 0.608).

The rules written after them: `auto` keeps a history whose lead says "today" after a long-past year
(genre.opens_with_deixis); a story known to its year goes on past New Year from a day late in it
("on 5 December … on [14 January]") and stays in the new year; the first date of a paragraph up to
ten years on from the story sets it; a year written with "AD" keeps its era in a BC story, with
"the spring of AD 3" and "the 80s AD" tagged, and a count past 1 BC reaches AD 1 and takes the story
there (era.era_year orders years across the eras); regnal years count
from the year a ruler came to the throne; "20 March the first two boats" and "September the first
bus" name no first of the month; "noon/midnight the following day"; a clock in the small hours after
a late clock or a night is the next day's; "a quarter of a century later"; "a single day"; a count
"later" after a year named in passing in its sentence counts from that year. They took the batch to
0.990 / 0.997 / 0.961, `auto` and `narrative` alike (news 0.923 / 0.961 / 0.611); the wars batch
(test_tagger_narratives_wars.py) from 0.957 / 0.982 / 0.932 to 0.963 / 0.985 / 0.946, the long one
(test_tagger_narratives_long.py) from 0.956 / 0.997 / 0.968 to 0.957 / 0.998 / 0.977, and two of
their strict xfails (regnal years, a clock after "the night of") now pass. KINDS holds the kinds in
sentences of their own; the kinds still wrong are strict xfails with their reasons. Left as misses
in the batch: readings the text leaves open ("by the spring. The next spring …"; "two days later"
after a night action past midnight), a time told by its event ("the decision to march in June" of
the first campaign, in a section on historiography), "each year, on 12 March", a season before a
noun of no year ("its winter battles"), and "a decade earlier" (a year in WikiWars, a decade here).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.heldout import (
    held_out_row,
    known_miss,
    names_rows,
    tagged,
)
from timeline.evaluation.timeml import read_timeml
from timeline.tag.tagger import tag_text

FOLDER = Path(__file__).parent / "data" / "narratives_second_fresh"
DOCUMENTS = sorted(FOLDER.glob("*.tml"))


def test_the_batch_holds_six_long_histories() -> None:
    texts = [read_timeml(path).text for path in DOCUMENTS]
    assert len(texts) == 6 and all(1200 <= len(text.split()) <= 2500 for text in texts)
    assert sum(len(read_timeml(path).timexes) for path in DOCUMENTS) == 455



# A history's lead may say what its story left "today" after naming the war's years; news opens on
# the day it reports before any year ("Today the board said the 1998 plan …").
HISTORY_LEAD = ("The Talva War was fought from 1948 to 1951. It ended in a stalemate and a line that remains the "
                "border today. The plateau had been divided in 1794 and again in 1815. Talks began in 1990.")
NEWS_LEAD = ("Today the board said the plan of 1998 would be dropped. It had been revised in 2001, 2004, 2007 and "
             "2010, and will now be replaced.")


def test_a_today_after_the_war_s_years_leaves_a_history_a_history() -> None:
    day = dt.date(2017, 1, 25)
    assert tag_text(HISTORY_LEAD, day) == tag_text(HISTORY_LEAD, day, genre="narrative")
    assert tag_text(NEWS_LEAD, day) == tag_text(NEWS_LEAD, day, genre="news")


# The kinds the batch found, in sentences of their own (anchored on 2019-02-21, as histories).
KINDS: list[tuple[str, list[tuple[str, str, str]]]] = [
    # a story known to its year goes on past New Year from a day late in it, and stays there
    ("The campaigns of 1912\n\nThe army attacked on 9 May. A ceasefire was agreed on 5 December. Talks opened "
     "on 14 January, and in February a partition was proposed.",
     [("1912", "DATE", "1912"), ("9 May", "DATE", "1912-05-09"), ("5 December", "DATE", "1912-12-05"),
      ("14 January", "DATE", "1913-01-14"), ("February", "DATE", "1913-02")]),
    # the first date of a paragraph a little ahead of the story sets the time it tells of …
    ("The prospectors were killed in 1838.\n\nThe governor's column of 2,400 men left the coast in the early "
     "summer of 1839. It reached the foothills in August.",
     [("1838", "DATE", "1838"), ("the early summer of 1839", "DATE", "1839-SU"), ("August", "DATE", "1839-08")]),
    # … not one far ahead of it, named in passing
    ("The mine was opened in 1838.\n\nA government inquiry published in 1902 found that the lamps were faulty. "
     "The first explosion came in August.",
     [("1838", "DATE", "1838"), ("1902", "DATE", "1902"), ("August", "DATE", "1838-08")]),
    # a year written with "AD" keeps its era in a story told in BC years, and so do its seasons and decades
    ("The war began in 8 BC and ended in AD 6. Its history was written in the 80s AD.",
     [("8 BC", "DATE", "BC0008"), ("AD 6", "DATE", "0006"), ("the 80s AD", "DATE", "008")]),
    ("The revolt broke out in 4 BC. In the spring of AD 3 the prince took the harbour.",
     [("4 BC", "DATE", "BC0004"), ("the spring of AD 3", "DATE", "0003-SP")]),
    # the year after 1 BC is AD 1 (there is no year 0)
    ("The turning point came in 1 BC. The following year his son raised a second revolt.",
     [("1 BC", "DATE", "BC0001"), ("The following year", "DATE", "0001")]),
    # … and takes the story into the common era with it, as a year of the common era near a BC story does
    ("The revolt began in 3 BC. The prince took the harbour in the spring of AD 3 and held it. In August the fleet "
     "came.",
     [("3 BC", "DATE", "BC0003"), ("the spring of AD 3", "DATE", "0003-SP"), ("August", "DATE", "0003-08")]),
    ("The turning point came in 1 BC. The following year his son raised a revolt, and in July he took the port.",
     [("1 BC", "DATE", "BC0001"), ("The following year", "DATE", "0001"), ("July", "DATE", "0001-07")]),
    # a regnal year counts from the year the ruler came to the throne
    ("King Aremos came to the throne in 12 BC. In the ninth year of his reign he fled the capital.",
     [("12 BC", "DATE", "BC0012"), ("the ninth year of his reign", "DATE", "BC0004")]),
    # a paragraph's first date up to ten years on from the story sets it
    ("The castle fell in 1354.\n\nEdric's council sent a relief force to Saltmere in 1359. It was beaten in June.",
     [("1354", "DATE", "1354"), ("1359", "DATE", "1359"), ("June", "DATE", "1359-06")]),
    # "the first" before what it counts is no day of the month before it
    ("The fleet sailed in March 1894. At 02:10 on 20 March the first two boats cut through the boom.",
     [("March 1894", "DATE", "1894-03"), ("02:10", "TIME", "1894-03-20T02:10"), ("20 March", "DATE", "1894-03-20")]),
    ("The posts were closed in 2004, and in September the first bus service since 1948 ran.",
     [("2004", "DATE", "2004"), ("September", "DATE", "2004-09"), ("1948", "DATE", "1948")]),
    # noon or midnight of the next day is one time
    ("The armistice was signed on 27 May 1894 and took effect at midnight the following day.",
     [("27 May 1894", "DATE", "1894-05-27"), ("midnight the following day", "TIME", "1894-05-28T24:00")]),
    # a clock in the small hours after a late one runs on past midnight
    ("At 23:40 on 2 April 1894 the cruiser was sighted, and the action lasted until 01:10.",
     [("23:40", "TIME", "1894-04-02T23:40"), ("2 April 1894", "DATE", "1894-04-02"),
      ("01:10", "TIME", "1894-04-03T01:10")]),
    # "a quarter of a century later", "a single day"
    ("The film was made in 1967 and shown abroad a quarter of a century later.",
     [("1967", "DATE", "1967"), ("a quarter of a century later", "DATE", "1992")]),
    ("The column was ambushed in 6 BC and lost 4,000 men in a single day.",
     [("6 BC", "DATE", "BC0006"), ("a single day", "DURATION", "P1D")]),
    # a count "later" after a year named in passing in its sentence counts from that year, not the story's
    ("The border treaty was signed in 2004. A film about the expulsions, made in 1967, was shown in Hessemar a "
     "quarter of a century later.",
     [("2004", "DATE", "2004"), ("1967", "DATE", "1967"), ("a quarter of a century later", "DATE", "1992")]),
    ("The claims office closed in 2014. The refugees had stayed abroad, and a law passed in 1986 gave them the "
     "right to claim; two years later the first claims were paid.",
     [("2014", "DATE", "2014"), ("1986", "DATE", "1986"), ("two years later", "DATE", "1988")]),
    # still wrong (strict xfails below)
    ("The fleet met on 12 March 1894. At 07:25 a shell struck the flagship, and ten minutes later she blew up.",
     [("12 March 1894", "DATE", "1894-03-12"), ("07:25", "TIME", "1894-03-12T07:25"),
      ("ten minutes later", "TIME", "1894-03-12T07:35")]),
    ("Refugees won the right to compensation in 1986; a decade later a fifth of the claims had been paid.",
     [("1986", "DATE", "1986"), ("a decade later", "DATE", "1996")]),
    ("Historians have debated the war since the 1980s; a newer school emerged in the following decade.",
     [("the 1980s", "DATE", "198"), ("the following decade", "DATE", "199")]),
    ("In October 1911 the assaults failed, and on the 21st Rook ordered his men to dig in.",
     [("October 1911", "DATE", "1911-10"), ("the 21st", "DATE", "1911-10-21")]),
    ("Aremos came to the throne in 12 BC. In the second year of his reign he married, and in the third year he "
     "doubled the tolls.",
     [("12 BC", "DATE", "BC0012"), ("the second year of his reign", "DATE", "BC0011"),
      ("the third year", "DATE", "BC0010")]),
    ("The revolt spread in AD 1. The prince took the harbour in the spring of AD 3 and held it. In August the "
     "fleet came.",
     [("AD 1", "DATE", "0001"), ("the spring of AD 3", "DATE", "0003-SP"), ("August", "DATE", "0003-08")]),
]

KNOWN_MISSES = {
    "The fleet met": "a count of minutes or hours 'later' is tagged as the duration it says: the story's clock is "
                     "not followed (units_later_earlier)",
    "Refugees won": "'a decade later' is a decade (199), not the year ten on (WikiWars writes 'a decade earlier' "
                    "as a year; the project's earlier batches annotated 'a decade after that' as a decade)",
    "Historians have": "a decade named in passing sets no period for 'the following decade' to count from",
    "In October 1911": "an ordinal day before a capitalised word ('the 21st Rook') is read as a name's ordinal",
    "Aremos came to": "an elliptical regnal year ('in the third year') is not tagged",
    "The revolt spread": "a season of a year after the story's named late in its sentence moves no story "
                        "(test_tagger_narratives_wars.py: most such dates are named in passing)",
}


@pytest.mark.parametrize(("text", "expected"), [held_out_row(row, known_miss(row[0], KNOWN_MISSES)) for row in KINDS])
def test_a_kind_the_second_fresh_histories_found_is_tagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "2019-02-21", genre="narrative") == expected


def test_every_known_miss_names_a_kind() -> None:
    assert names_rows(list(KNOWN_MISSES), KINDS)
