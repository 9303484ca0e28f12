"""The year of a month, a day of a month, a season or another part of a year named without its
year: the window around the reference it may lie in, by the direction the text or its tense gives."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

LONG = {1, 3, 5, 7, 8, 10, 12}
YEARLESS_DAY = re.compile(r"^MONTHDAY (\d\d) (\d+) [a-z]+$")  # a day of a month, its year left to the tense
WORDS = re.compile(r"[a-z]+")
WEEKDAY_CHARS = 16  # where a date's weekday stands: its first words ("this Sat 12 Aug")


# How far before and after the reference (in days) a month or date named without a year may
# lie, by tense. Measured on news: past-tense clauses still name dates a few months ahead
# ("payable Dec. 15"), and future ones rarely reach back more than a month. In a history, a month
# lies up to a quarter before its story (the text steps back to another front: "In June 1940 the
# Soviets … In April, Germany had …") and otherwise ahead of it; within a story known to the year only.
# "done": told by a past verb of what took place, in its own clause ("ended [Jan. 31]"): not ahead, but
# by up to a week: a wire story dated before its text was written.
YEAR_WINDOWS = {"before": (-245, 120), "near": (-182, 183), "after": (-35, 330), "story": (-90, 275),
                "within": (0, 365), "done": (-340, 7)}
# A single named day told in the past lies at most a month ahead (a reference known to the month
# only, as in a history), not four months like a month name still to run its course.
HOLIDAY_WINDOWS = {**YEAR_WINDOWS, "before": (-334, 31)}


def year_for(there: tuple[int, ...], how: str, reference: dt.date,
             here: tuple[int, ...] | None = None) -> int:
    """Year of a period (season, quarter, half) given without a year, by direction from the reference.

    `last`/`next` (said in the text) exclude the reference period; the tense-derived
    `before`/`after` include it ("said in February", written in February, is this February).
    """
    here = here or (reference.month, reference.day)[: len(there)]
    year = reference.year
    if how == "last":
        return year if there < here else year - 1
    if how == "before":
        return year if there <= here else year - 1
    if how == "next":
        return year if there > here else year + 1
    if how in ("after", "story"):  # a season a history names alone is ahead of its story, as a month mostly is
        return year if there >= here else year + 1
    return year


def year_in_window(month: int, day: int | None, how: str, reference: dt.date) -> int:
    """Year of a month (day None) or a month and day without a year, from the tense window."""
    if how not in YEAR_WINDOWS:
        there = (month,) if day is None else (month, day)
        return year_for(there, how, reference)
    low, high = YEAR_WINDOWS[how]
    origin = reference if day is not None else reference.replace(day=1)
    for candidate in (reference.year, reference.year - 1, reference.year + 1):
        named = dt.date(candidate, month, min(day or 1, 28 if month == 2 else 31 if month in LONG else 30))
        if low <= (named - origin).days <= high:
            return candidate
    return reference.year


def on_weekday(day: dt.date, weekday: str | None, today: dt.date) -> dt.date:
    """`day`, or, when the weekday written with it ("Friday 24th", ISO number) is not its own, the
    same day of the month nearest `today` that falls on that weekday: the weekday names the month
    more surely than a tense does ("Nursery closed Friday 24th")."""
    if not weekday or day.isoweekday() == int(weekday):
        return day
    months = [(today.year * 12 + today.month - 1 + shift) for shift in range(-12, 13)]
    dates = [dt.date(month // 12, month % 12 + 1, day.day) for month in months
             if day.day <= _month_length(month // 12, month % 12 + 1)]
    matching = [date for date in dates if date.isoweekday() == int(weekday)]
    return min(matching, key=lambda date: (abs((date - today).days), date < today), default=day)


def _month_length(year: int, month: int) -> int:
    return (dt.date(year + month // 12, month % 12 + 1, 1) - dt.date(year, month, 1)).days


def year_of_weekday(template: str, phrase: str, weekdays: Mapping[str, str], today: dt.date) -> str:
    """A day of a month written with its weekday and without a year ("Sat 12 Aug", "Tuesday, March
    5"): `MONTHDAY mm dd yyyy` in the one year of the three around `today` where it falls on that
    weekday, which the weekday tells more surely than a tense does; else the template unchanged."""
    found = YEARLESS_DAY.match(template)
    words = WORDS.findall(phrase[:WEEKDAY_CHARS].lower())
    weekday = next((weekdays[word] for word in words[:2] if word in weekdays), None)
    if found is None or weekday is None:
        return template
    month, day = int(found[1]), int(found[2])
    years = [year for year in (today.year - 1, today.year, today.year + 1)
             if day <= _month_length(year, month) and dt.date(year, month, day).isoweekday() == int(weekday)]
    return f"MONTHDAY {found[1]} {found[2]} {years[0]}" if len(years) == 1 else template


def weekday_past_story(template: str, phrase: str, weekdays: Mapping[str, str], today: dt.date,
                       story: dt.date | None) -> str | None:
    """A history's day written with a weekday that falls in a year around `today` but not in its
    story's year or the next ("The next plaque walk is on Saturday 12 July" below a terrace built
    c. 1750): `year_of_weekday`'s template, as the weekday says the text has come back to the present;
    None when the story's year may hold it or no year around today does."""
    dated = year_of_weekday(template, phrase, weekdays, today)
    found = YEARLESS_DAY.match(template)
    if dated == template or found is None:
        return None
    weekday = next(weekdays[word] for word in WORDS.findall(phrase[:WEEKDAY_CHARS].lower()) if word in weekdays)
    month, day = int(found[1]), int(found[2])
    years = (story.year, story.year + 1) if story is not None else ()
    fits = any(day <= _month_length(year, month) and dt.date(year, month, day).isoweekday() == int(weekday)
               for year in years)
    return None if fits else dated
