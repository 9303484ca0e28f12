"""Fresh narratives (issue 15, point 2): histories in styles the held-out batches
(test_tagger_narratives_heldout.py, test_tagger_narratives_long.py) lack — a company's history,
a biography spanning decades, a sports season told month by month, a band's story, a town's
history by centuries, ancient history with BC dates and centuries, and a war told in "that winter /
that spring / the following year". Each was written for this project, with the creation date a
Wikipedia page would have, and annotated by hand with TIMEX3 (text, type, value) as WikiWars
annotates (relative expressions anchored to the story's time) before the tagger was run on it.

Scored as histories (`--genre narrative`, as a long article is read) before any rule for them,
after one re-annotation to WikiWars' conventions and two slips mended (decades of a duration as
years, "the next decade" P10Y; a winter named after a year's autumn is the next year's, as
WikiWars dates the winter after "December 1914" 1915-WI; "about" or "around" kept in a year's
span; "a week" not written as one phrase in the text; "the following Easter" after the February
of 1173 is Easter 1173, not 1174): 7 of 9 rows right, strict / relaxed / value F1 0.959 / 0.992 /
0.976. With `--genre auto` 3 of 9 (0.943 / 0.992 / 0.764): six of the nine name too few years
to be read as histories (genre.STORY_MIN_DATES), as in test_tagger_narratives_heldout.py; that
test is asked of the histories' genre only here.

The rules written after them ("the rest of the decade", "the following Easter" in a history)
took them to 8 of 9 (0.984 / 1.000 / 0.984); two more came from kinds tried beside them in
sentences of this project's own ("two years on", "a decade after that" were a duration and a
decade of a duration), and two from kinds tried after them ("the spring of the next year" was
"the next year" alone; "AD" was left out of "the 2nd century AD"). A long history of an invented
war, written after them and tagged through `timeline tag` with `--genre auto` (read as a history;
not kept as a row, since it was annotated only after its output was read), found two more:
"held for three days before withdrawing" was read as a date three days back (a span after "for"),
and "two hundred years after" lost its "two". KINDS holds them in sentences of their own.
"""

from __future__ import annotations

import pytest

from tests.heldout import held_out_row, known_miss, names_rows, tagged

Row = tuple[str, str, list[tuple[str, str, str]]]

