"""A duration that dates a clause by its distance from publication: "a runoff will be held in two
weeks" is about 14 days on; "sales will rise in the next three years" is the stretch from the day
after publication to three years on. A stretch that ends at publication ("in the past five years")
tells how long something went on, never where a future clause lies.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.events.refine_cues import refine_patterns
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
