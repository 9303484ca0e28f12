"""Calendar arithmetic on whole units: a day moved by weeks or months, and the TIMEX3 value of
the unit (week, month, quarter, decade…) that holds a day."""

from __future__ import annotations

import calendar
import datetime as dt

from timeline.tag.era import FIRST_PROXY, PROXY_BASE


def shift(day: dt.date, unit: str, amount: int) -> dt.date:
    """Move a date by whole units."""
    if unit in {"day"}:
        return day + dt.timedelta(days=amount)
    if unit in {"week", "weekend"}:
        return day + dt.timedelta(weeks=amount)
    if unit == "fortnight":
        return day + dt.timedelta(weeks=2 * amount)
    if unit in UNIT_MONTHS:
        return add_months(day, UNIT_MONTHS[unit] * amount)
    return day


UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}


def add_months(day: dt.date, months: int) -> dt.date:
    """A day moved by whole months, as `dateutil`'s relativedelta(months=n) moves it (the day of
    the month kept, or the month's last when it has fewer), at a fraction of its cost."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return day.replace(year=year, month=month + 1, day=min(day.day, calendar.monthrange(year, month + 1)[1]))


def format_at(day: dt.date, unit: str) -> str:
    """TIMEX3 value of the calendar unit that contains a day."""
    if unit == "day":
        return day.isoformat()
    if unit in {"week", "fortnight"}:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "weekend":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "year":
        return f"{day.year:04d}"
    if unit in {"decade", "century"} and day.year >= FIRST_PROXY:  # a BC story's stand-in: "a decade earlier"
        bc_year = PROXY_BASE - day.year
        return f"BC{bc_year // 10:03d}" if unit == "decade" else f"BC{(bc_year - 1) // 100:02d}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    return day.isoformat()
