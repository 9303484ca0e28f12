"""Days of the Hijri calendar in the Gregorian one, by the tabular (arithmetical) Islamic calendar
that converters and historians' tables use ("5 Safar 1239" is 11 October 1823)."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

ISLAMIC_EPOCH_JD = 1948439.5  # the Julian day of 1 Muharram AH 1 (16 July 622, Julian)
ORDINAL_JD = 1721424.5  # the Julian day of the day before Python's ordinal 1 (1 January AD 1)


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a day of the tabular Islamic calendar (a 30-year cycle of 11 leap years)."""
    days = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
    return dt.date.fromordinal(int(days + ISLAMIC_EPOCH_JD - 1 - ORDINAL_JD))


def resolve_hijri(words: list[str], _context: Any) -> str:
    """`HIJRI yyyy mm dd`: a Hijri day written out, as its Gregorian value."""
    year, month, day = (int(word) for word in words[:3])
    if not 1 <= month <= 12 or not 1 <= day <= 30:
        raise ValueError(words)
    return hijri_to_gregorian(year, month, day).isoformat()
