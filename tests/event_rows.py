"""What the event tests share: the dates of each event extracted from a short article."""

from __future__ import annotations

import datetime as dt

from timeline.events import extract_events
from timeline.models import Event
from timeline.read.inputs import read_text


def event_spans(body: str, published: dt.datetime) -> list[tuple[str, str]]:
    """(start, end) of each event of an article published then."""
    return [(e.start, e.end) for e in extract_events(read_text(body, date=published))]


def event_texts(body: str, published: dt.datetime) -> list[str]:
    """The text of each event of an article published then."""
    return [e.text for e in extract_events(read_text(body, date=published))]


def events_of(body: str, published: dt.datetime) -> list[Event]:
    """The events of an article published then."""
    return extract_events(read_text(body, date=published))


def events_holding(body: str, words: str, published: dt.datetime) -> list[Event]:
    """The events of an article published then whose text holds the words (there must be one)."""
    found = [e for e in events_of(body, published) if words in e.text]
    assert found, f"no event holds {words!r}"
    return found


def span_holding(body: str, words: str, published: dt.datetime) -> tuple[str, str]:
    """The start and end of the (first) event whose text holds the words."""
    event = events_holding(body, words, published)[0]
    return event.start, event.end
