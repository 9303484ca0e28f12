"""A diary told day by day under numbered headings ("**Day 1 (Monday).**", "Day 2.", "Day 3 –").

Day k lies k-1 days after Day 1. Day 1 is placed by a weekday written in a heading ("Day 5
(Friday)" makes Day 1 a Monday) inside the stretch of days the text set before the first heading
("I walked the Way last week"), or, with no such stretch, in the last week that ends by the day
of writing. The entries under a heading, up to the next one (the last one's paragraph only), are
that day's: a time the tagger read from the day before it ("That evening", "the next morning",
"at 6am") is read from the heading's day instead, and a sentence reporting a deed with no time
of its own is dated to it. Without a weekday, or with numbers out of order, nothing is dated.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from functools import lru_cache

from timeline.events.cues import cue_patterns
from timeline.events.day_headings import Section, paragraph_end, weekday_sections
from timeline.events.headline import headline
from timeline.language.compiled import compile_kept
from timeline.language.resources import resource, table
from timeline.models import Event, Timex

DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
YEAR_DIGITS = re.compile(r"\b\d{4}\b")
WHERE_CLAUSE = re.compile(r",\s+where\s+[^;]+?(?=[.!?]?[\"”’']?\s*$)", re.I)  # closing the sentence
STRETCH_GRAINS = frozenset({"week", "weekend", "month"})  # a frame holding the diary's days
MIN_HEADINGS = 2
HEADING_MARKS = " \t\n*#_.:–—-()"  # what may close a heading's line after its number or weekday


@lru_cache(maxsize=4)
def _heading(language: str) -> re.Pattern[str]:
    return compile_kept(resource(language, "diary_day_heading"), re.M)


@lru_cache(maxsize=4)
def _month_words(language: str) -> re.Pattern[str]:
    names = sorted(table(language, "month"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b", re.I)


def diary_sections(text: str, begin: int, end: int, timexes: list[Timex], published: dt.datetime,
                   language: str = "en") -> list[Section]:
    """The days of a diary told under numbered headings between begin and end, in order."""
    numbered = [(m, _number(m.group("number"), language)) for m in _heading(language).finditer(text, begin, end)]
    found = [m for m, number in numbered if number]
    numbers = [number for _, number in numbered if number]
    if len(found) < MIN_HEADINGS or numbers[0] < 1 or any(b <= a for a, b in itertools.pairwise(numbers)):
        return [] if found else weekday_sections(text, begin, end, timexes, published, language)  # "**Friday**"
    before = [t for t in timexes if begin <= t.start < found[0].start()]
    first = _first_day(found, before, published, language)
    if first is None:
        return []
    sections = []
    for index, heading in enumerate(found):
        close = found[index + 1].start() if index + 1 < len(found) else paragraph_end(text, heading.end(), end)
        label = f"Day {numbers[index]}"
        day = first + dt.timedelta(days=numbers[index] - 1)
        sections.append(Section(heading.start(), close, day, label, heading.end()))
    return sections


def _number(written: str, language: str) -> int:
    """A heading's day number, in figures or in words ("Day Four"); 0 when it is no number ("Day off")."""
    if written.isdigit():
        return int(written)
    word = written.lower()
    return int(table(language, "number").get(word, 0)) if word not in {"a", "an"} else 0


def _first_day(headings: list[re.Match[str]], before: list[Timex], published: dt.datetime,
               language: str) -> dt.date | None:
    """Day 1: on the weekday a heading implies, the first such day of the stretch set before the
    headings, else the last one from which the diary ends by the day of writing."""
    weekdays = table(language, "weekday")
    implied = {(int(weekdays[m.group("weekday").lower()]) - _number(m.group("number"), language)) % 7
               for m in headings if m.group("weekday") and m.group("weekday").lower() in weekdays}
    if len(implied) != 1:
        return None  # no weekday, or weekdays that disagree
    iso_weekday = implied.pop() + 1  # (Day 1's ISO weekday)
    stretches = [t for t in before if t.type == "DATE" and t.interval is not None
                 and t.interval.granularity in STRETCH_GRAINS]
    if stretches:
        start = dt.date.fromisoformat(stretches[-1].interval.start[:10])
        last = dt.date.fromisoformat(stretches[-1].interval.end[:10])
        day = start + dt.timedelta(days=(iso_weekday - start.isoweekday()) % 7)
        return day if day <= last else None
    days = _number(headings[-1].group("number"), language) - 1
    latest = published.date() - dt.timedelta(days=days)
    return latest - dt.timedelta(days=(latest.isoweekday() - iso_weekday) % 7)