NARRATIVES: list[Row] = [
    # a company's history: a decade, "that autumn", "three years later", "the early 2000s"
    ("The firm was founded in 1923 as a small bicycle workshop in Leicester. During the 1930s it turned to "
     "motorcycles, and by 1939 it employed some 400 people. Production switched to munitions that autumn. "
     "In 1952 it was sold to a rival, and three years later the old works closed. The brand was revived in the "
     "early 2000s by a group of enthusiasts.",
     "2015-06-01",
     [("1923", "DATE", "1923"), ("the 1930s", "DATE", "193"), ("1939", "DATE", "1939"),
      ("that autumn", "DATE", "1939-FA"), ("1952", "DATE", "1952"), ("three years later", "DATE", "1955"),
      ("the early 2000s", "DATE", "200")]),
    # a biography spanning decades: "two years", "the spring of 1902", "the following year", "the next two decades"
    ("Born in Cork in 1871, she trained as a nurse and in 1899 sailed for the Cape, where she served for two "
     "years. She came home in the spring of 1902 and married the following year. Widowed in 1916, she spent "
     "the next two decades running a clinic in Dublin, and she died there on 3 March 1958.",
     "2011-09-30",
     [("1871", "DATE", "1871"), ("1899", "DATE", "1899"), ("two years", "DURATION", "P2Y"),
      ("the spring of 1902", "DATE", "1902-SP"), ("the following year", "DATE", "1903"), ("1916", "DATE", "1916"),
      ("the next two decades", "DURATION", "P20Y"), ("3 March 1958", "DATE", "1958-03-03")]),
    # a sports season month by month: bare months in the season's year, "late September", a final day
    ("The 1987 season began badly: the club lost four of its first five games in April. Form improved after a "
     "new coach arrived in June, and a run of eleven wins carried them through the summer. By late September "
     "they led the division, and on the final day, 4 October, they clinched the pennant.",
     "2014-03-11",
     [("1987", "DATE", "1987"), ("April", "DATE", "1987-04"), ("June", "DATE", "1987-06"),
      ("the summer", "DATE", "1987-SU"), ("late September", "DATE", "1987-09"), ("4 October", "DATE", "1987-10-04")]),
    # ancient history: years BC, a century BC, a season of a year BC, "that autumn", a month in the story's year
    ("By tradition the city was founded in 814 BC, and by the 6th century BC it ruled much of the western sea. "
     "Its first war with Rome broke out in 264 BC and lasted twenty-three years. In the spring of 218 BC its "
     "general left Spain; that autumn he crossed the mountains, and in December he beat a Roman army on the "
     "river. The city itself was destroyed in 146 BC after a siege of three years.",
     "2013-02-19",
     [("814 BC", "DATE", "BC0814"), ("the 6th century BC", "DATE", "BC05"), ("264 BC", "DATE", "BC0264"),
      ("twenty-three years", "DURATION", "P23Y"), ("the spring of 218 BC", "DATE", "BC0218-SP"),
      ("that autumn", "DATE", "BC0218-FA"), ("December", "DATE", "BC0218-12"), ("146 BC", "DATE", "BC0146"),
      ("three years", "DURATION", "P3Y")]),
    # a war told in "that winter / that spring / the following year"
    ("War broke out in August 1870. The northern armies were beaten within six weeks, and the capital was "
     "besieged that winter. An armistice was signed on 28 January. Fighting flared again in the south that "
     "spring, but by the end of the war in May the republic had lost two provinces. The following year a new "
     "constitution was drafted, and over the next decade the army was rebuilt.",
     "2016-08-08",
     [("August 1870", "DATE", "1870-08"), ("six weeks", "DURATION", "P6W"), ("that winter", "DATE", "1871-WI"),
      ("28 January", "DATE", "1871-01-28"), ("that spring", "DATE", "1871-SP"), ("May", "DATE", "1871-05"),
      ("The following year", "DATE", "1872"), ("the next decade", "DURATION", "P10Y")]),
    # a band's story: "within a month", "that summer", "two decades later"
    ("The band formed in Sheffield in 1964. Their debut album appeared in March 1966 and reached number one "
     "within a month; they toured America that summer. By 1970 they had split, and a reunion came two "
     "decades later, when they played a week of sold-out shows at the Albert Hall.",
     "2012-11-05",
     [("1964", "DATE", "1964"), ("March 1966", "DATE", "1966-03"), ("a month", "DURATION", "P1M"),
      ("that summer", "DATE", "1966-SU"), ("1970", "DATE", "1970"), ("two decades later", "DATE", "199"),
      ("a week", "DURATION", "P1W")]),
    # a town's history by centuries: "the late 18th century", "the mid-19th century", "the 1880s", "the interwar years"
    ("The village grew slowly until the late 18th century, when a canal reached it. By the mid-19th century "
     "it had four mills, and in the 1880s a railway halt opened. The last mill shut in 1931, and for the rest "
     "of the decade half the houses stood empty.",
     "2017-04-03",
     [("the late 18th century", "DATE", "17"), ("the mid-19th century", "DATE", "18"), ("the 1880s", "DATE", "188"),
      ("1931", "DATE", "1931"), ("the rest of the decade", "DATE", "193")]),
    # a scientist's life: a year and its season, "eighteen months", "the same year", "by the end of the decade"
    ("In 1905 he took a post at the university, and that winter he began the experiments that made his name. "
     "Eighteen months of work followed before he published in July 1907. The same year he was elected to the "
     "academy, and by the end of the decade his laboratory had trained a dozen students.",
     "2010-01-15",
     [("1905", "DATE", "1905"), ("that winter", "DATE", "1905-WI"), ("Eighteen months", "DURATION", "P18M"),
      ("July 1907", "DATE", "1907-07"), ("The same year", "DATE", "1907"), ("the end of the decade", "DATE", "190")]),
    # a medieval chronicle: "around 1150", a feast, "the following Easter", "forty days"
    ("The abbey was built around 1150 on land given by the earl. In 1173 a fire destroyed the church on the "
     "eve of Candlemas; rebuilding began the following Easter and took forty years. The new choir was "
     "consecrated on 12 May 1214.",
     "2018-10-22",
     [("around 1150", "DATE", "1150"), ("1173", "DATE", "1173"), ("the eve of Candlemas", "DATE", "1173-02-01"),
      ("the following Easter", "DATE", "1173-04-08"), ("forty years", "DURATION", "P40Y"),
      ("12 May 1214", "DATE", "1214-05-12")]),
]

