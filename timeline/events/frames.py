"""Frames an article sets for what follows: a log's week, an almanac's day, the day of a thing named.

A police log "for May 9 to May 15" dates its entries by weekday stamps ("Thursday, 2:14 p.m.: …")
inside that week, not around the publication day. An almanac column ("Today in history … On this
date: In 1936, fire destroyed …") dates each year it lists on the column's own day. The heading
words are data (`almanac_headings` in `rules/<lang>/text.yaml`). "The auction starts at 11am" lies
on the day the article gave the auction, not on that of the viewing named just before.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from functools import lru_cache

import regex as re

from timeline.language.resources import word_list
from timeline.language.trie import alternation
from timeline.models import Event, Timex

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FRAME_GAP = re.compile(r"^\s*(?:to|through|until|till|-|–|—)\s*$", re.I)
LOG_DAYS = 7  # a log's frame is at most a week: a longer range is a story's period, not a log's
WEEKDAY_STAMP = re.compile(r"^\W*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:,?\s+\d{1,2}(?:[:.]\d{2})?\s*"
                           r"(?:[ap]\.?m\.?)?)?\s*[:–—-]\s", re.I)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
YEAR_ENTRY = re.compile(r"^\W*(?:in\s+)?\d{3,4}\b|^\W*(?:\w+|\d+)\s+years?\s+ago\b", re.I)


@dataclass(frozen=True)
class Frame:
    """A span of days an earlier line sets for the entries after it (from `position` on)."""

    position: int
    first: dt.date
    last: dt.date


def log_frames(text: str, timexes: list[Timex], published: dt.datetime) -> list[Frame]:
    """The short ranges of days ("for May 9 to May 15") that end by the publication day, in order."""
    days = [t for t in timexes if t.type == "DATE" and DAY.match(t.value)]
    frames = []
    for first, last in itertools.pairwise(days):
        if not FRAME_GAP.match(text[first.end:last.start]):
            continue
        begin, end = dt.date.fromisoformat(first.value), dt.date.fromisoformat(last.value)
        if 0 < (end - begin).days < LOG_DAYS and end <= published.date():
            frames.append(Frame(last.end, begin, end))
    return frames


def in_log_frame(event: Event, frames: list[Frame]) -> None:
    """An entry stamped with a weekday ("Thursday, 2:14 p.m.: …") under a log's range lies on that
    weekday inside the range. Moves the event in place."""
    frame = next((f for f in reversed(frames) if f.position <= event.position), None)
    stamp = WEEKDAY_STAMP.match(event.text)
    if frame is None or stamp is None or not event.time_text or \
            not event.text.lstrip().startswith(event.time_text) or event.granularity not in {"day", "time"}:
        return
    day = dt.date.fromisoformat(event.start[:10])
    if frame.first <= day <= frame.last or day.weekday() != WEEKDAYS.index(stamp.group(1).lower()):
        return
    moved = frame.first + dt.timedelta(days=(day.weekday() - frame.first.weekday()) % 7)
    if moved > frame.last:
        return
    _shift(event, moved - day)


@lru_cache(maxsize=4)
def _almanac_heading(language: str) -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{alternation(word_list(language, 'almanac_headings'))})\b[^\n.]{{0,40}}$",
                      re.I | re.M)


def almanac_start(text: str, language: str = "en") -> int | None:
    """Where an almanac column's entries begin: after its heading line ("On this date:",
    "Today in history"), or None when the text has no such heading."""
    found = _almanac_heading(language).search(text)
    return found.end() if found else None


def on_almanac_day(event: Event, start: int | None, published: dt.datetime) -> None:
    """An almanac entry that names only its year ("In 1936, fire destroyed …", "Ten years ago: …")
    happened on the column's day of that year. Moves the event in place."""
    if start is None or event.position < start or event.granularity != "year" or not event.time_text:
        return
    opening = re.sub(r"^\W*(?:in\s+)?", "", event.text, flags=re.I).lower()
    if YEAR_ENTRY.match(event.text) is None or not opening.startswith(event.time_text.lower()):
        return
    try:
        day = published.date().replace(year=int(event.start[:4]))
    except ValueError:  # 29 February in a year without one
        return
    event.start = event.end = day.isoformat()
    event.granularity = "day"


def _shift(event: Event, delta: dt.timedelta) -> None:
    """Move an event's bounds by a number of days, keeping their clock times."""
    for name in ("start", "end"):
        value = getattr(event, name)
        moved = (dt.date.fromisoformat(value[:10]) + delta).isoformat()
        setattr(event, name, moved + value[10:])


SUBJECT_NOUN = re.compile(r"^\W*the\s+([a-z]{3,})\s", re.I)
BARE_CLOCK = re.compile(r"^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+(?:UTC|GMT|[A-Z]{1,3}[SD]?T))?$", re.I)
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def day_of_named_thing(event: Event, text: str, timexes: list[Timex], published: dt.datetime) -> None:
    """A bare clock time of "the auction" or "the meeting" ("The meeting closed at 9.05pm") lies
    on the day the article first gave that thing ("…the meeting … held on Tuesday 11 March"), not
    on the day the sentence before it happened to name. Moves the event in place."""
    subject = SUBJECT_NOUN.match(event.text)
    if subject is None or event.granularity != "time" or not BARE_CLOCK.match(event.time_text.strip()):
        return
    noun = re.compile(rf"\b{re.escape(subject.group(1))}\b", re.I)
    for found in noun.finditer(text, 0, event.position):
        begin = max((m.end() for m in SENTENCE_END.finditer(text, 0, found.start())), default=0)
        end_found = SENTENCE_END.search(text, found.end())
        end = end_found.start() if end_found else len(text)
        days = [t for t in timexes if begin <= t.start < end and t.type == "DATE" and DAY.match(t.value)]
        if days:
            if days[0].value != event.start[:10]:
                _shift(event, dt.date.fromisoformat(days[0].value) - dt.date.fromisoformat(event.start[:10]))
                event.upcoming = event.start > published.isoformat(timespec="minutes")
            return
