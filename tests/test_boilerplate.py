"""Boilerplate and reader comments (timeline.language.boilerplate): every pattern's examples match it
and its counter-examples do not; a scraped page's comments and furniture never become events."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import extract_events
from timeline.language.boilerplate import comments_start, line_patterns
from timeline.models import Article

CASES = [(name, pattern.regex.pattern, example, expected)
         for name in ("boilerplate", "comment_section") for pattern in line_patterns("en", name)
         for examples, expected in ((pattern.examples, True), (pattern.counter_examples, False))
         for example in examples]


def test_every_pattern_has_an_example() -> None:
    assert all(p.examples for name in ("boilerplate", "comment_section") for p in line_patterns("en", name))


@pytest.mark.parametrize(("name", "pattern", "line", "expected"), CASES, ids=[c[2][:40] for c in CASES])
def test_pattern_examples(name: str, pattern: str, line: str, expected: bool) -> None:
    found = next(p for p in line_patterns("en", name) if p.regex.pattern == pattern)
    assert found.search(line, line.lower()) is expected  # through its `requires` words too


PAGE = """Ferry strike ends after nine days
The Brisk Bay ferry strike ended on Monday after crews accepted a pay offer, the union said.
Get the Bay briefing delivered to your inbox every morning.
Services will resume on Wednesday, the operator said.
Share this article | Email | Print
Quotes are delayed by at least 15 minutes.
I waited two hours at the pier on Saturday and nobody told us anything.
March 12, 2024 at 8:05 pm | Report abuse | Reply
Good riddance, the crews were right on Tuesday to hold out.
skyline_77 wrote: The strike cost me a job interview on Friday.
This discussion is now closed.
"""


def test_a_scraped_page_keeps_the_article_and_drops_its_furniture_and_comments() -> None:
    article = Article(text=PAGE, published=dt.datetime(2024, 3, 12), title="Ferry strike ends after nine days")
    texts = [event.text for event in extract_events(article)]
    assert any("strike ended on Monday" in t for t in texts)
    assert any("resume on Wednesday" in t for t in texts)
    assert not any("inbox" in t or "Report abuse" in t or "wrote:" in t or "hold out" in t for t in texts)


def test_comments_start_at_the_first_comment_header() -> None:
    assert PAGE[comments_start(PAGE):].startswith("March 12, 2024 at 8:05 pm | Report abuse")
    assert comments_start("No comments here.\nJust news on Monday.") == len("No comments here.\nJust news on Monday.")
