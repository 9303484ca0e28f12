"""From a TIMEX3 value (plus an optional rule hint) to inclusive calendar bounds at a granularity."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from timeline.models import SEASONS, Interval
from timeline.tag.calendar_units import add_months

PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})"), "time"),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI|DT)$"), "partofday"),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), "day"),
    (re.compile(r"^(\d{4})-W(\d{2})-WE$"), "weekend"),
    (re.compile(r"^(\d{4})-W(\d{2})$"), "week"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-H([12])$"), "half"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{3})$"), "decade"),
    (re.compile(r"^(\d{2})$"), "century"),
]
HINT = re.compile(r"^([+-]\d+)([DWMY])\s+([+-]\d+)([DWMY])(?:\s+(\w+))?$")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _bounds(kind: str, groups: tuple[str, ...]) -> tuple[dt.date | str, dt.date | str]:
    year = int(groups[0])
    if kind == "time":
        text = f"{groups[0]}-{groups[1]}-{groups[2]}T{groups[3]}:{groups[4]}"
        return text, text
    if kind in {"day", "partofday"}:
        day = dt.date(year, int(groups[1]), int(groups[2]))
        return day, day
    if kind in {"week", "weekend"}:
        monday = dt.date.fromisocalendar(year, int(groups[1]), 1)
        if kind == "weekend":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if kind == "month":
        return dt.date(year, int(groups[1]), 1), _month_end(year, int(groups[1]))
    if kind in {"quarter", "half"}:
        size = 3 if kind == "quarter" else 6
        first = (int(groups[1]) - 1) * size + 1
        return dt.date(year, first, 1), _month_end(year, first + size - 1)
    if kind == "season":
        first, last, _ = SEASONS[groups[1]]
        start_year = year - 1 if groups[1] == "WI" else year
        return dt.date(start_year, first, 1), _month_end(year, last)
    if kind == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if kind == "decade":
        return dt.date(year * 10, 1, 1), dt.date(year * 10 + 9, 12, 31)
    return dt.date(year * 100, 1, 1), dt.date(year * 100 + 99, 12, 31)  # century


def _shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """The day `amount` units after `day`, held within the calendar (years 1 to 9999): "in the
    coming weeks" written on 9999-12-20 ends on 9999-12-31."""
    try:
        if unit in {"D", "W"}:  # the units a hint may take: D, W, M and Y
            return day + dt.timedelta(days=amount * (7 if unit == "W" else 1))
        return add_months(day, amount * (12 if unit == "Y" else 1))
    except (OverflowError, ValueError):
        return dt.date.max if amount > 0 else dt.date.min


def hint_interval(hint: str, dct: dt.datetime) -> Interval:
    """A rule's interval hint such as `+1D +6W week`, relative to the creation date."""
    start, end, granularity = _hint_bounds(hint, dct.date())
    return _interval(start, end, granularity, True)


@lru_cache(maxsize=1024)
def _hint_bounds(hint: str, day: dt.date) -> tuple[str, str, str]:
    """(start, end, granularity) of a hint from a day: a text uses a few hints, all from one day."""
    found = HINT.match(hint.strip())
    if not found:
        raise ValueError(f"bad interval hint {hint!r}")
    start = _shift(day, int(found.group(1)), found.group(2))
    end = _shift(day, int(found.group(3)), found.group(4))
    return start.isoformat(), end.isoformat(), found.group(5) or "day"


REF_HINTS = {"PAST_REF": "-1Y -1D year", "FUTURE_REF": "+1D +1Y year", "PRESENT_REF": "+0D +0D day"}
# A count of units told only as "a few", "several" ("a few days ago", "in several weeks"): the
# past or future reference, within the reach such counts have, not a whole year.
VAGUE_COUNT_HINTS = {
    ("day", "-"): "-10D -2D day", ("week", "-"): "-8W -1W week", ("month", "-"): "-10M -2M month",
    ("year", "-"): "-10Y -2Y year", ("day", "+"): "+2D +10D day", ("week", "+"): "+1W +8W week",
    ("month", "+"): "+2M +10M month", ("year", "+"): "+2Y +10Y year",
}


def vague_count_hint(template: str) -> str | None:
    """The hint of a relative template whose count is vague ("REF day -X"), if it has one."""
    words = template.split()
    if len(words) < 3 or words[0] != "REF" or words[2][:1] not in {"-", "+"}:
        return None
    return VAGUE_COUNT_HINTS.get((words[1], words[2][0]))


def value_interval(value: str, dct: dt.datetime, hint: str | None = None) -> Interval | None:
    """Inclusive bounds of a DATE/TIME value, or None when it names no point in time."""
    if hint:
        return hint_interval(hint, dct)
    if value in REF_HINTS:
        return hint_interval(REF_HINTS[value], dct)
    return written_interval(value)


def depends_on_creation(value: str, hint: str | None) -> bool:
    """True when a value's interval is counted from the creation date (a hint, or a fuzzy
    reference such as PAST_REF), else it is `written_interval(value)` in every text."""
    return bool(hint) or value in REF_HINTS


# A day the text does not say within a month or a year it does ("2019-10-XX", "2019-10-XXTMO": "the
# next morning" after "in October 2019"; "1805-XX-XX"): somewhere in that month or year.
UNSAID_DAY = re.compile(r"^(\d{4}-(?:\d{2}|XX))-XX(?:T[A-Z0-9:]+)?$")


def written_interval(value: str) -> Interval | None:
    """Inclusive bounds of a value that names them itself ("2019-03", "2019-W09"); a day left
    unsaid within a named month or year is that month or year, roughly ("2019-10-XX")."""
    unsaid = UNSAID_DAY.match(value)
    if unsaid is not None:
        known = unsaid.group(1).removesuffix("-XX")
        bounds = _value_bounds(known)
        return None if bounds is None else _interval(*bounds, True)
    bounds = _value_bounds(value)
    if bounds is None:
        return None
    start, end, kind = bounds
    return _interval(start, end, kind, kind == "season")


@lru_cache(maxsize=8192)
def _interval(start: str, end: str, granularity: str, approximate: bool) -> Interval:
    """One Interval for the same bounds, shared by every expression that has them (values
    recur, and building a model validates it): intervals are not changed once made."""
    return Interval(start=start, end=end, granularity=granularity, approximate=approximate)  # type: ignore[arg-type]


@lru_cache(maxsize=8192)
def _value_bounds(value: str) -> tuple[str, str, str] | None:
    """(start, end, granularity) of a value: values repeat, and reading one takes a dozen patterns."""
    for pattern, kind in PATTERNS:
        found = pattern.match(value)
        if found:
            try:
                start, end = _bounds(kind, found.groups())
            except (ValueError, OverflowError):  # no such day, or past the calendar's last week (9999-W52-WE)
                return None
            return str(start), str(end), kind
    return None
