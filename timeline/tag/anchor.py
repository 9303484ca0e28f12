"""Resolve underspecified values (`REF day -1`, `WEEKDAY 2 tense`, …) to TIMEX3 values.

Deictic expressions ("yesterday", "two years ago") resolve against the document creation time;
narrative ones ("the next day", "a week later") against the reference time, which moves to the
last fully specified date the text mentioned.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace
from functools import lru_cache

from timeline.models import FUZZY_VALUES, SEASONS, iso_minutes
from timeline.tag.calendar_units import UNIT_MONTHS, add_months, format_at, shift
from timeline.tag.clock import hour_of_day
from timeline.tag.durations import TIME_UNITS, resolve_duration
from timeline.tag.era import FIRST_PROXY, PROXY_BASE, from_proxy, no_common_era_year
from timeline.tag.hijri import resolve_hijri
from timeline.tag.holidays import holiday_at, holiday_date, holiday_dates, holiday_spec_unit
from timeline.tag.named_dates import full_date
from timeline.tag.quarters import year_ago_of
from timeline.tag.story import month_named, on_from_last_day, resolve_reign, story_stands
from timeline.tag.tense import Tense
from timeline.tag.year_windows import HOLIDAY_WINDOWS, YEAR_WINDOWS, on_weekday, year_for, year_in_window

COARSE_UNITS = {"month", "quarter", "half", "year", "decade", "century"}
DEICTIC = ("REF ", "WEEKDAY ", "PART ")


@dataclass
class Context:
    """What a value is resolved against: the creation time, the narrative reference, the tense."""

    dct: dt.datetime
    reference: dt.date
    tense: Tense | None = None
    period: dt.date | None = None  # the last date the text named at any precision ("in June 2016")
    story: dt.date | None = None  # the last date the text named with its year written out
    story_year: bool = False  # the story is known to the year only ("in 1942"): its months all lie in it
    history: bool = False  # dates without a year follow the story (a history), not the creation date
    narrative: bool = False  # every relative expression counts from the story's time, not the creation
    happened: bool = False  # the clause's own past verb tells it took place: a month or day is not ahead
    period_unit: str = "day"  # what the last date named was: a "day", or a "month" or "year" without one
    quarter: str | None = None  # the quarter (or half) a year-ago is set against (quarters.py)
    written: dt.date | None = None  # the day of writing, kept when a story view stands its story for `dct`
    reign: dt.date | None = None  # the year a ruler came to the throne, as a history last named it (story.py)

    def __post_init__(self) -> None:
        self.written = self.written or self.dct.date()

    def story_view(self) -> Context:
        """The context a narrative resolves in: the time the story has reached stands for the
        creation time ("the following year", "on Tuesday", "that night" count from it)."""
        return replace(self, dct=dt.datetime.combine(self.reference, dt.time()), narrative=False)


def resolve(value: str, context: Context) -> str:
    """Turn an underspecified value into a TIMEX3 value; literal values pass through."""
    base, _, suffix = value.partition("|")
    words = base.split()
    if not words:
        return value
    handler = RESOLVERS.get(words[0])
    if handler is None:
        return value
    if context.narrative and words[0] in STORY_RESOLVERS and words[-1] != "NOW":  # ("this month": now)
        handler, context = STORY_RESOLVERS[words[0]], context.story_view()
    resolved = from_proxy(handler(words[1:], context))  # a BC story's stand-in dates as BC values
    if suffix.startswith("@"):  # "|@week": the unit holding the day or month ("the week of March 6")
        day = full_date(resolved) or full_date(resolved + "-01")
        return format_at(day, suffix[1:]) if day is not None else resolved
    return resolved + suffix if resolved not in FUZZY_VALUES else resolved


def _offset(text: str) -> float | None:
    """`-1` → -1.0, `+X` → None (an unknown count)."""
    if "X" in text:
        return None
    return float(text)


def _relative(words: list[str], origin: dt.date, dct: dt.datetime) -> str:
    unit, amount = words[0], _offset(words[1])
    if amount is None:
        return "PAST_REF" if words[1].startswith("-") else "FUTURE_REF"
    if unit in TIME_UNITS:  # a creation date without its clock (midnight) knows only its day: "20 mins ago"
        moment = dct + dt.timedelta(**{unit + "s": amount})
        return iso_minutes(moment) if dct.time() != dt.time() else dct.date().isoformat()
    whole = math.floor(amount) if amount >= 0 else -math.floor(-amount)
    if unit == "year" and whole == amount and 1 - origin.year - whole in range(1, 5000):  # "4,000 years ago"
        return f"BC{1 - origin.year - whole:04d}"  # (no year 0: the year before 1 is 1 BC)
    if unit == "year" and whole == amount and origin.year >= FIRST_PROXY and origin.year + whole >= PROXY_BASE:
        return f"{origin.year + whole - PROXY_BASE + 1:04d}"  # a BC story's stand-in counted past 1 BC: AD 1 on
    if whole != amount and unit in UNIT_MONTHS:  # "two and a half years ago": 30 months back
        return format_at(add_months(origin, round(amount * UNIT_MONTHS[unit])), unit)
    # a third word asks for a finer unit: "a year ago today" (`REF year -1 day`) is a day
    return format_at(shift(origin, unit, int(whole)), words[2] if words[2:3] in (["day"], ["week"]) else unit)


def resolve_ref(words: list[str], context: Context) -> str:
    """`REF unit offset`: a calendar unit relative to the creation time (or a year-ago quarter, quarters.py).

    `REF unit 0 story`: the unit whose edge a phrase names ("by the end of the month"), the story's
    when told in the past after the text went back to a day more than STORY_BACK_DAYS before
    writing ("closed on March 3, 2016 … by the end of the month they had left": March 2016), else
    the one of writing (last week's talks "hoped for a text before the end of the month")."""
    if words[2:3] == ["story"]:
        if context.tense == "past" and (context.dct.date() - context.reference).days > STORY_BACK_DAYS:
            return resolve_narrative(words[:2], context)
        words = words[:2]
    return year_ago_of(words, context.quarter, context.dct.year) or _relative(words, context.dct.date(), context.dct)


COUNTED_WEEKS = ("weeks", "fortnights")  # `NARR weeks n`: whole weeks counted from the day the story reached


def counted_day(template: str, context: Context) -> str | None:
    """The day whole weeks counted from a day named reach ("On 8 April … two weeks later": 22 April):
    the expression's interval, while its value is the week, as TimeML writes it; else None."""
    words = template.split()
    if len(words) != 3 or words[0] != "NARR" or words[1] not in COUNTED_WEEKS or \
            context.reference == context.dct.date() or not words[2].lstrip("+-").isdigit():
        return None
    return resolve_narrative([words[1][:-1], words[2], "day"], context)


def resolve_narrative(words: list[str], context: Context) -> str:
    """`NARR unit offset`: a calendar unit relative to the narrative reference time (`NARR
    named 0`: the date the text last named, as precise as it was written).

    "That year" / "the same month" name the period the text last mentioned, even a coarse one;
    a count of units ("two days later") needs the last full date.
    """
    known_day = context.reference != context.dct.date()
    if words[0] in COUNTED_WEEKS:  # the week, as TimeML writes it (`counted_day` gives its day)
        words = [words[0][:-1], *words[1:]]
    if words[0] == "named" and context.period is not None:  # the date just named, restated
        return format_at(context.period, context.period_unit)
    if context.history and words[0] in TIME_UNITS and _offset(words[1]) is None and known_day:
        return context.reference.isoformat() + "TXX"  # "hours later" in a history: that day, the hour unsaid
    if context.period is not None and words[0] in COARSE_UNITS:
        period = context.period
        if context.history and context.story is not None and period.year < context.story.year \
                and words[1] not in {"0", "+0", "-0"} and words[0] != "month":
            # "the following year" after a year named in passing, back in time ("… part of the
            # empire since 513 BC"), goes on from the story, not from that year ("that year" is it);
            # months are counted from what was named ("the summer of 1734 and again eighteen
            # months later")
            period = context.story
        return _relative(words, period, context.dct)
    if context.history and context.story is not None and not known_day:
        # a history that has named no day yet: "the final day of the battle" is a day of the
        # story's month (or year) that the text does not say, not one counted from the creation date
        if words[0] == "week":
            return format_at(context.story, "year") + "-WXX"
        story, year_only = context.story, context.story_year
        if context.period is not None and context.period > story and context.period.year == story.year:
            story, year_only = context.period, False  # "in the autumn of 1805 … that December … the next morning"
        known = format_at(story, "year" if year_only else "month")
        return known + "-XX" * (2 - known.count("-"))
    step = _offset(words[1]) if words[0] == "day" else None
    # "that same day" after a month, or a few days on from a day of it the text never gave ("in late
    # May 2019 … the next morning … two days later"); a count of days from a day named keeps to it
    unsaid = step is not None and (step == 0 or (not known_day and abs(step) <= UNSAID_DAY_STEPS))
    if unsaid and (day_of_month := unsaid_day_of_named_month(context)) is not None:
        return day_of_month
    return _relative(words, context.reference, context.dct)


UNSAID_DAY_STEPS = 10  # days counted on from a day of a month the text never gave: still that month, roughly


def unsaid_day_of_named_month(context: Context) -> str | None:
    """News that last named a month before the reference's ("was last inspected in October",
    "burst its banks in October 2019"; not "fell in March" written in March, whose "on the day" is
    the day of writing) and goes on from a day of it: a day of that month the text does not say
    (`YYYY-MM-XX`), not one counted from the day of writing (a year named in passing is too vague
    to take the day to)."""
    if context.period_unit != "month" or context.period is None or context.period >= context.reference.replace(day=1):
        return None
    return format_at(context.period, context.period_unit) + "-XX"


@lru_cache(maxsize=4096)  # values repeat
def _direction(how: str, tense: Tense | None) -> str:
    if how == "tense":
        return {"future": "after", "past": "before"}.get(tense or "", "near")
    return how


def _calendar_direction(how: str, context: Context) -> str:
    """The direction of a month or a day of a month: the tense's, never ahead when the clause's
    own past verb tells it took place ("restated its accounts in [December]", written in October)."""
    how = _direction(how, context.tense)
    return "done" if how == "before" and context.happened else how


def resolve_weekday(words: list[str], context: Context) -> str:
    """`WEEKDAY n how`: a day of the week, before or after the reference by tense or word."""
    target, how = int(words[0]), _direction(words[1], context.tense)
    if how == "this" and context.tense == "past":
        how = "before"  # "passed the test this Tuesday", said on Saturday: the Tuesday just gone
    day = context.dct.date()
    if how in STORY_WEEKDAYS:  # "the previous Friday": before the day the story has reached
        if context.reference == day and (day_of_month := unsaid_day_of_named_month(context)) is not None:
            return day_of_month  # "in late May 2019 … we flew home the following Sunday"
        day, how = context.reference, STORY_WEEKDAYS[how]
    delta = target - day.isoweekday() + (7 * int(how[4:]) if how.startswith("week") else 0)  # "Monday last week"
    if how == "last":
        delta = delta - 7 if delta >= 0 else delta
    elif how == "next":
        delta = delta + 7 if delta <= 0 else delta
    elif how in {"this", "after"} or how.startswith("on+"):  # "a week on Tuesday": "on+1" weeks after the coming one
        delta = (delta if delta >= 0 else delta + 7) + (7 * int(how[3:]) if how.startswith("on+") else 0)
    elif not how.startswith("week"):  # past tense, or none: news reports mostly past days of the current week
        delta = delta if delta <= 0 else delta - 7
    return (day + dt.timedelta(days=delta)).isoformat()


# Weekdays counted from the day the story has reached ("the previous Friday", "the following Monday").
STORY_WEEKDAYS = {"prior": "last", "following": "next"}


# Directions counted from the period the text last named ("August of that year", "the following spring").
STORY_DIRECTIONS = {"that": "this", "following": "next", "previous": "last"}


def _calendar_origin(context: Context, how: str) -> tuple[dt.date, str]:
    """Where a month or day without a year is counted from, and in which direction.

    News counts from its creation date by tense; a history (its explicit dates years away from
    the creation date) moves forward from the last date it named, and "next"/"last" count from
    it. "That"/"following"/"previous" always count from the period the text last named.
    """
    if how in STORY_DIRECTIONS:
        origin = context.period or context.reference
        year_only = (context.story_year and origin == context.story) or context.period_unit == "year"
        if year_only and how != "that":
            # after a story known to its year only ("in 1848"), or a year named last in any genre,
            # "the following spring" is the next year's and "the previous March" the year before's,
            # wherever in 1848 the story stood
            return origin.replace(month=12, day=31) if how == "following" else origin, STORY_DIRECTIONS[how]
        return origin, STORY_DIRECTIONS[how]
    story = context.story
    # after 1942, "in December" is December 1942; a story that has reached the day of writing (a
    # byline's date) or gone past it is the present again: its months lie where the tense puts them
    if context.history and story is not None and story_stands(story, context):
        return story, ("within" if context.story_year else "story") if how in YEAR_WINDOWS else how
    return context.dct.date(), how


def resolve_month(words: list[str], context: Context) -> str:
    """`MONTH mm how`: a month without a year."""
    month, how = int(words[0]), _calendar_direction(words[1], context)
    origin, how = _calendar_origin(context, how)
    return f"{on_from_last_day(year_in_window(month, None, how, origin), month, None, how, context):04d}-{month:02d}"


def resolve_month_day(words: list[str], context: Context) -> str:
    """`MONTHDAY mm dd how`: a day of a month without a year (or `MONTHDAY mm dd yyyy`, with it)."""
    month, day, how = int(words[0]), int(words[1]), _calendar_direction(words[2], context)
    if how.isdigit():
        year = int(how)  # the year a clock time's date names ("1:45 PM, March 22, 2013")
    else:
        origin, how = _calendar_origin(context, how)
        year = on_from_last_day(year_in_window(month, day, how, origin), month, day, how, context)
    dt.date(year, month, day)  # raises ValueError for days that do not exist
    return f"{year:04d}-{month:02d}-{day:02d}"


def resolve_day_of_month(words: list[str], context: Context) -> str:
    """`DAYOFMONTH dd [weekday]`: "the 21st" in the month last named (past: not after writing; ahead: not before)."""
    day, how, today, named = int(words[0]), _direction("tense", context.tense), context.dct.date(), month_named(context)
    if context.history:  # a history's "the 13th" is a day of the month its story has reached, whatever today is
        return dt.date(named.year, named.month, day).isoformat()
    origin = {"before": min(named, today), "after": max(named, today)}.get(how, named)
    month = origin.replace(day=1)
    if how == "before" and day > (today.day if month == today.replace(day=1) else 31):
        month = add_months(month, -1)
    elif how == "after" and day < (today.day if month == today.replace(day=1) else 1):
        month = add_months(month, 1)  # ahead of a later day named ("aug 21, RAs report the 14th"): its month still
    return on_weekday(dt.date(month.year, month.month, day), (words[1:] or [None])[0], today).isoformat()


def resolve_season(words: list[str], context: Context) -> str:
    """`SEASON SU how`: a season without a year."""
    season, how = words[0], _direction(words[1], context.tense)
    reference, how = _calendar_origin(context, how)
    # "this winter" in November, or "that winter" after a month from April on ("met in June. That
    # winter …"): the winter ahead, by its January (said in March, "this winter" is the one ending)
    if season == "WI" and how == "this" and reference.month >= (4 if words[1] == "that" else 7):
        return f"{reference.year + 1:04d}-WI"
    if how == "this" and context.tense == "future" and reference.month > SEASONS[season].middle_month + 1:
        return f"{reference.year + 1:04d}-{season}"  # "will reopen this spring", said in December: the coming one
    if how in {"story", "within"}:  # in a history a season lies where a month would ("the [winter]" after June,
        middle = SEASONS[season].middle_month  # "through the [winter]" after 30 November: the one ahead)
        year = on_from_last_day(year_in_window(middle, None, how, reference), middle, None, how, context)
        return f"{year:04d}-{season}"
    return f"{year_for((SEASONS[season].middle_month,), how, reference):04d}-{season}"


def resolve_part(words: list[str], context: Context) -> str:
    """`PART MO offset`: a part of a day relative to the creation date; offset `tense` is the
    night before unless the clause looks ahead ("evacuated overnight" / "will drop overnight")."""
    offset = (0 if context.tense == "future" else -1) if words[1] == "tense" else int(words[1])
    day = context.dct.date() + dt.timedelta(days=offset)
    if offset == -1 and words[1] == "tense" and 1 < (context.dct.date() - context.reference).days < 7:
        day = context.reference - dt.timedelta(days=1)  # "lower Friday … overnight losses": Thursday night
    return f"{day.isoformat()}T{words[0]}"


def resolve_clock(words: list[str], context: Context) -> str:
    """`CLOCK hh mm ampm [ON value]`: a clock time on the reference day or on a named day; in the
    past not on a day to come ("left at 12:40" after "will meet on Monday"), ahead not on one gone,
    and on the day of writing while still to come on it ("will be issued at 11 p.m." at 5 p.m.)."""
    day, dct, named = context.reference, context.dct, None
    if (context.tense == "past" and day > dct.date()) or (context.tense == "future" and day < dct.date()):
        day = dct.date()
    if "ON" in words:
        at = words.index("ON")
        named = full_date(resolve(" ".join(words[at + 1:]), context))
        if named is None:
            raise ValueError(f"clock day does not name a date: {words}")
        words, day = words[:at], named
    minute = int(words[1] or 0) if len(words) > 1 and words[1] != "-" else 0
    hour = hour_of_day(int(words[0]), words[2] if len(words) > 2 else "-")
    ahead = named is None and context.tense == "future" and day > dct.date()
    if ahead and dt.time() < dct.time() < dt.time(hour % 24, minute):
        day = dct.date()
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"  # (24:00 as written: the end of the day)


def resolve_quarter(words: list[str], context: Context) -> str:
    """`QUARTER q how [year]`: a quarter (q = L: the latest completed one) without a year.

    News reports quarters that have ended or are under way; only a future-tense clause reaches
    the quarters ahead, and it still names the one just completed as this year's.
    """
    how = _direction(words[1], context.tense)
    current = (context.dct.month - 1) // 3 + 1
    latest = add_months(dt.date(context.dct.year, (current - 1) * 3 + 1, 1), -3)
    if words[0] == "L":
        quarter, year = (latest.month - 1) // 3 + 1, latest.year
    else:
        quarter = int(words[0])
        if how in {"last", "next", "this"}:
            year = year_for((quarter,), how, context.dct.date(), (current,))
        elif how == "after":
            year = latest.year if quarter == (latest.month + 2) // 3 else context.dct.year + (quarter < current)
        else:
            year = context.dct.year if quarter <= current else context.dct.year - 1
    if len(words) > 2:
        year = int(words[2])
    return f"{year:04d}-Q{quarter}"


def resolve_half(words: list[str], context: Context) -> str:
    """`HALF h how`: a half year without a year."""
    half, how = int(words[0]), _direction(words[1], context.tense)
    current = 1 if context.dct.month <= 6 else 2
    # told in the past, a half is one already over: "first-half sales fell", written in March, are last year's
    how = "last" if how in {"near", "before"} else how
    return f"{year_for((half,), how, context.dct.date(), (current,)):04d}-H{half}"


def resolve_weekend(words: list[str], context: Context) -> str:
    """`WEEKEND how`: the weekend under way, else the last one (past) or the next one (future)."""
    how = _direction(words[0], context.tense)
    day = context.dct.date()
    if day.isoweekday() < 6:
        day = day + dt.timedelta(days=6 - day.isoweekday()) if how in {"after", "next", "this"} \
            else day - dt.timedelta(days=day.isoweekday())
    return format_at(day, "weekend")


YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}  # "Christmas next year"
STORY_BACK_DAYS = 45  # a story this far back is told for itself, not as the past days' reporting


