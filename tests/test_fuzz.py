"""Property tests: on arbitrary input the reader and the pipeline raise only documented errors.

`make test` runs a fixed, small budget; `make fuzz` runs the same properties much longer
(HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import TimelineError
from timeline.models import Article, Skipped
from timeline.pipeline import timeline_from_articles
from timeline.read.inputs import FORMATS, ReadOptions, read_bytes

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
