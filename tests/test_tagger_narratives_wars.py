"""War histories held out from the narrative rules (issue 15, point 2): eight articles written for
this project in the style of a Wikipedia war article (`tests/data/narratives_wars/`, 630 to 810
words each, 411 expressions), in kinds the earlier batches (test_tagger_narratives_long.py and the
rows of test_tagger_narratives_heldout.py and _fresh.py) have little of: a war of the 3rd century
BC whose years lose their "BC" once named ("in 233", "March 240", "the late 240s"), a 16th-century
revolt with a flashback to an earlier war and back, a 19th-century war in American dates with
sections headed "1854–55: Stalemate", a civil war with a siege told day by day ("(12–19 March
1921)", "on the 17th", "that night"), a colonial war into the 2000s ("Guerrilla war, 1958–1961"),
a medieval war of truces and feasts ("Michaelmas 1347", regnal years), a naval war by the clock,
and (written after the first rules) a war of 2002–2009 told year by year, created in 2010. Each
has a Wikipedia page's creation date, and was annotated by hand with TIMEX3 (span, type, value) as
WikiWars annotates, relative expressions anchored to the story, before the tagger ran on it.

Scored as the hidden narratives are, each text in a file of its own through `timeline tag FILE
--date DCT` (`--genre auto`, which reads all eight as histories). The first seven (353
expressions), before any rule for them: strict / relaxed / value F1 0.949 / 0.973 / 0.877 as first
annotated; 0.952 / 0.973 / 0.889 re-annotated once to WikiWars' conventions (an "N weeks later" is
a week, "four years after the first councils had met" one expression dated as its clause is, "less
than" inside a duration's span). Read as news: 0.904 / 0.948 / 0.652.

The rules written after them: a year of the first millennium written without its era is BC when
the story has reached a BC year near it, and a month, a season or a day of such a year is tagged
as a bare one is ("Kyra fell in March 240, and …"); "the late 240s"; the last year of a range
heading a section moves no story (the section is told from its start); and "the 27th" after a
month named in passing ("tried in February and beheaded on the 27th") is that month's. They took
the seven to 0.958 / 0.978 / 0.918. Then a day set off by commas before what it is every year
("the anniversary of the rising, 3 November, is a public holiday") is any year's, and "on the 19th
but …" a day before its clause: 0.960 / 0.980 / 0.928 (news 0.905 / 0.950 / 0.657).

The eighth (58 expressions), written and annotated after those rules: 0.922 / 0.991 / 0.904 on
the rules before them, 0.922 / 0.991 / 0.939 with them (its sections are headed "2002–2004:
Insurgency"). It found "in the two years after the bombing" read as a date two years on (a period
after "the"), now a duration: 0.939 / 0.991 / 0.957. A text writing out twenty years or more is
now a history however near its creation they lie (genre.STORY_MANY_YEARS; test_genre.py): the
eighth names them far enough back anyway, but a war of the last few years told year by year would
be read as news. All eight: 0.957 / 0.982 / 0.932 (news 0.910 / 0.956 / 0.675); on the rules before
this batch 0.948 / 0.975 / 0.891. KINDS holds the kinds in sentences of their own; the kinds still
wrong are strict xfails with their reasons."""

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

FOLDER = Path(__file__).parent / "data" / "narratives_wars"
DOCUMENTS = sorted(FOLDER.glob("*.tml"))


def test_the_batch_holds_eight_war_histories() -> None:
    texts = [read_timeml(path).text for path in DOCUMENTS]
    assert len(texts) == 8 and all(600 <= len(text.split()) <= 1500 for text in texts)
    assert sum(len(read_timeml(path).timexes) for path in DOCUMENTS) == 411



