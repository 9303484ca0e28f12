"""Kinds of dating error found by held-out batch 43 (wire round-ups, notices, live pages, features),
each row on a sentence written for this test, not the batch's (tests/gold_events, batch 43)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import event_rows as rows
from timeline.models import Event

PUBLISHED = dt.datetime(2025, 3, 12, 22, 30)  # a Wednesday, late evening


def events_of(body: str, published: dt.datetime = PUBLISHED) -> list[Event]:
    return rows.events_of(body, published)


def date_of(body: str, words: str, published: dt.datetime = PUBLISHED) -> str:
    """The start of the event whose text holds the words."""
    return rows.events_holding(body, words, published)[0].start


def dated(body: str, words: str, published: dt.datetime = PUBLISHED) -> bool:
    """Whether some event's text holds the words."""
    return any(words in e.text for e in events_of(body, published))


ROUND_UP = ("LIMA, March 12 (Wirewell) — Miners blocked the highway on Wednesday, police said.\n\n"
            "AUCKLAND, March 13 (Wirewell) — A ferry ran aground early on Thursday near Rangi Point, "
            "the coastguard said.\n\n"
            "Passengers were taken off at 7:15 a.m. local time, officials said.")


@pytest.mark.parametrize(("words", "expected"), [
    ("Miners blocked the highway", "2025-03-12"),
    # a dateline a time zone puts after the page's day: its story is told from the 13th
    ("A ferry ran aground", "2025-03-13"),
    ("Passengers were taken off", "2025-03-13T07:15"),
])
def test_a_dateline_dates_its_story_in_a_round_up(words: str, expected: str) -> None:
    assert date_of(ROUND_UP, words) == expected


@pytest.mark.parametrize("title", [
    "HOUSING (WALES) ACT 2014 — NOTICE OF INTENT",
    "THE DENHOLM (SCHOOL LANE) (PROHIBITION OF WAITING) ORDER 2025",
])
def test_a_title_in_capitals_keeps_its_year(title: str) -> None:
    body = f"DENHOLM TOWN COUNCIL\n\n{title}\n\nThe council closed the depot on 3 March 2025."
    assert [e.start for e in events_of(body)] == ["2025-03-03"]


def test_a_live_page_welcome_under_a_stamp_is_no_event() -> None:
    body = ("**21:40** Polls have closed in Harwick.\n\n"
            "**08:00** Welcome to our coverage of election day. Polls open at 9am.")
    assert not dated(body, "Welcome to our coverage")
    assert date_of(body, "Polls open at 9am") == "2025-03-12T09:00"


def test_a_warning_issued_label_is_no_event() -> None:
    body = ("A yellow warning for wind covers the coast on Thursday.\n\n"
            "Forecast issued: 06:15 Wednesday 12 March 2025")
    assert not dated(body, "Forecast issued")


@pytest.mark.parametrize(("sentence", "event"), [
    ("The shop is open on Saturdays until the end of April.", False),  # a habit
    ("The shop will close on Saturdays from 5 April.", True),  # a change that starts then
])
def test_days_of_a_kind_before_a_time_are_a_habit(sentence: str, event: bool) -> None:
    assert dated("The museum reopened on Monday. " + sentence, "on Saturdays") is event


PIT = ("On the night of 14 March 1988, after a week of storms, the mine at Brackwater flooded.\n\n"
       "Nine men died. Most of the village's houses lost power.\n\n"
       "Jo Reed was 10 and remembers her mother. She now runs the shop, which reopened in 1991.\n\n"
       "An inquiry, which sat for a year, blamed the owners for ignoring reports that went back to 1984.\n\n"
       "The new pit head, finished in 1995, is a museum and is inspected every spring.\n\n"
       "On Friday, the anniversary, a wreath will be laid at the gates.\n\n"
       "**Timeline**\n\n- 1902: Mine opened\n- 1984: First reports of water\n"
       "- 14 March 1988: Mine floods at about 11pm\n- May 1990: Inquiry report published\n- 1995: Museum opened")


