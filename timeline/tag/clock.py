"""The hour of a clock time as written ("9 pm", "12 a.m.", the start of "4-6pm"), on a 24-hour clock."""

from __future__ import annotations

import re

# A clock template as rules write it: "CLOCK 9 00 am", "CLOCK 5 - pm<7", "CLOCK 23 00 -" (hour,
# minutes or "-", half of the day as `hour_of_day` reads it or "-"), with no " ON day".
CLOCK_TEMPLATE = re.compile(r"CLOCK (\d+) (\d\d|-)(?: ([ap]\S*)| -)?$", re.IGNORECASE)


def hour_of_day(hour: int, meridiem: str) -> int:
    """`hour` on a 24-hour clock, given its half of the day as a rule captured it: "am", "p.m.", "-"
    (none written: the hour as it is), or "pm<6", a range's start that takes the half of its end
    ("[4]-6pm" is 16:00) unless it is not before the end ("[11]-2pm" is 11:00). An hour past 12
    keeps its value whatever follows it ("14am" as written)."""
    half = meridiem.lower().replace(".", "")
    if "<" in half:
        half, end = half.split("<")
        if half[:1] in {"a", "p"} and hour % 12 >= int(end) % 12:
            half = "am" if half.startswith("p") else "pm"
    if half.startswith("p") and hour < 12:
        return hour + 12
    if half.startswith("a") and hour == 12:
        return 0
    return hour


def minute_of_day(template: str) -> int | None:
    """The minute of the day a clock template names, or None when that is not known: a bare hour
    ("at 9") or a range's start waiting for its end's half. Minutes written with no half of the
    day ("23:00", "08:30") are read on a 24-hour clock, as `hour_of_day` reads them."""
    found = CLOCK_TEMPLATE.match(template)
    if found is None or (found[2] == "-" and found[3] is None):
        return None
    return hour_of_day(int(found[1]), found[3] or "-") * 60 + (0 if found[2] == "-" else int(found[2]))
