"""A duration that dates a clause by its distance from publication: "a runoff will be held in two
weeks" is about 14 days on; "sales will rise in the next three years" is the stretch from the day
after publication to three years on. A stretch that ends at publication ("in the past five years")
tells how long something went on, never where a future clause lies.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.events.refine_cues import refine_patterns
from timeline.events.roles import said_at
from timeline.language.compiled import lazy
from timeline.models import Interval, Timex
from timeline.tag.calendar_units import add_months
from timeline.tag.intervals import written_interval

DURATION = lazy(r"^P(\d+)([DWMY])$")
# "in two weeks", "within the next two weeks" (where "the next" is not part of the expression)
DISTANCE_BEFORE = lazy(r"\b(?:in|within\s+the\s+next)\s+$", re.I)
# the expression opens on a stretch that starts at publication, or on one that ends there
AHEAD = lazy(r"^the\s+(?:next|coming)\b", re.I)
BEHIND = lazy(r"^the\s+(?:past|last|previous|preceding)\b", re.I)
GRANULARITY = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def future_duration(sentence: str, start: int, timex: Timex, published: dt.datetime,
                    language: str = "en") -> Interval | None:
    """The time a future clause's duration points to: the day or month that far from publication
    after "in" ("in two weeks", "in three months"), or the whole stretch ahead for "the next N
    units"; None for a duration that dates nothing (a stretch that ends at publication)."""
    found = DURATION.match(timex.value) if timex.type == "DURATION" else None
    if not found or BEHIND.match(timex.text):
        return None
    offset = timex.start - start
    ahead = AHEAD.match(timex.text) is not None
    if not ahead and not DISTANCE_BEFORE.search(sentence[max(0, offset - 20):offset]):
        return None
    if not refine_patterns(language)["future"].search(sentence if ahead else sentence[:offset]):
        return None
    amount, unit = int(found.group(1)), found.group(2)
    day, last = published.date(), _units_on(published.date(), amount, unit)
    if ahead:  # "the next three years" from 2001-10-30: 2001-10-31 to 2004-10-30
        return Interval(start=(day + dt.timedelta(days=1)).isoformat(), end=last.isoformat(),
                        granularity=GRANULARITY[unit], approximate=True)
    if unit in {"D", "W"}:
        return Interval(start=last.isoformat(), end=last.isoformat(), granularity="day", approximate=True)
    interval = written_interval(last.isoformat()[: 7 if unit == "M" else 4])
    return interval.model_copy(update={"approximate": True}) if interval else None


def _units_on(day: dt.date, amount: int, unit: str) -> dt.date:
    """The day `amount` days, weeks, months or years after `day`."""
    if unit in {"D", "W"}:
        return day + dt.timedelta(days=amount * (7 if unit == "W" else 1))
    return add_months(day, amount * (12 if unit == "Y" else 1))


def dated_by_duration(sentence: str, start: int, timexes: list[Timex], language: str,
                      published: dt.datetime | None) -> tuple[Timex, Interval] | None:
    """An undated clause's future duration and the time it points to from publication: "a runoff
    will be held in two weeks", "in the next three years"."""
    if published is None:
        return None
    for timex in timexes:
        interval = future_duration(sentence, start, timex, published, language)
        if interval is not None:
            return timex, interval
    return None


def reported_future(sentence: str, start: int, best: Timex, timexes: list[Timex],
                    language: str) -> tuple[Timex, Interval] | None:
    """When the clause's best time is that of a report ("announced on Monday that the bridge would
    reopen in two weeks", "… in two weeks, officials said on Monday"), the future duration of what
    was reported and the time it points to, counted from the report's day; else None."""
    if not said_at(sentence, best.start - start, best, language) or best.interval is None \
            or best.interval.granularity not in {"day", "time"}:
        return None
    said = dt.datetime.fromisoformat(best.interval.start[:10])
    found = dated_by_duration(sentence, start, [t for t in timexes if t is not best], language, said)
    return found if found is not None and found[1].start > best.interval.start[:10] else None
