"""Kinds of dating error found by held-out batch 48 (news that moves through time: an
investigation told in relative chains, a profile, a week ahead, a year in review by month, a
season so far, a business feature in fiscal years, an obituary, a one-year-on report, a court
case's hearings and a discovery announced today), each row on a sentence written for this test,
not the batch's (tests/gold_events, batch 48)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import event_rows as rows
from timeline.language.sentences import sentence_spans
from timeline.models import Event
from timeline.tag.tagger import tag_text

PUBLISHED = dt.datetime(2025, 3, 12, 17, 30)  # a Wednesday, late afternoon


def events_of(body: str, published: dt.datetime = PUBLISHED) -> list[Event]:
    return rows.events_of(body, published)


def span_of(body: str, words: str, published: dt.datetime = PUBLISHED) -> tuple[str, str]:
    """The start and end of the event whose text holds the words."""
    return rows.span_holding(body, words, published)


def values(sentence: str, published: dt.datetime = PUBLISHED) -> dict[str, str]:
    """The tagger's value of each expression in the sentence."""
    return {t.text: t.value for t in tag_text(sentence, published)}


@pytest.mark.parametrize("text", [
    "We had lunch at Marco's. On 2 March the café closed for good.",
    "The keys were left at St Anne's. Nobody collected them.",
])
def test_a_possessive_s_before_a_stop_ends_its_sentence(text: str) -> None:
    # ("'s." had been read as an initial, like the "J." of "J. Smith")
    assert len(sentence_spans(text)) == 2


def test_a_possessive_sentence_end_keeps_the_next_date_in_the_past() -> None:
    body = "The spring belonged to St Cuthbert's. On 14 April the chapel reopened after its repairs."
    assert span_of(body, "the chapel reopened", dt.datetime(2025, 12, 29, 9)) == ("2025-04-14", "2025-04-14")


def test_burst_is_a_past_verb() -> None:
    # (past and present alike in form: with the past verbs like "cut" and "hit")
    assert values("In February the Wendle burst its banks at Crossley.", dt.datetime(2025, 12, 29, 9)) \
        == {"February": "2025-02"}
    assert values("Crews will fix a burst main on Monday.")["Monday"] == "2025-03-17"


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    # a verb between the superlative's noun and the time: the time the ranked thing happened
    ("Her most daring climb came in March 1998, when the ice was thin.", "daring climb",
     ("1998-03-01", "1998-03-31")),
    ("His best season came in 2019.", "best season", ("2019-01-01", "2019-12-31")),
])
def test_a_superlatives_thing_dated_by_its_own_verb(sentence: str, words: str, expected: tuple[str, str]) -> None:
    assert span_of(sentence, words) == expected


def test_a_superlatives_scope_still_dates_nothing() -> None:
    # (the period it ranks within, right after its noun: no date of the event)
    assert span_of("The fair drew the biggest crowd of the year on Saturday.", "biggest crowd") \
        == ("2025-03-08", "2025-03-08")


@pytest.mark.parametrize("sentence", [
    "The beetle lived about 90 million years ago in a warm swamp.",
    "The valley was carved by ice thousands of years ago.",
])
def test_geological_ages_are_no_recent_past(sentence: str) -> None:
    assert values(sentence) == {}


def test_years_ago_alone_stays_a_vague_past() -> None:
    assert values("The quarry closed years ago.") == {"years ago": "PAST_REF"}


def test_a_days_number_is_not_told_in_a_month_counted_since() -> None:
    body = ("On Monday the board meets for the first time since January. "
            "On the 20th, the new clinic opens on Dock Street.")
    assert span_of(body, "the new clinic opens") == ("2025-03-20", "2025-03-20")


def test_a_notices_participle_before_its_date_is_the_event() -> None:
    # ("Born in 1950, she lives in Leeds" describes; a notice's "Born 2 March to …" reports the birth)
    body = "FENWICK. Born 2 March to Ann and Joe, a daughter, Isla, a sister for Tom."
    assert span_of(body, "Born 2 March") == ("2025-03-02", "2025-03-02")


