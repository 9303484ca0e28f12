"""Event dating in genres batch 38 brought (issue 14, task 14k): a snow live blog with bold
update stamps, a wire story with a budget audit, a US appeal, a Nigerian Senate report.
Sentences written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.event_rows import event_spans

PUBLISHED = dt.datetime(2024, 5, 16, 12, 0)  # a Thursday, noon


def dated(body: str, published: dt.datetime = PUBLISHED) -> list[tuple[str, str]]:
    return event_spans(body, published)


@pytest.mark.parametrize(("body", "expected"), [
    # a live page's stamp in bold, a clock with a dot, dates the update under it
    ("Flood live\n\n**11.20** The ferry operator says sailings are now running again.",
     [("2024-05-16T11:20", "2024-05-16T11:20")]),
    # the same clock before a dash, opening its line
    ("Flood live\n\n09.40 – The coast road has reopened in both directions.",
     [("2024-05-16T09:40", "2024-05-16T09:40")]),
    # "today" in an update is the stamp's day: the stamp tells it to the minute
    ("Flood live\n\n**08.45** The council says 12 schools are shut today.", [("2024-05-16T08:45", "2024-05-16T08:45")]),
    # a greeting after a bold stamp speaks to the reader: no event
    ("Flood live\n\n**11.20** Sailings are running again.\n\n**07.30** Good morning.",
     [("2024-05-16T11:20", "2024-05-16T11:20")]),
    # a year between a determiner and a budget, a lease or estimates names what the document covers
    ("Audit\n\nThe minister quit on Tuesday.\n\nAuditors found the agency had overspent its 2023 budget.",
     [("2024-05-14", "2024-05-14")]),
    ("Ruling\n\nThe court ruled on Tuesday.\n\nOne judge dissented, saying the 2019 tenancy forms were plain.",
     [("2024-05-14", "2024-05-14")]),
    ("Senate\n\nThe Senate adjourned till Tuesday to finish work on the 2025 budget estimates.",
     [("2024-05-21", "2024-05-21")]),
    # the end a reported state runs to dates it, not the day the report's tail names
    ("Tolls\n\nBridge tolls will be frozen until 30 June 2026, the ministry announced on Tuesday.",
     [("2026-06-30", "2026-06-30")]),
    # a speech verb with the one told before its day: the day is the report's; the reported clause's own date wins
    ("Prices\n\nThe gym told members on Monday that its fees will rise on 1 July.", [("2024-07-01", "2024-07-01")]),
    # "not … before" is "not until": it happens then
    ("Floods\n\nThe valley road would not reopen before mid-June, engineers said.", [("2024-06-01", "2024-06-30")]),
    ("Transfers\n\nThe club is unlikely to move for the striker before January.", [("2025-01-01", "2025-01-31")]),
    # "on or before" a day is a deadline: that day
    ("Vote\n\nThe next state election must be held on or before 21 October 2028.", [("2028-10-21", "2028-10-21")]),
    # a day of the month between its subject and the past verb ("storms on the 21st brought hail")
    ("May review\n\nMay was wet. A late frost on the 12th killed the early potatoes.",
     [("2024-05-01", "2024-05-31"), ("2024-05-12", "2024-05-12")]),
    # an "-ed by" aside after the subject: the "-ed" word after its closing comma is the subject's verb
    ("Case\n\nThe court ruled on Monday.\n\nThe residents, backed by a housing charity, sued the landlord in "
     "March 2023, claiming rents had risen every year since 2019.",
     [("2024-05-13", "2024-05-13"), ("2023-03-01", "2023-03-31")]),
    # a chronology whose first item names its year runs on into the next year
    ("Dispute\n\nHow it unfolded:\n\n- 3 May 2023: nurses reject the offer\n- 9 August: first strike\n"
     "- 12 December: talks collapse\n- 15 February: a new offer",
     [("2023-05-03", "2023-05-03"), ("2023-08-09", "2023-08-09"), ("2023-12-12", "2023-12-12"),
      ("2024-02-15", "2024-02-15")]),
    # a past verb of holding a post "until" a year after "and": the post's end is an event of its own
    ("Obituary\n\nShe became the museum's director in 1988 and held the post until 2001.",
     [("1988-01-01", "1988-12-31"), ("2001-01-01", "2001-12-31")]),
    # a second bare verb sharing the first's modal, with a deadline of its own
    ("Plant\n\nThe mill will halt output in August and shut by 30 November.",
     [("2024-08-01", "2024-08-31"), ("2024-11-30", "2024-11-30")]),
    # the period a superlative ranks within is its scope, no date
    ("Festival\n\nThe festival ended on Sunday.\n\nTheir set was the finest hour of jazz we have heard this year.",
     [("2024-05-12", "2024-05-12")]),
    ("Festival\n\nThe festival ended on Sunday.\n\nThe duo played to the largest crowd of the week.",
     [("2024-05-12", "2024-05-12")]),
    # "these days", "nowadays": the present of habits, no event
    ("Profile\n\nHis new book is out on 3 June.\n\nThese days he writes in a shed at the end of the garden.",
     [("2024-06-03", "2024-06-03")]),
    # the span a report's figures cover dates nothing: "which covers the years 2021 to 2024"
    ("Audit\n\nThe minister quit on Monday.\n\nThe review, which covers the years 2018 to 2022, found that "
     "contracts had been awarded without tender.", [("2024-05-13", "2024-05-13")]),
    # a weekday in a web address, a capitalised "Today" in a source's name: names, no times
    ("Newsletter\n\nThe tool shipped on Tuesday.\n\nYou subscribed at monday-notes.example.org.",
     [("2024-05-14", "2024-05-14")]),
    ("Gossip\n\nThe striker signed on Tuesday. (Football Today)", [("2024-05-14", "2024-05-14")]),
    # "on a wet Tuesday morning": some Tuesday, what it was like; no date
    ("Interview\n\nHer film opens on 3 June.\n\nShe arrives at the café on a grey Tuesday morning.",
     [("2024-06-03", "2024-06-03")]),
    # a newsletter's opening and sign-off, and a greeting that runs on into the news with "with"
    ("Newsletter\n\nHere's what caught our eye this week.\n\nThe tool shipped on Tuesday.\n\nSee you next Friday.",
     [("2024-05-14", "2024-05-14")]),
    ("Gossip\n\nGood morning and welcome to Thursday's gossip column, with 40 days to go before the window shuts "
     "on 25 June.", [("2024-06-25", "2024-06-25")]),
    # "and that" opens a second reported clause with a date of its own
    ("Buses\n\nThe operator said Sunday timetables would return from Monday and that a fare review would "
     "follow in September.", [("2024-05-20", "2024-05-20"), ("2024-09-01", "2024-09-30")]),
    # a where-clause with a date of its own tells another event
    ("Stage\n\nNext month he starts rehearsals at the Corn Hall, where the play opens on 28 June.",
     [("2024-06-01", "2024-06-30"), ("2024-06-28", "2024-06-28")]),
    # the start of a state a relative clause tells of its noun is the noun's history: the lead keeps its day
    ("Pay deal\n\nNurses have voted to accept a pay offer, ending a dispute that has seen 12 days of strikes "
     "since last August.", [("2024-05-16", "2024-05-16")]),
    # an opening "Of the …," picks out a set: its time describes the set
    ("Count\n\nOf the 40 trains due to run before noon, 12 were cancelled on Thursday.",
     [("2024-05-16", "2024-05-16")]),
    # a bare day of the month after a past verb that falls on the day of writing is the month before's
    ("Weather\n\nThe thermometer at the airport reached 27.5°C on the 16th.", [("2024-04-16", "2024-04-16")]),
    # a holiday's name joined to another's before a noun of a season names the break: the written day dates it
    ("Assembly\n\nThe assembly is expected to vote before its Christmas and New Year break on 18 December.",
     [("2024-12-18", "2024-12-18")]),
    # a participle aside before a verb with an adverb ("never opened"), past a thousands comma, dates nothing
    ("Festival\n\nThe festival ended on Sunday.\n\nThe new arena, unveiled in March as a 6,000-seat venue, "
     "never opened.", [("2024-05-12", "2024-05-12")]),
])
def test_batch38(body: str, expected: list[tuple[str, str]]) -> None:
    assert dated(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # guards: what the rules above must leave alone
    # (a numbered section opening its line is no clock)
    ("Lease terms\n\nThe lease was signed on 2 May.\n\n3.12 The tenant shall keep the garden tidy.",
     [("2024-05-02", "2024-05-02")]),
    # (a budget's year with a day of its own: the day dates it)
    ("Council\n\nThe council approved its 2024 budget on 3 March.", [("2024-03-03", "2024-03-03")]),
    # (a year before an event noun still dates it when nothing else does)
    ("Club\n\nThe 1987 final drew a record crowd.", [("1987-01-01", "1987-12-31")]),
    # (a stamp over a sentence with a day of its own: the day dates it)
    ("Flood live\n\n**08.10** The bridge will reopen on Friday.", [("2024-05-17", "2024-05-17")]),
    # (a report's day with no other date of the clause dates it)
    ("Plant\n\nThe firm told staff on Monday that it had shut the plant.", [("2024-05-13", "2024-05-13")]),
    # (a plan put "before" a day still to come may happen any day until then)
    ("Ruling\n\nA ruling is expected before 20 June.", [("2024-05-16", "2024-06-20")]),
    # (writing to someone on a day is the event itself)
    ("Tenants\n\nThe landlord wrote to every flat on 3 May about the rent.", [("2024-05-03", "2024-05-03")]),
    # (a day of the month before a floor or other noun is no date)
    ("Office\n\nThe firm moved on Monday to the 21st floor.", [("2024-05-13", "2024-05-13")]),
    # (a participle aside after a clause's verb still dates nothing: the clause's own date does)
    ("Bridge\n\nThe council closed the bridge, built in 1911, on Monday.", [("2024-05-13", "2024-05-13")]),
    # (a list told newest first keeps its year)
    ("Timeline\n\nLatest first:\n\n- 4 March 2024: talks resume\n- 2 February: strike\n- 11 January: ballot",
     [("2024-03-04", "2024-03-04"), ("2024-02-02", "2024-02-02"), ("2024-01-11", "2024-01-11")]),
    # (a detail after an arrest's "and" with "till" stays with the arrest)
    ("Court\n\nThe two men were arrested on Monday and remanded in custody till 20 May.",
     [("2024-05-13", "2024-05-13")]),
    # (a superlative with its own date of the event: the date stays)
    ("Weather\n\nThe highest temperature of the month, 28C, was recorded on 9 May.", [("2024-05-09", "2024-05-09")]),
    # (a capitalised "Until Today" opens a clause: a time)
    ("Shop\n\nUntil Today, the shop had been shut for a month.", [("2024-05-16", "2024-05-16")]),
    # ("on a trial basis on Monday": the day after the noun still dates it)
    ("Bridge\n\nThe bridge reopened on a trial basis on Monday.", [("2024-05-13", "2024-05-13")]),
    # (a where-clause without a date of its own stays with its clause)
    ("Stage\n\nThe play opened on Friday at the Corn Hall, where it sold out.", [("2024-05-10", "2024-05-10")]),
    # (a relative "since" beside the clause's own day: the day dates it)
    ("Mill\n\nThe mill, which has stood since 1820, closed on Friday.", [("2024-05-10", "2024-05-10")]),
    # (a day of the month still to come on the day of writing is that day)
    ("Outlook\n\nThe next outlook is due on the 16th.", [("2024-05-16", "2024-05-16")]),
    # (a holiday alone still dates its clause)
    ("Assembly\n\nThe assembly rises at Christmas.", [("2024-12-25", "2024-12-25")]),
    # (the aside's verb with its own date after the subject: "The arena, which opened in March, …" is an event)
    ("Festival\n\nThe arena, which opened in March, sold out on Sunday.",
     [("2024-05-12", "2024-05-12"), ("2024-03-01", "2024-03-31")]),
    # (a passive "held until" after an arrest is the arrest's detail)
    ("Court\n\nA woman was arrested on Monday and held until Wednesday.", [("2024-05-13", "2024-05-13")]),
])
def test_batch38_guards(body: str, expected: list[tuple[str, str]]) -> None:
    assert dated(body) == expected
