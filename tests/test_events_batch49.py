"""Kinds of dating error found by held-out batch 49 (1990s agency wire copy: diplomacy, bank and
industrial earnings, a flood, a bribery verdict, an earthquake, an election count and an arrest),
each row on a sentence written for this test, not the batch's (tests/gold_events, batch 49)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import event_rows as rows
from timeline.tag.tagger import tag_text

PUBLISHED = dt.datetime(2025, 3, 12, 17, 30)  # a Wednesday, late afternoon


def span_of(body: str, words: str, published: dt.datetime = PUBLISHED) -> tuple[str, str]:
    """The start and end of the event whose text holds the words."""
    return rows.span_holding(body, words, published)


def values(sentence: str, published: dt.datetime = PUBLISHED) -> dict[str, str]:
    """The tagger's value of each expression in the sentence."""
    return {t.text: t.value for t in tag_text(sentence, published)}


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    # a single happening's toll is an event of its year, not a statistic of the year
    ("In 2009, a cyclone along the same coast killed more than 2,000 people.", "cyclone",
     ("2009-01-01", "2009-12-31")),
    ("An explosion at the depot killed 1,200 workers in 1976.", "explosion", ("1976-01-01", "1976-12-31")),
])
def test_a_happenings_toll_is_dated_by_its_year(sentence: str, words: str, expected: tuple[str, str]) -> None:
    assert span_of(sentence, words) == expected


def test_a_disease_toll_over_a_year_stays_a_statistic() -> None:
    # (no happening before the verb: the year is the period the figure counts over)
    assert all(event.start != "2018-01-01" for event in rows.events_of(
        "Measles killed an estimated 140,000 people in 2018.", PUBLISHED))


def test_a_verb_after_a_common_nouns_name_is_no_aside() -> None:
    # ("the supplier, Norland Freight, shipped …": "shipped" is the supplier's verb, not a participle)
    body = "Investigators said the supplier, Norland Freight, shipped the parts between 2016 and 2018, " \
           "usually in unmarked crates."
    assert span_of(body, "shipped the parts") == ("2016-01-01", "2018-12-31")


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    # "for" before a day names its slot, as "on" does: the pair of days is the event's span
    ("More snow is forecast for Friday and Saturday.", "More snow", ("2025-03-14", "2025-03-15")),
    ("The weather office forecast heavy showers for Sunday.", "heavy showers", ("2025-03-16", "2025-03-16")),
    ("Strong winds are expected for Thursday and Friday.", "Strong winds", ("2025-03-13", "2025-03-14")),
])
def test_for_before_a_day_names_its_slot(sentence: str, words: str, expected: tuple[str, str]) -> None:
    assert span_of(sentence, words) == expected


def test_for_after_a_plans_participle_stays_a_slot_only_planned() -> None:
    # (the plan's day is no happening: the clause's own day dates the sentence)
    body = "The agent had pencilled in the viewing for 20 March, but the buyer pulled out on Monday."
    assert span_of(body, "pulled out") == ("2025-03-10", "2025-03-10")


def test_a_month_named_person_is_no_month() -> None:
    # (a given name between a first name and a surname; months joined by "and" stay months)
    assert "June" not in values("Harold and June Pettigrew, both 80, were married on 2 May 1965.")
    assert "April" not in values("Tom and April Reyes opened the shop in 1990.")
    assert set(values("Rents rose in May and June.")) == {"May", "June"}
    assert set(values("In March and June Parliament sat twice.")) == {"March", "June"}
