"""Property tests: on arbitrary input the reader and the pipeline raise only documented errors.

`make test` runs a fixed, small budget; `make fuzz` runs the same properties much longer
(HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os

from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import InputError, TimelineError, shown
from timeline.models import Article, Skipped
from timeline.pipeline import timeline_from_articles
from timeline.read.inputs import FORMATS, ReadOptions, read_bytes
from timeline.render.dispatch import render

ANCHOR = dt.datetime(2021, 6, 10)
WORDS = ["Monday", "last", "week", "the", "council", "voted", "on", "March", "3,", "2019", "---", "date:",
         "title:", "\n", ". ", "yesterday", "in", "coming", "weeks", "<p>", "</p>", "{", "}", "\"", "“", "”",
         "Read more:", "said", "will", "2/21/2019", "noon", "today", "between", "and", "ago", "two", "years"]
texty = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
any_bytes = st.one_of(st.binary(max_size=400), texty.map(str.encode), st.text(max_size=300).map(str.encode))


@given(data=any_bytes, fmt=st.sampled_from(sorted(FORMATS)))
def test_reader_raises_only_documented_errors(data: bytes, fmt: str) -> None:
    options = ReadOptions(date=ANCHOR, input_format=fmt)
    try:
        items = list(read_bytes(data, "fuzz", options))
    except TimelineError:
        return
    for item in items:
        assert isinstance(item, Article | Skipped)


@given(body=texty)
def test_pipeline_builds_a_valid_timeline_from_any_text(body: str) -> None:
    options = ReadOptions(date=ANCHOR, input_format="text")
    try:
        articles = [a for a in read_bytes(body.encode(), "fuzz.txt", options) if isinstance(a, Article)]
    except TimelineError:
        return
    timeline = timeline_from_articles(articles)
    data = json.loads(timeline.model_dump_json())
    for event in data["events"]:
        assert event["start"] <= event["end"]
    starts = [e["start"] for e in data["events"]]
    assert starts == sorted(starts)


# Hostile material: odd file names, front matter (aliases, dates of any shape), nesting, far dates.

@given(name=st.one_of(st.text(max_size=40), st.binary(max_size=40).map(os.fsdecode)))
def test_a_shown_file_name_is_one_line_of_utf8(name: str) -> None:
    text = shown(name)
    assert len(text.splitlines()) <= 1
    text.encode("utf-8")
    assert str(InputError(f"{name}: boom")).count("\n") == 0


date_like = st.one_of(
    st.dates().map(str), st.datetimes().map(str), st.integers(-20000, 20000).map(str),
    st.from_regex(r"-?\d{1,5}-\d{1,2}-\d{1,2}(T\d{2}:\d{2}([+-]\d{2}:\d{2})?)?", fullmatch=True),
    st.sampled_from(["44 BC", "March 15, 44 B.C.", "9999-12-31T23:59-12:00", "0001-01-01T00:00+14:00", "*x", "&x [1]"]),
)


@given(value=date_like, extra=st.sampled_from(["", "a: &x [1, 2]\nb: *x\n", "c: [[[[1]]]]\n"]))
def test_front_matter_dates_raise_only_documented_errors(value: str, extra: str) -> None:
    data = f"---\n{extra}date: {value}\n---\nThe plan will be published in the coming weeks.\n".encode()
    try:
        articles = [a for a in read_bytes(data, "fuzz.md", ReadOptions(timezone="UTC")) if isinstance(a, Article)]
    except TimelineError:
        return
    timeline_from_articles(articles)  # dates at the calendar's edges never overflow


@given(depth=st.integers(0, 3000), opener=st.sampled_from(["[", '{"a": ']))
def test_nesting_of_any_depth_raises_only_documented_errors(depth: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    document = f'[{{"text": "Fire on Monday.", "date": "2021-06-10", "x": {opener * depth}1{closer * depth}}}]'
    for fmt in ("json", "jsonl"):
        with contextlib.suppress(TimelineError):
            list(read_bytes(document.encode(), "fuzz.json", ReadOptions(input_format=fmt)))


@given(day=st.one_of(st.dates(max_value=dt.date(2, 12, 31)), st.dates(min_value=dt.date(9998, 1, 1))))
def test_any_publication_date_builds_at_the_calendars_edges(day: dt.date) -> None:
    text = ("The plan will be published in the coming weeks. Talks ended two years ago. The vote is next "
            "week. This weekend they meet. Recently the council met. It opens next year. Last decade it grew.")
    articles = [a for a in read_bytes(text.encode(), "edge.txt", ReadOptions(date=dt.datetime.combine(day, dt.time())))
                if isinstance(a, Article)]
    timeline = timeline_from_articles(articles)
    for fmt in ("html", "ics", "timelinejs"):
        render(timeline, fmt)
