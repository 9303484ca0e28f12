"""A story told day by day under headings that hold only a weekday ("**Friday**", "## Saturday"),
after a day the text told before them ("We flew into Port Anselm on Thursday 8 May, …").

Each heading is the first day of its weekday after the day before it: the first heading's is the
last day told before the headings or the first after it ("it began on Monday 6 October" +
"**Monday**" is that Monday), and the last must not lie after the day of writing (a week ahead's
calendar under "**Monday**" headings is left alone: nothing told before it has passed). The
entries under a heading, up to the next one (the last one's paragraph only), are that day's, as
a numbered diary's are (timeline/events/diary.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache

from timeline.language.compiled import compile_kept
from timeline.language.resources import resource, table
from timeline.models import Timex

DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
MIN_HEADINGS = 2


@dataclasses.dataclass(frozen=True)
class Section:
    """One day's entries: where they start and end in the article, the day, its heading's words."""

    start: int
    end: int
    day: dt.date
    label: str
    heading_end: int


@lru_cache(maxsize=4)
def _heading(language: str) -> re.Pattern[str]:
    return compile_kept(resource(language, "weekday_day_heading"), re.M)


def paragraph_end(text: str, start: int, end: int) -> int:
    """Where the paragraph holding or following start ends (a heading on a line of its own heads the next)."""
    while start < end and text[start].isspace():
        start += 1
    found = PARAGRAPH_END.search(text, start, end)
    return found.start() if found else end


def weekday_sections(text: str, begin: int, end: int, timexes: list[Timex], published: dt.datetime,
                     language: str = "en") -> list[Section]:
    """The days of a story told under weekday headings between begin and end, in order; none when
    no day told before the headings has passed, or the days would run past the day of writing."""
    weekdays = table(language, "weekday")
    found = [m for m in _heading(language).finditer(text, begin, end) if m.group("weekday").lower() in weekdays]
    if len(found) < MIN_HEADINGS:
        return []
    told = [t for t in timexes if begin <= t.start < found[0].start() and t.type in {"DATE", "TIME"}
            and DAY_VALUE.match(t.value) and t.value[:10] <= published.date().isoformat()]
    if not told:
        return []
    day = dt.date.fromisoformat(told[-1].value[:10])
    sections = []
    for index, heading in enumerate(found):
        iso_weekday = int(weekdays[heading.group("weekday").lower()])
        ahead = (iso_weekday - day.isoweekday()) % 7
        day = day + dt.timedelta(days=ahead or (7 if index else 0))  # "began on Monday 6 October" + "**Monday**"
        close = found[index + 1].start() if index + 1 < len(found) else paragraph_end(text, heading.end(), end)
        sections.append(Section(heading.start(), close, day, heading.group("weekday"), heading.end()))
    return sections if day <= published.date() else []