def resolve_holiday(words: list[str], context: Context) -> str:
    """`HOLIDAY spec how [year|last|this|next]`: a named day; without a year, the one the direction or tense picks.

    A spec ending in `W` names the ISO week of that day ("Holy Week", the week of Easter Sunday);
    one ending in `WE` the weekend nearest it ("Memorial Day weekend", the one before the Monday)."""
    spec, unit = holiday_spec_unit(words[0])
    if len(words) > 2:  # its year written, or counted from now ("Valentine's Day last year")
        year = int(words[2]) if words[2].isdigit() else context.dct.year + YEAR_SHIFT[words[2]]
        return holiday_at(holiday_date(spec, year), unit)
    # a named day without a year counts like a month and day without one ("on Christmas night",
    # in a history, is the story's coming Christmas)
    reference, how = _calendar_origin(context, _direction(words[1], context.tense))
    candidates = holiday_dates(spec, (reference.year - 1, reference.year, reference.year + 1))
    if how == "last":
        return holiday_at(max(d for d in candidates if d < reference), unit)
    if how == "next":
        return holiday_at(min(d for d in candidates if d > reference), unit)
    low, high = HOLIDAY_WINDOWS.get(how, YEAR_WINDOWS["near"])
    for day in sorted(candidates, key=lambda d: (abs(d.year - reference.year), abs((d - reference).days))):
        if low <= (day - reference).days <= high:
            return holiday_at(day, unit)
    return holiday_at(candidates[1], unit)