# The rows still wrong, and why (each fix would be no general rule yet, or would cost another genre).
KNOWN_MISSES = {
    "The abbey was built": "'the eve of' a feast is not read as the day before it",
}


@pytest.mark.parametrize(("text", "dct", "expected"),
                         [held_out_row(row, known_miss(row[0], KNOWN_MISSES)) for row in NARRATIVES])
def test_a_fresh_narrative_read_as_a_history(text: str, dct: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct, genre="narrative") == expected


def test_every_known_miss_of_the_fresh_narratives_names_a_row() -> None:
    assert names_rows(list(KNOWN_MISSES), NARRATIVES)


# The kinds the rules written for these added, in sentences of their own (anchored on Thursday
# 2019-02-21); each fails without its rule.
KINDS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("The school moved in 1875. Two years on, a fire gutted the hall.", "narrative",
     [("1875", "DATE", "1875"), ("Two years on", "DATE", "1877")]),
    ("The port was rebuilt in 1720. A decade on from the rebuilding, trade had doubled.", "narrative",
     [("1720", "DATE", "1720"), ("A decade on", "DATE", "173")]),
    ("The canal opened in 1794; a decade after that the railway came.", "narrative",
     [("1794", "DATE", "1794"), ("a decade after that", "DATE", "180")]),
    ("The crew spent five days on the wall in 1812.", "narrative",  # "on" a thing is no count forward
     [("five days", "DURATION", "P5D"), ("1812", "DATE", "1812")]),
    ("The duchy was lost in 1648, and for the rest of the century it was ruled from Vienna.", "narrative",
     [("1648", "DATE", "1648"), ("the rest of the century", "DATE", "16")]),
    ("A truce was agreed in 1951 and held for most of the rest of the year.", "narrative",
     [("1951", "DATE", "1951"), ("most of the rest of the year", "DATE", "1951")]),
    ("The roof fell in on 3 May 1190; work began the following Christmas.", "narrative",
     [("3 May 1190", "DATE", "1190-05-03"), ("the following Christmas", "DATE", "1190-12-25")]),
    # a count "before" a verb is a duration, not a date counted back ("held for three days before
    # withdrawing"); hundreds written out restate the date before their comma
    ("The line was attacked on 12 October 1733 and held for three days before withdrawing.", "narrative",
     [("12 October 1733", "DATE", "1733-10-12"), ("three days", "DURATION", "P3D")]),
    ("A statue was raised in 1931, two hundred years after the battle.", "narrative",
     [("1931", "DATE", "1931"), ("two hundred years after", "DATE", "1931")]),
    # a season of the year after the story's, one expression; a century with its "AD"
    ("The blockade began in June 1709, and by the spring of the next year the town gave in.", "narrative",
     [("June 1709", "DATE", "1709-06"), ("the spring of the next year", "DATE", "1710-SP")]),
    ("The road was paved in the 2nd century AD and mended in the 4th century A.D.", "narrative",
     [("the 2nd century AD", "DATE", "01"), ("the 4th century A.D.", "DATE", "03")]),
]


@pytest.mark.parametrize(("text", "genre", "expected"), KINDS, ids=[row[0][:40] for row in KINDS])
def test_a_kind_the_fresh_narratives_found_is_tagged(text: str, genre: str,
                                                      expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "2019-02-21", genre=genre) == expected
