"""The day, or the first day of the period, that a TIMEX3 value names: what moves the reference
time a narrative counts from ("On March 3, 2018 … The next day")."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from timeline.language.compiled import lazy
from timeline.models import SEASONS
from timeline.tag.era import bc_parts

FULL_DATE = lazy(r"^(\d{4})-(\d{2})-(\d{2})")
SEASON_VALUE = lazy(r"^((?:BC)?\d{4})-(SP|SU|FA|WI)$")
PARTIAL_DATE = lazy(r"^(\d{4})(?:-(0[1-9]|1[0-2]))?$")


@lru_cache(maxsize=4096)  # values repeat; a date is immutable
def full_date(value: str) -> dt.date | None:
    """The day a value names, when it names one (used to move the narrative reference)."""
    found = FULL_DATE.match(value)
    era = bc_parts(value) if not found else None
    if era is not None and era[2] is not None:
        return dt.date(era[0], era[1] or 1, era[2])
    if not found:
        return None
    try:
        return dt.date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def named_period(value: str) -> dt.date | None:
    """The first day of the date, month or year a value names, or None for anything else."""
    day = full_date(value)
    if day is not None:
        return day
    season = SEASON_VALUE.match(value)
    if season:  # a season stands for its middle month
        value = f"{season.group(1)}-{SEASONS[season.group(2)].middle_month:02d}"
    found = PARTIAL_DATE.match(value)
    era = bc_parts(value) if not found else None
    if era is not None:
        return dt.date(era[0], era[1] or 1, 1)  # a BC year (or month) as its stand-in
    if not found:
        return None
    return dt.date(int(found.group(1)), int(found.group(2) or 1), 1)


def period_unit(value: str) -> str:
    """The unit a date value names when it is a month or a year without a day ("1998-10" → month), else "day"."""
    found = PARTIAL_DATE.match(value)
    if found is None:
        return "day"
    return "month" if found.group(2) else "year"
