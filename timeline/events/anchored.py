"""Times told from an event of the story: "the day after his death", "in the days before the
shooting", "two days after the attack".

No calendar word is written, so the tagger finds nothing; the time is the day of the event the
phrase names, which the story dated before ("Weir was shot on Friday, Oct. 23"), moved by the
phrase's distance. The phrase pattern and the nouns with the words that tell their event are
data (`anchored_time`, `anchored_events` in `rules/<lang>/text.yaml`).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex as re

from timeline.events.headline import headline
from timeline.language.compiled import compile_kept_regex
from timeline.language.resources import resource
from timeline.models import Article, Event, Source

COUNTS = {"the": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}
SPAN_DAYS = {"day": 1, "night": 1, "week": 7}  # "in the days before": up to a week; "in the weeks before": four
REACH_EVENTS = 12  # the story's dated events before the sentence, latest first, searched for the one named


@lru_cache(maxsize=4)
def _phrase(language: str) -> re.Pattern[str]:
    return compile_kept_regex(resource(language, "anchored_time"), re.I)


@lru_cache(maxsize=4)
def _families(language: str) -> dict[str, re.Pattern[str]]:
    """Each event noun with a pattern of the words that tell that event in an earlier sentence."""
    return {noun: re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.I)
            for noun, words in resource(language, "anchored_events").items()}


def _window(count: str, unit: str, direction: str) -> tuple[int, int]:
    """The days from the event's day that the phrase covers: (first, last) offsets."""
    unit = unit.lower()
    plural = unit.endswith("s")
    base = SPAN_DAYS[unit.rstrip("s")]
    if plural and count.lower() == "the":  # "in the days before": a stretch, not a day
        first, last = 1, base * (4 if base == 7 else 7)
    else:
        number = int(count) if count.isdigit() else COUNTS.get(count.lower(), 1)
        first = last = number * base
    return (first, last) if direction.lower() in {"after", "following"} else (-last, -first)


def anchored_event(article: Article, sentence: str, position: int, earlier: list[Event],
                   source: Source | None = None, language: str = "en") -> Event | None:
    """The event of a sentence dated only by a phrase of distance from a story's event ("showed up
    the day after his death"), when an earlier event of the article, dated to a day before the
    publication, tells that event; else None."""
    if "before" not in sentence and "after" not in sentence and "follow" not in sentence \
            and "preced" not in sentence:
        return None  # (the phrase's words: the pattern is searched only where they are)
    found = _phrase(language).search(sentence)
    if found is None:
        return None
    tells = _families(language).get(found.group("noun").lower())
    if tells is None:
        return None
    day = _day_of(earlier, tells, article.published.date())
    if day is None:
        return None
    first, last = _window(found.group("count"), found.group("unit"), found.group("direction"))
    start, end = day + dt.timedelta(days=first), day + dt.timedelta(days=last)
    if end >= article.published.date():
        return None  # (only a past event's surroundings are dated so)
    return Event(
        start=start.isoformat(), end=end.isoformat(), granularity="day", approximate=first != last,
        upcoming=False, text=sentence.strip(), headline=headline(sentence, found.start(), found.end(), language),
        time_text=found.group(), value=start.isoformat(), type="DATE",
        source=source or article.source, sources=[source or article.source], position=position,
    )


def _day_of(earlier: list[Event], tells: re.Pattern[str], published: dt.date) -> dt.date | None:
    """The day of the latest earlier event, dated to one past day, whose text tells the event."""
    for event in reversed(earlier[-REACH_EVENTS:]):
        if event.dated_by != "expression" or event.start[:10] != event.end[:10]:
            continue
        if tells.search(event.text) is not None:
            day = dt.date.fromisoformat(event.start[:10])
            return day if day < published else None
    return None
