"""A fourth batch of fresh long histories (issue 15, narratives): four Wikipedia-style war articles
written for this project (`tests/data/narratives_fourth_fresh/`, 1,219 to 1,263 words each) in the
dense style of the hidden war articles: a 19th-century war in Arabia with Hijri dates beside their
Gregorian ones ("on 5 Safar 1239 (11 October 1823)") and reign spans ("r. 1765–1791"); a 16th-century
Baltic succession war with a Julian date and its Gregorian conversion, "the feast of Saint
Lawrence", "the night of 17/18 July" and "The battle lasted two days; on the second day"; a Roman
conquest from "the 5th century BC" to "AD 43" and "the 410s", with "the Ides of June", "the
Kalends of July" and "in the third year of his reign" after "came to the throne the same month";
and a campaign of 1941-1945 ("the interwar period", "in late 1943", "on the night of 4/5 June",
"1957–58", "almost three years after it had been lost"). Each has a Wikipedia page's creation date
and was annotated by hand with TIMEX3 (span, type, value) as WikiWars annotates, relative
expressions anchored to the story, before the tagger ran on it.

Scored as the hidden narratives are (`timeline tag FILE --date DCT`, `--genre auto`, which reads all
four as histories), as first annotated (349 expressions): strict / relaxed / value F1 0.945 / 0.979 /
0.876 (news 0.901 / 0.945 / 0.649). Re-annotated once to the project's conventions the first
annotation had missed (359 expressions: "now" in the story `PRESENT_REF`; a year or a season in a
section heading, "The campaign of [1823]", "The [summer] offensive"; "at [night]"; "within
[months] of"; "[late in the year]"; "[the future] emperor"; "daily" a set; a count after a comma
before a pluperfect event one expression dated as its clause, "[almost three years after] it had
been lost"; "[a month or more]", "[early in AD 44]", "[the first two years]" with their
modifiers): 0.971 / 0.993 / 0.889 on the rules before the batch (news 0.908 / 0.952 / 0.654).

The errors, by kind: "the night of 4/5 June" was read as 5 June, a date, and the story's clock
with it; "since 1934" in a relative clause became the period "That winter" was of (1934-WI in 1941);
"almost three years after it had been lost" counted three years on and took the story from 1944
to 1947 for the rest of the section (12 values); "The battle lasted eleven days … on the third day"
was not tagged; "the feast of Saint Lawrence", "the Ides of June" and "the Kalends of July" were not
days, so "dawn" after the feast was an April dawn and "midday" after the Kalends the day of
writing, with "the next day" and "nine months later" after it; "in the third year of his reign"
after "came to the throne the same month" (and "in January AD 41") had no accession to count
from, and the story stayed in AD 40 for a section. The rules written after them (times.yaml's
parts of a dated day take "4/5"; story.names_no_period for a year after "since"; narrative.yaml's
units_after_an_event_told_before_its_clause, nth_day_of_the_story_s_event, roman_named_day; the
feast of a saint in tables.yaml's holidays with its "the"; story._starts_a_reign for any date just
after the accession's words, not a pluperfect's, and a regnal year moving the story) took the
batch to 0.996 / 0.999 / 0.976 (news 0.910 / 0.953 / 0.653); a Hijri day written out read by the
tabular Islamic calendar (dates.yaml's hijri_day, tag/hijri.py: "5 Safar 1239" had been read as the
year 1239) to 1.000 / 1.000 / 0.981 (news 0.913 / 0.956 / 0.657); a season of the story's window after
a day late in its year counted on from that day, as a month is ("12 February 1944 … on 9 October
… through [the winter]" is 1945's; it had been 1944's), to 1.000 / 1.000 / 0.983. A probe of
war-article phrasing after them added "the night of 9–10 November" and "the early/small hours of"
a day. `wikiwars-train`, `tbaq-cleaned` and `tweets-train` unchanged, every error alike; the wars
batch 0.966 / 0.985 / 0.946 → 0.969 / 0.986 / 0.947 ("the early hours of" a day found; its saint's
feast is found too, but in the year after its gold's, as "The following year" before it already
was: it counts from the January a winter is labelled by). KINDS holds the kinds in sentences of
their own. Left (strict xfails below): "dawn" after "the night of 28/29 September" (the night's
first day, not the morning after it; "a week later" follows it a week early), "that winter" after a
year named in passing in a biography's aside ("ennobled in 1566 and died twenty years later"); in
the batch besides, "each year on 5 June", and a winter planned from a January ("warned in January
that no army could cross after May … march in the winter": 1822-WI, meant 1823-WI).
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

FOLDER = Path(__file__).parent / "data" / "narratives_fourth_fresh"
DOCUMENTS = sorted(FOLDER.glob("*.tml"))


def test_the_batch_holds_four_long_histories() -> None:
    texts = [read_timeml(path).text for path in DOCUMENTS]
    assert len(texts) == 4 and all(1200 <= len(text.split()) <= 2000 for text in texts)
    assert sum(len(read_timeml(path).timexes) for path in DOCUMENTS) == 359



# The kinds the batch found, in sentences of their own (anchored on 2019-02-21, as histories).
KINDS: list[tuple[str, list[tuple[str, str, str]]]] = [
    # a night written with both its days is the night of the first; the small hours and noon after
    # it are the second's
    ("The offensive came in 1944. It began on the night of 4/5 June, and the first troops crossed at 2:30 a.m. "
     "By noon two divisions were across, and the next day they took the forts.",
     [("1944", "DATE", "1944"), ("the night of 4/5 June", "TIME", "1944-06-04TNI"),
      ("2:30 a.m.", "TIME", "1944-06-05T02:30"), ("noon", "TIME", "1944-06-05T12:00"),
      ("the next day", "DATE", "1944-06-06")]),
    ("The landings began on the night of 5/6 June 1944.", [("the night of 5/6 June 1944", "TIME", "1944-06-05TNI")]),
    # … with a dash ("the night of 9–10 November"); "the early hours", "the small hours" of a day are its morning
    ("The bombers of 1942 struck on the night of 9–10 November.",
     [("1942", "DATE", "1942"), ("the night of 9–10 November", "TIME", "1942-11-09TNI")]),
    ("The rising began in the early hours of 9 January 1958.",
     [("the early hours of 9 January 1958", "TIME", "1958-01-09TMO")]),
    ("The war began in 1958; in the small hours of 9 January the crowds rose.",
     [("1958", "DATE", "1958"), ("the small hours of 9 January", "TIME", "1958-01-09TMO")]),
    # a year a stretch runs from ("since 1934") is no period for "that winter"
    ("The front froze in September 1941. Rund was replaced by Marten, who had led the engineers since 1934. "
     "That winter was the coldest on the river.",
     [("September 1941", "DATE", "1941-09"), ("1934", "DATE", "1934"), ("That winter", "DATE", "1942-WI")]),
    # a count after a comma back to an event the pluperfect puts before the story dates its clause
    ("The fort fell on 6 June 1944. Two days later the town surrendered, almost three years after it had been "
     "lost. On 14 June the army reached the railway.",
     [("6 June 1944", "DATE", "1944-06-06"), ("Two days later", "DATE", "1944-06-08"),
      ("almost three years after", "DATE", "1944-06-08"), ("14 June", "DATE", "1944-06-14")]),
    ("The king entered the city in 1660, and the bells rang, twelve years after his father had been killed.",
     [("1660", "DATE", "1660"), ("twelve years after", "DATE", "1660")]),
    # … a count after a comma before the story's own event still counts on
    ("The fort fell on 5 June 1944. The army marched north, five days after the fall of the fort.",
     [("5 June 1944", "DATE", "1944-06-05"), ("five days after", "DATE", "1944-06-10")]),
    # "on the third day" of a battle said to last so many days: counted from the day it began
    ("On 6 July 1942 the corps attacked. The battle lasted eleven days. The line broke on the third day but held.",
     [("6 July 1942", "DATE", "1942-07-06"), ("eleven days", "DURATION", "P11D"),
      ("the third day", "DATE", "1942-07-08")]),
    ("On 30 May 1564 the fleets met. The battle lasted two days; on the second day the flagship blew up.",
     [("30 May 1564", "DATE", "1564-05-30"), ("two days", "DURATION", "P2D"),
      ("the second day", "DATE", "1564-05-31")]),
    # … not where the text has not said how long it lasted, nor one counted on from a day
    ("On 6 July 1942 the corps attacked. On the third day the line broke.", [("6 July 1942", "DATE", "1942-07-06")]),
    ("On 6 July 1942 the corps attacked. The battle lasted eleven days. The line broke on the third day after "
     "the landing.",
     [("6 July 1942", "DATE", "1942-07-06"), ("eleven days", "DURATION", "P11D")]),
    # a saint's feast, and the dawn after it
    ("In 1563 the decisive battle was fought on the feast of Saint Lawrence. Albert attacked at dawn.",
     [("1563", "DATE", "1563"), ("the feast of Saint Lawrence", "DATE", "1563-08-10"),
      ("dawn", "TIME", "1563-08-10TMO")]),
    # the Roman calendar's named days
    ("The army landed in AD 43, and the battle began on the Ides of June.",
     [("AD 43", "DATE", "0043"), ("the Ides of June", "DATE", "0043-06-13")]),
    ("Caesar was killed in 44 BC on the Ides of March.", [("44 BC", "DATE", "BC0044"),
                                                          ("the Ides of March", "DATE", "BC0044-03-15")]),
    ("The war began in AD 47. The battle was fought on the Kalends of July. The rampart fell by midday, and the "
     "king's wife was captured the next day.",
     [("AD 47", "DATE", "0047"), ("the Kalends of July", "DATE", "0047-07-01"), ("midday", "TIME", "0047-07-01T12:00"),
      ("the next day", "DATE", "0047-07-02")]),
    # a reign counted from a month, or from "the same month", just after the accession's words; the
    # regnal year moves the story
    ("Claudius came to the throne in January AD 41. In the third year of his reign he ordered the invasion.",
     [("January AD 41", "DATE", "0041-01"), ("the third year of his reign", "DATE", "0043")]),
    ("Caligula was murdered in January AD 41. Claudius, who came to the throne the same month, needed a triumph. "
     "In the third year of his reign he sent four legions north. The army gathered in the spring.",
     [("January AD 41", "DATE", "0041-01"), ("the same month", "DATE", "0041-01"),
      ("the third year of his reign", "DATE", "0043"), ("the spring", "DATE", "0043-SP")]),
    # … not from another ruler's accession told in the pluperfect, in passing
    ("King Aremos came to the throne in 1512. The war began in 1518. The emperor, who had succeeded his father "
     "the previous year, declared war in June. In the ninth year of his reign Aremos abandoned the city.",
     [("1512", "DATE", "1512"), ("1518", "DATE", "1518"), ("the previous year", "DATE", "1517"),
      ("June", "DATE", "1518-06"), ("the ninth year of his reign", "DATE", "1520")]),
    # a Hijri day, by the tabular Islamic calendar
    ("Al-Ras surrendered on 5 Safar 1239 (11 October 1823).",
     [("5 Safar 1239", "DATE", "1823-10-11"), ("11 October 1823", "DATE", "1823-10-11")]),
    ("The bombardment of the city began on 1 Ramadan 1240 AH.", [("1 Ramadan 1240 AH", "DATE", "1825-04-19")]),
    # … and a Hijri month without its day and year is no date of one (a feast of a year out of its table)
    ("Families gathered in the mosque for Ramadan in 1823.", [("1823", "DATE", "1823")]),
    # a winter after a day late in the story's year is the one ahead, as a January would be
    ("Talks opened on 12 February 1944. Gunboats blockaded the islands through the autumn, and a landing on "
     "9 October failed. The garrison starved through the winter, and by March it was sick.",
     [("12 February 1944", "DATE", "1944-02-12"), ("the autumn", "DATE", "1944-FA"),
      ("9 October", "DATE", "1944-10-09"), ("the winter", "DATE", "1945-WI"), ("March", "DATE", "1945-03")]),
    # … not after a day more than a quarter before its January (the story's window, as for a month)
    ("Talks opened on 12 February 1944. A landing on 9 June failed. The garrison starved through the winter.",
     [("12 February 1944", "DATE", "1944-02-12"), ("9 June", "DATE", "1944-06-09"), ("the winter", "DATE", "1944-WI")]),
    # still wrong (strict xfails below)
    ("The war began in 1941. Rund attacked on the night of 28/29 September, and his columns were caught at dawn.",
     [("1941", "DATE", "1941"), ("the night of 28/29 September", "TIME", "1941-09-28TNI"),
      ("dawn", "TIME", "1941-09-29TMO")]),
    ("The siege of Ribe began in May 1565. The mayor was ennobled in 1566 and died twenty years later. "
     "The king fell ill that winter.",
     [("May 1565", "DATE", "1565-05"), ("1566", "DATE", "1566"), ("twenty years later", "DATE", "1586"),
      ("that winter", "DATE", "1566-WI")]),
]

KNOWN_MISSES = {
    "The war began in 1941. Rund": "a dawn after a night written with both its days is the first day's",
    "The siege of Ribe": "'that winter' is of the last period named, a year in a biography's aside",
}


@pytest.mark.parametrize(("text", "expected"), [held_out_row(row, known_miss(row[0], KNOWN_MISSES)) for row in KINDS])
def test_a_kind_the_fourth_fresh_histories_found_is_tagged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "2019-02-21", genre="narrative") == expected


def test_every_known_miss_names_a_kind() -> None:
    assert names_rows(list(KNOWN_MISSES), KINDS)
