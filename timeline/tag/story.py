"""How a history's story moves on when the text counts forward from it ("the following summer")."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from timeline.language.compiled import compile_kept, lazy
from timeline.language.resources import resource
from timeline.tag.era import FIRST_PROXY
from timeline.tag.year_windows import year_in_window

if TYPE_CHECKING:
    from timeline.tag.anchor import Context

# A period counted forward from the story: "the following year", "two years later", "the next spring".
FORWARD = lazy(r"^(?:NARR (?:year|quarter|half) \+\d+|SEASON (?:SP|SU|FA|WI) following)$")
YEAR_VALUE = lazy(r"^\d{4}$")
COMMON_ERA = lazy(r"^\d{4}")  # BC dates stand in as years counted down: no later, no earlier
HEADING_CHARS = 100  # a line this short without a full stop heads a section


def story_stands(story: dt.date, context: Context) -> bool:
    """True when a history's story still dates year-less months: not once it has reached the day of
    writing (a byline's date), nor when its last year lies ahead of it ("a sequel due out in 2027": a
    plan, not a story told; a BC story's stand-in years, ahead of any day of writing, are still one)."""
    written = context.written
    return story != written and (written is None or story.year <= written.year or story.year >= FIRST_PROXY)


def step_on(template: str, value: str, period: dt.date | None, context: Context) -> None:
    """In a history, a period counted forward into a later year than the story's becomes the
    story's time: "the following summer … on [August 4]" is that summer's August, "two years
    later … in [March]" that year's March (a date written out moves it as it always did)."""
    if context.history and context.story is not None and period is not None \
            and period.year > context.story.year and FORWARD.match(template) and COMMON_ERA.match(value):
        context.story, context.story_year = period, YEAR_VALUE.match(value) is not None


def on_from_last_day(year: int, month: int, day: int | None, how: str, context: Context) -> int:
    """A year-less month or day that the story's window put in a year before the story's, counted
    on from the last day the text named in the story's year instead: "the story reached 1949 in
    January; on 29 August … On [16 October]" is 1949's October, not the October a quarter before
    January (a month a quarter before the last day named still steps back)."""
    story, last = context.story, context.reference
    if how != "story" or story is None or year >= story.year or last.year != story.year or last <= story:
        return year
    return year_in_window(month, day, how, last)


def month_named(context: Context) -> dt.date:
    """The month a day of the month ("the 27th") lies in: in a history, the month the text named
    last when it named one after the last day ("on 11 January … tried in February and beheaded on
    [the 27th]"), else the month of the last day named."""
    if context.history and context.period_unit == "month" and context.period is not None \
            and context.period > context.reference:
        return context.period
    return context.reference


def dates_its_clause(text: str, end: int, language: str) -> bool:
    """True when a date is followed by the clause it dates ("…, 2008, when the government
    withdrew"): in a history it moves the story as a date opening its clause does."""
    return _clause_after(language).match(text, end) is not None


@lru_cache(maxsize=8)
def _clause_after(language: str) -> re.Pattern[str]:
    """What follows a date that a clause hangs on (text.yaml's story_clause_year_after)."""
    return compile_kept(resource(language, "story_clause_year_after"), re.I)


def ends_range_heading(text: str, start: int, end: int, language: str) -> bool:
    """True for the last year of a range that heads a section ("1854–55: Stalemate", "The second
    war, 1351–1361"): the section tells its story from the range's start, so its end moves no
    story (in a sentence, "from 1990 to 1996, when …", it may)."""
    if _range_end_before(language).search(text, max(0, start - 12), start) is None:
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return len(line) < HEADING_CHARS and "." not in line


@lru_cache(maxsize=8)
def _range_end_before(language: str) -> re.Pattern[str]:
    """What stands before the last year of a range (text.yaml's story_range_end_before)."""
    return compile_kept(resource(language, "story_range_end_before"), re.I)
