"""Kinds of dating error found by held-out batch 46 (news in national styles and forms the set held
once or not at all: an Indian parliamentary timetable, an Irish obituary, an Australian flood
warning, a Canadian court report, Gulf wire briefs, a South African race report, a results wire, a
science embargo, a "what we know" explainer with a factbox, a Q&A explainer, a British line closure
and a US profile), each row on a sentence written for this test, not the batch's (tests/gold_events,
batch 46)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import event_rows as rows
from timeline.models import Event
from timeline.tag.tagger import tag_text

PUBLISHED = dt.datetime(2025, 3, 12, 17, 30)  # a Wednesday, late afternoon


def events_of(body: str, published: dt.datetime = PUBLISHED) -> list[Event]:
    return rows.events_of(body, published)


def span_of(body: str, words: str, published: dt.datetime = PUBLISHED) -> tuple[str, str]:
    """The start and end of the event whose text holds the words."""
    return rows.span_holding(body, words, published)


def dated(body: str, words: str, published: dt.datetime = PUBLISHED) -> bool:
    """Whether some event's text holds the words."""
    return any(words in e.text for e in events_of(body, published))


@pytest.mark.parametrize(("body", "words"), [
    # a name's initials and "Ste." end no sentence: the reporting clause stays with what it reports
    ("The ferry will sail on Friday, harbourmaster J.P. Okafor told reporters on Wednesday.",
     "The ferry will sail on Friday, harbourmaster J.P. Okafor told reporters"),
    ("The boat was found at Sainte-Anne on 3 March and towed to Baie Ste. Claire on 4 March.",
     "towed to Baie Ste. Claire"),
])
def test_initials_and_ste_end_no_sentence(body: str, words: str) -> None:
    assert dated(body, words)


def test_initials_before_a_word_that_opens_a_sentence_end_it() -> None:
    body = "She moved to Washington, D.C. The agency hired her on Monday."
    assert span_of(body, "hired her") == ("2025-03-10", "2025-03-10")
    assert rows.events_holding(body, "hired her", PUBLISHED)[0].text.startswith("The agency")


def test_a_reporting_clause_after_initials_dates_nothing_of_its_own() -> None:
    body = "The ferry will sail on Friday, harbourmaster J.P. Okafor told reporters on Wednesday."
    assert len(events_of(body)) == 1
    assert span_of(body, "The ferry will sail") == ("2025-03-14", "2025-03-14")


FACTBOX = ("The depot has been shut since a flood in late February.\n\n"
           "**Has it flooded before?**\n\n"
           "The depot, which was built in 1974, flooded for a week in 2012.\n\n"
           "**Key dates**\n\n"
           "Feb. 27 – River bursts its banks; depot evacuated.\n\n"
           "March 3 – Pumps start work.\n\n"
           "March 19 – Inspection due.\n")


@pytest.mark.parametrize(("words", "expected"), [
    # under a heading of its own, a factbox is not the background's year above it
    ("River bursts its banks", ("2025-02-27", "2025-02-27")),
    ("Pumps start work", ("2025-03-03", "2025-03-03")),
    # an entry's "due" is still to come: this March, not last year's
    ("Inspection due", ("2025-03-19", "2025-03-19")),
])
def test_a_factbox_under_its_heading_is_the_recent_past(words: str, expected: tuple[str, str]) -> None:
    assert span_of(FACTBOX, words) == expected


@pytest.mark.parametrize("heading", ["TIMELINE", "Key dates:", "## How it unfolded"])
def test_a_factbox_under_a_plain_heading_is_the_recent_past(heading: str) -> None:
    body = ("The pier, which opened in 1899, was last closed in 2013.\n\n"
            f"{heading}\n\n"
            "Feb. 27 - Storm tears away decking.\n")
    assert span_of(body, "Storm tears away decking") == ("2025-02-27", "2025-02-27")


def test_a_chronology_right_after_its_year_keeps_it() -> None:
    body = ("Forty years ago this month, in 1985, the pit closed.\n\n"
            "March 4 – Miners vote to return.\n\n"
            "March 5 – Last shift goes down.\n")
    assert span_of(body, "Last shift goes down") == ("1985-03-05", "1985-03-05")


@pytest.mark.parametrize(("words", "expected"), [
    # the story's own Monday (30 December 2024 was one) and the day after it, not this week's
    ("searched the moor on Monday night", ("2024-12-30", "2024-12-30")),
    ("found him on Tuesday morning", ("2024-12-31", "2024-12-31")),
])
def test_a_weekday_goes_on_from_a_recent_day_written_with_its_year(words: str, expected: tuple[str, str]) -> None:
    body = ("At 6pm on 30 December 2024, a walker was reported missing on Harrow Moor.\n\n"
            "Volunteers searched the moor on Monday night and found him on Tuesday morning.")
    assert span_of(body, words, dt.datetime(2025, 1, 9, 12, 0)) == expected


