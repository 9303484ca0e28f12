"""Event dating in genres batch 37 brought (issue 14, task 14i): an obituary, a university ranking
table, an Indian civic story, a wildfire update, a rescue team's call-out log, a year-ahead list.
Sentences written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.event_rows import event_spans
from timeline.events import extract_events
from timeline.read.inputs import read_text

PUBLISHED = dt.datetime(2024, 5, 16, 9, 0)  # a Thursday morning


def dated(body: str, published: dt.datetime = PUBLISHED) -> list[tuple[str, str]]:
    return event_spans(body, published)


@pytest.mark.parametrize(("body", "expected"), [
    # an -ed word joined by a hyphen is an adjective, not the subject's verb: the date is the main clause's
    ("Viaduct\n\nThe Orrin viaduct, a 900m cable-stayed span, opened to traffic on 4 May 1989 and carries "
     "about 20,000 vehicles a day.", [("1989-05-04", "1989-05-04")]),
    # a Markdown table's header row names its columns: its years date nothing
    ("Rankings\n\n| 2024 rank | 2023 rank | College |\n|---|---|---|\n| 12 | 15 | Orrin |",
     []),
    # an Indian dateline in ordinary capitals is when the story was filed
    ("Budget passed\n\nVelgaon, May 16: The municipal corporation on Tuesday approved the budget.",
     [("2024-05-14", "2024-05-14")]),
    # an American update stamp on a line of its own is when the page was posted
    ("Route 9 fire\n\nUPDATE 8 a.m. Thursday, May 16\n\nCrews reopened Route 9 at 6 p.m. Wednesday.",
     [("2024-05-15T18:00", "2024-05-15T18:00")]),
    # an opening and its end on a list of days: the span runs to the last of them
    ("Tour dates\n\nThe tour opens in Velgaon on 20 June and ends with two nights in Orrin on 5 and 6 July.",
     [("2024-06-20", "2024-07-06")]),
    # two years joined by "and" that do not follow each other are no span: the clause's own year dates it
    ("Club news\n\nThe regatta was first rowed in 1987 and last year drew 300 crews.",
     [("1987-01-01", "1987-12-31")]),
    # a speech verb right after a descriptive aside is the subject's own verb: the aside dates nothing
    ("Election\n\nThe ward votes on 6 June.\n\nCouncillor Ann Obi, first elected in 2016, has said she will "
     "stand down.", [("2024-06-06", "2024-06-06")]),
    # a reminiscing question asks; it reports no event
    ("Newsletter\n\nThe band plays Orrin on 6 June.\n\nRemember the 2019 show when the stage collapsed?",
     [("2024-06-06", "2024-06-06")]),
    # the source a figure is taken from, named by its year, dates nothing
    ("Ward profile\n\nThe ward votes on 6 June.\n\nIt has 31,000 residents according to the 2021 census.",
     [("2024-06-06", "2024-06-06")]),
    # a contact line's hours and then its weekdays are a week's hours: no event
    ("Recall\n\nThe company is recalling its kettles.\n\nHelpline: 0800 000 000, 9am to 5pm AEST Monday to Friday.",
     [("2024-05-16", "2024-05-16")]),
    # a bold date heading dates the entry under it past a blank line, as Markdown writes it (the list's
    # introduction is no news of the day)
    ("The year ahead\n\nHere is what is coming up.\n\n**Sept. 14**\n\nMunicipal election day.",
     [("2024-09-14", "2024-09-14")]),
    # cells under a label heading ("Manufactured") are furniture: a batch table's dates date nothing
    ("Recall\n\nThe company is recalling its kettles.\n\n| Batch | Manufactured | Colour |\n|---|---|---|\n"
     "| K-21 | 03/02/2024 | Red |\n| K-22 | 14/03/2024 | Blue |", [("2024-05-16", "2024-05-16")]),
    # a table row's two clock cells are when it starts and when it ends
    ("Road race\n\nThe 10K is run on Sunday 2 June.\n\n| Road | Closed | Reopens |\n|---|---|---|\n"
     "| Quay Street | 7.15am | 10.30am |",
     [("2024-06-02", "2024-06-02"), ("2024-06-02T07:15", "2024-06-02T10:30")]),
    # a possessive period before a figure noun names the figures; the clause's own date dates it
    ("Statistics\n\nThe waiting list fell again.\n\nApril's figures are due on 13 June.",
     [("2024-05-16", "2024-05-16"), ("2024-06-13", "2024-06-13")]),
    # a caption naming the month its list covers is a label
    ("Statistics\n\nThe waiting list fell again.\n\nMedian waits by specialty, April 2024:\n\n- Orthopaedics: 40 weeks",
     [("2024-05-16", "2024-05-16")]),
    # a list in calendar order where only a later item names its year: the items before it lie in the
    # last year that keeps the order
    ("Season\n\nThe theatre announced its new season.\n\n- Opener, Aug. 10 – 30\n- Finale, Jan. 5 – 20, 2026",
     [("2024-05-16", "2024-05-16"), ("2025-08-10", "2025-08-30"), ("2026-01-05", "2026-01-20")]),
    # a lead in the present that announces the news is dated by publication
    ("Tender\n\nReference: TR/2024/9 · Published: 16 May 2024 · Procedure: open\n\n"
     "Orrin Borough Council invites tenders for street cleaning.", [("2024-05-16", "2024-05-16")]),
    # a participle describing a noun, in a sentence whose own verb is a present state, dates nothing
    ("Shipyard\n\nThe yard launched a ferry on 14 May.\n\nIt is the second of three ferries ordered by Orrin "
     "Ferries in June 2021.", [("2024-05-14", "2024-05-14")]),
    ("Heritage\n\nThe mill was listed on 14 May.\n\nA survey commissioned by the council in 2022 describes "
     "it as unique.", [("2024-05-14", "2024-05-14")]),
    # "and is scheduled to" opens a clause of its own: two events
    ("Shelter\n\nThe shelter broke ground in March and is scheduled to open in spring 2025.",
     [("2024-03-01", "2024-03-31"), ("2025-03-01", "2025-05-31")]),
    # a deadline after "can … through" is a date of its own clause: two events
    ("Coat drive\n\nThe coat drive begins June 1, and volunteers can sign up online through May 24.",
     [("2024-06-01", "2024-06-01"), ("2024-05-24", "2024-05-24")]),
    # a when-clause after a reported clause whose only time is the report's dates the reported event
    ("Rail\n\nThe ministry announced on Tuesday that the line will pass to a state operator, when the "
     "contract expires at 02:00 on 1 September 2024.", [("2024-09-01T02:00", "2024-09-01T02:00")]),
])
def test_batch37(body: str, expected: list[tuple[str, str]]) -> None:
    assert dated(body) == expected


def test_labelled_day_heading_dates_its_entry() -> None:
    # a marked heading with a label before its day is a day heading, no event: its number is no date
    body = ("Call-out log\n\nWe attended two call-outs.\n\n**Callout 2024-09 — Tuesday 14 May**\n\n"
            "A climber with a broken wrist was flown out.")
    events = extract_events(read_text(body, date=PUBLISHED))
    assert [(e.start, e.text.endswith("was flown out.")) for e in events][-1] == ("2024-05-14", True)
    assert not any(e.start.startswith("2009") or e.text.strip().endswith("May**") for e in events)


@pytest.mark.parametrize(("body", "expected"), [
    # guards that pass before and after: what a rule above must leave alone
    # (a custom in the present is no news lead, though its verb announces)
    ("Recalls\n\nWhen a company announces a recall, the agency posts the notice.", []),
    # (a passive's participle is the sentence's verb: "was ordered in March" dates it)
    ("Shipyard\n\nThe ferry, which is the largest, was ordered in March 2022.", [("2022-03-01", "2022-03-31")]),
    # (two years that follow each other are still one span)
    ("Club news\n\nThe club was promoted in 2019 and 2020.", [("2019-01-01", "2020-12-31")]),
])
def test_batch37_guards(body: str, expected: list[tuple[str, str]]) -> None:
    assert dated(body) == expected
