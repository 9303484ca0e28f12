"""Order stage: merge events reported more than once and sort them into a documented total order.

Order: interval start; then the within-day hint (earlier today < this morning < today <
afternoon < evening < later today); then granularity, finest first (a time before its day,
a day before its month); then the article's order in the input and the sentence's position.
"""

from __future__ import annotations

import re

from timeline.models import Event, Source, Timeline

GRANULARITY_RANK = {
    "time": 0, "partofday": 1, "day": 2, "weekend": 3, "week": 4, "month": 5, "season": 6,
    "quarter": 7, "half": 8, "year": 9, "decade": 10, "century": 11, "unknown": 12,
}
WORD = re.compile(r"[a-z0-9]+")


def sort_key(event: Event) -> tuple[str, int, int, int, int]:
    """The total order of events (see the module docstring)."""
    return (event.start, event.day_hint, GRANULARITY_RANK[event.granularity], event.article, event.position)


def _words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if len(w) > 3}


def similarity(a: str, b: str) -> float:
    """Shared content words over the shorter sentence's (overlap coefficient): one report is
    often a short recap of another, longer one."""
    left, right = _words(a), _words(b)
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


def same_event(a: Event, b: Event, threshold: float = 0.6, min_shared: int = 3) -> bool:
    """Two reports of one event: overlapping time and similar sentences."""
    overlap = a.start <= b.end and b.start <= a.end
    shared = len(_words(a.text) & _words(b.text))
    return overlap and shared >= min_shared and similarity(a.text, b.text) >= threshold


def _absorb(kept: Event, event: Event) -> None:
    """Add a second report's sources and details; when it dates the event more precisely, its
    sentence and time become the event's (the vaguer report stays a source)."""
    kept.sources.extend(s for s in event.sources if s not in kept.sources)
    kept.sources.sort(key=lambda source: (source.date or "", source.title or "", source.path or ""))
    kept.details.extend(d for d in event.details if d not in kept.details)
    if GRANULARITY_RANK[event.granularity] < GRANULARITY_RANK[kept.granularity]:
        for name in ("start", "end", "granularity", "approximate", "upcoming", "text", "headline", "time_text",
                     "value", "type", "day_hint", "source", "article", "position"):
            setattr(kept, name, getattr(event, name))


def merge_events(events: list[Event]) -> list[Event]:
    """Fold repeated reports of an event from different articles into one, keeping every source."""
    merged: list[Event] = []
    for event in events:
        for kept in merged:
            if event.source not in kept.sources and same_event(kept, event):
                _absorb(kept, event)
                break
        else:
            merged.append(event.model_copy(deep=True))
    return merged


def order_timeline(per_article: list[list[Event]], sources: list[Source], title: str | None) -> Timeline:
    """One ordered, merged timeline from the events of each article (in input order)."""
    events = [event.model_copy(update={"article": index})
              for index, article_events in enumerate(per_article) for event in article_events]
    events.sort(key=sort_key)
    events = merge_events(events)
    events.sort(key=sort_key)  # a merged event may have taken a more precise date
    dates = [source.date for source in sources if source.date]
    return Timeline(title=title, events=events, sources=sources, as_of=max(dates) if dates else None)