# The kinds the batch found, in sentences of their own (anchored on 2019-02-21, as histories).
KINDS: list[tuple[str, list[tuple[str, str, str]]]] = [
    # a year written without its era after the story reached a BC year near it is BC too
    ("The satrap rebelled in 371 BC. His son held the citadel until 362, and in 359 the city fell.",
     [("371 BC", "DATE", "BC0371"), ("362", "DATE", "BC0362"), ("359", "DATE", "BC0359")]),
    ("The colony was founded in 654 BC. In 640, the founders quarrelled, and the next year half of them sailed west.",
     [("654 BC", "DATE", "BC0654"), ("640", "DATE", "BC0640"), ("the next year", "DATE", "BC0639")]),
    # … and so is a month, a season or a day of such a year, and a decade
    ("The tyrant seized power in 412 BC. He was driven out in June 409, and in the autumn of 408 he returned.",
     [("412 BC", "DATE", "BC0412"), ("June 409", "DATE", "BC0409-06"), ("the autumn of 408", "DATE", "BC0408-FA")]),
    ("The league was formed in 188 BC. Its assembly first met on 4 April 187, and by the late 180s it ruled the coast.",
     [("188 BC", "DATE", "BC0188"), ("4 April 187", "DATE", "BC0187-04-04"), ("the late 180s", "DATE", "BC018")]),
    # a story of the common era keeps its first-millennium years as they are
    ("The usurper landed in Gaul in 406. In March 407, the legions of the Rhine joined him.",
     [("406", "DATE", "0406"), ("March 407", "DATE", "0407-03")]),
    # a year far from the BC story's is no BC year (nor is a count)
    ("The mines were opened in 520 BC. In 920 the monks restored the shrine.",
     [("520 BC", "DATE", "BC0520"), ("920", "DATE", "0920")]),
    ("The siege began in 311 BC. In May 300 men deserted the walls.", [("311 BC", "DATE", "BC0311")]),
    # the last year of a range heading a section moves no story: the section starts at the range's start
    ("The ports were blockaded in 1701.\n\n1702–04: The war in the north\n\nIn March the duke marched on Riga.",
     [("1701", "DATE", "1701"), ("1702", "DATE", "1702"), ("04", "DATE", "1704"), ("March", "DATE", "1702-03")]),
    ("The first war, 1811–1815\n\nIn June the fleet sailed for the islands.",
     [("1811", "DATE", "1811"), ("1815", "DATE", "1815"), ("June", "DATE", "1811-06")]),
    # a day of the month after a month named in passing is that month's
    ("The rebels surrendered on 9 March 1799. Their leader was tried in April and hanged on the 12th.",
     [("9 March 1799", "DATE", "1799-03-09"), ("April", "DATE", "1799-04"), ("the 12th", "DATE", "1799-04-12")]),
    # a day set off by commas before what it is every year is any year's
    ("Independence came in 1962. The anniversary of the rising, 3 November, is now a public holiday.",
     [("1962", "DATE", "1962"), ("3 November", "DATE", "XXXX-11-03"), ("now", "DATE", "PRESENT_REF")]),
    # "on the 19th but …": a day of the month before its clause
    ("The column left on 2 May 1809, took the bridge on the 6th but lost it a week later.",
     [("2 May 1809", "DATE", "1809-05-02"), ("the 6th", "DATE", "1809-05-06"), ("a week later", "DATE", "1809-W19")]),
    # "the two years after" an event is a period, not a date two years on
    ("The port was shelled in 1915. Most of its people left in the two years after the shelling.",
     [("1915", "DATE", "1915"), ("the two years", "DURATION", "P2Y")]),
    # a bare plural unit a thing came within is a duration ("within [weeks] of the landing")
    ("The port fell in 1809, and within weeks of the landing the fleet sailed home.",
     [("1809", "DATE", "1809"), ("weeks", "DURATION", "PXW")]),
    # still wrong (strict xfails below)
    ("The war resumed in 1359. The decisive blow came in 1361. In June the last castle fell.",
     [("1359", "DATE", "1359"), ("1361", "DATE", "1361"), ("June", "DATE", "1361-06")]),
    ("The king was crowned in 1620, and in the second year of his reign he raised the tax.",
     [("1620", "DATE", "1620"), ("the second year of his reign", "DATE", "1621")]),
    ("The battle was fought from 4 to 7 June 1690. On the first day the left wing broke.",
     [("4", "DATE", "1690-06-04"), ("7 June 1690", "DATE", "1690-06-07"), ("the first day", "DATE", "1690-06-04")]),
]

KNOWN_MISSES = {
    "The war resumed": "a year late in its sentence ('came in 1361') moves no story: in WikiWars most such years "
                       "are named in passing (letting a year up to ten after the story's move it cost 15 values "
                       "of wikiwars-train)",
    "The battle was": "'the first day' of a battle named by its days is not tagged",
}


@pytest.mark.parametrize(("text", "expected"), [held_out_row(row, known_miss(row[0], KNOWN_MISSES)) for row in KINDS])
def test_a_kind_the_war_histories_found_is_tagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "2019-02-21", genre="narrative") == expected


def test_every_known_miss_names_a_kind() -> None:
    assert names_rows(list(KNOWN_MISSES), KINDS)