RESOLVERS = {
    "REF": resolve_ref,
    "NARR": resolve_narrative,
    "WEEKDAY": resolve_weekday,
    "MONTH": resolve_month,
    "MONTHDAY": resolve_month_day,
    "DAYOFMONTH": resolve_day_of_month,
    "SEASON": resolve_season,
    "PART": resolve_part,
    "CLOCK": resolve_clock,
    "DUR": resolve_duration,
    "QUARTER": resolve_quarter,
    "HALF": resolve_half,
    "WEEKEND": resolve_weekend,
    "HOLIDAY": resolve_holiday,
    "REIGN": lambda words, context: resolve_reign(words, context, _relative),
    "BCONLY": no_common_era_year,
    "HIJRI": resolve_hijri,
}


# What a narrative resolves from the story's time: deictic units as narrative ones ("the end of
# the year" is the end of the story's year), days, parts of days and calendar periods from it.
STORY_RESOLVERS = {
    "REF": resolve_narrative, "WEEKDAY": resolve_weekday, "PART": resolve_part, "QUARTER": resolve_quarter,
    "HALF": resolve_half, "WEEKEND": resolve_weekend, "HOLIDAY": resolve_holiday,
}


@lru_cache(maxsize=4096)
def is_literal(value: str) -> bool:
    """True when a value is a TIMEX3 value as written, which `resolve` returns as it is."""
    words = value.partition("|")[0].split()
    return not words or words[0] not in RESOLVERS


