"""Newsletter editions: the events that are new or changed since an earlier build (`--since`).

An earlier build is given as its JSON output, or as a day. Against a JSON, each event is looked
up among the earlier events: by its id (the same dates and sentence), else among the earlier
events it shares a reporting article with (a merged event always carries the articles of the
reports it absorbed), as the merge stage recognises one event (`order.same_event`, or a
conflicting date). An event found unchanged is left out; one with a new reporting article, other
dates or another date given is kept and marked "updated" (with what changed); one not found is
"new". Against a day, the events first reported after it are kept, as "new".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from timeline.models import Change, Event, Source, Timeline, event_id
from timeline.order import conflicting_report, same_event
from timeline.store import TimelineT, with_events

SourceKey = tuple[str, str]


def source_key(source: Source) -> SourceKey:
    """What identifies a reporting article from one build to the next."""
    return (source.url or source.path or source.title or "", source.date or "")


def _sources(event: Event) -> set[SourceKey]:
    return {source_key(s) for s in event.sources or [event.source]}


def first_reported(event: Event) -> str:
    """The publication day of the earliest article reporting the event."""
    return min((s.date or "")[:10] for s in event.sources or [event.source])


class PreviousEdition:
    """The events of an earlier build, indexed by id and by reporting article."""

    def __init__(self, events: Iterable[Event]) -> None:
        self.by_id: dict[str, Event] = {}
        self.by_source: dict[SourceKey, list[Event]] = {}
        self.taken: set[str] = set()
        for event in events:
            self.by_id.setdefault(event_id(event), event)
            for key in _sources(event):
                self.by_source.setdefault(key, []).append(event)

    def keep_ids(self, events: Iterable[Event]) -> None:
        """Note which earlier events come back unchanged in id: they are nobody else's earlier
        version (one sentence can give two events, with the same text and other dates)."""
        self.taken = {ident for event in events if (ident := event_id(event)) in self.by_id}

    def find(self, event: Event) -> Event | None:
        """The earlier event this one continues, if any."""
        known = self.by_id.get(event_id(event))
        if known is not None:
            return known
        candidates = {id(e): e for key in sorted(_sources(event)) for e in self.by_source.get(key, [])
                      if event_id(e) not in self.taken}
        for earlier in candidates.values():
            if earlier.text == event.text or same_event(earlier, event) or conflicting_report(earlier, event):
                return earlier
        return None


def changes(event: Event, earlier: Event) -> list[Change]:
    """What changed since the earlier edition: new articles, other dates, another date given."""
    found: list[Change] = []
    if _sources(event) - _sources(earlier):
        found.append("sources")
    if (event.start, event.end, event.granularity) != (earlier.start, earlier.end, earlier.granularity):
        found.append("date")
    if {(c.start, c.end) for c in event.conflicts} - {(c.start, c.end) for c in earlier.conflicts}:
        found.append("conflict")
    return found


def edition_events(events: Iterable[Event], previous: PreviousEdition | None = None,
                   since: dt.date | None = None) -> Iterator[Event]:
    """The new and updated events, marked, in timeline order (`events` is read twice: a list or a spill)."""
    day = since.isoformat() if since is not None else None
    if previous is not None:
        previous.keep_ids(events)  # a first pass over the ids (the events themselves are read again below)
    for event in events:
        if day is not None:
            if first_reported(event) > day:
                yield event.model_copy(update={"edition": "new", "changes": []})
            continue
        earlier = previous.find(event) if previous is not None else None
        if earlier is None:
            yield event.model_copy(update={"edition": "new", "changes": []})
        elif found := changes(event, earlier):
            yield event.model_copy(update={"edition": "updated", "changes": found})


def since_edition(timeline: TimelineT, previous: Timeline | None = None, since: dt.date | None = None) -> TimelineT:
    """The timeline restricted to what is new or updated since an earlier build (its JSON) or a day."""
    index = PreviousEdition(previous.events) if previous is not None else None
    return with_events(timeline, lambda events: edition_events(events, index, since))
