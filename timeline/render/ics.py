"""iCalendar (RFC 5545) through the icalendar library: one VEVENT per dated event, byte-stable."""

from __future__ import annotations

import datetime as dt
from typing import Any

import icalendar

from timeline.render.dates import clock_moment
from timeline.render.view import Entry

PRODID = "-//timeline//timeline event timeline//EN"
# A day or anything coarser is an all-day span; only clock times are timed events.
TIMED = {"time"}
UNDATED = {"unknown"}


def stamp(item: Entry, fallback: str | None) -> dt.datetime:
    """DTSTAMP from the data (the reporting article's publication time, read as UTC), never the clock."""
    text = item.event.source.date or fallback or item.event.start[:10]
    moment = clock_moment(text) if len(text) > 10 else dt.datetime.fromisoformat(text[:10])
    return moment.replace(tzinfo=dt.timezone.utc)


def description(item: Entry, words: dict[str, str]) -> str:
    """Plain-text body: the sentence, its details and other dates given, then its sources with their URLs."""
    lines = [item.text, *item.details]
    lines += [f"{words['conflict']}: {c.date_label} — {c.source.text}" for c in item.conflicts]
    lines.append("")
    source_word = words["source"]
    for source in item.sources:
        where = f" <{source.url}>" if source.url else ""
        when = f" ({source.date_label})" if source.date_label else ""
        lines.append(f"{source_word}: {source.text}{where}{when}")
    return "\n".join(lines)


def vevent(item: Entry, fallback_stamp: str | None, words: dict[str, str]) -> icalendar.Event:
    """One event: all-day (exclusive DTEND) at day granularity or coarser, timed for clock times."""
    event = item.event
    component = icalendar.Event()
    component.add("uid", f"{item.id}@timeline")
    component.add("dtstamp", stamp(item, fallback_stamp))
    if event.granularity in TIMED:
        # Floating local time: articles give wall-clock times without a zone.
        start = clock_moment(event.start)
        component.add("dtstart", start)
        end = clock_moment(event.end)
        if end > start:
            component.add("dtend", end)
    else:
        component.add("dtstart", dt.date.fromisoformat(event.start[:10]))
        component.add("dtend", dt.date.fromisoformat(event.end[:10]) + dt.timedelta(days=1))
    component.add("summary", item.headline)
    component.add("description", description(item, words))
    urls = [source.url for source in item.sources if source.url and source.url.startswith(("http://", "https://"))]
    if urls:
        component.add("url", urls[0])
    if event.approximate:
        component.add("status", "TENTATIVE")
    return component


def render_ics(context: dict[str, Any]) -> str:
    """The iCalendar text (CRLF line ends, folded lines) for a template context."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", context["title"])
    calendar.add("x-wr-calname", context["title"])
    for item in context["entries"]:
        if item.event.granularity not in UNDATED:
            calendar.add_component(vevent(item, context["as_of"], context["labels"]))
    return calendar.to_ical().decode("utf-8")
