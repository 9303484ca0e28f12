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


def sort_key(event: Event, article_index: int = 0) -> tuple[str, int, int, int, int]:
    """The total order of events (see the module docstring)."""
    return (event.start, event.day_hint, GRANULARITY_RANK[event.granularity], article_index, event.position)


def _words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if len(w) > 3}


def similarity(a: str, b: str) -> float:
    """Overlap of content words (Jaccard): cheap, deterministic and language-light."""
    left, right = _words(a), _words(b)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def same_event(a: Event, b: Event, threshold: float = 0.5) -> bool:
    """Two reports of one event: overlapping time and similar sentences."""
    overlap = a.start <= b.end and b.start <= a.end
    return overlap and similarity(a.text, b.text) >= threshold


def merge_events(events: list[Event]) -> list[Event]:
    """Fold repeated reports of an event into the first, keeping every source."""
    merged: list[Event] = []
    for event in events:
        for kept in merged:
            if kept.source != event.source and same_event(kept, event):
                kept.sources.extend(s for s in event.sources if s not in kept.sources)
                kept.details.extend(d for d in event.details if d not in kept.details)
                break
        else:
            merged.append(event.model_copy(deep=True))
    return merged


def order_timeline(per_article: list[list[Event]], sources: list[Source], title: str | None) -> Timeline:
    """One ordered, merged timeline from the events of each article (in input order)."""
    indexed = [(index, event) for index, events in enumerate(per_article) for event in events]
    indexed.sort(key=lambda pair: sort_key(pair[1], pair[0]))
    events = merge_events([event for _, event in indexed])
    return Timeline(title=title, events=events, sources=sources)