TENSE_RESOLVERS = {"DAYOFMONTH"}  # resolvers that read the tense without saying "tense"


@lru_cache(maxsize=8192)  # values repeat ("WEEKDAY 2 tense" in every other article)
def uses_tense(value: str) -> bool:
    """True when resolving an underspecified value reads the clause's tense ("this Tuesday" too:
    in a past clause it is the one of this week already gone; "this spring" in a future one, said
    after it, the coming one)."""
    words = value.partition("|")[0].split()
    return bool(words) and ("tense" in words or words[0] in TENSE_RESOLVERS
                            or (("WEEKDAY" in words or words[0] == "SEASON") and "this" in words))


def reads_tense(value: str, context: Context) -> bool:
    """`uses_tense`, or a clock time once the story has moved off the day of writing (told in the
    past, it is not on a day still to come; ahead, not on a day gone), and so a unit's edge
    (`REF unit 0 story`: "by the end of the month" told in the past is the story's month)."""
    moved = context.reference != context.dct.date()
    return uses_tense(value) or (moved and (value.startswith("CLOCK ") or value.endswith(" story")))


def reads_happened(value: str) -> bool:
    """True when resolving a value reads `Context.happened`: a month or a day of a month told by tense."""
    return value.startswith(("MONTH ", "MONTHDAY ")) and " tense" in value