def diary_days(sections: list[Section], timexes: list[Timex], published: dt.datetime,
               language: str = "en") -> dict[int, dt.date]:
    """The day each time expression of a diary's entries names, by where it starts: an expression
    read from the day before it (the tagger's last day, or the day of writing) is read from the
    heading's day or the day the entry reached; a weekday is the one nearest that day; a date
    written with its month or year stands as written and moves the entry on."""
    moved: dict[int, dt.date] = {}
    told = published.date()  # the day the tagger read the next expression from
    starts = [section.start for section in sections]
    weekdays = table(language, "weekday")
    reached: tuple[int, dt.date] | None = None  # (section index, the day the entry has reached)
    for timex in timexes:
        if timex.type not in {"DATE", "TIME"} or not DAY_VALUE.match(timex.value):
            continue
        said = dt.date.fromisoformat(timex.value[:10])
        index = bisect.bisect_right(starts, timex.start) - 1
        if index < 0 or timex.start >= sections[index].end:
            told = said
            continue
        current = reached[1] if reached and reached[0] == index else sections[index].day
        word = timex.text.strip().lower().rstrip(".")
        if _month_words(language).search(timex.text) or YEAR_DIGITS.search(timex.text):
            day = said  # "on 17 June": as written
        elif word in weekdays:  # ("every day except Sunday": a weekday named does not move the entry on)
            moved[timex.start], told = _nearest_weekday(current, int(weekdays[word])), said
            continue
        elif ON_THE_DAY.match(word):
            day = current  # "at 7am", "In the afternoon": the day the entry has reached
        elif _opens_entry(timex, sections[index]) and reached and reached[0] == index - 1 and \
                reached[1] + (said - told) == sections[index].day:
            day = sections[index].day  # "**Monday** The next morning …": the morning after the day told before
        else:
            day = current + (said - told)  # "That evening", "the next morning"
        moved[timex.start] = day
        reached, told = (index, day), said
    return moved


# A time of the day the entry has reached: a bare clock time or a part of the day.
ON_THE_DAY = re.compile(r"^(?:(?:at|by|from|until|around|about)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|"
                        r"midday|(?:the|this|that)\s+(?:morning|afternoon|evening))$")
ENTRY_OPENING_CHARS = 6  # between a heading's end and the words opening its entry: line breaks and marks


def _opens_entry(timex: Timex, section: Section) -> bool:
    """True when the expression opens the entry under its heading ("**Monday**", then "The next morning …")."""
    return 0 <= timex.start - section.heading_end <= ENTRY_OPENING_CHARS


def _nearest_weekday(day: dt.date, iso_weekday: int) -> dt.date:
    back = day - dt.timedelta(days=(day.isoweekday() - iso_weekday) % 7)
    ahead = back + dt.timedelta(days=7)
    return back if day - back <= ahead - day else ahead


def section_at(sections: list[Section], position: int) -> Section | None:
    """The diary day whose entries hold the position, if any."""
    index = bisect.bisect_right([section.start for section in sections], position) - 1
    return sections[index] if index >= 0 and position < sections[index].end else None


def heading_only(sections: list[Section], text: str, start: int, end: int) -> bool:
    """True when the span holds a diary's day heading and nothing else ("## Day One (Saturday)"): no event."""
    section = section_at(sections, start)
    return section is not None and start <= section.heading_end and \
        not text[section.heading_end:end].strip(HEADING_MARKS)


def on_diary_day(event: Event, sections: list[Section], moved: dict[int, dt.date], timexes: list[Timex],
                 published: dt.datetime) -> None:
    """Move an event of a diary's entries to the day its time names there (diary_days). Moves it in place."""
    section = section_at(sections, event.position)
    if section is None or not event.time_text:
        return
    if not DAY_VALUE.match(event.start) or event.start[:10] != event.end[:10]:
        return
    for timex in timexes:
        if section.start <= timex.start < section.end and timex.start in moved and timex.value == event.value \
                and timex.text == event.time_text:
            _to_day(event, moved[timex.start], published)
            return


def undated_on_diary_day(event: Event, sections: list[Section], published: dt.datetime) -> bool:
    """Date an undated deed of a diary's entries (an event dated to the day of writing) to its
    heading's day, its heading as its time; False when it lies in no diary day."""
    section = section_at(sections, event.position)
    if section is None:
        return False
    _to_day(event, section.day, published)
    event.time_text, event.value, event.dated_by = section.label, section.day.isoformat(), "expression"
    return True


def deeds_beside_asides(found: list[Event], sentence: str, start: int, sections: list[Section],
                        published: dt.datetime, language: str = "en") -> list[Event]:
    """A diary's deed whose sentence is dated only by an aside about something else ("I lost the path
    and spent the afternoon in the museum, which opened in 1987", "We spent the day in the museum,
    where the guide told us the terminal opens in September"): the deed, up to the aside, is an
    event of the heading's day beside the aside's."""
    section = section_at(sections, start)
    if section is None or len(found) != 1 or not found[0].time_text:
        return []
    for aside in itertools.chain(cue_patterns(language)["relative_aside"].finditer(sentence),
                                 WHERE_CLAUSE.finditer(sentence)):  # (", where our guide told us … in September")
        deed = sentence[:aside.start()].strip()
        if found[0].time_text in sentence[aside.start():aside.end()] and found[0].time_text not in deed and \
                cue_patterns(language)["news_lead_verb"].search(deed) is not None:
            day = section.day.isoformat()
            return [found[0].model_copy(update={
                "text": deed, "headline": headline(deed, language=language), "details": [], "start": day, "end": day,
                "granularity": "day", "approximate": False, "upcoming": section.day > published.date(),
                "time_text": section.label, "value": day, "type": "DATE"})]
    return []


def _to_day(event: Event, day: dt.date, published: dt.datetime) -> None:
    event.upcoming = day > published.date()
    delta = day - dt.date.fromisoformat(event.start[:10])
    for name in ("start", "end"):
        value = getattr(event, name)
        setattr(event, name, (dt.date.fromisoformat(value[:10]) + delta).isoformat() + value[10:])
