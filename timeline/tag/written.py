"""The days a news text writes out in full, so that the same day named again without its year,
or by its weekday alone, is that day."""

from __future__ import annotations

import datetime as dt

from timeline.language.compiled import lazy

FULL_DAY = lazy(r"^\d{4}-\d\d-\d\d$")
WEEKDAY_REACH = 7  # days from the writing within which a written date gives its weekday


class WrittenDays:
    """The days a news text wrote out in full, so that the same day named again without its year
    or by its weekday alone is that day: "his minute of March 7" after "March 7 2003", "published
    on Wednesday" after "EMBARGOED UNTIL WEDNESDAY 4 JUNE 2025" (a weekday within a week of writing)."""

    def __init__(self, written_on: dt.date) -> None:
        self.written_on = written_on
        self.days: dict[tuple[str, int], str] = {}  # ("03", 7) -> "2003-03-07"; ("W", 3) -> a Wednesday

    def record(self, value: str) -> None:
        try:
            day = dt.date.fromisoformat(value) if FULL_DAY.match(value) else None
        except ValueError:  # "Feb. 29, 2001" names no day
            day = None
        if day is None:
            return
        self.days[(value[5:7], day.day)] = value
        if abs((day - self.written_on).days) <= WEEKDAY_REACH:
            self.days[("W", day.isoweekday())] = value

    def same_day(self, template: str) -> str:
        """The template, or the day written before that it names again (read by tense only)."""
        if not template.endswith(" tense"):  # most matches: tried for every one, so no split first
            return template
        parts = template.split()
        if not parts[-2].isdigit():
            return template
        if parts[0] == "MONTHDAY" and len(parts) == 4 and (parts[1], int(parts[2])) in self.days:
            return self.days[(parts[1], int(parts[2]))]
        if parts[0] == "WEEKDAY" and len(parts) == 3:
            return self.days.get(("W", int(parts[1])), template)
        return template
