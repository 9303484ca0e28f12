"""TimelineJS3 JSON: one slide per event, dates only as precise as the event's granularity."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from typing import Any

from markupsafe import Markup, escape

from timeline.render.view import Entry, Link

# The date fields TimelineJS3 accepts, and how many of them each granularity knows:
# a month-level event has a year and a month but no invented day.
DATE_FIELDS = ("year", "month", "day", "hour", "minute")
PRECISION = {
    "time": 5, "partofday": 3, "day": 3, "weekend": 3, "week": 3, "month": 2, "season": 2, "quarter": 2,
    "half": 2, "year": 1, "decade": 1, "century": 1, "unknown": 1,
}


def _aligned(start: str, end: str, precision: int) -> bool:
    """Whether a span covers whole months (precision 2) or whole years (1), so that dates cut to that
    precision still say where it starts and ends: a window from 5 March does not."""
    first, last = dt.date.fromisoformat(start[:10]), dt.date.fromisoformat(end[:10])
    month_end = last.day == calendar.monthrange(last.year, last.month)[1]  # no day after 9999-12-31 to ask
    if precision == 2:
        return first.day == 1 and month_end
    if precision == 1:
        return (first.month, first.day) == (1, 1) and last.month == 12 and month_end
    return True


def precision(start: str, end: str, granularity: str) -> int:
    """How many date fields an event's slide carries: as many as its granularity knows, down to the
    day when its span starts or ends inside a month or a year (TimelineJS sorts and places a
    month-only date at the month's start, before the events the window follows)."""
    fields = PRECISION[granularity]
    return fields if fields >= 3 or _aligned(start, end, fields) else 3


def date_object(text: str, precision: int) -> dict[str, int]:
    """A TimelineJS date object {year, month, day, hour, minute} cut to `precision` fields."""
    values = [int(text[0:4]), int(text[5:7]), int(text[8:10])]
    if len(text) >= 16 and text[10] == "T":
        values += [int(text[11:13]), int(text[14:16])]
    return dict(zip(DATE_FIELDS[:precision], values[:precision], strict=False))


def _source_html(source: Link, word: str) -> Markup:
    name = Markup('<a href="{}">{}</a>').format(source.url, source.text) if source.url else escape(source.text)
    when = Markup(" ({})").format(source.date_label) if source.date_label else Markup("")
    return Markup("{}: {}{}").format(word, name, when)


def slide(item: Entry, source_word: str, conflict_word: str) -> dict[str, Any]:
    """One event as a TimelineJS slide; its text is HTML, escaped, with safe links only. No `group`:
    TimelineJS draws one row per group, and period headings would squeeze the story into rows."""
    event = item.event
    fields = precision(event.start, event.end, event.granularity)
    start = date_object(event.start, fields)
    end = date_object(event.end, fields)
    paragraphs = ([item.text] if item.show_text else []) + item.details
    body = Markup("<p><strong>{}</strong></p>").format(item.mark) if item.mark else Markup("")
    body += Markup("").join(Markup("<p>{}</p>").format(p) for p in paragraphs)
    for claim in item.conflicts:
        body += Markup("<p>{}: {} — {}</p>").format(conflict_word, claim.date_label, claim.source.text)
    links = [_source_html(s, source_word) for s in item.sources] + ([item.more_sources] if item.more_sources else [])
    body += Markup("<p>{}</p>").format(Markup(" · ").join(links))
    result: dict[str, Any] = {"unique_id": item.id, "start_date": start}
    if end != start:
        result["end_date"] = end
    result["display_date"] = str(escape(item.date_label))
    result["text"] = {"headline": str(escape(item.headline)), "text": str(body)}
    return result


def render_timelinejs(context: dict[str, Any]) -> str:
    """The TimelineJS3 document for a template context (see render_view.context)."""
    words = context["labels"]
    events = [slide(item, words["source"], words["conflict"]) for item in context["entries"]]
    intro = Markup("{} {}").format(context["labels"]["as_of"], context["as_of_label"]) if context["as_of"] else ""
    document = {"title": {"text": {"headline": str(escape(context["title"])), "text": str(intro)}}, "events": events}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
