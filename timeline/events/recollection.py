"""A recollection quoted inside an article ("I was called up in the autumn of 1940 … the following
April we sailed … We landed at Suez on 2 June"): once the quoted story names a year several years
before the day of writing, its year-less dates ("the winter", "the following April", "2 June",
"Christmas") lie in the story, each on or after the point the story had reached, not in the
publication's year. The story holds while the quotation runs on, over paragraphs when each opens
with a quote mark left open; a time counted from the day of writing ("last spring", "next month")
brings it back to the present. Outside a quotation nothing moves: a news story that names a
background year ("The club was founded in 1921. In June it won the cup.") goes back to its news.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from timeline.language.compiled import compile_kept
from timeline.language.resources import resource, table, word_list
from timeline.language.trie import alternation
from timeline.models import Event

OPENING_QUOTES = "\"“"
CLOSING_QUOTES = "\"”"
PARAGRAPHS = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")  # runs of lines between blank lines
WRITTEN_YEAR = re.compile(r"\b\d{4}\b")
OLD_YEARS = 5  # how far before the day of writing a year sets a story in the past
STORY_GRAINS = frozenset({"time", "partofday", "day", "month", "season"})


@lru_cache(maxsize=4)
def _words(language: str, name: str) -> re.Pattern[str]:
    """Any word of the language's list (text.yaml), or of its table (a weekday's names), as a whole word."""
    listed = table(language, name) if name == "weekday" else word_list(language, name)
    return re.compile(rf"\b(?:{alternation(listed)})\b", re.I)


@lru_cache(maxsize=4)
def _present_return(language: str) -> re.Pattern[str]:
    return compile_kept(resource(language, "present_return"))


def quoted_stretches(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The spans of quotations that open a paragraph, each to its closing quote mark, or on over
    the paragraphs after it while each opens with a quote mark and the one before left it open."""
    stretches: list[tuple[int, int]] = []
    opened: int | None = None
    for paragraph in PARAGRAPHS.finditer(text, begin, end):
        first = paragraph.start() + len(paragraph.group()) - len(paragraph.group().lstrip())
        if first >= paragraph.end() or text[first] not in OPENING_QUOTES:
            if opened is not None:
                stretches.append((opened, paragraph.start()))
            opened = None
            continue
        opened = first if opened is None else opened
        close = _closing(text, first + 1, paragraph.end())
        if close >= 0:
            stretches.append((opened, close + 1))
            opened = None
    if opened is not None:
        stretches.append((opened, end))
    return stretches


def _closing(text: str, start: int, end: int) -> int:
    """Where the quotation opened before start closes in text[start:end], or -1."""
    found = [index for index in (text.find(mark, start, end) for mark in CLOSING_QUOTES) if index >= 0]
    return min(found) if found else -1


class Recollections:
    """The story each quoted stretch has reached, event by event, in document order."""

    def __init__(self, stretches: list[tuple[int, int]], published_year: int, language: str = "en") -> None:
        self.stretches, self.starts = stretches, [start for start, _ in stretches]
        self.published_year, self.language = published_year, language
        self.story: tuple[int, str] | None = None  # (the stretch, the day the story has reached)

    def _stretch(self, position: int) -> int | None:
        index = bisect.bisect_right(self.starts, position) - 1
        return index if index >= 0 and position < self.stretches[index][1] else None

    def hear(self, sentence: str, start: int) -> None:
        """A sentence of the stretch that speaks of the present ends the story told before it."""
        if self.story is not None and self._stretch(start) is not None and \
                _present_return(self.language).search(sentence) is not None:
            self.story = None

    def place(self, event: Event) -> None:
        """Move a year-less date of a quoted story to the story's years. Moves the event in place."""
        index = self._stretch(event.position)
        if index is None or not event.time_text:
            return
        if self.story is not None and self.story[0] != index:
            self.story = None
        if WRITTEN_YEAR.search(event.time_text) or int(event.start[:4]) <= self.published_year - OLD_YEARS:
            old = int(event.start[:4]) <= self.published_year - OLD_YEARS
            told = self.story is not None or _words(self.language, "first_person_words").search(event.text)
            self.story = (index, event.start[:10]) if old and told else None  # ("I was called up in 1940")
            return
        if event.upcoming or _words(self.language, "present_time_words").search(event.time_text) or \
                _words(self.language, "weekday").search(event.time_text):
            self.story = None  # "last spring", "will play on 14 June", "on Saturday": the present's
            return
        if self.story is None or event.granularity not in STORY_GRAINS:
            return
        moved = _on_or_after(event, self.story[1])
        if moved is not None:
            event.start, event.end = moved
            event.upcoming = False
            self.story = (index, event.start[:10])


def _on_or_after(event: Event, reached: str) -> tuple[str, str] | None:
    """The event's bounds moved by whole years to the first year that starts it on or after the
    day reached (a winter's last day, 29 February, becomes the 28th in a common year)."""
    shift = int(reached[:4]) - int(event.start[:4])
    for step in (shift, shift + 1):
        start, end = _moved(event.start, step), _moved(event.end, step)
        if start[:10] >= reached and start[5:10] == event.start[5:10]:
            return start, end
    return None


def _moved(moment: str, years: int) -> str:
    """A moment moved by whole years, 29 February to the 28th in a common year."""
    year = int(moment[:4]) + years
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    day = "02-28" if moment[5:10] == "02-29" and not leap else moment[5:10]
    return f"{year:04d}-{day}{moment[10:]}"
