"""Render stage: HTML, Markdown and JSON of the same timeline."""

from __future__ import annotations

import datetime as dt
import json
from html.parser import HTMLParser

import pytest

from timeline.errors import RenderError
from timeline.models import Event, Source, Timeline
from timeline.pipeline import timeline_from_articles
from timeline.read import read_text
from timeline.render import display_date, md_escape, render

BODY = (
    "---\ntitle: Harbour <b>news</b>\ndate: 2021-06-10\nurl: https://example.org/h\n---\n"
    "The port closed on Monday. Dredging will start in the coming weeks. Fees rose in March 2021.\n"
)


@pytest.fixture
def timeline() -> Timeline:
    return timeline_from_articles([read_text(BODY)])


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.void = {"meta", "link", "br", "img", "hr", "input"}

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in self.void:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}> in {self.stack}"
        self.stack.pop()


def test_html_is_balanced_escaped_and_lists_every_event(timeline: Timeline) -> None:
    html = render(timeline, "html")
    checker = _Checker()
    checker.feed(html)
    assert checker.stack == []
    assert "Harbour &lt;b&gt;news&lt;/b&gt;" in html
    assert html.count("<article>") == len(timeline.events) == 3
    assert '<time datetime="2021-06-07"' in html
    assert "<h2>Upcoming</h2>" in html


def test_markdown_has_period_headings_and_bold_dates(timeline: Timeline) -> None:
    md = render(timeline, "md")
    assert md.startswith("# Harbour <b>news</b>".replace("<", "\\<").replace(">", "\\>"))
    assert "## March 2021" in md and "## June 2021" in md and "## Upcoming" in md
    assert "- **Mon 7 Jun 2021** — The port closed on Monday." in md
    assert "[Harbour \\<b\\>news\\</b\\>](<https://example.org/h>)" in md


def test_json_follows_the_contract(timeline: Timeline) -> None:
    data = json.loads(render(timeline, "json"))
    assert set(data) >= {"title", "events"}
    for event in data["events"]:
        assert set(event) >= {"start", "end", "granularity", "approximate", "upcoming", "text", "headline",
                              "time_text", "value", "source"}
    assert [e["start"] for e in data["events"]] == sorted(e["start"] for e in data["events"])


def test_unknown_format_is_a_render_error(timeline: Timeline) -> None:
    with pytest.raises(RenderError, match="unknown format"):
        render(timeline, "pdf")


def _event(**fields: object) -> Event:
    base = dict(start="2018-07-01", end="2018-09-30", granularity="quarter", approximate=False, upcoming=False,
                text="t", headline="h", time_text="the third quarter", value="2018-Q3", source=Source())
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(("fields", "expected"), [
    ({}, "Q3 2018"),
    ({"start": "2019-02-01", "end": "2019-02-28", "granularity": "month", "value": "2019-02"}, "Feb 2019"),
    ({"start": "2019-02-21", "end": "2019-02-21", "granularity": "day", "value": "2019-02-21"}, "Thu 21 Feb 2019"),
    ({"start": "2019-01-01", "end": "2019-12-31", "granularity": "year", "value": "2019"}, "2019"),
    ({"start": "1990-01-01", "end": "1999-12-31", "granularity": "decade", "value": "199"}, "1990s"),
    ({"start": "2019-02-22", "end": "2019-04-04", "granularity": "week", "value": "FUTURE_REF",
      "time_text": "in the coming weeks"}, "In the coming weeks (22 Feb 2019 – 4 Apr 2019)"),
])
def test_dates_are_displayed_at_their_granularity(fields: dict, expected: str) -> None:
    assert display_date(_event(**fields)) == expected


def test_markdown_escaping_neutralises_control_characters() -> None:
    assert md_escape("*bold* [link](x) <b> # _x_ |") == "\\*bold\\* \\[link\\](x) \\<b\\> \\# \\_x\\_ \\|"


def test_published_date_renders_in_sources() -> None:
    timeline = timeline_from_articles([read_text("Markets fell on Monday.", date=dt.datetime(2021, 6, 10, 9, 5))])
    assert "(2021-06-10T09:05)" in render(timeline, "md")
