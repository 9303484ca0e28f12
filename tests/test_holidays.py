"""Named days of a year: fixed, Nth weekday of a month, a day after one, moveable feasts."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tag.holidays import holiday_date


@pytest.mark.parametrize(("spec", "year", "day"), [
    ("12-25", 2019, "2019-12-25"),
    ("11-4-4", 2018, "2018-11-22"),  # Thanksgiving: the fourth Thursday of November
    ("05-1-L", 2019, "2019-05-27"),  # Memorial Day: the last Monday of May
    ("11-1-1+1", 2016, "2016-11-08"),  # US Election Day: the Tuesday after the first Monday
    ("11-1-1+1", 2020, "2020-11-03"),  # ... which is never November 1st
    ("E+0", 2000, "2000-04-23"),
    ("E+0", 2024, "2024-03-31"),
    ("E-2", 2025, "2025-04-18"),  # Good Friday
    ("E+1", 2019, "2019-04-22"),  # Easter Monday
    ("E-46", 2024, "2024-02-14"),  # Ash Wednesday
    ("E+49", 2023, "2023-05-28"),  # Pentecost
])
def test_holiday_dates(spec: str, year: int, day: str) -> None:
    assert holiday_date(spec, year) == dt.date.fromisoformat(day)
