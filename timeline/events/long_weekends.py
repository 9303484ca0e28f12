"""Stretches of days that a phrase around a time names more narrowly or widely than the tagger
reads it: a weekend a holiday makes three days long ("over the long weekend", "the bank holiday
weekend", "over the early May bank holiday weekend": Saturday to Monday) and half a month ("in
the first half of July", "the second fortnight of May": the 1st to the 15th, the 16th to the end)."""

from __future__ import annotations

import calendar
import datetime as dt

from timeline.language.compiled import compile_kept
from timeline.language.resources import resource
from timeline.models import Interval, Timex

SATURDAY, MONDAY = 5, 0
HALF_DAY = 15  # the last day of a month's first half


def named_stretch(sentence: str, offset: int, timex: Timex, interval: Interval, language: str = "en") -> Interval:
    """The interval of a long weekend or a half month written around the expression, else as given."""
    interval = with_its_monday(sentence, offset, timex, interval, language)
    return half_of_month(sentence, offset, interval, language)


def with_its_monday(sentence: str, offset: int, timex: Timex, interval: Interval, language: str = "en") -> Interval:
    """A long weekend's Saturday and Sunday, and the Monday after (Saturday to Monday); a holiday
    Monday before "weekend" ("the early May bank holiday weekend"), and the Saturday before it."""
    try:
        first, last = dt.date.fromisoformat(interval.start[:10]), dt.date.fromisoformat(interval.end[:10])
    except ValueError:
        return interval
    if first == last and first.weekday() == MONDAY and \
            compile_kept(resource(language, "weekend_after")).match(sentence, offset + len(timex.text)):
        return interval.model_copy(update={"start": (first - dt.timedelta(days=2)).isoformat(),
                                           "granularity": "day"})
    if first.weekday() != SATURDAY or last - first > dt.timedelta(days=1) or \
            compile_kept(resource(language, "long_weekend_words")).search(timex.text) is None:
        return interval  # (a holiday's weekend is valued by its Saturday: "Labour Weekend")
    monday = (first + dt.timedelta(days=2)).isoformat()
    return interval.model_copy(update={"end": monday, "granularity": "day"})


def half_of_month(sentence: str, offset: int, interval: Interval, language: str = "en") -> Interval:
    """A month after "the first half of", "the second fortnight of": its first fifteen days, or the rest."""
    if interval.granularity != "month" or len(interval.start) < 10 or interval.start[8:10] != "01":
        return interval
    found = compile_kept(resource(language, "half_month_before")).search(sentence, max(0, offset - 40), offset)
    if found is None:
        return interval
    year, month = int(interval.start[:4]), int(interval.start[5:7])
    if found.group("which").lower() == "first":
        return interval.model_copy(update={"end": dt.date(year, month, HALF_DAY).isoformat(), "granularity": "day"})
    last = calendar.monthrange(year, month)[1]
    return interval.model_copy(update={"start": dt.date(year, month, HALF_DAY + 1).isoformat(),
                                       "end": dt.date(year, month, last).isoformat(), "granularity": "day"})
