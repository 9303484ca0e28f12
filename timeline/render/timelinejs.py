"""TimelineJS3 JSON: one slide per event, dates only as precise as the event's granularity."""

from __future__ import annotations

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


def slide(item: Entry, group: str, source_word: str, conflict_word: str) -> dict[str, Any]:
    """One event as a TimelineJS slide; its text is HTML, escaped, with safe links only."""
    event = item.event
    precision = PRECISION[event.granularity]
    start = date_object(event.start, precision)
    end = date_object(event.end, precision)
    paragraphs = ([item.text] if item.show_text else []) + item.details
    body = Markup("").join(Markup("<p>{}</p>").format(p) for p in paragraphs)
    for claim in item.conflicts:
        body += Markup("<p>{}: {} — {}</p>").format(conflict_word, claim.date_label, claim.source.text)
    body += Markup("<p>{}</p>").format(Markup(" · ").join(_source_html(s, source_word) for s in item.sources))
    result: dict[str, Any] = {"unique_id": item.id, "start_date": start}
    if end != start:
        result["end_date"] = end
    result["display_date"] = str(escape(item.date_label))
    result["text"] = {"headline": str(escape(item.headline)), "text": str(body)}
    result["group"] = group
    return result


def render_timelinejs(context: dict[str, Any]) -> str:
    """The TimelineJS3 document for a template context (see render_view.context)."""
    words = context["labels"]
    events = [slide(item, section.heading, words["source"], words["conflict"])
              for section in context["sections"] for item in section.entries]
    intro = Markup("{} {}").format(context["labels"]["as_of"], context["as_of_label"]) if context["as_of"] else ""
    document = {"title": {"text": {"headline": str(escape(context["title"])), "text": str(intro)}}, "events": events}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
