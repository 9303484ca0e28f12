"""Select stage: which events of a built timeline to keep (dates, upcoming or past, granularity, count)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from typing import Literal

from pydantic import BaseModel, Field

from timeline.models import GRANULARITY_RANK, Event, Granularity, event_id, is_ahead
from timeline.rank import day_summary, is_daylike, most_important, ranked_days, sentence_of
from timeline.store import Reiterable, TimelineT, with_events, with_fields

# Days read beyond the N wanted, as a multiple of N: a day whose sentences were all shown under a
# better day gives its place to the next.
SPARE_DAYS = 2


class Selection(BaseModel):
    """Which events of a timeline to keep (every field optional)."""

    start: dt.date | None = None  # keep events that end on or after this day
    end: dt.date | None = None  # keep events that start on or before this day
    when: Literal["upcoming", "past"] | None = None
    min_granularity: Granularity | None = None  # keep events at least this precise
    max_events: int | None = Field(default=None, ge=0)  # keep the N most important events
    key_dates: int | None = Field(default=None, ge=0)  # keep the N most important days …
    per_date: int = Field(default=1, ge=1)  # … with this many events each


def select_events(timeline: TimelineT, selection: Selection) -> TimelineT:
    """The timeline restricted to the selected events, in the same order (a stored timeline
    stays on disk: its selection is read as it is rendered)."""
    if selection == KEEP_ALL:
        return timeline  # as it is: a stored timeline's events then render from their text (json)
    return with_events(timeline, lambda events: selected(events, selection, timeline.as_of, timeline.day_scores))


KEEP_ALL = Selection()  # no criterion: every event is kept


def selected(events: Iterable[Event], selection: Selection, as_of: str | None,
             day_scores: dict[str, float] | None = None) -> Iterator[Event]:
    """The events a selection keeps, in timeline order. `events` is read more than once (a list, or
    a stored timeline's events) when key dates or a number of events are chosen."""
    def matching() -> Iterator[Event]:
        return (event for event in events if _matches(event, selection, as_of))

    source: Iterable[Event] | None = None
    if selection.key_dates is not None:
        source = _key_date_events(matching(), selection, day_scores or {})
    if selection.max_events is None:
        return iter(source) if source is not None else matching()
    kept = source if source is not None else Reiterable(matching)
    chosen = most_important(kept, selection.max_events, by_score_only=_coarse_asked(selection), key=sentence_of)
    return (event for index, event in enumerate(kept) if index in chosen)


def _matches(event: Event, selection: Selection, as_of: str | None) -> bool:
    """True when an event passes the selection's filters (dates, upcoming or past, granularity)."""
    if selection.start is not None and event.end[:10] < selection.start.isoformat():
        return False
    if selection.end is not None and event.start[:10] > selection.end.isoformat():
        return False
    if selection.when is not None and is_ahead(event, as_of) != (selection.when == "upcoming"):
        return False
    limit = selection.min_granularity
    return limit is None or GRANULARITY_RANK[event.granularity] <= GRANULARITY_RANK[limit]


def _coarse_asked(selection: Selection) -> bool:
    """True when --min-granularity admits years or coarser: they then compete with days on score alone."""
    limit = selection.min_granularity
    return limit is not None and GRANULARITY_RANK[limit] >= GRANULARITY_RANK["year"]


def _key_date_events(events: Iterable[Event], selection: Selection, day_scores: dict[str, float]) -> list[Event]:
    """The events of the most important days, `per_date` each, in timeline order."""
    start = selection.start.isoformat() if selection.start is not None else None
    end = selection.end.isoformat() if selection.end is not None else None
    wanted = selection.key_dates or 0
    ranked = ranked_days(day_scores, start, end)
    considered = set(ranked[:wanted * SPARE_DAYS])
    reports: dict[str, list[Event]] = {}
    for event in events:
        if is_daylike(event) and event.start[:10] in considered:
            reports.setdefault(event.start[:10], []).append(event)
    chosen: dict[str, list[Event]] = {}
    told: set[tuple[object, str]] = set()  # (article, sentence): one sentence is shown once
    for day in ranked:
        if len(chosen) == wanted or day not in considered:
            break
        fresh = [event for event in reports.get(day, []) if sentence_of(event) not in told]
        if fresh:
            chosen[day] = day_summary(fresh, selection.per_date)
            told.update(sentence_of(event) for event in chosen[day])
    return [event for day in sorted(chosen) for event in chosen[day]]


# A timeline with more events than this, built without any selection, opens with its key dates.
LARGE_TIMELINE = 60
AUTO_HIGHLIGHTS = 10


def is_unselective(selection: Selection) -> bool:
    """True when a selection keeps every event (no option was given)."""
    return selection == Selection(per_date=selection.per_date)


def highlight(timeline: TimelineT, count: int | None = None, selection: Selection | None = None) -> TimelineT:
    """The timeline marked with the events of its `count` key dates, which pages lead with (the
    full record stays, folded by period). `count=None`: AUTO_HIGHLIGHTS when the timeline is large
    (over LARGE_TIMELINE events) and `selection` kept every event, else none."""
    if count is None:
        large = sum(1 for _ in itertools.islice(timeline.events, LARGE_TIMELINE + 1)) > LARGE_TIMELINE
        count = AUTO_HIGHLIGHTS if large and (selection is None or is_unselective(selection)) else 0
    if count == 0:
        return timeline
    # The key dates of the selected window: the day scores cover the whole collection.
    within = (selection or Selection()).model_copy(update={"max_events": None, "per_date": 1, "key_dates": count})
    chosen = [event_id(event) for event in select_events(timeline, within).events]
    return with_fields(timeline, highlights=chosen)
