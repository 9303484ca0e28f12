"""A list of dates in one clause: each is an event of its own.

"Police found customers drinking at 1.15am on 6 July, 2.40am on 18 August and 12.50am on 2
November last year" reports three visits; the governing expression dates only the first. The
items after it, joined by commas and "and", each make a dating of their own, and a year the last
item names ("last year") is the year of the items that name none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re

from timeline.events import neighbours, refine
from timeline.events.clocks import CLOCK_VALUE, DAY_VALUE
from timeline.events.govern import Dating, governing_dating
from timeline.language.compiled import lazy
from timeline.models import Interval, Timex

# Between two items of a list: "6 July, 2.40am", "18 August and 12.50am".
ITEM_BREAK = lazy(r"^\s*(?:,\s*(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+)(?:on\s+|at\s+)?"
                        r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?$", re.I)
# Inside one item: "2.40am on 18 August", "18 August at 2.40am".
ITEM_JOIN = lazy(r"^\s*(?:,\s*)?(?:on|at|of)?\s*(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?$", re.I)
FINE = frozenset({"day", "partofday", "time"})
YEAR_CUE = lazy(r"\b\d{4}\b|\b(?:last|next|this)\s+year\b", re.I)


def listed_datings(sentence: str, start: int, dating: Dating, timexes: list[Timex], language: str,
                   published: dt.datetime | None) -> list[tuple[Dating, int]]:
    """The datings of the items listed after a clause's governing phrase, with where each item
    starts (absolute); empty when no list follows it. Only days and clock times make a list
    ("in 2019 and 2021" may be one span of years)."""
    if dating.interval.granularity not in FINE:
        return []
    following = sorted((t for t in timexes if t.start >= dating.phrase_end and t.type in {"DATE", "TIME"}),
                       key=lambda t: t.start)
    items: list[list[Timex]] = []
    cursor = dating.phrase_end
    for timex in following:
        gap = sentence[cursor - start:timex.start - start]
        if items and ITEM_JOIN.match(gap) and len(items[-1]) < 3:
            items[-1].append(timex)
        elif ITEM_BREAK.match(gap):
            items.append([timex])
        else:
            break
        cursor = timex.end
    datings = []
    for item in items:
        found = _clock_on_day(sentence, start, item) or governing_dating(sentence, start, item, language, published)
        if found is None or found.interval.granularity not in FINE:
            return []  # not a list of days: a range, a figure, a duration
        datings.append((_weekday_after(found, datings[-1][0] if datings else dating), item[0].start))
    return datings


def _weekday_after(found: Dating, before: Dating) -> Dating:
    """A bare weekday listed after a day is that weekday of its week when it falls after it ("next
    week on Tuesday and Thursday": the Thursday of that week, not the one the tagger put nearest;
    "made Friday and Thursday" keeps its two days)."""
    if not neighbours.WEEKDAY.match(found.timex.text.strip()) or not DAY_VALUE.match(before.interval.start) \
            or not DAY_VALUE.match(found.interval.start) or found.interval.start != found.interval.end:
        return found
    begin, day = dt.date.fromisoformat(before.interval.end[:10]), dt.date.fromisoformat(found.interval.start)
    if day.weekday() <= begin.weekday():
        return found
    moved = (begin + dt.timedelta(days=day.weekday() - begin.weekday())).isoformat()
    return dataclasses.replace(found, interval=found.interval.model_copy(update={"start": moved, "end": moved}))


def with_list_year(dating: Dating, last: Dating, sentence: str, start: int) -> Dating:
    """An item that names no year takes the year the list's last item names ("6 July, … and 2
    November last year"), when that puts it no later than the last item."""
    phrase = sentence[dating.phrase_start - start:dating.phrase_end - start]
    last_phrase = sentence[last.phrase_start - start:last.phrase_end - start]
    if YEAR_CUE.search(phrase) or not YEAR_CUE.search(last_phrase):
        return dating
    year = last.interval.start[:4]
    moved = dating.interval.model_copy(update={"start": year + dating.interval.start[4:],
                                               "end": year + dating.interval.end[4:]})
    if moved.start > last.interval.start or moved.end < moved.start:
        return dating
    return dataclasses.replace(dating, interval=moved)


def _clock_on_day(sentence: str, start: int, item: list[Timex]) -> Dating | None:
    """An item of a clock time and a day ("12.50am on 2 November last year", where the tagger
    dated "November last year" and left the day number out): that time of that day."""
    clocks = [t for t in item if t.type == "TIME" and CLOCK_VALUE.search(t.value)]
    if not clocks:
        return None
    for timex in item:
        if timex is clocks[0]:
            continue
        if DAY_VALUE.match(timex.value):
            day = timex.value
        else:
            found = refine.day_before_month(sentence, start, timex)
            if found is None:
                continue
            day = found[0].start
        moment = f"{day}T{CLOCK_VALUE.search(clocks[0].value).group(1)}"  # type: ignore[union-attr]
        last = max(clocks[0].end, timex.end)
        return Dating(clocks[0], Interval(start=moment, end=moment, granularity="time"),
                      sentence[clocks[0].start - start:last - start], last)
    return None


def as_span(datings: list[Dating]) -> Interval | None:
    """The days of a list that follow each other ("on Monday, Tuesday and Wednesday") as one span,
    and a pair of weekdays of one week ("next week on Tuesday and Thursday"), as a pair of like
    dates with no list before it is one span (govern._range_end)."""
    days = [d.interval for d in datings]
    if not all(DAY_VALUE.match(i.start) and i.start == i.end for i in days):
        return None
    dates = [dt.date.fromisoformat(i.start) for i in days]
    weekdays = len(datings) == 2 and all(neighbours.WEEKDAY.match(d.timex.text.strip()) for d in datings)
    if weekdays and dates[0] < dates[1] and dates[0].isocalendar()[:2] == dates[1].isocalendar()[:2]:
        return days[0].model_copy(update={"end": days[-1].end})
    if any(b - a != dt.timedelta(days=1) for a, b in itertools.pairwise(dates)):
        return None
    return days[0].model_copy(update={"end": days[-1].end})
