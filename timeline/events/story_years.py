"""The year a chronology's entries take: the earliest year on the last line before them that names one."""

from __future__ import annotations

import bisect


def _story_year(years: list[tuple[int, int]], position: int) -> int | None:
    """The year a chronology's entries take: the earliest year named on the last line before the
    position that names one ("Ten years ago this week, …" is 2012, not this week's year)."""
    lines = [line for line, _ in years if line < position]
    return min(year for line, year in years if line == lines[-1]) if lines else None


class StoryYears:
    """`_story_year` for each sentence in turn, by bisection when the years come in the order of
    their lines (as the tagger gives them): an article of many sentences stays linear."""

    def __init__(self, years: list[tuple[int, int]]) -> None:
        self.years = years
        self.lines = [line for line, _ in years]
        self.ordered = all(a <= b for a, b in zip(self.lines, self.lines[1:], strict=False))
        self.earliest: dict[int, int] = {}
        for line, year in years:
            self.earliest[line] = min(year, self.earliest.get(line, year))

    def __call__(self, position: int) -> int | None:
        if not self.ordered:
            return _story_year(self.years, position)
        index = bisect.bisect_left(self.lines, position)
        return self.earliest[self.lines[index - 1]] if index else None
