"""Weekends a holiday makes three days long ("over the long weekend", "the bank holiday weekend"):
the tagger reads the Saturday and Sunday; the weekend runs on to the Monday."""

from __future__ import annotations

import datetime as dt

from timeline.language.compiled import compile_kept
from timeline.language.resources import resource
from timeline.models import Interval, Timex

SATURDAY = 5


def with_its_monday(timex: Timex, interval: Interval, language: str = "en") -> Interval:
    """A long weekend's Saturday and Sunday, and the Monday after (Saturday to Monday)."""
    try:
        first, last = dt.date.fromisoformat(interval.start[:10]), dt.date.fromisoformat(interval.end[:10])
    except ValueError:
        return interval
    if first.weekday() != SATURDAY or last - first > dt.timedelta(days=1) or \
            compile_kept(resource(language, "long_weekend_words")).search(timex.text) is None:
        return interval  # (a holiday's weekend is valued by its Saturday: "Labour Weekend")
    monday = (first + dt.timedelta(days=2)).isoformat()
    return interval.model_copy(update={"end": monday, "granularity": "day"})
