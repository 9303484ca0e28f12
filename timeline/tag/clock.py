"""The hour of a clock time as written ("9 pm", "12 a.m.", the start of "4-6pm"), on a 24-hour clock."""

from __future__ import annotations


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
