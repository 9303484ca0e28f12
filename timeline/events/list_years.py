"""A bulleted list told in calendar order, where only a later item names its year (a season's
"- The Salt Road, Sept. 17 – Oct. 4" … "- Tidewater, Feb. 4 – 21, 2027"): an item without a year
of its own lies before the next item, in the last year that keeps that order, not in the year the
tagger took from the day of writing (2025, when written in February 2026). And a chronology whose
first items name their year ("- 14 June 2025: …", "- 17–21 November: …", "- 22 January: …") runs on
into the next year when a year-less item's day comes before the item above it."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from timeline.models import Event

YEAR = re.compile(r"\b\d{4}\b|['’]\d{2}\b")
ITEM = re.compile(r"[ \t]*[-*•+][ \t]+")
DAYS = frozenset({"day", "time"})
FAR = 365  # days between an item and the next: more, and the item belongs to a later year


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _runs(events: list[Event], text: str) -> list[list[Event]]:
    """Runs of events, each the item of one bulleted line, on lines that follow each other."""
    runs: list[list[Event]] = []
    last_line = -1
    for event in events:
        line = _line_start(text, event.position)
        if not ITEM.match(text, line) or event.position - line > 8:
            last_line = -1
            continue
        if runs and last_line >= 0 and text.count("\n", last_line, line) == 1:
            runs[-1].append(event)
        else:
            runs.append([event])
        last_line = line
    return [run for run in runs if len(run) > 1]


def _moved(event: Event, years: int, published: dt.datetime) -> None:
    """The event moved by whole years (its days keep their month and day)."""
    def shift(value: str) -> str:
        return f"{int(value[:4]) + years:04d}{value[4:]}"
    event.start, event.end = shift(event.start), shift(event.end)
    event.upcoming = event.start[:10] > published.date().isoformat()


def in_list_order(events: list[Event], text: str, published: dt.datetime) -> list[Event]:
    """The events, with each year-less item of an ordered list put in the last year before the item
    after it, when the tagger's year left it more than a year before that item."""
    for run in _runs(sorted(events, key=lambda e: e.position), text):
        following: str | None = None
        for event in reversed(run):
            if following is not None and event.granularity in DAYS and not YEAR.search(event.time_text) \
                    and event.start[4:10] != "-02-29":
                gap = (dt.date.fromisoformat(following[:10]) - dt.date.fromisoformat(event.start[:10])).days
                years = gap // FAR if gap > FAR else 0
                while years and f"{int(event.start[:4]) + years:04d}{event.start[4:10]}" > following[:10]:
                    years -= 1
                if years:
                    _moved(event, years, published)
            following = event.start
        _rolled_on(run, published)
    return events


def _rolled_on(run: list[Event], published: dt.datetime) -> None:
    """Each year-less item of a chronology whose first item names its year and whose next items
    keep calendar order, moved into the next year when its day comes before the item above it
    ("- 17–21 November: …", "- 22 January: …" after "- 14 June 2025: …", "- 8 July: …"); a list
    told newest first goes down from its second item and is left alone."""
    if not YEAR.search(run[0].time_text):
        return
    ascended = False
    for previous, event in pairwise(run):
        if event.granularity not in DAYS or YEAR.search(event.time_text) or event.start[4:10] == "-02-29":
            continue
        if event.start[:10] >= previous.start[:10]:
            ascended = True
            continue
        gap = (dt.date.fromisoformat(previous.start[:10]) - dt.date.fromisoformat(event.start[:10])).days
        if not ascended or gap >= FAR:
            return  # (newest first, or an item a year or more before the one above it: no chronology)
        _moved(event, 1, published)
