"""Boilerplate and reader comments (timeline.language.boilerplate): every pattern's examples match it
and its counter-examples do not; a scraped page's comments and furniture never become events."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from timeline.events import extract_events
from timeline.language.boilerplate import comments_start, furniture_spans, line_patterns
from timeline.models import Article

LISTS = ("boilerplate", "furniture", "comment_section", "article_end")
CASES = [(name, pattern.regex.pattern, example, expected)
         for name in LISTS for pattern in line_patterns("en", name)
         for examples, expected in ((pattern.examples, True), (pattern.counter_examples, False))
         for example in examples]


def test_every_pattern_has_an_example() -> None:
    assert all(p.examples for name in LISTS for p in line_patterns("en", name))


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


GLUED = """Harbour bridge reopens
The harbour bridge reopened to traffic on Monday after six weeks of repairs, the council said.
Posted by Dana Cole at 10:48 AM | Comments (2) | Permalink Tolls will rise on Friday, the operator said.
Dana Cole is the council's transport editor Letters for publication should be sent to: letters@example.org \
If you need help using the site: help@example.org \
Call the switchboard: Ferry fares rise on Tuesday
(Read more here) Repairs to the north ramp will start on Wednesday.
This article appeared on p4 of the Local section on Tuesday 5 March 2024
-- Lee Park contributed to this report.
Finally open, I drove across it on Sunday and it was fine.
March 5, 2024 at 9:10 am | Report abuse | Reply
"""


def test_furniture_glued_inside_lines_is_cut_and_the_article_around_it_kept() -> None:
    article = Article(text=GLUED, published=dt.datetime(2024, 3, 5), title="Harbour bridge reopens")
    texts = [event.text for event in extract_events(article)]
    assert any(t.startswith("The harbour bridge reopened to traffic on Monday") for t in texts)
    assert "Tolls will rise on Friday, the operator said." in texts
    assert "Repairs to the north ramp will start on Wednesday." in texts
    for furniture in ("Permalink", "Posted by", "letters@", "Ferry fares", "Read more", "appeared on p4", "drove"):
        assert not any(furniture in t for t in texts), furniture


def test_furniture_spans_are_ordered_and_disjoint() -> None:
    spans = furniture_spans(GLUED)
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert GLUED[spans[0][0]:spans[0][1]].startswith("Posted by Dana Cole")


def test_comments_before_the_first_header_start_after_the_article_credit_line() -> None:
    assert GLUED[comments_start(GLUED):].startswith("Finally open, I drove")


def test_a_press_releases_about_section_is_no_story() -> None:
    text = ("Acme names new chief\n\nLONDON, 1 December 2026 -- Acme Ltd today announced the appointment of "
            "Jane Doe as chief executive.\n\nAbout Acme Ltd\nAcme was founded in 1952 and employs 3,000 people.\n")
    article = Article(text=text, published=dt.datetime(2026, 12, 1, 9, 0))
    assert [e.start for e in extract_events(article)] == ["2026-12-01"]
    assert text[comments_start(text):].startswith("About Acme Ltd")
