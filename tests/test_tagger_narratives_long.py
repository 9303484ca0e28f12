"""Long histories held out from the narrative rules (issue 15, point 2): four Wikipedia-style war
articles written for this project (`tests/data/narratives_long/`, 1,500 words each, sections
Background, Prelude, the course of the war, Aftermath, Legacy; 484 expressions): an invented
18th-century succession war with an Old Style date, a 19th-century colonial campaign written in
American dates, a 20th-century civil war told day by day through a siege, and an insurgency from
1987 into the 2010s with "as of 2015" and "today". Each has a creation date as a Wikipedia page
has, and was annotated by hand with TIMEX3 (span, type, value) as WikiWars annotates, relative
expressions anchored to the story, before the tagger was run on it.

They are scored as the hidden narratives are, through `timeline tag FILE --date DCT` (the text in a
file of its own, `--genre auto`). Before any rule for them, as first annotated (469
expressions): strict / relaxed / value F1 0.927 / 0.980 / 0.906; `auto` read all four as histories
(`--genre narrative` gives the same figures; `--genre news` 0.930 / 0.982 / 0.693). Re-annotated
once after scoring, to WikiWars' conventions the first annotation had missed (the corpus marks
"former" and "recent" PAST_REF, "now" PRESENT_REF, "the time" as the story's date, "ten-year" a
duration, "N weeks later" as a week, and "eight days after <event>" as one expression dated as its
clause is — "in 1952, five years after independence" is 1952), with five slips mended ("the 1980s"
with its "the", "a few weeks" and "the year" left out; "within days" given its "within" where
"within a week" was not; "winter quarters" a season of any year as the project tags it):
0.950 / 0.996 / 0.925, `auto` and `narrative` alike (`news` 0.912 / 0.979 / 0.669).

The rules written after them (a count after a date's comma restates that date; a season of any
year leaves the story's year alone; a period counted forward into a later year moves the story;
months counted from a season named in passing; a day the story's window put before the story's
year counted on from the last day named; a year followed by ", when" moves the story; "a quarter of
a century") took them to 0.954 / 0.996 / 0.965, `auto` and `narrative` alike (`news` 0.916 /
0.979 / 0.674). KINDS holds those kinds in sentences of their own, and the
kinds still wrong as strict xfails. A rule written after test_tagger_narratives_wars.py (a day
set off by commas before "is a public holiday", "is still marked": any year's) mended the
anniversary of the treaty (467 of 484 values right).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout import (
    held_out_row,
    known_miss,
    names_rows,
    tagged,
)
from timeline.evaluation.timeml import read_timeml

FOLDER = Path(__file__).parent / "data" / "narratives_long"
DOCUMENTS = sorted(FOLDER.glob("*.tml"))


def test_the_batch_holds_four_long_histories() -> None:
    texts = [read_timeml(path).text for path in DOCUMENTS]
    assert len(texts) == 4 and all(1500 <= len(text.split()) <= 2500 for text in texts)



# The kinds the batch found, in sentences of their own (anchored on Thursday 2019-02-21, as histories).
KINDS: list[tuple[str, list[tuple[str, str, str]]]] = [
    # a season of any year ("winter quarters") leaves the story's year as it was
    ("In 1652 the duke besieged the town, which fell on 9 October. The army went into winter quarters in November.",
     [("1652", "DATE", "1652"), ("9 October", "DATE", "1652-10-09"), ("winter", "DATE", "XXXX-WI"),
      ("November", "DATE", "1652-11")]),
    # a count after a date's comma restates that date; alone, it is counted on from the story
    ("The bridge was finished in 1874, six years after the flood, and opened in May.",
     [("1874", "DATE", "1874"), ("six years after", "DATE", "1874"), ("May", "DATE", "1874-05")]),
    ("The fleet limped home in June 1588, nearly two months after the battle.",
     [("June 1588", "DATE", "1588-06"), ("nearly two months after", "DATE", "1588-06")]),
    ("The fort fell in 1702. Four years after the siege, the town was rebuilt.",
     [("1702", "DATE", "1702"), ("Four years after", "DATE", "1706")]),
    # a period counted forward into the next year moves the story there
    ("The rebellion began in 1569. The following spring the rebels marched south, and on May 3 they took the town.",
     [("1569", "DATE", "1569"), ("The following spring", "DATE", "1570-SP"), ("May 3", "DATE", "1570-05-03")]),
    # months counted from a season named in passing, not from the story's year
    ("The war was ended in 1613. The envoys had come first in the autumn of 1611 and again fifteen months later.",
     [("1613", "DATE", "1613"), ("the autumn of 1611", "DATE", "1611-FA"),
      ("fifteen months later", "DATE", "1613-01")]),
    # a day late in the story's year, on from the last day named (not a quarter before January)
    ("The war resumed in January 1821. On 3 August the army took the capital, and on 19 November it laid siege "
     "to the port.",
     [("January 1821", "DATE", "1821-01"), ("3 August", "DATE", "1821-08-03"), ("19 November", "DATE", "1821-11-19")]),
    # a year with the clause it dates ("…, when …")
    ("The truce held from 1990 to 1996, when the rebels broke it on 2 March.",
     [("1990", "DATE", "1990"), ("1996", "DATE", "1996"), ("2 March", "DATE", "1996-03-02")]),
    ("The charter was suspended for a quarter of a century.", [("a quarter of a century", "DURATION", "P25Y")]),
    # still wrong (strict xfails below)
    ("The landing is remembered each year on 6 June with a parade.",
     [("each year", "SET", "P1Y"), ("6 June", "DATE", "XXXX-06-06")]),
    ("The army wintered at Trier in 1735. The turning point came in early 1736. Talks opened in January.",
     [("1735", "DATE", "1735"), ("early 1736", "DATE", "1736"), ("January", "DATE", "1736-01")]),
    ("The assault began on the night of 14 March 1801, and the defenders withdrew at 3 a.m.",
     [("the night of 14 March 1801", "TIME", "1801-03-14TNI"), ("3 a.m.", "TIME", "1801-03-15T03:00")]),
    ("The battle lasted about five hours.", [("about five hours", "DURATION", "PT5H")]),
    ("The anniversary of the treaty, 29 June, is a holiday in the city.", [("29 June", "DATE", "XXXX-06-29")]),
    ("The abbey was begun in 1120 and finished a century later.",
     [("1120", "DATE", "1120"), ("a century later", "DATE", "1220")]),
]

KNOWN_MISSES = {
    "The army wintered": "a year late in its sentence ('came in early 1736') moves no story: most such years are "
                         "named in passing ('declassified in 2005')",
    "The battle lasted": "'about' is left out of a duration, as TimeBank leaves it (WikiWars keeps it)",
    "The landing is": "a day 'each year on' is read as one year's (a rule for it, tried at every day after 'on', "
                      "cost 2% more rule attempts on the corpora for one expression)",
    "The abbey was": "'a century later' is a century (WikiWars writes both: 'a decade earlier' a year, 'two decades "
                     "earlier' a decade)",
}


@pytest.mark.parametrize(("text", "expected"), [held_out_row(row, known_miss(row[0], KNOWN_MISSES)) for row in KINDS])
def test_a_kind_the_long_histories_found_is_tagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "2019-02-21", genre="narrative") == expected


def test_every_known_miss_names_a_kind() -> None:
    assert names_rows(list(KNOWN_MISSES), KINDS)
