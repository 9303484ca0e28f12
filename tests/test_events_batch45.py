"""Kinds of dating error found by held-out batch 45 (news as other English-speaking newsrooms
write it: Indian business, Nigerian politics, Australian, Irish, Canadian, US, British, Singapore,
South African, Kenyan and New Zealand copy), each row on a sentence written for this test, not the
batch's (tests/gold_events, batch 45)."""

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


def test_with_effect_from_abbreviated_ends_no_sentence() -> None:
    body = ("Priya Nair has been named head of sales w.e.f. 1st April, the bank said. "
            "New tariffs apply w.e.f. 15th March.")
    assert span_of(body, "named head of sales") == ("2025-04-01", "2025-04-01")
    assert span_of(body, "New tariffs apply") == ("2025-03-15", "2025-03-15")


INDIAN_RESULTS = ("Kesar Cement reported a net profit of Rs 88 crore on Monday. "
                  "Sales fell 4 per cent in Q3FY25. "
                  "For FY24, the company earned Rs 310 crore. "
                  "It will open a grinding unit in Q1 FY26.")


@pytest.mark.parametrize(("words", "expected"), [
    # quarters glued to a fiscal year, and sums in crore: India's fiscal year, from April
    ("Sales fell 4 per cent", ("2024-10-01", "2024-12-31")),
    ("the company earned Rs 310 crore", ("2023-04-01", "2024-03-31")),
    ("It will open a grinding unit", ("2025-04-01", "2025-06-30")),
])
def test_indian_fiscal_quarters_and_years_count_from_april(words: str, expected: tuple[str, str]) -> None:
    assert span_of(INDIAN_RESULTS, words) == expected


def test_a_fiscal_year_kept_without_april_cues() -> None:
    # (a fiscal year named alone, in an article without India's ways of writing: the calendar year, as before)
    assert span_of("In FY24 the firm hired 40 engineers.", "hired 40 engineers") == ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    ("The trust overspent by £2 million in the financial year 2023/24.", "overspent by",
     ("2023-04-01", "2024-03-31")),
    ("The agency recorded a deficit of $40 million in 2023-24, its first fiscal year in the red.",
     "recorded a deficit", ("2023-04-01", "2024-03-31")),
    # two years of a season stay two calendar years
    ("Dunmore won the league in the 2023-24 season.", "won the league", ("2023-01-01", "2024-12-31")),
])
def test_a_fiscal_year_across_two_years_runs_april_to_march(sentence: str, words: str,
                                                            expected: tuple[str, str]) -> None:
    assert span_of(sentence, words) == expected


def test_a_stated_fiscal_start_moves_a_two_year_fiscal_year() -> None:
    body = ("The district's financial year runs from July to June. "
            "It spent $3 million on roads in the financial year 2023/24.")
    assert span_of(body, "spent $3 million on roads") == ("2023-07-01", "2024-06-30")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("The bill was passed in the penultimate week of February.", "2025-02-17", "2025-02-23"),
    ("Talks stalled in the second-to-last week of January.", "2025-01-20", "2025-01-26"),
])
def test_the_penultimate_week_of_a_month(text: str, start: str, end: str) -> None:
    found = [t for t in tag_text(text, PUBLISHED) if "week" in t.text]
    assert found and found[0].interval is not None
    assert (found[0].interval.start, found[0].interval.end) == (start, end)


@pytest.mark.parametrize("sentence", [
    "The society has held its show in August every year since 1990.",
    "The ferry leaves at 6am every working day.",
    "The gates open from 8am to 8.30am each school day.",
    "Polling day has fallen on the second Thursday of May since 2011.",
])
def test_a_time_kept_every_year_or_day_is_a_habit(sentence: str) -> None:
    assert not dated("The shop reopened on Monday.\n\n" + sentence, sentence[:20])


@pytest.mark.parametrize("sentence", [
    "January has been the driest on record in Halden, with 9mm of rain.",
    "Last summer was the busiest for a decade at the lido.",
])
def test_a_period_a_superlative_ranks_dates_nothing(sentence: str) -> None:
    assert not dated("Heavy rain fell on Monday.\n\n" + sentence, sentence[:15])


def test_a_period_expected_to_rank_is_still_dated() -> None:
    body = "Heavy rain fell on Monday.\n\nSaturday is expected to be the busiest day at the lido."
    assert span_of(body, "expected to be the busiest") == ("2025-03-15", "2025-03-15")


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    ("The union has called a three-day strike from Monday.", "three-day strike", "2025-03-17"),
    ("The council has imposed a curfew starting on Friday.", "imposed a curfew", "2025-03-14"),
])
def test_what_a_perfect_announces_from_a_day_is_ahead(sentence: str, words: str, expected: str) -> None:
    assert span_of(sentence, words)[0] == expected


def test_a_past_verb_from_a_day_stays_past() -> None:
    assert span_of("Drivers went on strike from Monday.", "went on strike")[0] == "2025-03-10"


def test_a_hyphenated_period_before_an_acronym_yields_to_the_day() -> None:
    body = "Third-quarter GDP figures are due on April 29, and retail sales on Friday."
    assert span_of(body, "GDP figures are due")[0] == "2025-04-29"


def test_awards_named_by_a_holiday_take_their_own_day() -> None:
    body = "The St Patrick's Day awards ceremony will be held in the hall on Saturday at 2pm."
    assert span_of(body, "awards ceremony will be held")[0] == "2025-03-15T14:00"


def test_a_part_of_day_before_to_go_is_no_game_clock() -> None:
    body = "The league resumed on Friday.\n\nHarbour United beat Delta Rangers 3-0 on Sunday afternoon to go second."
    assert span_of(body, "beat Delta Rangers")[0] == "2025-03-09"


def test_a_game_clock_before_to_go_is_still_none() -> None:
    assert not dated("The league resumed on Friday.\n\nWith 1:05 to go, Delta Rangers scored.", "Delta Rangers scored")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police will run extra patrols over the long weekend.", ("2025-03-15", "2025-03-17")),
    ("Extra trains will run over the bank holiday weekend.", ("2025-03-15", "2025-03-17")),
    ("Extra trains will run this weekend.", ("2025-03-15", "2025-03-16")),
    # New Zealand's Labour Weekend: the Saturday before the fourth Monday of October, to that Monday
    ("Ferries will be busy over Labour Weekend.", ("2025-10-25", "2025-10-27")),
    # a holiday Monday before "weekend": the Saturday before it to that Monday
    ("Police expect heavy traffic over the spring bank holiday weekend.", ("2025-05-24", "2025-05-26")),
])
def test_a_long_weekend_runs_to_its_monday(sentence: str, expected: tuple[str, str]) -> None:
    assert span_of(sentence, sentence[:20]) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Wheat prices eased in the first fortnight of February.", ("2025-02-01", "2025-02-15")),
    ("Dry weather is expected in the second half of April.", ("2025-04-16", "2025-04-30")),
    # a vaguer part of a month keeps the month ("mid-April", "late March", as the set dates them)
    ("Dry weather is expected in late April.", ("2025-04-01", "2025-04-30")),
])
def test_half_a_month(sentence: str, expected: tuple[str, str]) -> None:
    assert span_of(sentence, sentence[:20]) == expected
