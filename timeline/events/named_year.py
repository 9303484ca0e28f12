"""A day named without its year in a clause dated by a wider time ("Last year … on 31 January"):
the narrower time dates it, in the wider time's year. Split from neighbours.py by meaning."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from timeline.events.neighbours import WEEKDAY_WORD, WRITTEN_YEAR
from timeline.language.compiled import compile_kept, lazy
from timeline.language.resources import word_list
from timeline.language.trie import alternation
from timeline.models import Interval, Timex
from timeline.tag.intervals import written_interval

WIDE_GRAINS = frozenset({"year", "month", "week", "weekend", "quarter", "half", "season"})
NARROW_VALUE = lazy(r"^\d{4}-\d{2}(?:-\d{2}(?:T(?:MO|AF|EV|NI))?)?$")  # (a day's part too: "on Monday night")
# A bare day that opens a range whose end writes its year ("9–10 May 2026"): the range's year, not
# a wider time's ("the classes of 1985 … on 9–10 May 2026").
RANGE_TO_WRITTEN_YEAR = lazy(r"\s*(?:[-–—]|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}\b", re.I)
NAMED_DAY = lazy(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b",
                 re.I)


@lru_cache(maxsize=4)
def _speech(language: str) -> re.Pattern[str]:
    # (", the firm said")
    return compile_kept(rf",\s[^,]*\b(?:{alternation(word_list(language, 'speech_verbs'))})\b", re.I)


def _in_aside_without(sentence: str, start: int, wide: Timex, day: Timex, asides: re.Pattern[str]) -> bool:
    """True when the wide time lies in a relative clause between commas that the day is outside:
    "Pollen Sands, which lost its cover in 2023, will be patrolled until 21 June" (this June)."""
    for found in asides.finditer(sentence):
        inside = range(start + found.start(), start + found.end() + 1)
        if wide.start in inside and day.start not in inside:
            return True
    return False


def day_of_named_year(sentence: str, start: int, best: Timex, dated: list[Timex],
                      patterns: Mapping[str, re.Pattern[str]], language: str = "en") -> tuple[Timex, Interval] | None:
    """A day (or month) named without its year in a clause dated by a wider time: the narrower
    time dates it. In a year ("Last year 11.5 million returns were filed, 30,000 of them on 31
    January itself"; "missed last year's championships after breaking her wrist in May"): that
    day of that year; in a week or month that holds it ("Next week: the pantomime opens on Friday
    21 November"): that day. Not a day of reporting ("…, the firm said on 31 January"), nor one
    named from today ("is still performed today"), nor one outside the relative clause the year is in."""
    reporting = patterns["reporting"]
    wide = best.interval
    if wide is None or wide.granularity not in WIDE_GRAINS:
        return None
    for day in dated:
        offset = day.start - start
        if day is best or day.interval is None or not NARROW_VALUE.match(day.value) or \
                WRITTEN_YEAR.search(day.text) or not NAMED_DAY.search(day.text) or \
                reporting.search(sentence[max(0, offset - 26):offset]):
            continue
        if RANGE_TO_WRITTEN_YEAR.match(sentence, offset + len(day.text)):
            return day, day.interval  # the range dates the clause in its own year
        if (day.interval.start, day.interval.end) == (wide.start, wide.end):
            continue  # no narrower ("until the end of September, the month of September")
        if wide.start[:10] <= day.interval.start[:10] and day.interval.end[:10] <= wide.end[:10]:
            if _speech(language).search(sentence[best.end - start:offset]):
                continue  # "will cut 400 jobs by the end of the year, the company told staff on Friday"
            return day, day.interval  # already inside: "Next week … on Friday 21 November"
        if wide.granularity != "year" or not re.match(r"^\d{4}$", best.value) or WEEKDAY_WORD.search(day.text):
            continue
        if _in_aside_without(sentence, start, best, day, patterns["relative_aside"]):
            continue
        moved = written_interval(best.value + day.value[4:])
        return (day, moved) if moved is not None else None
    return None