@pytest.mark.parametrize(("body", "words", "expected"), [
    ("The plant closed on 3 February. Three weeks later the workers were laid off.", "workers were laid off",
     ("2025-02-24", "2025-02-24")),
    ("The club was fined on 6 January, and a week later it appealed.", "it appealed", ("2025-01-13", "2025-01-13")),
])
def test_whole_weeks_counted_from_a_day_are_a_day(body: str, words: str, expected: tuple[str, str]) -> None:
    assert span_of(body, words) == expected


def test_the_following_week_stays_a_week() -> None:
    body = "The plant closed on 3 February. The following week the workers were laid off."
    assert span_of(body, "workers were laid off") == ("2025-02-10", "2025-02-16")


def test_a_season_after_by_is_no_byline() -> None:
    # ("By the summer," had been read as "By Jane Smith,": the rest of its line was skipped)
    body = "By the autumn, the lido was open again. Its first swim, on 6 September, drew 400 people."
    assert span_of(body, "drew 400 people", dt.datetime(2025, 12, 29, 9)) == ("2025-09-06", "2025-09-06")


def test_a_byline_and_a_notice_signature_stay_furniture() -> None:
    body = "By Priya Das, Courts Reporter\nBy order of the Board, K. Lum, Secretary, 3 March 2025."
    assert events_of(body) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A sentencing hearing is listed for 28 March.", ("2025-03-28", "2025-03-28")),
    ("The appeal is still listed for Friday.", ("2025-03-14", "2025-03-14")),
])
def test_a_hearing_listed_for_a_day_is_that_day(sentence: str, expected: tuple[str, str]) -> None:
    # (a court's list, as "scheduled for": not a period, as "profit for 2021" is)
    assert span_of(sentence, "listed for") == expected


def test_and_first_opens_a_clause_counted_a_fortnight_on() -> None:
    body = "Okoro was charged on 3 February and first appeared in court a fortnight later."
    assert span_of(body, "charged on 3 February") == ("2025-02-03", "2025-02-03")
    assert span_of(body, "appeared in court") == ("2025-02-17", "2025-02-17")


def test_a_fronted_weekday_takes_the_clock_of_its_present_verb() -> None:
    # (a preview written on a Sunday: the coming Monday, at the verb's clock)
    body = "On Tuesday, the licensing panel meets at 2pm to decide on the late bar."
    assert span_of(body, "licensing panel", dt.datetime(2025, 3, 9, 17)) == ("2025-03-11T14:00", "2025-03-11T14:00")


@pytest.mark.parametrize("sentence", [
    "Today the old mill is still boarded up.",
    "Now the pier still stands empty.",
])
def test_an_opening_today_before_a_state_still_held_dates_no_event(sentence: str) -> None:
    body = f"The mill burned down on 2 May 2019. {sentence}"
    assert [e.text for e in events_of(body)] == ["The mill burned down on 2 May 2019."]


def test_an_opening_today_before_a_deed_stays_dated() -> None:
    assert span_of("Today the council votes on the plan.", "council votes") == ("2025-03-12", "2025-03-12")


def test_an_expectations_deadline_is_not_where_the_story_has_reached() -> None:
    body = ("When the club lost its first game on 6 September, few fans expected it to be top by Easter. "
            "The recovery began a week later.")
    assert span_of(body, "The recovery began", dt.datetime(2026, 3, 2, 9)) == ("2025-09-13", "2025-09-13")


def test_a_deadline_told_as_fact_still_moves_the_story() -> None:
    # (the story reached Christmas: "a week later" counts from it; its value is the week, as TimeML
    # writes it, and the event the day)
    body = "The plant shut on 3 May. By Christmas it had reopened. A week later it shut again."
    assert values(body, dt.datetime(2026, 3, 2, 9))["A week later"] == "2026-W01"
    assert span_of(body, "it shut again", dt.datetime(2026, 3, 2, 9)) == ("2026-01-01", "2026-01-01")


def test_between_a_date_and_an_event_in_a_date_is_one_range() -> None:
    body = "She ran the museum between May 2009 and her retirement in August 2021."
    assert span_of(body, "ran the museum") == ("2009-05-01", "2021-08-31")
