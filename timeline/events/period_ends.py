"""Periods told by the day they ended: "the six months ended Oct. 1", "the year ending June 30,
2022", "the fourth quarter ended Aug. 28", "the 13 weeks to Aug. 28". A company's year or quarter
need not be the calendar's: the period is that many months (or weeks) up to that day, and the
phrase as a whole is its time expression."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import regex as re

from timeline.language.compiled import lazy_regex
from timeline.models import Event, Timex
from timeline.tag.calendar_units import add_months

COUNTED_PERIOD = lazy_regex(r"^P(\d{1,2})([MWY])$")
ENDED_BETWEEN = lazy_regex(r"^,?\s+(?:ended|ending|to|through)\s+$", re.I)
NAMED_PERIOD_MONTHS = {"quarter": 3, "half": 6, "year": 12}  # "the fourth quarter", "the year" (a DATE)


def _months_or_weeks(period: Timex) -> tuple[int, str] | None:
    """The length of a period expression: (count, "M" or "W"), or None when it is no period."""
    counted = COUNTED_PERIOD.match(period.value)
    if period.type == "DURATION" and counted is not None:
        number, unit = int(counted.group(1)), counted.group(2)
        return (number, "W") if unit == "W" else (number * (12 if unit == "Y" else 1), "M")
    if period.type == "DATE" and period.interval is not None and not any(c.isdigit() for c in period.text):
        months = NAMED_PERIOD_MONTHS.get(period.interval.granularity)
        return (months, "M") if months else None
    return None


def ended_period(text: str, period: Timex, day: Timex) -> tuple[str, str] | None:
    """The first and last day of a period followed in `text` by the day it ended, else None."""
    length = _months_or_weeks(period)
    if length is None or day.interval is None or day.interval.granularity != "day" or \
            not ENDED_BETWEEN.match(text[period.end:day.start]):
        return None
    last = dt.date.fromisoformat(day.interval.end[:10])
    after = last + dt.timedelta(days=1)  # (counted back from the next day: the quarter ended June 30 opens on April 1)
    first = after - dt.timedelta(weeks=length[0]) if length[1] == "W" else add_months(after, -length[0])
    return first.isoformat(), last.isoformat()


def on_period_end(event: Event, timexes: list[Timex], text: str) -> None:
    """An event dated by a period that the next expression says ended on a day ("Sales increased
    in the fourth quarter ended Aug. 28") is dated by that period, the phrase its time. Moves the event."""
    for period, day in pairwise(timexes):
        if period.text != event.time_text or period.start < event.position:
            continue
        ended = ended_period(text, period, day)
        if ended is not None:
            event.start, event.end, event.granularity = ended[0], ended[1], "month"
            event.time_text = text[period.start:day.end]
        return