def test_a_weekday_after_a_day_without_its_year_is_this_weeks() -> None:
    body = "The regulator fined the firm on March 3.\n\nThe firm said on Monday that it would appeal."
    assert span_of(body, "would appeal") == ("2025-03-10", "2025-03-10")


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    # a list of years runs to its last
    ("She won the county title in 1961, 1962 and 1964.", "won the county title", ("1961-01-01", "1964-12-31")),
    ("The fair was held in 1990, 1995, 2000 and 2005.", "The fair was held", ("1990-01-01", "2005-12-31")),
    # (two years stay the pair they were)
    ("The race was not run in 2020 and 2021.", "was not run", ("2020-01-01", "2021-12-31")),
])
def test_a_list_of_years_runs_to_its_last(sentence: str, words: str, expected: tuple[str, str]) -> None:
    assert span_of(sentence, words) == expected


def test_before_a_days_own_event_is_that_day() -> None:
    body = "A wreath will be laid before Saturday's parade, the legion said."
    assert span_of(body, "A wreath will be laid") == ("2025-03-15", "2025-03-15")


def test_before_a_day_is_still_any_day_until_it() -> None:
    assert span_of("A ruling is expected before Friday.", "A ruling") == ("2025-03-12", "2025-03-14")


def test_a_fronted_end_of_week_under_a_future_starts_at_publication() -> None:
    body = "By the end of the week, the board will name a new chair."
    assert span_of(body, "the board will name") == ("2025-03-12", "2025-03-16")


def test_a_fronted_end_of_month_in_the_past_keeps_the_month() -> None:
    body = "By the end of the month, the bakery had sold 9,000 loaves."
    assert span_of(body, "had sold") == ("2025-03-01", "2025-03-31")


@pytest.mark.parametrize(("sentence", "words"), [
    # an infinitive's verb spelt as its past ("cut", "put", "set") is no past verb
    ("The mayor has promised to cut bus fares by September.", "cut bus fares"),
    ("The club has vowed to put new floodlights up by October.", "new floodlights"),
])
def test_a_promise_to_act_by_a_month_is_this_years(sentence: str, words: str) -> None:
    start, _ = span_of(sentence, words)
    assert start[:4] == "2025"


def test_a_condition_after_a_clock_opens_a_sentence() -> None:
    body = ("Counting starts at 9 a.m. on Friday and ends at 5 p.m. If the count is close, a recount "
            "will be held on March 20.")
    assert span_of(body, "a recount will be held") == ("2025-03-20", "2025-03-20")


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    # a month alone before its noun names a thing of that month; the day written out dates the clause
    ("The June record, 38.2C, was set on 19 June 1976.", "was set on", ("1976-06-19", "1976-06-19")),
    ("The previous May record was broken on May 30, 2018.", "was broken", ("2018-05-30", "2018-05-30")),
])
def test_a_month_before_its_noun_yields_to_a_day(sentence: str, words: str, expected: tuple[str, str]) -> None:
    assert span_of(sentence, words) == expected


def test_a_fronted_appositive_describes_the_subject() -> None:
    # (both years stand before a noun: the appositive's is the weaker)
    body = "A member of the 1986 expedition team, she made her first solo crossing in the 1994 Arctic season."
    assert span_of(body, "made her first solo crossing") == ("1994-01-01", "1994-12-31")


@pytest.mark.parametrize("sentence", [
    "The rock formed 300 million years ago under a shallow sea.",
    "Rivers carved the gorge over millions of years ago and since.",
])
def test_a_deep_past_dates_nothing(sentence: str) -> None:
    assert not any(t.text.endswith("years ago") for t in tag_text(sentence, PUBLISHED))


def test_a_margin_cut_off_a_record_is_no_clock() -> None:
    assert not any(t.type == "TIME" for t in tag_text("She knocked 2:14 off the course record.", PUBLISHED))


@pytest.mark.parametrize(("words", "expected"), [
    # the end a future state runs to, and the past deed after "after" with its own day
    ("The bridge will stay closed until Friday", ("2025-03-14", "2025-03-14")),
    ("A lorry hit it on Monday", ("2025-03-10", "2025-03-10")),
])
def test_a_future_state_until_a_day_then_what_caused_it(words: str, expected: tuple[str, str]) -> None:
    body = "The bridge will stay closed until Friday after a lorry hit it on Monday, the council said."
    assert span_of(body, words) == expected


def test_a_past_state_until_a_day_stays_whole() -> None:
    body = "The bridge stayed closed until Friday after a lorry hit it on Monday."
    assert len(events_of(body)) == 1


@pytest.mark.parametrize("sentence", [
    "The plan would replace the rules in force since 1992.",
    "The levy, in place since 2004, raises £3 million a year.",
])
def test_a_state_a_noun_has_held_since_a_year_dates_nothing(sentence: str) -> None:
    assert not dated(sentence, sentence[:20])


@pytest.mark.parametrize(("body", "listed"), [
    # a feature's lead in the perfect over years is a state, no news of the day
    ("KELSO FALLS, Ore. — Marta Ruiz has swept the same four blocks for 31 years.", False),
    # (a relative clause's years leave the lead its news; a passive's sentence is news)
    ("Marta Ruiz, who has swept the same four blocks for 31 years, has retired.", True),
    ("A driver who killed a cyclist has been jailed for six years.", True),
])
def test_a_feature_lead_held_for_years_is_no_news(body: str, listed: bool) -> None:
    assert bool(events_of(body)) is listed
