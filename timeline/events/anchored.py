"""Times told from an event of the story: "the day after his death", "in the days before the
shooting", "two days after the attack".

No calendar word is written, so the tagger finds nothing; the time is the day of the event the
phrase names, which the story dated before ("Weir was shot on Friday, Oct. 23"), moved by the
phrase's distance. The phrase pattern and the nouns with the words that tell their event are
data (`anchored_time`, `anchored_events` in `rules/<lang>/text.yaml`). A bare clock time of a
sentence that tells such a dated event again ("… was shot at 10 p.m.") lies on that event's day.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex as re

from timeline.events.cues import cue_patterns
from timeline.events.headline import headline
from timeline.events.refine import BARE_CLOCK
from timeline.language.compiled import compile_kept_regex
from timeline.language.resources import resource, word_list
from timeline.models import Article, Event, Source

COUNTS = {"the": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}
SPAN_DAYS = {"day": 1, "night": 1, "week": 7}  # "in the days before": up to a week; "in the weeks before": four
DISTANCE_WORDS = ("before", "after", "follow", "preced")  # "the day after", "the week following", "preceding"
WIDER_ANCHORS = frozenset({"week", "month", "season"})  # an event's granularities a distance is told from
REACH_EVENTS = 12  # the story's dated events before the sentence, latest first, searched for the one named
# the subject's first word and the verb after "was"/"were" ("Slepian … was shot"), or the past verb ("The ferry sank")
PASSIVE_VERB = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?([a-z]{3,})\b")
SUBJECT_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@lru_cache(maxsize=4)
def _phrase(language: str) -> re.Pattern[str]:
    return compile_kept_regex(resource(language, "anchored_time"), re.I)


@lru_cache(maxsize=4)
def _distance(language: str) -> re.Pattern[str]:
    return compile_kept_regex(resource(language, "distance_before_time"), re.I)


@lru_cache(maxsize=4)
def _families(language: str) -> dict[str, re.Pattern[str]]:
    """Each event noun with a pattern of the words that tell that event in an earlier sentence."""
    return {noun: re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.I)
            for noun, words in resource(language, "anchored_events").items()}


def _may_name_distance(text: str) -> bool:
    """Whether a text holds a word a phrase of distance turns on (its patterns are searched only then)."""
    return any(word in text for word in DISTANCE_WORDS)


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


def _anchored(text: str, earlier: list[Event], published: dt.date,
              language: str) -> tuple[re.Match[str], dt.date, dt.date] | None:
    """The phrase of distance in the text, and the first and last day it covers, when an earlier
    event of the article, dated to a day before the publication, tells the event it names."""
    if not _may_name_distance(text):
        return None
    found = _phrase(language).search(text)
    if found is None:
        return None
    tells = _families(language).get(found.group("noun").lower())
    days = _days_of(earlier, tells, published) if tells is not None else None
    if days is None:
        return None
    first, last = _window(found.group("count"), found.group("unit"), found.group("direction"))
    # (an event dated to a month or a season, "killed … last fall": the window around all of it)
    start, end = days[0] + dt.timedelta(days=first), days[1] + dt.timedelta(days=last)
    return (found, start, end) if end < published else None  # (only a past event's surroundings)


def clock_on_anchored_day(event: Event, earlier: list[Event], published: dt.datetime, language: str = "en") -> None:
    """A clock time of a clause that tells its day as a distance from a story's event ("saw the
    car at 6 a.m. ten days before the murder") is that hour of that day, not of the last date the
    tagger read. Moves the event."""
    if event.granularity != "time" or event.start[:10] != event.end[:10]:
        return
    anchored = _anchored(event.text, earlier, published.date(), language)
    if anchored is None or anchored[1] != anchored[2]:
        return
    day = anchored[1].isoformat()
    event.start, event.end = day + event.start[10:], day + event.end[10:]


def distance_from_time(event: Event, language: str = "en") -> None:
    """A day that a distance is written before ("the day after Christmas", "the day before last
    Tuesday's hearing", "two days before the March 3 vote") is moved by that distance; "in the days
    before Christmas" is the week before it. Moves the event."""
    if event.granularity != "day" or not event.time_text or event.start[:10] != event.end[:10]:
        return
    at = event.text.find(event.time_text)
    if at < 0 or not _may_name_distance(event.text[:at]):
        return
    found = _distance(language).search(event.text, max(0, at - 60), at)
    if found is None:
        return
    first, last = _window(found.group("count"), found.group("unit"), found.group("direction"))
    day = dt.date.fromisoformat(event.start[:10])
    event.start, event.end = (day + dt.timedelta(days=first)).isoformat(), (day + dt.timedelta(days=last)).isoformat()
    event.approximate = event.approximate or first != last


def anchored_event(article: Article, sentence: str, position: int, earlier: list[Event],
                   source: Source | None = None, language: str = "en") -> Event | None:
    """The event of a sentence dated only by a phrase of distance from a story's event ("showed up
    the day after his death"), when an earlier event of the article, dated to a day before the
    publication, tells that event; else None."""
    anchored = _anchored(sentence, earlier, article.published.date(), language)
    if anchored is None:
        return None
    found, start, end = anchored
    return Event(
        start=start.isoformat(), end=end.isoformat(), granularity="day", approximate=start != end,
        upcoming=False, text=sentence.strip(), headline=headline(sentence, found.start(), found.end(), language),
        time_text=found.group(), value=start.isoformat(), type="DATE",
        source=source or article.source, sources=[source or article.source], position=position,
    )


def _days_of(earlier: list[Event], tells: re.Pattern[str], published: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the latest earlier event, dated to one past day, a week, a month
    or a season, whose text tells the event."""
    for event in reversed(earlier[-REACH_EVENTS:]):
        if event.dated_by != "expression" or (event.start[:10] != event.end[:10]
                                              and event.granularity not in WIDER_ANCHORS):
            continue
        if tells.search(event.text) is not None:
            first, last = dt.date.fromisoformat(event.start[:10]), dt.date.fromisoformat(event.end[:10])
            return (first, last) if last < published else None
    return None


def clock_on_retold_day(event: Event, earlier: list[Event], language: str = "en") -> None:
    """A bare clock time in a sentence that tells again an event the story dated to a day ("Slepian,
    52, … was shot to death at 10 p.m." after "… before he was shot to death last Oct. 23") is that
    hour of that day, not of the last date the story named. Moves the event."""
    if event.granularity != "time" or not BARE_CLOCK.match(event.time_text or "") or \
            event.start[:10] != event.end[:10]:
        return
    told = _subject_and_verb(event.text, language)
    if told is None:
        return
    subject, verb = (re.compile(rf"\b{re.escape(word)}\b", re.I) for word in told)
    for before in reversed(earlier[-REACH_EVENTS:]):
        if before.dated_by == "expression" and before.granularity == "day" and before.start == before.end and \
                subject.search(before.text) and verb.search(before.text):
            day = before.start[:10]
            event.start, event.end = day + event.start[10:], day + event.end[10:]
            return


def _subject_and_verb(text: str, language: str) -> tuple[str, str] | None:
    """The first word of a sentence's subject that is no stopword, and its passive participle
    or, without one, its first past verb."""
    stopwords = set(word_list(language, "stopwords"))
    subject = next((word.group() for word in SUBJECT_WORD.finditer(text) if word.group().lower() not in stopwords),
                   None)
    found = PASSIVE_VERB.search(text)
    verb = found.group(1) if found else None
    if verb is None and (past := cue_patterns(language)["lead_verb"].search(text)) is not None:
        verb = past.group().split()[-1]
    return (subject, verb) if subject and verb and subject.lower() != verb.lower() else None
