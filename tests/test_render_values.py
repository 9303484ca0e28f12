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
