"""TIMEX3 duration values: `DUR n unit` templates resolved to `P3M`, `PT24H`, `PXY`, `P2Y6M`."""

from __future__ import annotations

import math

UNIT_CODES = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "fortnight": "W", "month": "M", "quarter": "Q", "half": "H", "year": "Y", "decade": "DE",
    "century": "CE",
}
TIME_UNITS = {"second", "minute", "hour"}
# Units written as multiples of another in TIMEX3 durations (the corpora use P20Y for "two decades").
UNIT_AS = {"fortnight": (2, "week"), "decade": (10, "year"), "century": (100, "year")}
# How a fraction of a unit is written in the next smaller one ("2 1/2 years" is P2Y6M).
SMALLER = {"year": (12, "month"), "day": (24, "hour"), "hour": (60, "minute"), "minute": (60, "second")}


def resolve_duration(words: list[str], _context: object = None) -> str:
    """`DUR n unit` (`P3M`, `PT24H`, `PXY`, `P2Y6M`), or `DUR n unit n unit` for a count of one
    unit and one of a smaller ("4 min 30 sec" is PT4M30S)."""
    if len(words) == 4:
        return _joined([(float(words[0]), words[1]), (float(words[2]), words[3])])
    amount, unit = words[0], words[1]
    if unit in UNIT_AS:
        factor, unit = UNIT_AS[unit]
        if amount != "X":
            amount = _number_text(float(amount) * factor)
    if amount == "X":
        return f"{'PT' if unit in TIME_UNITS else 'P'}X{UNIT_CODES.get(unit, unit)}"
    return duration_value(float(amount), unit)


def duration_value(amount: float, unit: str) -> str:
    """TIMEX3 duration of a (possibly fractional) amount of a unit."""
    whole = math.floor(amount)
    parts: list[tuple[float, str]] = [(amount, unit)]
    if amount != whole and unit in SMALLER:
        factor, smaller = SMALLER[unit]
        rest = (amount - whole) * factor
        if rest == int(rest):
            parts = [(whole, unit), (rest, smaller)] if whole else [(rest, smaller)]
    return _joined(parts)


def _joined(parts: list[tuple[float, str]]) -> str:
    """TIMEX3 duration of counts of units, largest first (the time units after the `T`)."""
    if len(parts) == 1:  # (nearly every duration: one count of one unit)
        amount, unit = parts[0]
        return f"{'PT' if unit in TIME_UNITS else 'P'}{_number_text(amount)}{UNIT_CODES[unit]}"
    date_part = "".join(f"{_number_text(n)}{UNIT_CODES[u]}" for n, u in parts if u not in TIME_UNITS)
    time_part = "".join(f"{_number_text(n)}{UNIT_CODES[u]}" for n, u in parts if u in TIME_UNITS)
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def _number_text(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"
