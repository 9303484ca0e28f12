"""Select stage: which events of a built timeline to keep (dates, upcoming or past, granularity, count)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from typing import Literal, TypeVar

from pydantic import BaseModel, Field

from timeline.models import GRANULARITY_RANK, Event, Granularity, Timeline
from timeline.store import Reiterable, StoredTimeline

TimelineT = TypeVar("TimelineT", Timeline, StoredTimeline)


def is_ahead(event: Event, as_of: str | None) -> bool:
    """True when an event is still to come for a reader of the latest article.

    An event announced as upcoming by an older article may have happened by the time a later
    article was published, so the timeline's own reference is its latest publication time.
    """
    if as_of is None or event.source.date == as_of:
        return event.upcoming
    return event.start[:10] > as_of[:10]


class Selection(BaseModel):
    """Which events of a timeline to keep (every field optional)."""

    start: dt.date | None = None  # keep events that end on or after this day
    end: dt.date | None = None  # keep events that start on or before this day
    when: Literal["upcoming", "past"] | None = None
    min_granularity: Granularity | None = None  # keep events at least this precise
    max_events: int | None = Field(default=None, ge=0)


def select_events(timeline: TimelineT, selection: Selection) -> TimelineT:
    """The timeline restricted to the selected events, in the same order (a stored timeline
    stays on disk: its selection is read as it is rendered)."""
    if isinstance(timeline, Timeline):
        return timeline.model_copy(update={"events": list(selected(timeline.events, selection, timeline.as_of))})
    events = timeline.events
    return dataclasses.replace(timeline, events=Reiterable(lambda: selected(events, selection, timeline.as_of)))


def selected(events: Iterable[Event], selection: Selection, as_of: str | None) -> Iterator[Event]:
    """The events a selection keeps, in order."""
    start = selection.start.isoformat() if selection.start is not None else None
    end = selection.end.isoformat() if selection.end is not None else None
    limit = GRANULARITY_RANK[selection.min_granularity] if selection.min_granularity is not None else None
    ahead = selection.when == "upcoming"
    kept = (event for event in events
            if (start is None or event.end[:10] >= start)
            and (end is None or event.start[:10] <= end)
            and (selection.when is None or is_ahead(event, as_of) == ahead)
            and (limit is None or GRANULARITY_RANK[event.granularity] <= limit))
    return itertools.islice(kept, selection.max_events)
