"""Every value the tagger can produce renders in every output format (midnight T24:00, centuries, REF values…)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.models import Article
from timeline.pipeline import timeline_from_articles
from timeline.render.dispatch import render
from timeline.render.formats import FORMAT_NAMES
from timeline.render.timelinejs import precision
from timeline.tag.rules import load_rules, parse_example

# The sentences of every rule example, plus values no example shows: midnight is TIMEX3 "T24:00".
SENTENCES = sorted({parse_example(example)[0] for rule in load_rules("en").rules for example in rule.examples} | {
    "The deadline expires at midnight, officials said.",
    "The polls closed at midnight on Jan. 3, officials said.",
    "Caesar was killed in 44 BC, historians said.",
    "The temple was built in the 3rd century, a guide said.",
})
DATES = st.datetimes(min_value=dt.datetime(1, 3, 1), max_value=dt.datetime(9998, 10, 1))


def render_everywhere(sentences: list[str], published: dt.datetime) -> None:
    article = Article(text=" ".join(sentences), published=published, title="Values")
    timeline = timeline_from_articles([article])
    for fmt in FORMAT_NAMES:
        assert render(timeline, fmt), fmt


def test_midnight_renders_in_every_format() -> None:
    render_everywhere(["The deadline expires at midnight, officials said."], dt.datetime(2020, 1, 5))


@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=12), DATES)
def test_any_tagged_value_renders_in_every_format(sentences: list[str], published: dt.datetime) -> None:
    render_everywhere(sentences, published)


@pytest.mark.filterwarnings("ignore::timeline.errors.TimelineWarning")  # every example at once: a long email
def test_every_example_renders_at_once() -> None:
    render_everywhere(SENTENCES, dt.datetime(2019, 2, 21))


@pytest.mark.parametrize("sentence", ["The archive covers the 9990s, a report said.",
                                      "The vault stays sealed until the year 9999, officials said.",
                                      "The survey of the 9900s was published, officials said."])
def test_the_calendars_last_years_render_in_every_format(sentence: str) -> None:
    render_everywhere([sentence], dt.datetime(2020, 1, 5))


def test_a_story_year_below_1000_keeps_four_digits_in_relative_values() -> None:
    article = Article(text="The bank lent 1000 coins to the town. Letters were delivered last year.",
                      published=dt.datetime(2010, 12, 4), title="Values")
    values = {event.value for event in timeline_from_articles([article], genre="narrative").events}
    assert all(len(value.split("-")[0]) >= 4 for value in values if value[:1].isdigit()), values
    render_everywhere(["The bank lent 1000 coins to the town.", "Letters were delivered last year."],
                      dt.datetime(2010, 12, 4))


@pytest.mark.parametrize(("start", "end", "granularity", "fields"), [
    ("9990-01-01", "9999-12-31", "decade", 1), ("9999-12-01", "9999-12-31", "month", 2),
    ("2019-03-05", "2019-03-31", "month", 3), ("0001-01-01", "0099-12-31", "century", 1)])
def test_timelinejs_precision_reaches_the_calendars_ends(start: str, end: str, granularity: str, fields: int) -> None:
    assert precision(start, end, granularity) == fields
