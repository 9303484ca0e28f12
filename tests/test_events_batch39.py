"""Event dating in genres batch 39 brought (issue 14): a strike timeline and a fixture list with
clock times, an election night's live page across midnight, a bank's meeting calendar, a tramping
diary, a port's shipping list, a local paper's look back, a schedule "a week from Saturday", an
archive's gift, a live page's sign-off and a release note. Sentences written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.event_rows import event_spans

PUBLISHED = dt.datetime(2024, 5, 16, 12, 0)  # a Thursday, noon
EVENING = dt.datetime(2024, 5, 16, 19, 0)  # a live page opened in the evening


def dated(body: str, published: dt.datetime = PUBLISHED) -> list[tuple[str, str]]:
    return event_spans(body, published)


@pytest.mark.parametrize(("body", "expected"), [
    # a clock time ending one entry does not reach across a blank line into the next entry's day
    ("Timeline\n\nKey dates:\n\nMarch 3 — Crews walk out at 6:30 a.m.\n\nMarch 9 — Talks resume.",
     [("2024-03-03T06:30", "2024-03-03T06:30"), ("2024-03-09", "2024-03-09")]),
    # nor across a line break into a line opening with a weekday and its dot; "vs." ends no sentence
    ("Fixtures\n\nSat., May 18 – vs. Kestrel United, Mill Park, 3 p.m.\nSun., May 26 – vs. Dunmore, Mill Park, 1 p.m.",
     [("2024-05-18T15:00", "2024-05-18T15:00"), ("2024-05-26T13:00", "2024-05-26T13:00")]),
    # a bulleted date alone under a line announcing a schedule is the date of one of its items
    ("Sittings\n\nThe council published its meeting calendar for 2025:\n\n- 14 January 2025\n- 11 March 2025",
     [("2025-01-14", "2025-01-14"), ("2025-03-11", "2025-03-11")]),
    # the year a schedule covers is no date of its release
    ("Bank\n\nThe bank held its rate on Tuesday.\n\nThe committee released its meeting schedule for 2025:\n\n"
     "- 3 February 2025", [("2024-05-14", "2024-05-14"), ("2025-02-03", "2025-02-03")]),
    # a diary's entries headed by their weekday in bold follow the days told before them
    ("Trip\n\nLast Saturday we drove up to the lakes.\n\n**Sunday.** A lazy day by the water.\n\n"
     "**Monday.** Rain, so we stayed in and played cards.",
     [("2024-05-11", "2024-05-11"), ("2024-05-12", "2024-05-12"), ("2024-05-13", "2024-05-13")]),
    # the clock of an entry headed by its bold weekday is on that day
    ("Trip\n\nLast Saturday we drove up to the lakes.\n\n**Sunday.** We set off at 9am and walked to the falls.",
     [("2024-05-11", "2024-05-11"), ("2024-05-12T09:00", "2024-05-12T09:00")]),
    # a port list's expected arrival, day first, with its clock in four figures
    ("Port list\n\nKota Sejati — from Colombo — ETA 20/05 0600hrs — Berth 4",
     [("2024-05-20T06:00", "2024-05-20T06:00")]),
    ("Port list\n\nOcean Star — from Durban — ETA 22/05 — Berth 7", [("2024-05-22", "2024-05-22")]),
    # a day named by its number lies in the month a look-back column's entry names
    ("From the files\n\nMay 1974: The new library was opened by the mayor on the 9th.\n\n"
     "On the 21st, the river burst its banks at Millford.",
     [("1974-05-09", "1974-05-09"), ("1974-05-21", "1974-05-21")]),
    # a season after a day of an earlier year the story has moved to lies in that year
    ("From the files\n\nMay 1974: The council voted to build a new library on the 9th.\n\n"
     "Work was to begin in the summer.",
     [("1974-05-09", "1974-05-09"), ("1974-06-01", "1974-08-31")]),
    # "a week from Saturday" is the Saturday after the coming one; "a week from Monday to Friday" a span
    ("Season\n\nThe club opens its season at home a week from Saturday.", [("2024-05-25", "2024-05-25")]),
    ("Camp\n\nThe camp runs for a week from Monday to Friday.", [("2024-05-20", "2024-05-24")]),
    # a person's years in brackets date no event: the news lead is the publication's
    ("Bequest\n\nThe library has been left the letters of the composer Anna Ruel (1902–1987).\n\n"
     "The boxes were delivered on 3 May.",
     [("2024-05-16", "2024-05-16"), ("2024-05-03", "2024-05-03")]),
    # a year after the noun of a law's or a document's title is part of its name
    ("Ballot\n\nUnder the Trade Union Act 2016, at least half of members must vote.\n\nThe ballot closes on 3 June.",
     [("2024-06-03", "2024-06-03")]),
    ("Answer\n\nSupplementary Budget Estimates 2024–25\n\nThe grant was approved on 18 March.",
     [("2024-03-18", "2024-03-18")]),
    # a time in an opening condition that an imperative answers is advice, no event; a main clause's deadline is one
    ("Ballot\n\nThe ballot closes on 3 June.\n\nIf your paper has not arrived by 28 May, please call the office.",
     [("2024-06-03", "2024-06-03")]),
    ("Claim\n\nIf you are not satisfied, you may refer your claim to the board by 12 June.",
     [("2024-06-12", "2024-06-12")]),
    # a release note's "Coming soon" heading is a label, no time
    ("Release notes\n\nVersion 3 ships today.\n\n**Coming soon**\n\nDark mode arrives in June.",
     [("2024-05-16", "2024-05-16"), ("2024-06-01", "2024-06-30")]),
])
def test_batch39_rows(body: str, expected: list[tuple[str, str]]) -> None:
    assert dated(body) == expected


def test_pluperfect_clock_stays_on_its_day() -> None:
    # a clock in a pluperfect clause is past: not moved to a day still to come the story named before
    body = ("Trading update\n\nThe group will report its results on 21 June.\n\n"
            "A call for analysts will be held at 9.30am today.\n\nShares had fallen 12% by 8.15am.")
    assert dated(body, dt.datetime(2024, 5, 16, 7, 0)) == [
        ("2024-06-21", "2024-06-21"), ("2024-05-16T09:30", "2024-05-16T09:30"),
        ("2024-05-16T08:15", "2024-05-16T08:15")]


@pytest.mark.parametrize(("body", "expected"), [
    # a live page's stamp with its zone, in bold on its own over its update, dates it; in the small
    # hours of a page opened in the evening it is the next day
    ("Count live\n\n**8:40 p.m. ET**\n\nThe first ballot boxes have arrived at the hall.\n\n"
     "**12:15 a.m. ET**\n\nThe returning officer has declared the result.",
     [("2024-05-16T20:40", "2024-05-16T20:40"), ("2024-05-17T00:15", "2024-05-17T00:15")]),
    # the page's sign-off speaks to the reader: no event
    ("Count live\n\n**11:30 p.m.** The last box has been counted.\n\n"
     "**11:50 p.m.** That's where we'll leave our live coverage for tonight.",
     [("2024-05-16T23:30", "2024-05-16T23:30")]),
])
def test_batch39_live_page(body: str, expected: list[tuple[str, str]]) -> None:
    assert dated(body, EVENING) == expected
