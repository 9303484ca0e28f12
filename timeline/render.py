"""Render stage: a Timeline through Jinja templates (HTML, Markdown) or straight to JSON."""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from itertools import groupby
from pathlib import Path

import jinja2

from timeline.errors import RenderError
from timeline.models import Event, Timeline
from timeline.order import is_ahead

TEMPLATES = {"html": "page.html.j2", "md": "timeline.md.j2"}
FORMATS = ("html", "md", "json")
MD_SPECIAL = re.compile(r"([\\`*_\[\]{}<>|#!~])")
SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def _day(text: str) -> str:
    day = _date(text)
    return f"{day.day} {day:%b %Y}"


def display_date(event: Event) -> str:
    """The event's time as a reader would write it, at its granularity ("Feb 2019", "Q3 2018")."""
    start = _date(event.start)
    if event.value in {"PAST_REF", "FUTURE_REF", "PRESENT_REF"}:
        phrase = event.time_text.strip()
        phrase = phrase[:1].upper() + phrase[1:]
        if event.start == event.end:
            return phrase
        return f"{phrase} ({_day(event.start)} – {_day(event.end)})"
    kind = event.granularity
    if kind == "time":
        return f"{_day(event.start)}, {event.start[11:16]}"
    if kind == "partofday":
        part = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}.get(event.value[-2:], "")
        return f"{_day(event.start)} ({part})" if part else _day(event.start)
    if kind == "day":
        return f"{start:%a} {_day(event.start)}"
    if kind in {"week", "weekend"}:
        return f"{'Week' if kind == 'week' else 'Weekend'} of {_day(event.start)}"
    if kind == "month":
        return f"{start:%b %Y}"
    if kind == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if kind == "half":
        return f"H{1 if start.month <= 6 else 2} {start.year}"
    if kind == "season":
        return f"{SEASONS.get(event.value[-2:], 'Season')} {event.value[:4]}"
    if kind == "year":
        return str(start.year)
    if kind == "decade":
        return f"{start.year}s"
    return f"{start.year // 100 + 1}th century"


def period_heading(event: Event, group_by: str = "month") -> str:
    """Heading of the section an event is listed under."""
    start = _date(event.start)
    if group_by == "year" or event.granularity in {"year", "half", "decade", "century"}:
        return str(start.year)
    if group_by == "day" and event.granularity in {"day", "partofday", "time"}:
        return f"{start:%A} {_day(event.start)}"
    return f"{start:%B %Y}"


def md_escape(text: str) -> str:
    """Escape Markdown control characters so article text cannot change the document."""
    return MD_SPECIAL.sub(r"\\\1", text.replace("\r", " ").replace("\n", " "))


def sections(timeline: Timeline, group_by: str = "month") -> list[tuple[str, list[Event]]]:
    """Events grouped under period headings, upcoming events in their own last section."""
    past = [e for e in timeline.events if not is_ahead(e, timeline.as_of)]
    upcoming = [e for e in timeline.events if is_ahead(e, timeline.as_of)]
    grouped = [(heading, list(items)) for heading, items in
               groupby(past, key=lambda e: period_heading(e, group_by))]
    if upcoming:
        grouped.append(("Upcoming", upcoming))
    return grouped


def environment(template_dir: str | Path | None = None) -> jinja2.Environment:
    """Jinja environment: user templates first, then the built-in ones; HTML autoescaped."""
    builtin = str(resources.files("timeline.templates"))
    paths = [str(template_dir), builtin] if template_dir else [builtin]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(paths),
        autoescape=jinja2.select_autoescape(["html", "html.j2", "htm"]),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    env.filters["display_date"] = display_date
    env.filters["md"] = md_escape
    env.globals["sections"] = sections
    return env


def render(timeline: Timeline, fmt: str = "html", template_dir: str | Path | None = None,
           group_by: str = "month") -> str:
    """Render a timeline as `html`, `md` or `json`."""
    if fmt == "json":
        return timeline.model_dump_json(indent=2) + "\n"
    if fmt not in TEMPLATES:
        raise RenderError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    env = environment(template_dir)
    try:
        template = env.get_template(TEMPLATES[fmt])
        return template.render(timeline=timeline, group_by=group_by)
    except jinja2.TemplateError as exc:
        line = getattr(exc, "lineno", None)
        where = f"{getattr(exc, 'name', None) or TEMPLATES[fmt]}" + (f", line {line}" if line else "")
        raise RenderError(f"template {where} failed: {exc.message or exc}") from exc