def test_a_weekday_before_a_future_past_an_aside_is_to_come() -> None:
    # the tagger reads "Friday" from the story's 1988; the clause's future puts it after the page
    assert date_of(PIT, "a wreath will be laid") == "2025-03-14"


def test_a_period_a_superlative_ranks_dates_nothing() -> None:
    body = ("Ferrand Rail said on Tuesday that passenger numbers fell 4%, as the coldest February since 1991 "
            "kept commuters at home.")
    assert date_of(body, "passenger numbers fell") == "2025-03-11"


@pytest.mark.parametrize(("words", "expected"), [
    ("closed in 2009", "2009-01-01"),
    ("was rebuilt by a trust in 2016", "2016-01-01"),  # "but" with the subject left out opens a clause
])
def test_a_gapped_subject_after_but_is_a_clause_of_its_own(words: str, expected: str) -> None:
    body = "The Tolley lido closed in 2009 but was rebuilt by a trust in 2016."
    assert date_of(body, words) == expected


def test_a_state_kept_on_after_but_is_no_clause_of_its_own() -> None:
    body = "The Tolley lido closed in 2009. Its manager retired in 2004 but stayed on the board until 2012."
    assert [e.start for e in events_of(body)] == ["2009-01-01", "2004-01-01"]  # no event in 2012


def test_a_range_a_perfect_issues_runs_to_its_closing_weekday() -> None:
    # the bound of "has issued … until" alone dates the issuing; a range opened by "from" is the warning's
    body = ("The agency has issued an amber warning for wind affecting the islands and the western firths "
            "from 9pm today until 3pm on Friday.")
    event = next(e for e in events_of(body) if "amber warning" in e.text)
    assert (event.start, event.end) == ("2025-03-12T21:00", "2025-03-14T15:00")


def test_an_update_stamp_yields_to_the_end_a_state_runs_to() -> None:
    body = ("**16:05** The chancellor sits down.\n\n"
            "**15:50** Rail fares are frozen until March 2027. Bus fares will not change.")
    assert date_of(body, "Rail fares are frozen") == "2027-03-01"


def test_the_point_a_span_is_counted_from_dates_nothing() -> None:
    body = ("Salmon returned to the Arrow within four years of the 2019 dam removal, according to a survey "
            "published on Wednesday in the journal River Science.")
    assert date_of(body, "Salmon returned") == "2025-03-12"  # the lead, on the day the survey came out


def test_a_thing_named_by_its_year_after_a_cut_is_no_clause() -> None:
    body = ("Some 3,000 runners took part in the Harlow half marathon on Sunday, the most since the race "
            "moved to the river path after the 2017 bridge collapse.")
    assert [e.start for e in events_of(body)] == ["2025-03-09"]


def test_a_figure_held_since_a_time_in_an_aside_dates_nothing() -> None:
    body = "Bus fares rose on Monday. The child fare, £1.20 since 2021, will stay the same."
    assert [e.start for e in events_of(body)] == ["2025-03-10"]


def test_a_participle_describing_the_subject_of_the_next_verb_dates_nothing() -> None:
    body = ("The transport authority published its annual report on Monday. "
            "Its chair said fare caps introduced in January had saved commuters £40 a year.")
    assert [e.start for e in events_of(body)] == ["2025-03-10"]


@pytest.mark.parametrize(("words", "expected"), [
    ("open the east wing on 2 May", "2025-05-02"),
    ("a reopening gala in June", "2025-06-01"),  # a bare verb sharing "will", with a time of its own
])
def test_a_bare_verb_sharing_the_modal_is_a_clause_of_its_own(words: str, expected: str) -> None:
    body = "The museum will open the east wing on 2 May and stage a reopening gala in June."
    assert date_of(body, words) == expected


def test_where_a_span_reaches_back_to_dates_nothing() -> None:
    body = ("The council closed the pier on Friday. "
            "An engineer's report described corrosion that went back to 2009.")
    assert [e.start for e in events_of(body)] == ["2025-03-07"]
