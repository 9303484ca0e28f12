"""The year a chronology's entries take: the earliest year on the last line before them that names one.

Only a year that sets a time counts: not one a state lasts since ("We've lived in Hatherley since
2009"), nor one before a noun it describes ("We replaced it with a 2019 Skoda"), nor one further
along the line than the sentence ("**October** – The car gave up on the 3rd. … a 2019 Skoda").
"""

from __future__ import annotations

import bisect

import regex as re

from timeline.events import refine
from timeline.events.attributive import is_attributive
from timeline.language.compiled import lazy_regex
from timeline.models import Timex

YEAR_VALUE = lazy_regex(r"^\d{4}")
# a heading line of words alone ("**Timeline**", "## Key dates"): a factbox under it starts afresh
# ("TIMELINE", "Key dates:" on lines of their own count as well)
WORD_HEADING = lazy_regex(r"^[ \t]*(?:\*\*[^*\d\n]{1,60}\*\*|#{1,6}[ \t][^\d\n]{1,60}|__[^_\d\n]{1,60}__"
                          r"|(?-i:[A-Z][A-Z ]{2,40})|(?-i:[A-Z])[A-Za-z'’ ]{1,40}:)[ \t]*$", re.M)
SINCE_BEFORE = lazy_regex(r"\bsince\s+(?:(?:the\s+)?(?:early|mid|late|end\s+of|start\s+of)\s+)?$", re.I)


def story_years(text: str, timexes: list[Timex], language: str = "en") -> list[tuple[int, int, int]]:
    """(line start, year, where the year is written) of each year that may set a chronology's story."""
    return [(text.rfind("\n", 0, t.start), int(t.value[:4]), t.start) for t in timexes
            if YEAR_VALUE.match(t.value) and t.type == "DATE" and not refine.is_chronology_entry(text, t, language)
            and SINCE_BEFORE.search(text, max(0, t.start - 30), t.start) is None
            and not is_attributive(text, t.start, t, language)]


def _story_year(years: list[tuple[int, int, int]], position: int) -> int | None:
    """The year a chronology's entries take: the earliest year named before the position on the
    last line before it that names one ("Ten years ago this week, …" is 2012, not this week's year)."""
    told = [(line, year) for line, year, start in years if line < position and start < position]
    return min(year for line, year in told if line == told[-1][0]) if told else None


def word_headings(text: str) -> list[int]:
    """Where each heading line of words alone starts ("**Timeline**" over a factbox's entries: a
    year named in the background above it, "The tunnel, which opened in 1981, …", is not the story's)."""
    return [found.start() for found in WORD_HEADING.finditer(text)]


class StoryYears:
    """`_story_year` for each sentence in turn, by bisection when the years come in the order they
    are written (as the tagger gives them): an article of many sentences stays linear."""

    def __init__(self, years: list[tuple[int, int, int]], headings: list[int] | None = None) -> None:
        self.years = years
        self.starts = [start for _, _, start in years]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))
        self.headings = headings or []

    def __call__(self, position: int) -> int | None:
        year = self._year(position)
        if year is None or not self.headings:
            return year
        told = max(start for line, _, start in self.years if start < position)
        heading = bisect.bisect_right(self.headings, told)
        return None if heading < len(self.headings) and self.headings[heading] < position else year

    def _year(self, position: int) -> int | None:
        if not self.ordered:
            return _story_year(self.years, position)
        index = bisect.bisect_left(self.starts, position)
        if not index:
            return None
        line = self.years[index - 1][0]
        earliest = self.years[index - 1][1]
        while index > 1 and self.years[index - 2][0] == line:
            index -= 1
            earliest = min(earliest, self.years[index - 1][1])
        return earliest
