"""Relative and when-clauses beside a clause's time (timeline.events.asides), on sentences written
for the project."""

from __future__ import annotations

import datetime as dt

from timeline.events import extract_events
from timeline.read.inputs import read_text

PUBLISHED = dt.datetime(2022, 10, 13, 9, 30)  # a Thursday


def events(body: str) -> list[tuple[str, str, str]]:
    """(start, end, text) of each event of a one-paragraph article."""
    return [(e.start, e.end, e.text) for e in extract_events(read_text(body, date=PUBLISHED))]


def test_a_when_clause_after_until_is_what_happened_at_the_end() -> None:
    assert events("The chapel was a school from 1902 until 1968, when the last pupils left.") == [
        ("1902-01-01", "1968-12-31", "The chapel was a school from 1902 until 1968, when the last pupils left."),
        ("1968-01-01", "1968-12-31", "When the last pupils left.")]


def test_a_when_clause_after_a_span_or_a_single_time_is_the_same_event() -> None:
    assert [e[:2] for e in events("The pier will be shut from 3 to 20 November, when divers will inspect the piles.")] \
        == [("2022-11-03", "2022-11-20")]
    assert [e[:2] for e in events("The tower was automated in 1987, when its keepers left.")] == \
        [("1987-01-01", "1987-12-31")]


def test_a_relative_clause_telling_of_the_time_dates_nothing() -> None:
    assert [e[:2] for e in events("Output will resume in the first quarter of 2023, which begins on 1 January.")] \
        == [("2023-01-01", "2023-03-31")]
    assert [e[:2] for e in events("The inquest was adjourned until 9 November, which is a Wednesday.")] == \
        [("2022-11-09", "2022-11-09")]
    # (a relative clause after a time may tell of the noun before it: two events)
    assert [e[:2] for e in events("Villagers, who marched on 1 October, will meet the minister on Monday.")] == \
        [("2022-10-17", "2022-10-17"), ("2022-10-01", "2022-10-01")]


def test_a_relative_clause_in_brackets_dates_nothing() -> None:
    assert events("The choir sang at the festival on Saturday.\nIts new conductor, Ruth Amadi (who starts on "
                  "Monday) was in the audience.") == [
        ("2022-10-08", "2022-10-08", "The choir sang at the festival on Saturday.")]
    assert [e[:2] for e in events("The lighthouse (which was automated in 1989) was sold at auction on Tuesday.")] \
        == [("2022-10-11", "2022-10-11")]


def test_an_opening_participle_with_its_own_date_is_an_event_of_its_own() -> None:
    assert events("Founded in 1887, the brass band won its first national title in 1921.") == [
        ("1887-01-01", "1887-12-31", "Founded in 1887."),
        ("1921-01-01", "1921-12-31", "The brass band won its first national title in 1921.")]
    assert [e[:2] for e in events("Founded in 1887, the brass band has 40 players.")] == \
        [("1887-01-01", "1887-12-31")]
