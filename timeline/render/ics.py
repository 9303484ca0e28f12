"""iCalendar (RFC 5545) through the icalendar library: one VEVENT per dated event, byte-stable."""

from __future__ import annotations

import datetime as dt
from typing import Any

import icalendar

from timeline.render.dates import clock_moment
from timeline.render.view import Entry

PRODID = "-//timeline//timeline event timeline//EN"
# A day, a weekend or a week is an all-day span; only clock times are timed events.
TIMED = {"time"}
UNDATED = {"unknown"}
# An event known only to the month or coarser is no month- or year-long bar across the calendar
# (nothing happened on every one of those days): it is a one-day marker on the period's first day,
# its summary saying which period ("Jan 2023: Tenders invited"), shown as free time.
MARKED = {"month", "season", "quarter", "half", "year", "decade", "century"}
# A clock time has no end in the articles; calendars draw an event without one as a zero-length
# sliver (or not at all), so it gets the length a calendar gives a new event.
TIMED_LENGTH = dt.timedelta(hours=1)


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
    if item.more_sources:
        lines.append(f"{words['sources']}: {item.more_sources}")
    return "\n".join(lines)


def vevent(item: Entry, fallback_stamp: str | None, words: dict[str, str]) -> icalendar.Event:
    """One event: all-day (exclusive DTEND) at day granularity or coarser, timed for clock times."""
    event = item.event
    component = icalendar.Event()
    component.add("uid", f"{item.id}@timeline")
    component.add("dtstamp", stamp(item, fallback_stamp))
    summary = item.headline
    if event.granularity in TIMED:
        # Floating local time: articles give wall-clock times without a zone.
        start = clock_moment(event.start)
        component.add("dtstart", start)
        end = clock_moment(event.end)
        component.add("dtend", end if end > start else start + TIMED_LENGTH)
    elif event.granularity in MARKED:
        first = dt.date.fromisoformat(event.start[:10])
        component.add("dtstart", first)
        component.add("dtend", first + dt.timedelta(days=1))
        component.add("transp", "TRANSPARENT")
        summary = f"{item.date_label}: {item.headline}"
    else:
        first, last = dt.date.fromisoformat(event.start[:10]), dt.date.fromisoformat(event.end[:10])
        component.add("dtstart", first)
        if last < dt.date.max:
            component.add("dtend", last + dt.timedelta(days=1))
        else:  # the exclusive end would be past the calendar (year 10000): the same span as a duration
            component.add("duration", last - first + dt.timedelta(days=1))
    component.add("summary", summary)
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
