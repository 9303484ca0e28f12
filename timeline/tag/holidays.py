"""Named days of a year: fixed dates, the Nth weekday of a month, and the moveable feasts
counted from Easter (the spec language of the `holiday` table in rules/en/tables.yaml)."""

from __future__ import annotations

import calendar
import datetime as dt

from dateutil.easter import easter

from timeline.tag.calendar_units import format_at

HOLIDAY_UNITS = (("WE", "weekend"), ("W", "week"))  # a holiday spec's last letters: the unit it names


def holiday_date(spec: str, year: int) -> dt.date:
    """A holiday in a year: `MM-DD` (fixed), `MM-W-N` (the Nth weekday W of a month; N=L: last),
    either with `+D` (D days later), `E+N` / `E-N` (N days from Easter Sunday, the Western
    computus of dateutil rather than one written here), or `Y<first year>:MM-DD,…` (a lunar
    calendar's feast, listed year by year); any of them with `~N` after it, N days from it ("the day
    after Boxing Day": `12-26~1`)."""
    if "/" in spec:  # a feast kept on different days: the first country's (see holiday_dates)
        return holiday_date(spec.split("/")[0], year)
    spec, _, shift = spec.partition("~")
    if shift:
        return holiday_date(spec, year) + dt.timedelta(days=int(shift))
    if spec[0] == "E":
        return easter(year) + dt.timedelta(days=int(spec[1:]))
    if spec[0] == "Y":  # `Y2010:02-14,02-03,…`: a lunar feast's day in each year from the first
        first, _, days = spec[1:].partition(":")
        if year < int(first):
            raise KeyError(year)  # before the list: the feast is left untagged
        month, day = days.split(",")[year - int(first)].split("-")  # past its end: IndexError, untagged too
        return dt.date(year, int(month), int(day))
    spec, _, later = spec.partition("+")  # `11-1-1+1`: the day after the first Monday of November
    if later:
        return holiday_date(spec, year) + dt.timedelta(days=int(later))
    parts = [-1 if p == "L" else int(p) for p in spec.split("-")]
    if len(parts) == 2:
        return dt.date(year, parts[0], parts[1])
    month, weekday, nth = parts
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_dates(spec: str, years: tuple[int, ...]) -> list[dt.date]:
    """The days a spec names in some years: with alternatives (`05-7-2/E-21`, Mother's Day in the
    United States and in Britain), each one's, the first's in order first."""
    return [holiday_date(one, year) for one in spec.split("/") for year in years]


def holiday_spec_unit(word: str) -> tuple[str, str]:
    """A holiday spec and the unit it names: `W` at its end the ISO week, `WE` the weekend, else the day."""
    return next(((word[:-len(end)], unit) for end, unit in HOLIDAY_UNITS if word.endswith(end)), (word, "day"))


def holiday_at(day: dt.date, unit: str) -> str:
    """The unit holding a holiday; a Monday's or Tuesday's weekend is the one just before it."""
    if unit == "weekend" and day.isoweekday() <= 2:
        day -= dt.timedelta(days=day.isoweekday())
    return format_at(day, unit)
