"""Event dating in genres batch 36 brought (issue 14, task 14h): classified notices, a code host's
issue thread, a director's dealing, a communiqué, estate notices, radio listings, a match preview.
Sentences written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.event_rows import event_spans

PUBLISHED = dt.datetime(2022, 10, 13, 16, 0)  # a Thursday afternoon


def dated(body: str, published: dt.datetime = PUBLISHED) -> list[tuple[str, str]]:
    return event_spans(body, published)


@pytest.mark.parametrize(("body", "expected"), [
    # a notice's section label in capitals is no transcript's speaker: its line still reports
    ("Noticeboard\n\nFOR SALE: Oak table and four chairs.\n\nLOST: A ginger cat went missing from Elm Close on "
     "Sunday evening.\n\nCLUB NEWS: The chess club holds its open evening on Monday 17 October from 7pm.",
     [("2022-10-09", "2022-10-09"), ("2022-10-17T19:00", "2022-10-17T19:00")]),
    # a code host's comment header and label line are the thread's record, no events
    ("Nightly build fails\n\n**ana-r** commented on 3 October 2022\n\nThe nightly build broke on 2 October.\n\n"
     "ana-r added the bug and ci labels on 3 October 2022", [("2022-10-02", "2022-10-02")]),
    # a header of fields parted by middle dots, one of them a date
    ("Fenwick plc: Transaction in own shares\n\nRNS Number: 1234A · Fenwick plc · 13 October 2022\n\n"
     "Fenwick plc bought back 10,000 of its shares "
     "on 12 October 2022.", [("2022-10-12", "2022-10-12")]),
    # a dateline standing alone above a communiqué
    ("Joint statement\n\nHALDEN, 13 October 2022\n\nThe two ministers met in Halden on Wednesday.",
     [("2022-10-12", "2022-10-12")]),
    # a day named after "next week" is that week's day
    ("Next week the Otters host the Kestrels in the cup on Tuesday night.", [("2022-10-18", "2022-10-18")]),
    # a birth date set off by commas in a notice is below the clause's own date
    ("MARSH, Peter John, born 4 June 1931, late of Elm Lodge, Tarrow, died on 2 October 2022.",
     [("2022-10-02", "2022-10-02")]),
    # a time in brackets is a note on the clause, which its own time dates
    ("The quiz (a repeat from Sunday) airs on Friday.", [("2022-10-14", "2022-10-14")]),
])
def test_new_genres(body: str, expected: list[tuple[str, str]]) -> None:
    assert dated(body) == expected
