"""Held-out news, fourth batch (issue 15): ten wire stories in styles the first three batches lack
(tests/heldout_news_articles_fourth.py) — a central bank's rate decision ("the next few months",
"eight times a year"), a sports tribunal's backdated doping ban, a sentencing with an appeal
timetable, an earthquake's tenth anniversary ("ten years ago", "Today"), a stock market debut with
a 180-day lock-up, a regional summit's schedule ("from Oct. 14 to 16"), a heater recall spanning
six years ("fires a year", "the current fiscal year"), a strike ballot ("on Fridays and Mondays",
"the following day"), an opinion poll ("a month earlier") and an airline's schedule cuts ("the
same period last year"). Each was annotated by hand with TIMEX3 (text, type, value) as
TimeBank/AQUAINT applies the TimeML guidelines before the tagger was run on it, and is tagged as
`timeline tag FILE --date DCT --format json` tags a file.

Scored before any rule for them (202 expressions annotated, 201 found; 198 strict and 201 relaxed
matches, 193 values right): strict F1 0.983, relaxed 0.998, value 0.958. Three annotations were
corrected after scoring, to TimeBank's conventions: "[about nine months]" (first with "about";
TimeBank leaves the modifier outside: "about [two weeks]"), "changed twice during [the past year]"
(first a DURATION P1Y; TimeBank has the past year as the year before the creation date's, a DATE)
and "[recently] in 2022" / "[recently] on Oct. 17" (first PAST_REF; TimeBank tags the date alone
after "most recently"). With them (200 annotated) the tagger before the rules scored 0.993 / 0.993
/ 0.958 (192 values right).

The rules written after them (the kinds below) took the batch to 1.000 / 1.000 / 0.975 (200
annotated, all 200 found with their spans, 195 values right); the five rows still wrong are strict
expected failures, each with its reason. tbaq-cleaned, tweets-train, wikiwars-train, gold events,
TimeML and EventTime figures were unchanged by them.
"""

from __future__ import annotations

import pytest

from tests.heldout import ArticleBatch, held_out_row, known_miss, names_rows, tagged
from tests.heldout_news_articles_fourth import ARTICLES

BATCH = ArticleBatch(ARTICLES)

# "article#index: phrase" -> why that expression is still found with another span, type or value.
KNOWN_MISSES: dict[str, str] = {
    "ipo_lockup#15:": ("'companies ... could list before [the end of the summer]': a bare 'could' is as often a "
                       "past ability, so it does not put a time in the future; read as the last summer"),
    "heater_recall#14:": ("'fires a year ..., most of them between [November] and February': months of a "
                          "recurring year are generic (XXXX-11); the tagger dates them around the creation date"),
    "heater_recall#15:": "'between November and [February]': as November",
    "bus_strike_ballot#24:": ("'will be announced [the following day]': the day after the ballot closes (Nov. 24, "
                              "two sentences back); the tagger counts from the last day named (Oct. 17)"),
    "airline_schedule_cuts#10:": ("'bookings for [the autumn] were 6 percent higher than last year': the coming "
                                  "autumn of a report in the past tense, read as the last one"),
}

# article -> why it still has expressions that no annotated one overlaps.
KNOWN_EXTRAS: dict[str, str] = {}  # (none left: "most recently" before its date was)

Rows = list[tuple[str, str, str]]

# The kinds the batch found wrong, in sentences of their own anchored on Thursday 2019-02-21 (each
# row but the counter-examples, marked, tagged otherwise before its rule).
KINDS: list[tuple[str, Rows]] = [
    # "most/more recently" before the date that says when: the date alone
    ("Shipments have slipped three times, most recently in January.", [("January", "DATE", "2019-01")]),
    ("The band split twice; more recently, in 2016, it reformed.", [("2016", "DATE", "2016")]),
    ("The fleet has been grounded twice, most recently by a strike.",
     [("most recently", "DATE", "PAST_REF")]),  # counter-example: no date after it
    ("Costs have recently doubled.", [("recently", "DATE", "PAST_REF")]),  # counter-example
    # a range opened by "from" and closed by a bare day
    ("The festival runs from June 7 through 9, organisers said.",
     [("June 7", "DATE", "2019-06-07"), ("9", "DATE", "2019-06-09")]),
    ("Hearings will be held from April 8 to 10 in the capital.",
     [("April 8", "DATE", "2019-04-08"), ("10", "DATE", "2019-04-10")]),
    ("Turnout fell from May 3 to 5 percent.", [("May 3", "DATE", "2018-05-03")]),  # counter-example: a count
    # a count of things of any kind before "a year" / "a week": a rate
    ("Lightning starts 900 grass fires a year in the state.", [("a year", "SET", "P1Y")]),
    ("The ward admits 25 new patients a week.", [("a week", "SET", "P1W")]),
    ("Exporters shipped 400 crates a year earlier.", [("a year earlier", "DATE", "2018")]),  # counter-example
    # a feast without its year a few words after a full date of its sentence: the one nearest that day
    ("The ferry sank on December 28, 2010, just after Christmas.",
     [("December 28, 2010", "DATE", "2010-12-28"), ("Christmas", "DATE", "2010-12-25")]),
    ("The dam gave way on January 4, 2003, after Christmas.",
     [("January 4, 2003", "DATE", "2003-01-04"), ("Christmas", "DATE", "2002-12-25")]),
    ("The plant closed on June 5, 2010. Christmas sales will rise.",  # counter-example: another sentence
     [("June 5, 2010", "DATE", "2010-06-05"), ("Christmas", "DATE", "2019-12-25")]),
    # a passive "could be" reports what may yet be done
    ("The minister said the ruling could not be reviewed before the summer.",
     [("the summer", "DATE", "2019-SU")]),
    ("He said the bridge could be reopened in the spring.", [("the spring", "DATE", "2019-SP")]),
]


@pytest.mark.parametrize(("text", "expected"), KINDS, ids=[row[0][:40] for row in KINDS])
def test_a_kind_the_fourth_news_batch_found_is_tagged(text: str, expected: Rows) -> None:
    assert tagged(text, "2019-02-21") == expected


@pytest.mark.parametrize(("label", "index"),
                         [held_out_row(row, known_miss(row[0], KNOWN_MISSES)) for row in BATCH.expression_rows()])
def test_an_annotated_expression_of_the_fourth_batch_is_found_as_annotated(label: str, index: int) -> None:
    found, annotated = BATCH.found_and_annotated(label, index)
    assert found == annotated


@pytest.mark.parametrize("name", [held_out_row((name,), KNOWN_EXTRAS.get(name)) for name in BATCH.by_name])
def test_an_article_of_the_fourth_batch_has_no_expression_beyond_the_annotated(name: str) -> None:
    assert BATCH.extras(name) == []


def test_the_fourth_batch_scores_stay_above_their_floors() -> None:
    report = BATCH.report()
    scores = f"strict {report.strict.f1:.3f} relaxed {report.relaxed.f1:.3f} value {report.value_f1:.3f}"
    assert report.strict.f1 >= 0.99 and report.relaxed.f1 >= 0.99 and report.value_f1 >= 0.97, scores


def test_every_known_miss_of_the_fourth_batch_names_an_annotated_expression() -> None:
    assert names_rows(list(KNOWN_MISSES), [(label,) for label, _ in BATCH.expression_rows()])
    assert set(KNOWN_EXTRAS) <= set(BATCH.by_name)
